import { expect, it } from "vitest";
import { outcomeLine, outcomeOf } from "../src/cli/output.js";
import { optionsOf, VECTORS } from "../src/conformance/index.js";
import { FUNCTIONS, isUngrettInputError } from "../src/index.js";

it("outcomeLine writes exactly JSON.stringify(outcomeOf(decision)) for the decision of every vector", () => {
  let compared = 0;
  for (const v of VECTORS) {
    const f = FUNCTIONS.find((x) => x.name === v.function);
    if (f === undefined) throw new Error(`no function ${v.function}`);
    let d: ReturnType<typeof f.evaluate>;
    try {
      d = f.evaluate(v.input as never, optionsOf(v) as never);
    } catch (e) {
      if (isUngrettInputError(e)) continue;
      throw e;
    }
    expect(outcomeLine(d), v.id).toBe(JSON.stringify(outcomeOf(d)));
    compared++;
  }
  expect(compared).toBeGreaterThan(500);
});

it("outcomeLine leaves out details the decision does not have, as JSON.stringify does", () => {
  const d = { outcome: "x", needs: ["a"], details: undefined, version: { id: "v" } } as never;
  expect(outcomeLine(d)).toBe(JSON.stringify(outcomeOf(d)));
});
