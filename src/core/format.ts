import { parseIsoDate } from "./dates.js";
import type { CoreTexts } from "./texts.js";
import type { IsoDate, Locale, Strength } from "./types.js";

/** Locale-aware formatting for message catalogues. Pure: no Intl, no host locale, no zone. */
export interface Formatter {
  readonly locale: Locale;
  /** `2029-12-31` → `31. desember 2029` / `31 December 2029`. */
  date(iso: IsoDate): string;
  /** A day of the year, `08-01` → `1. august` / `1 August` (the text itself when it is none). */
  monthDay(md: string): string;
  /** A decimal number, with the locale's decimal sign, to at most `digits` decimals. */
  number(n: number, digits?: number): string;
  /** A share (0.32) as a percentage (`32 %`). */
  percent(share: number, digits?: number): string;
  /** `a, b og c` / `a, b and c`. */
  list(items: readonly string[]): string;
  /** `a, b eller c` / `a, b or c`. */
  alternatives(items: readonly string[]): string;
  /** The strength in words. */
  strength(s: Strength): string;
}

/** The formatter for a language's words (made per call: nothing is cached in module state). */
export function formatter(locale: Locale, w: CoreTexts): Formatter {
  const number = (n: number, digits = 2): string => {
    // A fact that is no number (a stored decision gone wrong) has no words: explain reports it.
    if (typeof n !== "number" || !Number.isFinite(n)) throw new TypeError("not a finite number");
    const factor = 10 ** digits;
    const rounded = Math.round(n * factor) / factor;
    const [int, frac] = String(rounded).split(".");
    const grouped = (int ?? "").replace(/\B(?=(\d{3})+(?!\d))/g, w.group);
    return frac === undefined ? grouped : `${grouped}${w.decimal}${frac}`;
  };
  return {
    locale,
    date(iso) {
      const p = parseIsoDate(iso);
      if (p === null) return iso;
      const month = w.months[p.month - 1] ?? "";
      return w.dateOrder === "dmy-dot" ? `${p.day}. ${month} ${p.year}` : `${p.day} ${month} ${p.year}`;
    },
    monthDay(md) {
      const m = /^(\d{2})-(\d{2})$/.exec(md);
      const month = m === null ? undefined : w.months[Number(m[1]) - 1];
      if (m === null || month === undefined) return md;
      const day = Number(m[2]);
      return w.dateOrder === "dmy-dot" ? `${day}. ${month}` : `${day} ${month}`;
    },
    number,
    percent: (share, digits = 1) => `${number(share * 100, digits)}${w.percentSpace}%`,
    list: (items) => joined(items, w.and),
    alternatives: (items) => joined(items, w.or),
    strength: (s) => w.strengths[s],
  };
}

function joined(items: readonly string[], last: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${last} ${items[items.length - 1]}`;
}

// Helpers every area's messages use: a message reads facts a stored decision may have
// lost or mistyped, and shows "—" (or NaN, which explain reports) rather than guessing.

/** A fact as a number (`NaN` when it is none: explain reports the message as not fitting). */
export const num = (v: unknown): number => (typeof v === "number" ? v : Number(v));
/** A fact as a date in words, or "—" when it is no date. */
export const dateOf = (f: Formatter, v: unknown): string => (typeof v === "string" ? f.date(v) : "—");
/** A fact as a list of strings (empty when it is no list). */
export const arr = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
/** The text with its first letter in upper case. */
export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** The text with its first letter in lower case. */
export const lower = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
/** The label of each key in a fact that is a list of keys (the key itself where the table has none). */
export const labels = <K extends string>(table: Readonly<Record<K, string>>, v: unknown): string[] =>
  arr(v).map((k) => (Object.hasOwn(table, k) ? table[k as K] : k));
