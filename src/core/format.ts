import { parseIsoDate } from "./dates.js";
import type { IsoDate, Locale, Strength } from "./types.js";

/** Locale-aware formatting for message catalogues. Pure: no Intl, no host locale, no zone. */
export interface Formatter {
  readonly locale: Locale;
  /** `2029-12-31` → `31. desember 2029` / `31 December 2029`. */
  date(iso: IsoDate): string;
  /** A decimal number, with the locale's decimal sign, to at most `digits` decimals. */
  number(n: number, digits?: number): string;
  /** A share (0.32) as a percentage (`32 %`). */
  percent(share: number, digits?: number): string;
  /** `a, b og c` / `a, b and c`. */
  list(items: readonly string[]): string;
  /** The strength in words. */
  strength(s: Strength): string;
}

type Words = {
  readonly months: readonly string[];
  readonly and: string;
  readonly decimal: string;
  readonly dateOrder: "dmy-dot" | "dmy";
  readonly strengths: Readonly<Record<Strength, string>>;
};

const NB_MONTHS = [
  "januar",
  "februar",
  "mars",
  "april",
  "mai",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "desember",
] as const;

const WORDS: Readonly<Record<Locale, Words>> = {
  nb: {
    months: NB_MONTHS,
    and: "og",
    decimal: ",",
    dateOrder: "dmy-dot",
    strengths: {
      statute: "lov",
      regulation: "forskrift",
      guidance: "veiledning",
      recommendation: "anbefaling",
      estimate: "anslag",
    },
  },
  nn: {
    months: NB_MONTHS,
    and: "og",
    decimal: ",",
    dateOrder: "dmy-dot",
    strengths: {
      statute: "lov",
      regulation: "forskrift",
      guidance: "rettleiing",
      recommendation: "tilråding",
      estimate: "overslag",
    },
  },
  en: {
    months: [
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December",
    ],
    and: "and",
    decimal: ".",
    dateOrder: "dmy",
    strengths: {
      statute: "statute",
      regulation: "regulation",
      guidance: "guidance",
      recommendation: "recommendation",
      estimate: "estimate",
    },
  },
};

/** The formatter for a locale (made per call: nothing is cached in module state). */
export function formatter(locale: Locale): Formatter {
  const w = WORDS[locale];
  const number = (n: number, digits = 2): string => {
    // A fact that is no number (a stored decision gone wrong) has no words: explain reports it.
    if (typeof n !== "number" || !Number.isFinite(n)) throw new TypeError("not a finite number");
    const factor = 10 ** digits;
    const rounded = Math.round(n * factor) / factor;
    const [int, frac] = String(rounded).split(".");
    const grouped = (int ?? "").replace(/\B(?=(\d{3})+(?!\d))/g, locale === "en" ? "," : "\u00a0");
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
    number,
    percent: (share, digits = 1) => `${number(share * 100, digits)}${locale === "en" ? "%" : "\u00a0%"}`,
    list(items) {
      if (items.length <= 1) return items.join("");
      return `${items.slice(0, -1).join(", ")} ${w.and} ${items[items.length - 1]}`;
    },
    strength: (s) => w.strengths[s],
  };
}
