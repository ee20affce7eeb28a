import * as z from "zod/mini";
import { yearOf } from "./dates.js";
import { type InputIssue, UngrettInputError } from "./errors.js";
import { isoDateSchema } from "./schema.js";
import type { IsoDate } from "./types.js";

/** A birth year: a whole number from 1900 to 9999. */
export const birthYearSchema = z.int().check(z.minimum(1900), z.maximum(9999));

/** A birth date (`YYYY-MM-DD`) no earlier than 1900-01-01. */
export const birthDateSchema = isoDateSchema.check(
  z.refine((d: string) => d >= "1900-01-01", {
    error: "must be 1900-01-01 or later",
    params: { code: "too_small" },
  }),
);

/**
 * Checks that birth facts do not contradict `asOf` or each other, and returns the birth
 * year (or `undefined` when neither is given). Born after `asOf` is an input error.
 */
export function checkBirth(
  fn: string,
  asOf: IsoDate,
  birthDate: IsoDate | null | undefined,
  birthYear?: number | null,
): number | undefined {
  const issues: InputIssue[] = [];
  if (birthDate != null && birthDate > asOf) {
    issues.push({
      path: "birthDate",
      code: "after_as_of",
      message: `${birthDate} is after asOf ${asOf}: nobody can be assessed before they are born`,
    });
  }
  if (birthYear != null && birthYear > yearOf(asOf)) {
    issues.push({
      path: "birthYear",
      code: "after_as_of",
      message: `${birthYear} is after the year of asOf ${asOf}`,
    });
  }
  if (birthDate != null && birthYear != null && yearOf(birthDate) !== birthYear) {
    issues.push({
      path: "birthYear",
      code: "contradicts_birth_date",
      message: `${birthYear} contradicts birthDate ${birthDate}`,
    });
  }
  if (issues.length > 0) throw new UngrettInputError(issues, fn);
  if (birthYear != null) return birthYear;
  if (birthDate != null) return yearOf(birthDate);
  return undefined;
}

/** Throws when a dated fact lies after `asOf`: the library does not judge the future. */
export function checkNotAfter(
  fn: string,
  asOf: IsoDate,
  dates: readonly [path: string, date: IsoDate | null | undefined][],
): void {
  const issues: InputIssue[] = [];
  for (const [path, date] of dates) {
    if (date != null && date > asOf) {
      issues.push({ path, code: "after_as_of", message: `${date} is after asOf ${asOf}` });
    }
  }
  if (issues.length > 0) throw new UngrettInputError(issues, fn);
}
