/**
 * The conformance suite: `ungrett/conformance`. Language-neutral vectors (also shipped as
 * JSON files, `ungrett/conformance/<area>.json`, with `vector.schema.json`) and a runner
 * for other JavaScript or TypeScript implementations.
 * @module conformance
 */
import * as z from "zod/mini";
import { parsedArg } from "../core/args.js";
import { deepFreeze } from "../core/freeze.js";
import { isRecord, readOnce, toPlain } from "../core/read.js";
import type { Json } from "../core/types.js";
import { difference, type Observed, optionsOf, type Vector, type VectorFile, vectorSchema } from "./compare.js";
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
export const VECTOR_FILES: readonly VectorFile[] = /* @__PURE__ */ deepFreeze([
  otVectors as VectorFile,
  consentVectors as VectorFile,
  outreachVectors as VectorFile,
  navVectors as VectorFile,
]);

/** Every vector of every area. */
export const VECTORS: readonly Vector[] = /* @__PURE__ */ Object.freeze(VECTOR_FILES.flatMap((f) => f.vectors));

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

// The paths an implementation's error names: its `issues`, read once and never trusted to be well formed.
const pathsOf = (e: unknown): string[] => {
  let issues: unknown;
  try {
    issues = (e as { issues?: unknown } | null)?.issues;
  } catch {
    return [];
  }
  const copy = readOnce(issues).value;
  if (!Array.isArray(copy)) return [];
  return copy.map((i) => {
    const path = isRecord(i) ? i.path : undefined;
    return typeof path === "string" ? path : "";
  });
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
  // Each function is read once, and only if the implementation has it as its own.
  const fns = new Map<string, unknown>();
  const functionOf = (name: string): unknown => {
    if (!fns.has(name)) {
      let fn: unknown;
      try {
        fn = Object.hasOwn(implementation, name) ? implementation[name] : undefined;
      } catch {
        fn = undefined;
      }
      fns.set(name, fn);
    }
    return fns.get(name);
  };
  const list =
    vectors === VECTORS
      ? VECTORS
      : (toPlain(
          parsedArg("runConformance", "vectors", z.array(vectorSchema), vectors),
        ) as unknown as readonly Vector[]);
  const results: VectorResult[] = [];
  for (const v of list) {
    const fn = functionOf(v.function);
    let diff: string | null;
    if (typeof fn !== "function") {
      diff = `the implementation has no function ${v.function}`;
    } else {
      let observed: Observed;
      try {
        observed = (fn as Implementation[string])(v.input, optionsOf(v)) as Observed;
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
