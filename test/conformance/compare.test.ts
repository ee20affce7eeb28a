import { describe, expect, it } from "vitest";
import {
  difference,
  type Implementation,
  isExpectedError,
  jsonEqual,
  optionsOf,
  runConformance,
  VECTORS,
  type Vector,
} from "../../src/conformance/index.js";

const vector = (expected: Vector["expected"], extra: Partial<Vector> = {}): Vector => ({
  id: "test.rule/example",
  rule: "test.rule",
  function: "testFunction",
  description: "an example",
  asOf: "2025-01-01",
  input: {},
  expected,
  ...extra,
});

describe("jsonEqual", () => {
  it("treats numbers as equal within a relative 1e-9", () => {
    expect(jsonEqual(0.1 + 0.2, 0.3)).toBe(true);
    expect(jsonEqual(1e12, 1e12 + 1)).toBe(true);
    expect(jsonEqual(1, 1 + 1e-8)).toBe(false);
    expect(jsonEqual(1e-12, 2e-12)).toBe(true);
    expect(jsonEqual(1e12, 1e12 + 10_000)).toBe(false);
  });

  it("compares other scalars exactly, without coercion", () => {
    expect(jsonEqual("a", "a")).toBe(true);
    expect(jsonEqual("1", 1)).toBe(false);
    expect(jsonEqual(1, "1")).toBe(false);
    expect(jsonEqual({}, "")).toBe(false);
    expect(jsonEqual({}, 0)).toBe(false);
    expect(jsonEqual("", {})).toBe(false);
    expect(jsonEqual(null, null)).toBe(true);
    expect(jsonEqual(null, {})).toBe(false);
    expect(jsonEqual({}, null)).toBe(false);
    expect(jsonEqual(false, 0)).toBe(false);
    expect(jsonEqual(undefined, null)).toBe(false);
  });

  it("compares arrays in order and by length", () => {
    expect(jsonEqual([1, "a", [null]], [1, "a", [null]])).toBe(true);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual([1, 2], [1, 3])).toBe(false);
    expect(jsonEqual([1], [1, 1])).toBe(false);
    expect(jsonEqual([], {})).toBe(false);
    expect(jsonEqual({}, [])).toBe(false);
    expect(jsonEqual({ 0: "a" }, ["a"])).toBe(false);
  });

  it("compares objects by their keys, in any order, and nested values", () => {
    expect(jsonEqual({ a: 1, b: { c: [0.1 + 0.2] } }, { b: { c: [0.3] }, a: 1 })).toBe(true);
    expect(jsonEqual({ b: 1, a: 2 }, { a: 2, b: 1 })).toBe(true);
    expect(jsonEqual({ a: 1, b: 2 }, { a: 1, b: 3 })).toBe(false);
    expect(jsonEqual({ a: 1 }, { a: 1, b: null })).toBe(false);
    expect(jsonEqual({ a: 1, b: 2 }, { a: 1, c: 2 })).toBe(false);
    expect(jsonEqual({ a: { b: 1 } }, { a: { b: 2 } })).toBe(false);
  });
});

describe("difference: an expected input error", () => {
  const v = vector({ error: { paths: ["options.asOf", "birthDate"] } });

  it("agrees when the same fields are named, in any order and with repeats", () => {
    expect(difference(v, { error: { paths: ["birthDate", "options.asOf", "birthDate"] } })).toBeNull();
  });

  it("names the fields expected and those named", () => {
    expect(difference(v, { error: { paths: ["birthDate"] } })).toBe(
      'expected an input error naming ["birthDate","options.asOf"], got one naming ["birthDate"]',
    );
  });

  it("shows the outcome given instead of the error", () => {
    expect(difference(v, { outcome: "in-target-group" })).toBe(
      'expected an input error naming ["birthDate","options.asOf"], got outcome "in-target-group"',
    );
  });
});

