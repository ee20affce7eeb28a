import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { VECTORS } from "../../src/conformance/index.js";
import { compileGuard, guardOf } from "../../src/core/guard.js";
import { FUNCTIONS } from "../../src/functions.js";
import { nearVectors } from "../helpers/arbitraries.js";

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
  // outreachFieldTimeShare is registered with the union of its two forms; it validates with each form's own schema.
  const direct = FUNCTIONS.filter((f) => f.name !== "outreachFieldTimeShare");
  for (const f of direct) expect(guardOf(f.schema), f.name).not.toBeNull();
});
