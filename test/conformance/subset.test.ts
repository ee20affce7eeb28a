import { describe, expect, it } from "vitest";
import { difference, jsonSubset, type Vector } from "../../src/conformance/index.js";

describe("subset matching of outcomes", () => {
  it("compares objects on the keys the expectation lists, arrays by length and order", () => {
    expect(jsonSubset({ a: 1 }, { a: 1, b: 2 })).toBe(true);
    expect(jsonSubset({ a: 1, c: 3 }, { a: 1, b: 2 })).toBe(false);
    expect(
      jsonSubset(
        [{ id: "x" }, { id: "y" }],
        [
          { id: "x", t: "…" },
          { id: "y", t: "…" },
        ],
      ),
    ).toBe(true);
    expect(jsonSubset([{ id: "x" }], [{ id: "x" }, { id: "y" }])).toBe(false);
    expect(jsonSubset([{ id: "y" }, { id: "x" }], [{ id: "x" }, { id: "y" }])).toBe(false);
    expect(jsonSubset({ n: 0.1 + 0.2 }, { n: 0.3 })).toBe(true);
    expect(jsonSubset({ a: { b: null } }, { a: { b: null, c: 1 } })).toBe(true);
    expect(jsonSubset({ a: [] }, { a: {} })).toBe(false);
    expect(jsonSubset("x", "x")).toBe(true);
  });

  it("is used only when a vector asks for it, and says so in the difference", () => {
    const base = {
      id: "consent.timeline/x",
      rule: "consent.timeline",
      function: "consentTimeline",
      description: "",
      asOf: "2026-01-01",
      input: {},
    };
    const exact: Vector = { ...base, expected: { outcome: [{ id: "heard" }] } };
    const subset: Vector = { ...base, expected: { outcome: [{ id: "heard" }], match: "subset" } };
    const observed = { outcome: [{ id: "heard", date: "2017-09-01" }] };
    expect(difference(exact, observed)).toMatch(/^outcome: expected \[/);
    expect(difference(subset, observed)).toBeNull();
    expect(difference(subset, { outcome: [{ id: "great-weight" }] })).toMatch(/expected an outcome containing/);
  });
});
