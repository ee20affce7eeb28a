import type * as z from "zod/mini";
import { isIsoDate } from "./dates.js";
import { describeValue } from "./describe.js";
import { IssueList, UngrettInputError } from "./errors.js";
import { parseFast } from "./guard.js";
import { readOnce } from "./read.js";
import { toInputIssues } from "./schema.js";
import type { IsoDate } from "./types.js";

/*
 * Checks of the arguments of the library's helper functions (`addDays`, `valueOn`, …):
 * each throws an `UngrettInputError` naming the argument, as the rule functions do for
 * their input, so that no public function fails with anything else.
 */

/** The input error for one argument. */
export function argError(fn: string, path: string, code: string, message: string): UngrettInputError {
  return new UngrettInputError([{ path, code, message }], fn);
}

/** A calendar date argument (`YYYY-MM-DD`). */
export function dateArg(fn: string, path: string, value: unknown): IsoDate {
  if (typeof value === "string" && isIsoDate(value)) return value;
  throw argError(fn, path, "invalid_date", `must be a calendar date (YYYY-MM-DD), got ${describeValue(value)}`);
}

/** A whole-number argument from `min` to `max`. */
export function intArg(fn: string, path: string, value: unknown, min: number, max: number): number {
  if (Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max) return value as number;
  const range = `a whole number from ${min} to ${max}`;
  throw argError(fn, path, "invalid_number", `must be ${range}, got ${describeValue(value)}`);
}

/** A finite number argument. */
export function numberArg(fn: string, path: string, value: unknown): number {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  throw argError(fn, path, "invalid_number", `must be a finite number, got ${describeValue(value)}`);
}

/** An object argument, read once (see `readOnce`) and validated by `schema`; the validated copy. */
export function parsedArg<S extends z.core.$ZodType>(fn: string, path: string, schema: S, value: unknown): z.output<S> {
  const copy = readOnce(value).value;
  const r = parseFast(schema, copy, null);
  if (r.success) return r.data;
  const issues = new IssueList();
  for (const i of toInputIssues(r.issues, copy, path)) issues.add(i);
  throw issues.error(fn);
}
