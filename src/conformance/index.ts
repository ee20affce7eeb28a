/**
 * The conformance suite: `ungrett/conformance`. Language-neutral vectors (also shipped as
 * JSON files, `ungrett/conformance/<area>.json`, with `vector.schema.json`) and a runner
 * for other JavaScript or TypeScript implementations.
 * @module conformance
 */
import type { Json } from "../core/types.js";
import { difference, type Observed, optionsOf, type Vector, type VectorFile } from "./compare.js";
import consentVectors from "./vectors/consent.json" with { type: "json" };
import navVectors from "./vectors/nav.json" with { type: "json" };
import otVectors from "./vectors/ot.json" with { type: "json" };
import outreachVectors from "./vectors/outreach.json" with { type: "json" };

export {
  difference,
  type ExpectedDecision,
  type ExpectedError,
  isExpectedError,
  jsonEqual,
  jsonSubset,
  type Observed,
  optionsOf,
  type Vector,
  type VectorFile,
} from "./compare.js";

/** Every vector file, by area. */
export const VECTOR_FILES: readonly VectorFile[] = [
  otVectors as VectorFile,
  consentVectors as VectorFile,
  outreachVectors as VectorFile,
  navVectors as VectorFile,
];

/** Every vector of every area. */
export const VECTORS: readonly Vector[] = VECTOR_FILES.flatMap((f) => f.vectors);

/** Another implementation: its functions by the library's public names. */
export type Implementation = Readonly<
  Record<
    string,
    (
      input: Json,
      options: { asOf: string; version?: string; parameters?: Readonly<Record<string, Json>> },
    ) => Observed | Json
  >
>;

/** One vector's result. */
export interface VectorResult {
  readonly id: string;
  readonly rule: string;
  readonly function: string;
  readonly pass: boolean;
  /** What differs, readable; `null` when the vector passes. */
  readonly difference: string | null;
}

/** The results of a run. */
export interface ConformanceReport {
  readonly passed: number;
  readonly failed: number;
  readonly results: readonly VectorResult[];
}

const pathsOf = (e: unknown): string[] => {
  const issues = (e as { issues?: unknown } | null)?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.map((i) => String((i as { path?: unknown }).path ?? ""));
};

/**
 * Runs the suite against another implementation. Each function receives the vector's
 * input and options exactly as ungrett's would; it returns a decision (at least
 * `{ outcome, needs?, details?, version? }`), or throws an error whose `issues` list
 * `{ path }` for bad input.
 *
 * @example
 * import * as ungrett from "ungrett";
 * const report = runConformance(ungrett);
 * report.failed; // 0
 */
export function runConformance(
  implementation: Implementation,
  vectors: readonly Vector[] = VECTORS,
): ConformanceReport {
  const results: VectorResult[] = [];
  for (const v of vectors) {
    const fn = implementation[v.function];
    let diff: string | null;
    if (typeof fn !== "function") {
      diff = `the implementation has no function ${v.function}`;
    } else {
      let observed: Observed;
      try {
        observed = fn(v.input, optionsOf(v)) as Observed;
      } catch (e) {
        observed = { error: { paths: pathsOf(e) } };
      }
      diff = difference(v, observed);
    }
    results.push({ id: v.id, rule: v.rule, function: v.function, pass: diff === null, difference: diff });
  }
  const passed = results.filter((r) => r.pass).length;
  return { passed, failed: results.length - passed, results };
}
