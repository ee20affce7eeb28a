import * as z from "zod/mini";
import { MONTH_DAY } from "./date-patterns.js";
import { isIsoDate } from "./dates.js";
import type { InputIssue } from "./errors.js";

const ISO_DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const dateMessage = (input: unknown) => `${JSON.stringify(input)} is not a calendar date (YYYY-MM-DD)`;

/**
 * An ISO calendar date string (`YYYY-MM-DD`), checked to be a real date. The shape is a
 * regex (so JSON Schema shows it as a pattern); the calendar check is a refinement, which
 * JSON Schema states as `format: "date"` (the generated schemas add the calendar pattern).
 */
export const isoDateSchema = z.string().check(
  z.regex(ISO_DATE_SHAPE, { error: (iss) => dateMessage(iss.input), abort: true }),
  z.refine(isIsoDate, {
    error: (iss) => dateMessage(iss.input),
    params: { code: "invalid_date", jsonSchema: { format: "date" } },
  }),
);

/** A fact that may be unknown: absent or `null` both mean "not known". */
export const maybe = <T extends z.core.SomeType>(schema: T) => z.optional(z.nullable(schema));

/**
 * The JSON Schema fragment "`field` is given": present and not `null`. For the
 * `params.jsonSchema` of a refinement that needs one of several fields (`anyOf`).
 */
export const given = (field: string) => ({ required: [field], properties: { [field]: { not: { type: "null" } } } });

/** A boolean fact that may be unknown. */
export const maybeBoolean = maybe(z.boolean());

/** A month and day, `MM-DD`, that exists in every year (so not 02-29). */
export const monthDaySchema = z.string().check(
  z.refine((s) => MONTH_DAY.test(s), {
    error: (iss) => `${JSON.stringify(iss.input)} is not a month and day (MM-DD)`,
    params: { code: "invalid_month_day", jsonSchema: { pattern: MONTH_DAY.source } },
  }),
);

/** A finite number (NaN and ±Infinity are rejected). */
export const finiteNumber = z
  .number()
  // JSON has no NaN or Infinity, so the JSON Schema needs nothing for this (an empty fragment).
  .check(
    z.refine(Number.isFinite, { error: "must be a finite number", params: { code: "not_finite", jsonSchema: {} } }),
  );

const describe = (value: unknown): string => {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  if (typeof value === "object") return "an object";
  return `${typeof value} ${JSON.stringify(value)}`;
};

const EXPECTED: Record<string, string> = {
  boolean: "true or false",
  string: "a string",
  number: "a number",
  int: "a whole number",
  object: "an object",
  array: "an array",
  null: "null",
};

const pathText = (prefix: string, path: readonly PropertyKey[]): string => {
  let out = prefix;
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
};

const valueAt = (input: unknown, path: readonly PropertyKey[]): unknown => {
  let v: unknown = input;
  for (const k of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
};

/** Turns zod issues into the library's issues, with messages of our own. */
export function toInputIssues(issues: readonly z.core.$ZodIssue[], input: unknown, prefix = ""): InputIssue[] {
  const out: InputIssue[] = [];
  for (const iss of issues) {
    const received = valueAt(input, iss.path);
    switch (iss.code) {
      case "unrecognized_keys":
        for (const key of iss.keys) {
          out.push({
            path: pathText(prefix, [...iss.path, key]),
            code: "unknown_field",
            message: "is not a field of this input (check the spelling)",
          });
        }
        break;
      case "invalid_type": {
        const expected = EXPECTED[iss.expected] ?? iss.expected;
        out.push({
          path: pathText(prefix, iss.path),
          code: received === undefined ? "required" : "invalid_type",
          message:
            received === undefined ? `is required (${expected})` : `must be ${expected}, got ${describe(received)}`,
        });
        break;
      }
      case "invalid_value":
        out.push({
          path: pathText(prefix, iss.path),
          code: "invalid_value",
          message: `must be one of ${iss.values.map((v) => JSON.stringify(v)).join(", ")}, got ${describe(received)}`,
        });
        break;
      case "too_small":
      case "too_big": {
        const bound = String(iss.code === "too_small" ? iss.minimum : iss.maximum);
        const what = iss.origin === "array" ? `${bound} items` : bound;
        out.push({
          path: pathText(prefix, iss.path),
          code: iss.code,
          message: `must be ${iss.code === "too_small" ? "at least" : "at most"} ${what}${iss.inclusive === false ? " (exclusive)" : ""}, got ${describe(received)}`,
        });
        break;
      }
      case "invalid_format":
        out.push({
          path: pathText(prefix, iss.path),
          code: iss.format === "regex" && iss.pattern === String(ISO_DATE_SHAPE) ? "invalid_date" : "invalid_format",
          message: iss.message === "Invalid input" ? `has the wrong format, got ${describe(received)}` : iss.message,
        });
        break;
      case "custom": {
        const code = (iss.params as { code?: string } | undefined)?.code ?? "invalid";
        out.push({ path: pathText(prefix, iss.path), code, message: iss.message });
        break;
      }
      default:
        out.push({
          path: pathText(prefix, iss.path),
          code: iss.code,
          message: `is not valid here, got ${describe(received)}`,
        });
    }
  }
  return out;
}
