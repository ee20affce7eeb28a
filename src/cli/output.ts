import type { Decision } from "../core/decision.js";
import { csvRow } from "./csv.js";

/** What `--output outcome` writes of a decision. */
export const outcomeOf = (d: Decision) => ({
  outcome: d.outcome,
  needs: d.needs,
  details: d.details,
  version: d.version.id,
});

/** How many distinct strings a writer remembers the JSON text of. */
const REMEMBERED = 1024;

/**
 * A writer of `--output outcome` lines, for one run: each line is exactly
 * `JSON.stringify(outcomeOf(d))`, written without building the object first, and with
 * the JSON text of outcome strings and version ids remembered (a run sees few of them).
 * Over a million records this is about a third faster than stringifying the object.
 */
export function outcomeWriter(): (d: Decision) => string {
  const texts = new Map<string, string>();
  const text = (s: string): string => {
    let t = texts.get(s);
    if (t === undefined) {
      t = JSON.stringify(s);
      if (texts.size < REMEMBERED) texts.set(s, t);
    }
    return t;
  };
  // JSON.stringify of a flat object of strings, numbers, booleans and nulls, key by key
  // in the same order; anything else goes to JSON.stringify whole.
  const flat = (o: unknown): string => {
    if (o === null || typeof o !== "object" || Array.isArray(o)) return JSON.stringify(o);
    let out = "";
    for (const k of Object.keys(o)) {
      const v = (o as Record<string, unknown>)[k];
      let t: string;
      if (typeof v === "string") t = text(v);
      else if (typeof v === "number") t = Number.isFinite(v) ? String(v) : "null";
      else if (typeof v === "boolean") t = v ? "true" : "false";
      else if (v === null) t = "null";
      else if (v === undefined) continue;
      else return JSON.stringify(o);
      out += `${out === "" ? "" : ","}${text(k)}:${t}`;
    }
    return `{${out}}`;
  };
  return (d) => {
    const outcome = typeof d.outcome === "string" ? text(d.outcome) : JSON.stringify(d.outcome);
    const needs = d.needs.length === 0 ? "[]" : JSON.stringify(d.needs);
    const details = d.details === undefined ? "" : `,"details":${flat(d.details)}`;
    return `{"outcome":${outcome},"needs":${needs}${details},"version":${text(d.version.id)}}`;
  };
}

/** A value in a CSV cell: text as it is, numbers (with a decimal comma on request), JSON for lists. */
export function cellText(v: unknown, decimalComma: boolean): string {
  if (v === undefined || v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") {
    const s = Number.isFinite(v) ? String(v) : "";
    return decimalComma ? s.replace(".", ",") : s;
  }
  if (typeof v === "boolean") return v ? "true" : "false";
  return JSON.stringify(v);
}

/** Objects flattened into `prefix.key` columns (nested objects too); lists stay whole. */
function flatten(prefix: string, v: unknown, into: Record<string, unknown>): void {
  if (v !== null && typeof v === "object" && !Array.isArray(v)) {
    for (const [k, x] of Object.entries(v)) flatten(`${prefix}.${k}`, x, into);
  } else into[prefix] = v;
}

/** One row of CSV output: a decision, or the error of a bad record. */
export interface CsvResult {
  readonly line: number;
  readonly id?: string;
  readonly group?: string;
  readonly decision?: Decision;
  readonly explanation?: string;
  /** What was wrong with a bad record, without its values. */
  readonly error?: string;
}

/**
 * CSV output: `line`, the id and group columns (when the input has them), `outcome` (or
 * `outcome.<key>` columns for outcomes that are objects), `needs` (separated by spaces),
 * `version`, a `details.<key>` column per detail, `explanation` (with `--explain`) and
 * `error`. The columns are known only when every decision is in, so rows are kept and
 * written by `text()`.
 */
export class CsvTable {
  private readonly rows: Record<string, string>[] = [];
  private readonly outcomeColumns = new Set<string>();
  private readonly detailColumns = new Set<string>();

  constructor(
    private readonly separator: string,
    private readonly decimalComma: boolean,
    private readonly idName: string | undefined,
    private readonly groupName: string | undefined,
    private readonly explained: boolean,
  ) {}

  add(r: CsvResult): void {
    const row: Record<string, string> = { line: String(r.line) };
    if (this.idName !== undefined) row[`id:${this.idName}`] = r.id ?? "";
    if (this.groupName !== undefined) row[`group:${this.groupName}`] = r.group ?? "";
    const d = r.decision;
    if (d === undefined) {
      row.outcome = "error";
      this.outcomeColumns.add("outcome");
      row.error = r.error ?? "";
    } else {
      const flat: Record<string, unknown> = {};
      flatten("outcome", d.outcome, flat);
      for (const [k, v] of Object.entries(flat)) {
        this.outcomeColumns.add(k);
        row[k] = cellText(v, this.decimalComma);
      }
      row.needs = d.needs.join(" ");
      row.version = d.version.id;
      const details: Record<string, unknown> = {};
      if (d.details !== undefined) flatten("details", d.details, details);
      for (const [k, v] of Object.entries(details)) {
        this.detailColumns.add(k);
        row[k] = cellText(v, this.decimalComma);
      }
      if (r.explanation !== undefined) row.explanation = r.explanation;
    }
    this.rows.push(row);
  }

  /** The whole table: a UTF-8 byte order mark (so Excel reads æøå), the header and the rows. */
  text(): string {
    const keys = [
      "line",
      ...(this.idName === undefined ? [] : [`id:${this.idName}`]),
      ...(this.groupName === undefined ? [] : [`group:${this.groupName}`]),
      ...this.outcomeColumns,
      "needs",
      "version",
      ...this.detailColumns,
      ...(this.explained ? ["explanation"] : []),
      "error",
    ];
    const header = keys.map((k) => k.replace(/^(id|group):/, ""));
    const lines = [`\uFEFF${csvRow(header, this.separator)}`];
    for (const row of this.rows)
      lines.push(
        csvRow(
          keys.map((k) => row[k] ?? ""),
          this.separator,
        ),
      );
    return lines.join("");
  }
}

/** Counts of outcomes, per group when there is one, in the order they first appear. */
export class Summary {
  private readonly counts = new Map<string, Map<string, number>>();

  add(group: string, outcome: string): void {
    let g = this.counts.get(group);
    if (g === undefined) {
      g = new Map();
      this.counts.set(group, g);
    }
    g.set(outcome, (g.get(outcome) ?? 0) + 1);
  }

  /** As CSV (`[group,]outcome,count`, with a byte order mark) or as JSON Lines. */
  text(format: "csv" | "jsonl", separator: string, groupName: string | undefined): string {
    let out =
      format === "csv"
        ? `\uFEFF${csvRow([...(groupName === undefined ? [] : [groupName]), "outcome", "count"], separator)}`
        : "";
    for (const [group, outcomes] of this.counts) {
      for (const [outcome, count] of outcomes) {
        if (format === "csv") {
          out += csvRow([...(groupName === undefined ? [] : [group]), outcome, String(count)], separator);
        } else {
          out += `${JSON.stringify({ ...(groupName === undefined ? {} : { group }), outcome, count })}\n`;
        }
      }
    }
    return out;
  }
}

/** The text an outcome is counted under: itself when a string, its JSON otherwise. */
export const outcomeKey = (outcome: unknown): string =>
  typeof outcome === "string" ? outcome : JSON.stringify(outcome);
