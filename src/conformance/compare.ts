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

export const isExpectedError = (e: Vector["expected"]): e is ExpectedError => "error" in e;

/** Deep equality for JSON, with numbers equal to 1e-9 (relative to their size). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") {
    return a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  }
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  }
  const ka = Object.keys(a as object).sort();
  const kb = Object.keys(b as object).sort();
  return (
    jsonEqual(ka, kb) &&
    ka.every((k) => jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

const show = (v: unknown): string => (v === undefined ? "nothing" : JSON.stringify(v));
const setOf = (xs: readonly string[]): string => JSON.stringify([...new Set(xs)].sort());

/** Whether `actual` has every key of `expected` with a matching value (arrays element by element). */
export function jsonSubset(expected: unknown, actual: unknown): boolean {
  if (expected === null || typeof expected !== "object") return jsonEqual(expected, actual);
  if (actual === null || typeof actual !== "object" || Array.isArray(expected) !== Array.isArray(actual)) return false;
  if (Array.isArray(expected) && Array.isArray(actual)) {
    return expected.length === actual.length && expected.every((x, i) => jsonSubset(x, actual[i]));
  }
  return Object.entries(expected as object).every(([k, v]) => jsonSubset(v, (actual as Record<string, unknown>)[k]));
}

/**
 * Compares what an implementation produced with a vector's expectation. Returns `null`
 * when they agree, or a readable difference.
 */
export function difference(vector: Vector, observed: Observed): string | null {
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
  const same =
    exp.match === "subset" ? jsonSubset(exp.outcome, observed.outcome) : jsonEqual(observed.outcome, exp.outcome);
  if (!same) {
    const how = exp.match === "subset" ? "expected an outcome containing" : "expected";
    diffs.push(`outcome: ${how} ${show(exp.outcome)}, got ${show(observed.outcome)}`);
  }
  if (exp.needs !== undefined && setOf(observed.needs ?? []) !== setOf(exp.needs)) {
    diffs.push(`needs: expected ${setOf(exp.needs)}, got ${setOf(observed.needs ?? [])}`);
  }
  if (exp.details !== undefined) {
    const got = (observed.details ?? {}) as Record<string, unknown>;
    for (const [k, v] of Object.entries(exp.details)) {
      if (!jsonEqual(got[k], v)) diffs.push(`details.${k}: expected ${show(v)}, got ${show(got[k])}`);
    }
  }
  if (exp.version !== undefined) {
    const v = observed.version;
    const id = typeof v === "object" && v !== null ? v.id : v;
    if (id !== exp.version) diffs.push(`version: expected ${show(exp.version)}, got ${show(id)}`);
  }
  return diffs.length === 0 ? null : diffs.join("; ");
}

/** The options object a vector's call takes. */
export function optionsOf(v: Vector): { asOf: string; version?: string; parameters?: Readonly<Record<string, Json>> } {
  return {
    asOf: v.asOf,
    ...(v.version === undefined ? {} : { version: v.version }),
    ...(v.parameters === undefined ? {} : { parameters: v.parameters }),
  };
}
