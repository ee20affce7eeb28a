import { boundedText, ERROR_LIMITS } from "./errors.js";
import { READ_LIMITS, TOO_DEEP, TOO_LARGE, TOO_LONG, UNREADABLE } from "./read.js";

/*
 * How an error names what it received and where, without zod (so that `explain` and the
 * helpers can word errors without pulling it in).
 */

/**
 * A value described by its type and size, never by its content (which may be personal
 * data): "a string of 27 characters", "a whole number", "an array of 3 items".
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
      return `a string of ${count(value.length, "character")}`;
    case "number":
      if (!Number.isFinite(value)) return "a number that is not finite";
      if (!Number.isInteger(value)) return "a number with a fractional part";
      return Number.isSafeInteger(value) ? "a whole number" : "a whole number too large to be exact";
    case "boolean":
      return "a boolean";
    case "bigint":
      return "a bigint";
    case "function":
      return "a function";
    case "symbol":
      return MARKERS.get(value) ?? "a symbol";
    default:
      try {
        return Array.isArray(value) ? `an array of ${count(value.length, "item")}` : "an object";
      } catch {
        return "an object that could not be read (a Proxy threw)";
      }
  }
}

const count = (n: number, noun: string): string =>
  `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",")} ${noun}${n === 1 ? "" : "s"}`;

const MARKERS: ReadonlyMap<unknown, string> = /* @__PURE__ */ new Map<unknown, string>([
  [UNREADABLE, "a value that could not be read (a getter or a Proxy threw)"],
  [TOO_DEEP, `a value nested more than ${READ_LIMITS.depth} levels deep`],
  [TOO_LONG, `an array or object of more than ${count(READ_LIMITS.items, "item")}`],
  [TOO_LARGE, `a value past the first ${count(READ_LIMITS.values, "value")} of the argument`],
]);

/**
 * A path into an input, as text: fields after dots, array indices in brackets. A field
 * name comes from the caller's object and may carry data: it is cut to
 * `ERROR_LIMITS.key` characters, and the whole path to `ERROR_LIMITS.path`.
 */
export function pathText(prefix: string, path: readonly PropertyKey[]): string {
  let out = prefix;
  for (const key of path) {
    if (out.length > ERROR_LIMITS.path) break;
    if (typeof key === "number") out += `[${key}]`;
    else {
      const name = typeof key === "string" ? boundedText(key, ERROR_LIMITS.key) : "(symbol)";
      out += out === "" ? name : `.${name}`;
    }
  }
  return boundedText(out, ERROR_LIMITS.path);
}
