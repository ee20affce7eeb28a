/**
 * CSV for the CLI (RFC 4180): a streaming reader and a writer. How cells become the JSON
 * values of a function's input is in `cells.ts`.
 */
import { MAX_LINE_BYTES } from "./lines.js";

/** Why a CSV record could not be read. */
export type CsvProblem = "line-too-long" | "unclosed-quote" | "text-after-quote";

/** One record of a CSV file, or why it could not be read; `line` is the line it starts on. */
export type CsvRecord =
  | { readonly line: number; readonly cells: readonly string[] }
  | { readonly line: number; readonly error: CsvProblem };

const QUOTE = 34;
const LF = 10;
const CR = 13;

// Where the reader is.
/** At the start of a cell. */
const CELL_START = 0;
/** In a cell without quotes. */
const PLAIN = 1;
/** Inside quotes. */
const QUOTED = 2;
/** Just after a quote inside quotes: the end of the cell, or the first of `""`. */
const QUOTE_IN_QUOTED = 3;

/**
 * A streaming CSV reader: `push` text as it arrives, then `end`. Cells may be quoted
 * (`"a;b"`, `"say ""hi"""`, line breaks inside quotes); records end at `\n`, `\r\n` or a
 * lone `\r`. Blank lines are skipped. A record longer than `max` bytes of UTF-8 is reported
 * as `line-too-long`, its text dropped as it arrives. Each character is looked at once.
 */
export class CsvReader {
  private readonly sep: number;
  private state: number = CELL_START;
  private cells: string[] = [];
  private cell: string[] = [];
  private length = 0;
  private tooLong = false;
  private bad: CsvProblem | undefined;
  /** The physical line the reader is on, and whether the last character was \r. */
  private physical = 1;
  private lastCR = false;
  /** The line the current record starts on. */
  private start: number | undefined;

  constructor(
    separator: string,
    private readonly max: number = MAX_LINE_BYTES,
  ) {
    this.sep = separator.charCodeAt(0);
  }

  private append(s: string): void {
    if (s === "" || this.tooLong) return;
    this.length += s.length;
    // More code units than bytes allowed: too long whatever the characters are.
    if (this.length > this.max) {
      this.tooLong = true;
      this.cells = [];
      this.cell = [];
    } else this.cell.push(s);
  }

  private endCell(): void {
    if (!this.tooLong) this.cells.push(this.cell.length === 1 ? (this.cell[0] as string) : this.cell.join(""));
    this.cell = [];
    this.state = CELL_START;
  }

  private endRecord(out: CsvRecord[]): void {
    this.endCell();
    const line = this.start ?? this.physical;
    if (!this.tooLong && this.length * 3 > this.max) {
      let bytes = 0;
      for (const c of this.cells) bytes += Buffer.byteLength(c, "utf8");
      this.tooLong = bytes > this.max;
    }
    if (this.tooLong) out.push({ line, error: "line-too-long" });
    else if (this.bad !== undefined) out.push({ line, error: this.bad });
    else if (!(this.cells.length === 1 && this.cells[0] === "")) out.push({ line, cells: this.cells });
    this.cells = [];
    this.length = 0;
    this.tooLong = false;
    this.bad = undefined;
    this.start = undefined;
  }

  /** Reads a piece of text; returns the records it completed. */
  push(text: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    const n = text.length;
    // Where the run of cell text being read began in `text`.
    let from = 0;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (this.start === undefined) this.start = this.physical;
      switch (this.state) {
        case QUOTED:
          if (c === QUOTE) {
            this.append(text.slice(from, i));
            this.state = QUOTE_IN_QUOTED;
          }
          break;
        case QUOTE_IN_QUOTED:
          if (c === QUOTE) {
            this.append('"');
            this.state = QUOTED;
            from = i + 1;
            break;
          }
          if (c !== this.sep && c !== LF && c !== CR) {
            this.bad = "text-after-quote";
            this.state = PLAIN;
            from = i;
            break;
          }
          this.endOf(c, out);
          break;
        case CELL_START:
          if (c === QUOTE) {
            this.state = QUOTED;
            from = i + 1;
          } else if (c === this.sep || c === LF || c === CR) this.endOf(c, out);
          else {
            this.state = PLAIN;
            from = i;
          }
          break;
        case PLAIN:
          if (c === this.sep || c === LF || c === CR) {
            this.append(text.slice(from, i));
            this.endOf(c, out);
          }
          break;
      }
      // Physical lines, for the line numbers of records: \r\n counts once.
      if (c === LF) {
        if (!this.lastCR) this.physical++;
        this.lastCR = false;
      } else if (c === CR) {
        this.physical++;
        this.lastCR = true;
      } else this.lastCR = false;
    }
    if (this.state === PLAIN || this.state === QUOTED) this.append(text.slice(from, n));
    return out;
  }

  /** A separator or line break outside quotes. */
  private endOf(c: number, out: CsvRecord[]): void {
    if (c === this.sep) this.endCell();
    else this.endRecord(out);
  }

  /** Ends the input; returns the last record, if any. */
  end(): CsvRecord[] {
    const out: CsvRecord[] = [];
    if (this.state === QUOTED) {
      out.push({ line: this.start ?? this.physical, error: this.tooLong ? "line-too-long" : "unclosed-quote" });
    } else if (this.start !== undefined) this.endRecord(out);
    return out;
  }
}

/** The records of a CSV text, as it arrives, in batches. */
export async function* csvRecords(
  chunks: AsyncIterable<string>,
  separator: string,
  max: number = MAX_LINE_BYTES,
): AsyncGenerator<CsvRecord[]> {
  const reader = new CsvReader(separator, max);
  for await (const chunk of chunks) {
    const records = reader.push(chunk);
    if (records.length > 0) yield records;
  }
  const last = reader.end();
  if (last.length > 0) yield last;
}

/** A cell as CSV: quoted when it holds the separator, a quote, a line break or edge spaces. */
export function csvCell(value: string, separator: string): string {
  if (value === "") return "";
  const needs =
    value.includes(separator) ||
    value.includes('"') ||
    value.includes("\n") ||
    value.includes("\r") ||
    value.trim() !== value;
  return needs ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A row of cells as one CSV line (with \r\n, as RFC 4180 and Excel have it). */
export const csvRow = (cells: readonly string[], separator: string): string =>
  `${cells.map((c) => csvCell(c, separator)).join(separator)}\r\n`;
