import * as z from "zod/mini";
import { argError, dateArg, intArg, parsedArg } from "./args.js";
import * as dates from "./dates.js";
import * as parameters from "./parameters.js";
import { toPlain } from "./read.js";
import * as versions from "./rule-versions.js";
import { isoDateSchema } from "./schema.js";
import { CITATION_IDS } from "./sources.js";
import type { IsoDate, Json } from "./types.js";
import { STRENGTHS } from "./types.js";

/*
 * The library's date, parameter and version helpers as they are exported: each checks its
 * arguments and throws an `UngrettInputError` naming the one that is wrong, never a
 * TypeError or RangeError from inside. The rules use the unchecked functions.
 */

/** Days enough to cross the whole calendar, 0001-01-01 to 9999-12-31, in either direction. */
const MAX_DAYS = 3_652_059;

const outside = (fn: string, path: string) =>
  argError(fn, path, "out_of_range", "gives a date outside 0001-01-01 to 9999-12-31, the dates the library represents");

/** Whether `year` is a leap year in the proleptic Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return dates.isLeapYear(intArg("isLeapYear", "year", year, -1e15, 1e15));
}

/**
 * Age in completed years on `asOf` (negative when `asOf` is before the birth date).
 * Someone born on 29 February reaches a new age on 1 March in common years.
 *
 * @example
 * ageOn("2008-02-29", "2026-03-01") // 18
 */
export function ageOn(birthDate: IsoDate, asOf: IsoDate): number {
  return dates.ageOn(dateArg("ageOn", "birthDate", birthDate), dateArg("ageOn", "asOf", asOf));
}

/**
 * The date someone born on `birthDate` reaches `age` completed years: the birthday in that
 * year, or 1 March when the birthday is 29 February and the year is common. A birthday
 * after 9999-12-31 is an input error.
 *
 * @example
 * birthdayAt("2008-02-29", 18) // "2026-03-01"
 */
export function birthdayAt(birthDate: IsoDate, age: number): IsoDate {
  const d = dates.birthdayOrNull(
    dateArg("birthdayAt", "birthDate", birthDate),
    intArg("birthdayAt", "age", age, 0, 9999),
  );
  if (d === null) throw outside("birthdayAt", "age");
  return d;
}

/**
 * `date` moved by `days` calendar days (negative moves back). A result outside
 * 0001-01-01 to 9999-12-31 is an input error.
 *
 * @example
 * addDays("2024-02-28", 1) // "2024-02-29"
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  const d = dates.addDaysOrNull(dateArg("addDays", "date", date), intArg("addDays", "days", days, -MAX_DAYS, MAX_DAYS));
  if (d === null) throw outside("addDays", "days");
  return d;
}

/**
 * Calendar days from `from` to `to` (positive when `to` is later).
 *
 * @example
 * daysBetween("2024-02-28", "2024-03-01") // 2
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dates.daysBetween(dateArg("daysBetween", "from", from), dateArg("daysBetween", "to", to));
}

export { isIsoDate, parseIsoDate } from "./dates.js";

// A source is a citation of the bibliography, by id: an unknown id is an input error.
const source = z.looseObject({
  ref: z.enum(CITATION_IDS as unknown as [string, ...string[]]),
  locator: z.optional(z.string()),
});
const valueSchema = z.looseObject({
  from: isoDateSchema,
  to: z.optional(isoDateSchema),
  value: z.unknown(),
  source: z.optional(source),
});
const parameterSchema = z.looseObject({
  id: z.string(),
  unit: z.string(),
  strength: z.enum(STRENGTHS as [string, ...string[]]),
  sources: z.array(source),
  values: z.array(valueSchema),
});
const versionSchema = z.looseObject({ validFrom: isoDateSchema, validTo: z.nullable(isoDateSchema) });

/**
 * The value of `param` in force on `date`, or `undefined` if none is.
 *
 * @example
 * valueOn(OT_UPPER_AGE, "2026-04-15")?.value // 24
 */
export function valueOn<T extends Json>(
  param: parameters.ParameterDef<T>,
  date: IsoDate,
): parameters.ParameterValue<T> | undefined {
  const p = parsedArg("valueOn", "param", z.looseObject({ values: z.array(valueSchema) }), param);
  return toPlain(parameters.valueOn(p as unknown as parameters.ParameterDef<T>, dateArg("valueOn", "date", date)));
}

/** Describes a parameter as JSON (without its schema). */
export function describeParameter(p: parameters.ParameterDef): parameters.ParameterInfo {
  return toPlain(
    parameters.describeParameter(
      parsedArg("describeParameter", "p", parameterSchema, p) as unknown as parameters.ParameterDef,
    ),
  );
}

/** Whether `version` is in force on `date`. */
export function inForce(version: versions.VersionDef, date: IsoDate): boolean {
  const v = parsedArg("inForce", "version", versionSchema, version) as unknown as versions.VersionDef;
  return versions.inForce(v, dateArg("inForce", "date", date));
}

/** The versions of `list` in force on `date` (exactly one, for a well-formed area): the caller's own objects. */
export function versionsInForce(list: readonly versions.VersionDef[], date: IsoDate): versions.VersionDef[] {
  const copy = parsedArg(
    "versionsInForce",
    "versions",
    z.array(versionSchema),
    list,
  ) as unknown as versions.VersionDef[];
  const d = dateArg("versionsInForce", "date", date);
  // The caller's own version objects, for those in force (the copy is only for checking).
  return copy.flatMap((v, i) => (versions.inForce(v, d) ? [list[i] as versions.VersionDef] : []));
}
