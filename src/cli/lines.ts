/**
 * Reading the CLI's input: chunks of text from a file or stdin, split into lines in time
 * linear in the input, with a maximum line length.
 */
import { createReadStream } from "node:fs";

/**
 * The longest input line (or CSV record) the CLI reads, in bytes of UTF-8: 1 MiB. A longer
 * line is reported as a bad line (`line-too-long`) without keeping it in memory, and the
 * run goes on with the next line.
 */
export const MAX_LINE_BYTES = 1 << 20;

/**
 * The largest input read whole to see whether it is one JSON array, in UTF-16 code units
 * (bytes, for ASCII): 256 MiB. A larger input that starts with `[` is read as JSON Lines.
 */
export const MAX_ARRAY_INPUT = 1 << 28;

/** The text of a file (or stdin for `undefined` or `-`), 64 KiB at a time. */
export function inputChunks(file: string | undefined): AsyncIterable<string> {
  if (file === undefined || file === "-") return process.stdin.setEncoding("utf8") as AsyncIterable<string>;
  return createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 16 }) as AsyncIterable<string>;
}

const BOM = "\uFEFF";

/**
 * The same chunks without a UTF-8 byte order mark at the start (Excel and Notepad write
 * one). Input that starts with the two bytes of a UTF-16 byte order mark, which UTF-8
 * decoding turns into two replacement characters, is refused with a readable error.
 */
export async function* withoutBom(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let first = true;
  for await (let chunk of chunks) {
    if (first) {
      if (chunk === "") continue;
      first = false;
      if (chunk.startsWith(BOM)) chunk = chunk.slice(1);
      else if (chunk.startsWith("\uFFFD\uFFFD"))
        throw new InputFormatError("the input looks like UTF-16 text; save it as UTF-8 (in Excel: CSV UTF-8)");
    }
    yield chunk;
  }
}

/** Input that cannot be read at all (as opposed to one bad line). */
export class InputFormatError extends Error {
  override readonly name = "InputFormatError";
}

/** Whether a line of `length` UTF-16 code units fits in `max` bytes of UTF-8. */
const fits = (line: string, max: number): boolean =>
  // A UTF-16 code unit takes 1 to 3 bytes of UTF-8: most lines are decided without counting.
  line.length * 3 <= max || (line.length <= max && Buffer.byteLength(line, "utf8") <= max);

/**
 * The lines of a text, in batches (one per chunk that ends a line). Breaks on `\n`, `\r\n`
 * and a lone `\r`, also where a chunk ends between `\r` and `\n`. A line longer than `max`
 * bytes is `null`: its text is dropped as it arrives, so memory stays bounded. Each chunk
 * is split once and a line's pieces are joined once, so the time is linear in the input
 * however long its lines are.
 */
export async function* lineBatches(
  chunks: AsyncIterable<string>,
  max: number = MAX_LINE_BYTES,
): AsyncGenerator<(string | null)[]> {
  let pending: string[] = [];
  let pendingLength = 0;
  let tooLong = false;
  // The previous chunk ended with \r: a \n at the start of this one ends no further line.
  let afterCR = false;
  let out: (string | null)[] = [];

  const addPending = (piece: string) => {
    if (tooLong || piece === "") return;
    pendingLength += piece.length;
    // More code units than bytes allowed: too long whatever the characters are.
    if (pendingLength > max) {
      tooLong = true;
      pending = [];
    } else pending.push(piece);
  };
  const finish = (last: string) => {
    if (tooLong || pendingLength + last.length > max) out.push(null);
    else {
      const line = pending.length === 0 ? last : pending.join("") + last;
      out.push(fits(line, max) ? line : null);
    }
    pending = [];
    pendingLength = 0;
    tooLong = false;
  };

  for await (let chunk of chunks) {
    if (afterCR) {
      afterCR = false;
      if (chunk.startsWith("\n")) chunk = chunk.slice(1);
    }
    if (chunk === "") continue;
    const endsWithCR = chunk.endsWith("\r");
    if (endsWithCR) {
      chunk = chunk.slice(0, -1);
      afterCR = true;
    }
    const parts = chunk.includes("\r") ? chunk.split(/\r\n|\n|\r/) : chunk.split("\n");
    const last = parts.pop() as string;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] as string;
      if (i === 0) finish(part);
      else out.push(fits(part, max) ? part : null);
    }
    if (endsWithCR) finish(last);
    else addPending(last);
    if (out.length > 0) {
      yield out;
      out = [];
    }
  }
  if (pending.length > 0 || tooLong) {
    finish("");
    yield out;
  }
}

/** What a JSON input turned out to be. */
export type JsonInput =
  | { readonly kind: "array"; readonly records: readonly unknown[] }
  | { readonly kind: "lines"; readonly chunks: AsyncIterable<string>; readonly startsWithBracket: boolean };

/**
 * Decides whether a JSON input is one JSON array or JSON Lines. Input whose first
 * character (after white space) is not `[` is JSON Lines, streamed as it comes. Input that
 * starts with `[` is read whole (up to `maxArray` code units) and is an array only when
 * the whole of it parses as one JSON array; otherwise it is JSON Lines, each line alone.
 */
export async function classifyJson(
  chunks: AsyncIterable<string>,
  maxArray: number = MAX_ARRAY_INPUT,
): Promise<JsonInput> {
  const it = chunks[Symbol.asyncIterator]();
  const head: string[] = [];
  let size = 0;
  let first: string | undefined;
  let done = false;
  while (first === undefined) {
    const r = await it.next();
    if (r.done === true) {
      done = true;
      break;
    }
    head.push(r.value);
    size += r.value.length;
    const m = /\S/.exec(r.value);
    if (m !== null) first = m[0];
  }
  if (first === "[") {
    while (!done && size <= maxArray) {
      const r = await it.next();
      if (r.done === true) done = true;
      else {
        head.push(r.value);
        size += r.value.length;
      }
    }
    if (done) {
      let whole: unknown;
      try {
        whole = JSON.parse(head.join(""));
      } catch {
        whole = undefined;
      }
      if (Array.isArray(whole)) return { kind: "array", records: whole };
    }
  }
  async function* rest(): AsyncGenerator<string> {
    yield* head;
    if (done) return;
    for (;;) {
      const r = await it.next();
      if (r.done === true) return;
      yield r.value;
    }
  }
  return { kind: "lines", chunks: rest(), startsWithBracket: first === "[" };
}
