import { expect, it } from "vitest";
import { outcomeOf, outcomeWriter } from "../src/cli/output.js";
import { optionsOf, VECTORS } from "../src/conformance/index.js";
import { FUNCTIONS, isUngrettInputError } from "../src/index.js";

it("an outcome writer writes exactly JSON.stringify(outcomeOf(decision)) for the decision of every vector, twice over", () => {
  const outcomeLine = outcomeWriter();
  let compared = 0;
  for (const v of [...VECTORS, ...VECTORS]) {
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
  expect(compared).toBeGreaterThan(1000);
});

it("an outcome writer leaves out details the decision does not have, as JSON.stringify does", () => {
  const outcomeLine = outcomeWriter();
  const d = { outcome: "x", needs: ["a"], details: undefined, version: { id: "v" } } as never;
  expect(outcomeLine(d)).toBe(JSON.stringify(outcomeOf(d)));
});

it("an outcome writer writes flat details of every JSON kind, and nested ones, as JSON.stringify does", () => {
  const outcomeLine = outcomeWriter();
  const details = [
    {
      s: 'a"b\n',
      n: -0,
      f: 1.5,
      big: 1e21,
      nan: Number.NaN,
      inf: Number.POSITIVE_INFINITY,
      t: true,
      no: false,
      z: null,
      u: undefined,
    },
    { nested: { a: [1, "x"] }, list: [null] },
    {},
    [1, 2],
    "text",
    7,
    null,
  ];
  for (const x of details) {
    const d = { outcome: "o", needs: [], details: x, version: { id: "v" } } as never;
    expect(outcomeLine(d)).toBe(JSON.stringify(outcomeOf(d)));
  }
});
