import * as z from "zod/mini";
import { argError, parsedArg } from "../core/args.js";
import { describeValue } from "../core/describe.js";
import { boundedText } from "../core/errors.js";
import { READ_LIMITS, readOnce, toPlain } from "../core/read.js";
import type { Json } from "../core/types.js";

/** One conformance vector: a call of a public function and what it must give. */
export interface Vector {
  readonly id: string;
  readonly rule: string;
  readonly function: string;
  readonly description: string;
  readonly asOf: string;
  readonly input: Json;
  readonly parameters?: Readonly<Record<string, Json>>;
  readonly version?: string;
  readonly expected: ExpectedDecision | ExpectedError;
}

/** What a decision must show. */
export interface ExpectedDecision {
  readonly outcome: Json;
  /** Compared as a set when present. */
  readonly needs?: readonly string[];
  /** These fields of `details`, compared exactly when present. */
  readonly details?: Readonly<Record<string, Json>>;
  /** The version id applied, when present. */
  readonly version?: string;
  /**
   * `"exact"` (the default): the outcome must equal `outcome`. `"subset"`: objects in
   * `outcome` are compared only on the keys they list (arrays keep their length and order),
   * for outcomes that carry more than a vector needs to pin down, such as texts.
   */
  readonly match?: "exact" | "subset";
}

/** The input error a call must raise, and the fields it must name. */
export interface ExpectedError {
  readonly error: { readonly paths: readonly string[]; readonly codes?: readonly string[] };
}

/** A vector file: `{ format: "ungrett.vectors/1", area, vectors }`. */
export interface VectorFile {
  readonly format: string;
  readonly area: string;
  readonly vectors: readonly Vector[];
}

/** What an implementation produced for a vector, as the CLI's `verify` reads it from JSON Lines. */
export type Observed =
  | {
      readonly outcome: Json;
      readonly needs?: readonly string[];
      readonly details?: Json;
      readonly version?: string | { readonly id: string };
    }
  | { readonly error: { readonly paths: readonly string[] } };

/** Whether an expectation is an input error. Never throws (anything but an object with `error` is not). */
export const isExpectedError = (e: Vector["expected"]): e is ExpectedError => {
  try {
    return typeof e === "object" && e !== null && "error" in e;
  } catch {
    return false;
  }
};

/** A value read once (see `readOnce`) for comparing; a value the library cannot read whole is an input error. */
function comparable(fn: string, path: string, value: unknown): unknown {
  const copy = readOnce(value);
  if (copy.marks > 0) {
    throw argError(
      fn,
      path,
      "unreadable",
      `could not be read whole: a getter or Proxy threw, or it is nested more than ${READ_LIMITS.depth} levels deep or larger than the library reads`,
    );
  }
  return copy.value;
}

/**
 * Deep equality for JSON, with numbers equal to 1e-9 (relative to their size). The
 * values are read once; one nested more than 32 levels deep (or cyclic) is an input error.
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  return equal(comparable("jsonEqual", "a", a), comparable("jsonEqual", "b", b));
}

function equal(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") {
    return a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  }
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  }
  const ka = Object.keys(a as object).sort();
  const kb = Object.keys(b as object).sort();
  return equal(ka, kb) && ka.every((k) => equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** At most this many characters of a value are shown in a difference. */
const SHOWN = 300;

const show = (v: unknown): string => {
  if (v === undefined) return "nothing";
  let text: string | undefined;
  try {
    text = JSON.stringify(v);
  } catch {
    // A bigint, or something else JSON cannot write.
  }
  return text === undefined ? describeValue(v) : boundedText(text, SHOWN);
};
const setOf = (xs: readonly string[]): string => show([...new Set(xs)].sort());

/** Whether `actual` has every key of `expected` with a matching value (arrays element by element). Reads both once. */
export function jsonSubset(expected: unknown, actual: unknown): boolean {
  return subset(comparable("jsonSubset", "expected", expected), comparable("jsonSubset", "actual", actual));
}

function subset(expected: unknown, actual: unknown): boolean {
  if (expected === null || typeof expected !== "object") return equal(expected, actual);
  if (actual === null || typeof actual !== "object" || Array.isArray(expected) !== Array.isArray(actual)) return false;
  if (Array.isArray(expected) && Array.isArray(actual)) {
    return expected.length === actual.length && expected.every((x, i) => subset(x, actual[i]));
  }
  return Object.entries(expected as object).every(([k, v]) => subset(v, (actual as Record<string, unknown>)[k]));
}

