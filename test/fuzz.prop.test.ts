import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FUNCTIONS, isUngrettInputError, UngrettInputError } from "../src/index.js";
import { nearVectors as mutated } from "./helpers/arbitraries.js";

/*
 * Fuzzing every public function with arbitrary JSON: each call either returns a decision
 * or throws the library's own input error with at least one issue. Nothing else is thrown,
 * and an input error is never returned as a decision.
 */
const dates = fc.constantFrom("2006-08-01", "2024-07-31", "2024-08-01", "2026-04-15", "2100-12-31", "2024-02-30", "x");

const options = fc.oneof(
  fc.jsonValue(),
  fc.record({ asOf: dates }),
  fc.record(
    { asOf: dates, version: fc.string(), parameters: fc.dictionary(fc.string(), fc.jsonValue()) },
    { requiredKeys: ["asOf"] },
  ),
);

describe.each(FUNCTIONS.map((f) => [f.name, f] as const))("fuzzing %s", (name, f) => {
  const check = (input: unknown, opts: unknown) => {
    let decision: unknown;
    try {
      decision = f.evaluate(input as never, opts as never);
    } catch (e) {
      expect(e).toBeInstanceOf(UngrettInputError);
      expect(isUngrettInputError(e)).toBe(true);
      const issues = (e as UngrettInputError).issues;
      expect(issues.length).toBeGreaterThan(0);
      for (const i of issues) expect(typeof i.path).toBe("string");
      return;
    }
    expect(decision).not.toBeInstanceOf(Error);
    expect(decision).toMatchObject({ format: "ungrett.decision/2", rule: expect.any(String) });
    expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
  };

  it(`${name}: arbitrary JSON gives a decision or the library's input error`, () => {
    fc.assert(fc.property(fc.jsonValue(), options, check), { numRuns: 150 });
  });

  it(`${name}: inputs near the vectors give a decision or the library's input error`, () => {
    fc.assert(fc.property(mutated(name), fc.record({ asOf: dates }), check), { numRuns: 150 });
  });
});
