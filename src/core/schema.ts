import * as z from "zod/mini";
import { MONTH_DAY } from "./date-patterns.js";
import { isIsoDate } from "./dates.js";
import { describeValue, pathText } from "./describe.js";
import type { InputIssue } from "./errors.js";

const ISO_DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const NOT_A_DATE = "is not a calendar date (YYYY-MM-DD)";

/**
 * An ISO calendar date string (`YYYY-MM-DD`), checked to be a real date. The shape is a
 * regex (so JSON Schema shows it as a pattern); the calendar check is a refinement, which
 * JSON Schema states as `format: "date"` (the generated schemas add the calendar pattern).
 */
export const isoDateSchema = z.string().check(
  z.regex(ISO_DATE_SHAPE, { error: NOT_A_DATE, abort: true }),
  z.refine(isIsoDate, {
    error: `${NOT_A_DATE}: there is no such day`,
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
    error: "is not a month and day that every year has (MM-DD, not 02-29)",
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

const EXPECTED: Record<string, string> = {
  boolean: "true or false",
  string: "a string",
  number: "a number",
  int: "a whole number",
  object: "an object",
  record: "an object",
  array: "an array",
  null: "null",
};

/** At most this many allowed values are listed in a message. */
const LISTED_VALUES = 12;

const listValues = (values: readonly unknown[]): string => {
  const shown = values.slice(0, LISTED_VALUES).map((v) => (typeof v === "string" ? `"${v}"` : String(v)));
  return values.length > LISTED_VALUES ? `${shown.join(", ")}, …` : shown.join(", ");
};

export { describeValue, pathText } from "./describe.js";

const valueAt = (input: unknown, path: readonly PropertyKey[]): unknown => {
  let v: unknown = input;
  for (const k of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
};

const bound = (iss: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall, received: unknown): string => {
  const small = iss.code === "too_small";
  const limit = String(small ? iss.minimum : iss.maximum);
  const exclusive = iss.inclusive === false;
  const relation = small ? (exclusive ? "more than" : "at least") : exclusive ? "less than" : "at most";
  if (iss.origin === "array") return `must have ${relation} ${limit} items, got ${describeValue(received)}`;
  if (iss.origin === "string") return `must be ${relation} ${limit} characters long, got ${describeValue(received)}`;
  const side = small ? "smaller" : "larger";
  return `must be ${relation} ${limit}, got ${exclusive ? "a number that is not" : `a ${side} number`}`;
};

/**
 * Turns zod issues into the library's issues, with messages of our own that name the
 * rule broken and what was received by type and size, never the value itself. `input`
 * is the copy that was validated (see `readOnce`).
 */
export function toInputIssues(issues: readonly z.core.$ZodIssue[], input: unknown, prefix = ""): InputIssue[] {
  const out: InputIssue[] = [];
  for (const iss of issues) {
    const received = valueAt(input, iss.path);
    const path = pathText(prefix, iss.path);
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
          path,
          code: received === undefined ? "required" : "invalid_type",
          message:
            received === undefined
              ? `is required (${expected})`
              : `must be ${expected}, got ${describeValue(received)}`,
        });
        break;
      }
      case "invalid_value":
        out.push({
          path,
          code: "invalid_value",
          message: `must be one of ${listValues(iss.values)}, got ${describeValue(received)}`,
        });
        break;
      case "too_small":
      case "too_big":
        out.push({ path, code: iss.code, message: bound(iss, received) });
        break;
      case "invalid_format": {
        const date = iss.format === "regex" && iss.pattern === String(ISO_DATE_SHAPE);
        const what = iss.message === "Invalid input" ? "has the wrong format" : iss.message;
        out.push({
          path,
          code: date ? "invalid_date" : "invalid_format",
          message: `${what}, got ${describeValue(received)}`,
        });
        break;
      }
      case "custom": {
        const code = (iss.params as { code?: string } | undefined)?.code ?? "invalid";
        out.push({ path, code, message: iss.message });
        break;
      }
      default:
        out.push({ path, code: iss.code, message: `is not valid here, got ${describeValue(received)}` });
    }
  }
  // A value of the wrong type gets that issue alone: a length or size check zod runs on it
  // anyway (an object with a `length` field) would only say something untrue about it.
  const wrongType = new Set(out.filter((i) => i.code === "invalid_type").map((i) => i.path));
  return wrongType.size === 0 ? out : out.filter((i) => i.code === "invalid_type" || !wrongType.has(i.path));
}