const json: z.ZodMiniType<Json> = z.unknown() as z.ZodMiniType<Json>;
const expectedSchema = z.union([
  z.looseObject({ error: z.looseObject({ paths: z.array(z.string()), codes: z.optional(z.array(z.string())) }) }),
  z.looseObject({
    outcome: json,
    needs: z.optional(z.array(z.string())),
    details: z.optional(z.record(z.string(), json)),
    version: z.optional(z.string()),
    match: z.optional(z.enum(["exact", "subset"])),
  }),
]);

/** What the comparison reads of a vector. */
export const vectorSchema = z.looseObject({
  id: z.string(),
  rule: z.string(),
  function: z.string(),
  asOf: z.string(),
  input: json,
  parameters: z.optional(z.record(z.string(), json)),
  version: z.optional(z.string()),
  expected: expectedSchema,
});

/** What the comparison reads of an implementation's answer: an error naming paths, or a decision. */
const observedSchema = z.union([
  z.looseObject({ error: z.looseObject({ paths: z.array(z.string()) }) }),
  z.looseObject({
    outcome: z.optional(json),
    needs: z.optional(z.array(z.string())),
    details: z.optional(json),
    version: z.optional(json),
  }),
]);

/**
 * Compares what an implementation produced with a vector's expectation. Returns `null`
 * when they agree, or a readable difference. A vector that is not one is an input error;
 * an answer that is neither a decision nor an error is a difference.
 */
export function difference(vector: Vector, observed: Observed): string | null {
  const v = parsedArg("difference", "vector", vectorSchema, vector) as unknown as Vector;
  const copy = readOnce(observed);
  const r = z.safeParse(observedSchema, copy.value);
  if (copy.marks > 0 || !r.success) {
    return `expected a decision (with an outcome) or an input error (with paths), got ${describeValue(copy.value)}`;
  }
  return compare(v, r.data as Observed);
}

function compare(vector: Vector, observed: Observed): string | null {
  const exp = vector.expected;
  if (isExpectedError(exp)) {
    if (!("error" in observed))
      return `expected an input error naming ${setOf(exp.error.paths)}, got outcome ${show(observed.outcome)}`;
    const got = observed.error.paths;
    return setOf(got) === setOf(exp.error.paths)
      ? null
      : `expected an input error naming ${setOf(exp.error.paths)}, got one naming ${setOf(got)}`;
  }
  if ("error" in observed) {
    return `expected outcome ${show(exp.outcome)}, got an input error naming ${setOf(observed.error.paths)}`;
  }
  const diffs: string[] = [];
  const same = exp.match === "subset" ? subset(exp.outcome, observed.outcome) : equal(observed.outcome, exp.outcome);
  if (!same) {
    const how = exp.match === "subset" ? "expected an outcome containing" : "expected";
    diffs.push(`outcome: ${how} ${show(exp.outcome)}, got ${show(observed.outcome)}`);
  }
  if (exp.needs !== undefined && setOf(observed.needs ?? []) !== setOf(exp.needs)) {
    diffs.push(`needs: expected ${setOf(exp.needs)}, got ${setOf(observed.needs ?? [])}`);
  }
  if (exp.details !== undefined) {
    const details = observed.details;
    const got = (details !== null && typeof details === "object" ? details : {}) as Record<string, unknown>;
    for (const [k, v] of Object.entries(exp.details)) {
      if (!equal(got[k], v)) diffs.push(`details.${k}: expected ${show(v)}, got ${show(got[k])}`);
    }
  }
  if (exp.version !== undefined) {
    const v = observed.version;
    const id = typeof v === "object" && v !== null ? (v as { id?: unknown }).id : v;
    if (id !== exp.version) diffs.push(`version: expected ${show(exp.version)}, got ${show(id)}`);
  }
  return diffs.length === 0 ? null : diffs.join("; ");
}

/** The options object a vector's call takes. */
export function optionsOf(v: Vector): { asOf: string; version?: string; parameters?: Readonly<Record<string, Json>> } {
  // Fields read from the checked copy, whose objects have no Object.prototype to inherit from.
  const x = parsedArg("optionsOf", "v", vectorSchema, v);
  return {
    asOf: x.asOf,
    ...(x.version === undefined ? {} : { version: x.version }),
    ...(x.parameters === undefined ? {} : { parameters: toPlain(x.parameters) as Readonly<Record<string, Json>> }),
  };
}
