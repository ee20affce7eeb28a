import { type SpawnSyncOptions, spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The built command line: the CLI tests run what `npm run build` made, as a user would. */
export const CLI = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));
const SRC = fileURLToPath(new URL("../../src", import.meta.url));

const newest = (dir: string): number =>
  Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((e) =>
      e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs,
    ),
  );

/** Fails (once, with the fix in the message) when dist/cli.js is missing or older than src/. */
export function assertBuilt(): void {
  let built: number;
  try {
    built = statSync(CLI).mtimeMs;
  } catch {
    throw new Error("dist/cli.js is missing: run npm run build before the CLI tests");
  }
  if (built < newest(SRC)) throw new Error("dist/cli.js is older than src/: run npm run build before the CLI tests");
}

export interface Run {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
}

/** Runs `ungrett <args>` with `input` on stdin. */
export function run(args: readonly string[], input?: string | Buffer, options: SpawnSyncOptions = {}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    input,
    encoding: "utf8",
    maxBuffer: 1 << 28,
    ...options,
  });
  return { code: r.status, out: String(r.stdout), err: String(r.stderr) };
}

/** The non-empty lines of a text. */
export const lines = (s: string): string[] => s.split(/\r?\n/).filter((l) => l.trim() !== "");

/** A stack trace's frame line, which no CLI failure may print. */
export const STACK_FRAME = /^\s+at .+\(?.*:\d+:\d+\)?$/m;
