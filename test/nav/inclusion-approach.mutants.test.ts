import { describe, expect, it } from "vitest";
import { UngrettInputError } from "../../src/core/errors.js";
import { type NavInclusionInput, navInclusionApproach } from "../../src/nav/index.js";

const asOf = "2026-03-02";
const RULE = "nav.inclusion-approach";

describe("nav.inclusion-approach: its one reason", () => {
  it("holds for a model that fits the integrated approach", () => {
    const d = navInclusionApproach({ model: "los" }, { asOf });
    expect(d.outcome).toBe("integrated");
    expect(d.needs).toEqual([]);
    expect(d.reasons.map((r) => [r.rule, r.condition, r.status, r.facts, r.needs])).toEqual([
      [RULE, "integrated", "holds", { model: "los", approaches: ["integrated"] }, []],
    ]);
  });

  it("fails for the maturation model, which fits sheltered or gradual approaches", () => {
    const d = navInclusionApproach({ model: "maturation" }, { asOf });
    expect(d.outcome).toBe("sheltered-or-gradual");
    expect(d.needs).toEqual([]);
    expect(d.reasons.map((r) => [r.rule, r.condition, r.status, r.facts, r.needs])).toEqual([
      [RULE, "integrated", "fails", { model: "maturation", approaches: ["sheltered", "gradual"] }, []],
    ]);
  });

  it("is unknown, and asks for the model, when the model is unknown", () => {
    for (const input of [{}, { model: null }] as NavInclusionInput[]) {
      const d = navInclusionApproach(input, { asOf });
      expect(d.outcome).toBe("unknown");
      expect(d.needs).toEqual(["model"]);
      expect(d.reasons.map((r) => [r.rule, r.condition, r.status, r.facts, r.needs])).toEqual([
        [RULE, "integrated", "unknown", { model: null, approaches: [] }, ["model"]],
      ]);
    }
  });

  it("does not let a caller's change to one decision leak into the next", () => {
    const first = navInclusionApproach({ model: "los" }, { asOf });
    (first.details.approaches as string[]).length = 0;
    expect(navInclusionApproach({ model: "los" }, { asOf }).details.approaches).toEqual(["integrated"]);
  });

  it("names navInclusionApproach in the input error", () => {
    const bad = () => navInclusionApproach({ bogus: 1 } as unknown as NavInclusionInput, { asOf });
    expect(bad).toThrow(UngrettInputError);
    expect(bad).toThrow(/^Invalid input to navInclusionApproach: /);
  });
});
