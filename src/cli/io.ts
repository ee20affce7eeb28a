/**
 * Writing to stdout when the reader may stop early (`ungrett verify … | head -1`): once
 * the pipe is closed, output is dropped and the run goes on, so the exit code still says
 * whether the whole run succeeded.
 */

let closed = false;

/** Codes of a write to a reader that has gone away. */
const GONE = new Set(["EPIPE", "ERR_STREAM_DESTROYED", "ERR_STREAM_WRITE_AFTER_END"]);

/** Installs the handler of stdout errors; call once, before writing. */
export function guardStdout(): void {
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (GONE.has(e.code ?? "")) {
      closed = true;
      return;
    }
    process.stderr.write(`ungrett: cannot write the output (${e.code ?? e.message})\n`);
    process.exit(2);
  });
}

/** Whether the reader of stdout has gone away. */
export const stdoutClosed = (): boolean => closed;

/** Writes to stdout unless its reader has gone; `false` when the caller should wait for {@link drained}. */
export function write(s: string): boolean {
  if (closed || s === "") return true;
  return process.stdout.write(s);
}

/** Waits until stdout has room again (or has closed). */
export function drained(): Promise<void> {
  if (closed || !process.stdout.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      process.stdout.off("drain", done);
      process.stdout.off("close", done);
      process.stdout.off("error", done);
      resolve();
    };
    process.stdout.on("drain", done);
    process.stdout.on("close", done);
    process.stdout.on("error", done);
  });
}
