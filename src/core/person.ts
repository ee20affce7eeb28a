import * as z from "zod/mini";
import { ageOn, isIsoDate, yearOf } from "./dates.js";
import type { InputIssue } from "./errors.js";
import { isoDateSchema } from "./schema.js";
import type { IsoDate, Status } from "./types.js";

/** A birth year: a whole number from 1900 to 9999. */
export const birthYearSchema = z.int().check(z.minimum(1900), z.maximum(9999));

/** A birth date (`YYYY-MM-DD`) no earlier than 1900-01-01. */
export const birthDateSchema = isoDateSchema.check(
  z.refine((d: string) => d >= "1900-01-01", {
    error: "must be 1900-01-01 or later",
    // A year from 1900 on: the JSON Schema's pattern for the same bound.
    params: { code: "too_small", jsonSchema: { pattern: "^(?:19|[2-9])" } },
  }),
);

/**
 * A check of facts against `asOf` and each other, run by `AreaRuntime.begin` on the copy of
 * the input (see `readOnce`) together with the schema, so one error names every bad field.
 * It reads the copy defensively: a field of the wrong type is the schema's to report.
 */
export type CrossCheck = (raw: unknown, asOf: IsoDate) => InputIssue[];

const field = (raw: unknown, key: string): unknown =>
  raw !== null && typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>)[key] : undefined;
const asDate = (v: unknown): IsoDate | undefined => (typeof v === "string" && isIsoDate(v) ? v : undefined);
const asYear = (v: unknown): number | undefined => (typeof v === "number" && Number.isInteger(v) ? v : undefined);

/** The issues of birth facts that contradict `asOf` (born after it) or each other. */
export function birthIssues(asOf: IsoDate, birthDate: unknown, birthYear?: unknown): InputIssue[] {
  const issues: InputIssue[] = [];
  const date = asDate(birthDate);
  const year = asYear(birthYear);
  if (date !== undefined && date > asOf) {
    issues.push({
      path: "birthDate",
      code: "after_as_of",
      message: "is after asOf: nobody can be assessed before they are born",
    });
  }
  if (year !== undefined && year > yearOf(asOf)) {
    issues.push({ path: "birthYear", code: "after_as_of", message: "is after the year of asOf" });
  }
  if (date !== undefined && year !== undefined && yearOf(date) !== year) {
    issues.push({
      path: "birthYear",
      code: "contradicts_birth_date",
      message: "contradicts birthDate: it is not the year of the birth date",
    });
  }
  return issues;
}

/** The cross-check of `birthDate` and `birthYear` fields. */
export const birthCheck: CrossCheck = (raw, asOf) =>
  birthIssues(asOf, field(raw, "birthDate"), field(raw, "birthYear"));

/** The cross-check that the dated facts at these paths are not after `asOf`. */
export function notAfterCheck(
  dates: (raw: unknown) => readonly (readonly [path: string, value: unknown])[],
): CrossCheck {
  return (raw, asOf) => {
    const issues: InputIssue[] = [];
    for (const [path, value] of dates(raw)) {
      const d = asDate(value);
      if (d !== undefined && d > asOf)
        issues.push({ path, code: "after_as_of", message: "is after asOf: the library does not judge the future" });
    }
    return issues;
  };
}

/** Reads a top-level field of raw input (`undefined` when the input is not an object). */
export const rawField = field;

/** The birth year from a validated input: `birthYear`, else the year of `birthDate`. */
export function birthYearOf(p: {
  birthYear?: number | null | undefined;
  birthDate?: IsoDate | null | undefined;
}): number | undefined {
  if (p.birthYear != null) return p.birthYear;
  if (p.birthDate != null) return yearOf(p.birthDate);
  return undefined;
}

/**
 * Whether a person is under `limit` years old on `asOf`: exact with a birth date; with only
 * a birth year, known except in the calendar year they turn `limit` (`unknown` then, and
 * when neither is given).
 */
export function ageUnder(
  limit: number,
  asOf: IsoDate,
  birthDate: IsoDate | null | undefined,
  birthYear: number | null | undefined,
): Status {
  if (birthDate != null) return ageOn(birthDate, asOf) < limit ? "holds" : "fails";
  if (birthYear == null) return "unknown";
  const turns = yearOf(asOf) - birthYear;
  return turns < limit ? "holds" : turns > limit ? "fails" : "unknown";
}
