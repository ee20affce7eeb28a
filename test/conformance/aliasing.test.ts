import { expect, it } from "vitest";
import { optionsOf, VECTORS } from "../../src/conformance/index.js";
import { FUNCTIONS, isUngrettInputError } from "../../src/index.js";

/** Changes every array and object inside `value` in place: a host reusing its case object. */
function scribble(value: unknown): void {
  if (Array.isArray(value)) {
    for (const x of value) scribble(x);
    value.push("scribbled");
  } else if (value !== null && typeof value === "object") {
    for (const x of Object.values(value)) scribble(x);
    (value as Record<string, unknown>).scribbled = true;
  }
}

/*
 * Valid input is not copied on the way in (the guards return it as it is), so a decision
 * must copy what it keeps: a stored decision may not change when the host later changes
 * the object it passed in.
 */
it("no decision shares an array or object with the input it was made from", () => {
  let checked = 0;
  for (const v of VECTORS) {
    const f = FUNCTIONS.find((x) => x.name === v.function);
    if (f === undefined) throw new Error(`no function ${v.function}`);
    const input = structuredClone(v.input);
    let decision: unknown;
    try {
      decision = f.evaluate(input as never, optionsOf(v) as never);
    } catch (e) {
      if (isUngrettInputError(e)) continue;
      throw e;
    }
    const before = JSON.stringify(decision);
    scribble(input);
    expect(JSON.stringify(decision), v.id).toBe(before);
    checked++;
  }
  expect(checked).toBeGreaterThan(500);
});
