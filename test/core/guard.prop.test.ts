import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { optionsOf, VECTORS } from "../../src/conformance/index.js";
import { compileGuard, guardOf } from "../../src/core/guard.js";
import { readOnce } from "../../src/core/read.js";
import { decisionSchema } from "../../src/core/stored.js";
import { FUNCTIONS } from "../../src/functions.js";
import { nearVectors } from "../helpers/arbitraries.js";
import { pathsOf, plant } from "../helpers/hostile.js";

/*
 * A guard may only ever say yes where zod says yes and would return the input unchanged;
 * here it is held to exactly zod's verdict, on arbitrary JSON and on inputs near the
 * vectors, for the input schema of every public function.
 */
const hasNegativeZero = (v: unknown): boolean =>
  Object.is(v, -0) || (v !== null && typeof v === "object" && Object.values(v).some(hasNegativeZero));

describe.each(FUNCTIONS.map((f) => [f.name, f] as const))("the guard of %s", (name, f) => {
  const guard = compileGuard(f.schema);

  it(`${name}: compiles (so its calls can skip zod for valid input)`, () => {
    expect(guard).not.toBeNull();
  });

  const agrees = (value: unknown) => {
    const zod = z.safeParse(f.schema, value);
    // Yes exactly where zod says yes, except for -0, which takes the slow path to become 0.
    expect(guard?.(value)).toBe(zod.success && !hasNegativeZero(value));
    if (zod.success) expect(zod.data).toEqual(value);
  };

  it(`${name}: agrees with zod on arbitrary JSON`, () => {
    fc.assert(fc.property(fc.jsonValue(), agrees), { numRuns: 200 });
  });

  it(`${name}: agrees with zod on inputs near the vectors`, () => {
    fc.assert(fc.property(nearVectors(name), agrees), { numRuns: 200 });
  });

  it(`${name}: says yes to the input of every vector that is not a bad-input vector`, () => {
    const good = VECTORS.filter((v) => v.function === name && !("error" in v.expected));
    for (const v of good) expect(guard?.(v.input), v.id).toBe(true);
  });
});

it("every schema a function validates its input with carries its guard", () => {
  // fieldTimeShare is registered with the union of its two forms; it validates with each form's own schema.
  const direct = FUNCTIONS.filter((f) => f.name !== "fieldTimeShare");
  for (const f of direct) expect(guardOf(f.schema), f.name).not.toBeNull();
});

describe("the guard of a stored decision (explain)", () => {
  const decisions = VECTORS.filter((v) => !("error" in v.expected)).map((v) => {
    const f = FUNCTIONS.find((x) => x.name === v.function);
    return JSON.parse(JSON.stringify(f?.evaluate(v.input as never, optionsOf(v))));
  });
  const guard = guardOf(decisionSchema);

  it("compiles, and says yes to every vector's decision", () => {
    expect(guard).not.toBeNull();
    for (const d of decisions) expect(guard?.(readOnce(d).value)).toBe(true);
  });

  it("agrees with zod on decisions with arbitrary JSON planted anywhere", () => {
    fc.assert(
      fc.property(fc.constantFrom(...decisions), fc.nat(), fc.jsonValue({ maxDepth: 2 }), (d, at, x) => {
        const paths = pathsOf(d);
        const value = readOnce(plant(d, paths[at % paths.length] ?? [], x)).value;
        expect(guard?.(value)).toBe(z.safeParse(decisionSchema, value).success);
      }),
      { numRuns: 500 },
    );
  });
});