describe("difference: an expected decision", () => {
  it("agrees on the outcome alone when nothing else is expected", () => {
    const v = vector({ outcome: "due" });
    expect(difference(v, { outcome: "due", needs: ["x"], details: { any: 1 }, version: "v-1" })).toBeNull();
  });

  it("shows the input error given instead of the outcome", () => {
    expect(difference(vector({ outcome: ["a"] }), { error: { paths: ["b", "a"] } })).toBe(
      'expected outcome ["a"], got an input error naming ["a","b"]',
    );
  });

  it("shows a missing outcome as nothing", () => {
    expect(difference(vector({ outcome: null }), {} as never)).toBe("outcome: expected null, got nothing");
  });

  it("compares needs as a set, taking missing needs as none", () => {
    const v = vector({ outcome: "unknown", needs: ["inWork", "birthYear"] });
    expect(difference(v, { outcome: "unknown", needs: ["birthYear", "inWork", "inWork"] })).toBeNull();
    expect(difference(v, { outcome: "unknown" })).toBe('needs: expected ["birthYear","inWork"], got []');
    expect(difference(vector({ outcome: "x", needs: [] }), { outcome: "x" })).toBeNull();
  });

  it("compares only the details fields expected, numbers within tolerance", () => {
    const v = vector({ outcome: 3, details: { share: 0.3, list: ["a"] } });
    expect(difference(v, { outcome: 3, details: { share: 0.1 + 0.2, list: ["a"], extra: true } })).toBeNull();
    expect(difference(v, { outcome: 3, details: { share: 0.31, list: ["a"] } })).toBe(
      "details.share: expected 0.3, got 0.31",
    );
  });

  it("reads missing details as none at all", () => {
    const v = vector({ outcome: 3, details: { share: 0.3, list: ["a"] } });
    expect(difference(v, { outcome: 3 })).toBe(
      'details.share: expected 0.3, got nothing; details.list: expected ["a"], got nothing',
    );
    expect(difference(v, { outcome: 3, details: null })).toBe(
      'details.share: expected 0.3, got nothing; details.list: expected ["a"], got nothing',
    );
  });

  it("reads the version as an id or as an object with one", () => {
    const v = vector({ outcome: "x", version: "ot-2006" });
    expect(difference(v, { outcome: "x", version: "ot-2006" })).toBeNull();
    expect(difference(v, { outcome: "x", version: { id: "ot-2006" } })).toBeNull();
    expect(difference(v, { outcome: "x", version: { id: "ot-2024" } })).toBe(
      'version: expected "ot-2006", got "ot-2024"',
    );
    expect(difference(v, { outcome: "x", version: "ot-2024" })).toBe('version: expected "ot-2006", got "ot-2024"');
    expect(difference(v, { outcome: "x" })).toBe('version: expected "ot-2006", got nothing');
    expect(difference(v, { outcome: "x", version: null } as never)).toBe('version: expected "ot-2006", got null');
  });

  it("lists every difference, in the order outcome, needs, details, version", () => {
    const v = vector({ outcome: "a", needs: ["n"], details: { d: 1 }, version: "v1" });
    expect(difference(v, { outcome: "b", needs: [], details: { d: 2 }, version: "v2" })).toBe(
      'outcome: expected "a", got "b"; needs: expected ["n"], got []; details.d: expected 1, got 2; version: expected "v1", got "v2"',
    );
  });
});

describe("optionsOf", () => {
  it("passes asOf, and version and parameters only when the vector has them", () => {
    expect(optionsOf(vector({ outcome: 1 }))).toStrictEqual({ asOf: "2025-01-01" });
    expect(optionsOf(vector({ outcome: 1 }, { version: "ot-2006", parameters: { "ot.upper-age": 21 } }))).toStrictEqual(
      {
        asOf: "2025-01-01",
        version: "ot-2006",
        parameters: { "ot.upper-age": 21 },
      },
    );
  });
});

describe("runConformance with an implementation that throws", () => {
  const errorVector = VECTORS.find((v) => isExpectedError(v.expected) && v.function === "otTargetGroup");
  const outcomeVector = VECTORS.find((v) => !isExpectedError(v.expected) && v.function === "otTargetGroup");
  if (errorVector === undefined || outcomeVector === undefined) throw new Error("no otTargetGroup vectors");
  const expectedPaths = isExpectedError(errorVector.expected) ? errorVector.expected.error.paths : [];
  const throwing = (error: unknown): Implementation => ({
    otTargetGroup: () => {
      throw error;
    },
  });

  it("takes an error without issues as an input error naming no field", () => {
    const report = runConformance(throwing(new TypeError("boom")), [errorVector, outcomeVector]);
    expect(report).toMatchObject({ passed: 0, failed: 2 });
    expect(report.results[0]?.difference).toBe(
      `expected an input error naming ${JSON.stringify([...new Set(expectedPaths)].sort())}, got one naming []`,
    );
    expect(report.results[1]?.difference).toBe(
      `expected outcome ${JSON.stringify((outcomeVector.expected as { outcome: unknown }).outcome)}, got an input error naming []`,
    );
  });

  it("passes an error vector when the thrown issues name its fields, whatever the error's class", () => {
    const report = runConformance(throwing({ issues: expectedPaths.map((path) => ({ path })) }), [
      errorVector,
      outcomeVector,
    ]);
    expect([report.passed, report.failed]).toEqual([1, 1]);
    expect(report.results[0]).toEqual({
      id: errorVector.id,
      rule: errorVector.rule,
      function: "otTargetGroup",
      pass: true,
      difference: null,
    });
  });

  it("reads an issue without a path as the input itself", () => {
    const report = runConformance(throwing({ issues: [{ code: "x" }] }), [errorVector]);
    expect(report.results[0]?.difference).toMatch(/got one naming \[""\]$/);
  });

  it("takes issues that are not a list as none, and survives a thrown non-object", () => {
    expect(runConformance(throwing({ issues: "birthYear" }), [errorVector]).results[0]?.difference).toMatch(
      /got one naming \[\]$/,
    );
    expect(runConformance(throwing(null), [errorVector]).results[0]?.difference).toMatch(/got one naming \[\]$/);
  });

  it("passes the vector's options to the implementation", () => {
    const seen: unknown[] = [];
    runConformance(
      {
        otTargetGroup: (_input, options) => {
          seen.push(options);
          return { outcome: null };
        },
      },
      [outcomeVector],
    );
    expect(seen).toEqual([optionsOf(outcomeVector)]);
  });
});
