import { describe, expect, it } from "vitest";
import { UngrettInputError } from "../../src/core/errors.js";
import {
  explain,
  NAV_FOLLOW_UP_MODELS,
  NAV_INCLUSION_APPROACHES,
  type NavInclusionApproachInput,
  navInclusionApproach,
} from "../../src/nav/index.js";
import { pathsOf } from "../helpers/errors.js";
import { TEXTS } from "../helpers/texts.js";

const asOf = "2026-03-02";
const RULE = "nav.inclusion-approach";

describe("nav.inclusion-approach", () => {
  it("the los (pilot) model and the motivation model fit the integrated approach, which is recommended", () => {
    for (const model of ["los", "motivation"] as const) {
      const d = navInclusionApproach({ model }, { asOf });
      expect(d.outcome).toBe("integrated");
      expect(d.details).toEqual({
        strength: "recommendation",
        legalDuty: false,
        model,
        approaches: ["integrated"],
        recommended: true,
      });
    }
  });

  it("the maturation model is sheltered or gradual, not recommended", () => {
    const d = navInclusionApproach({ model: "maturation" }, { asOf });
    expect(d.outcome).toBe("sheltered-or-gradual");
    expect(d.details.approaches).toEqual(["sheltered", "gradual"]);
    expect(d.details.recommended).toBe(false);
  });

  it("is unknown without a model", () => {
    const d = navInclusionApproach({}, { asOf });
    expect(d.outcome).toBe("unknown");
    expect(d.needs).toEqual(["model"]);
    expect(d.details.recommended).toBeNull();
  });

  it("exports the approaches and models as data: only integrated is recommended, and it is place–train", () => {
    expect(
      Object.values(NAV_INCLUSION_APPROACHES)
        .filter((a) => a.recommended)
        .map((a) => a.id),
    ).toEqual(["integrated"]);
    expect(NAV_INCLUSION_APPROACHES.integrated.order).toBe("place-train");
    expect(NAV_INCLUSION_APPROACHES.gradual.order).toBe("train-place");
    for (const m of Object.values(NAV_FOLLOW_UP_MODELS)) {
      expect(m.strengths.length).toBeGreaterThan(0);
      expect(m.weaknesses.length).toBeGreaterThan(0);
    }
  });

  it("rejects an unknown model", () => {
    expect(pathsOf(() => navInclusionApproach({ model: "ips" as never }, { asOf }))).toEqual(["model:invalid_value"]);
  });

  it("explains in three languages", () => {
    const d = navInclusionApproach({ model: "maturation" }, { asOf });
    expect(explain(d, TEXTS.nb)).toContain("Modningsmodellen faller inn under skjermet tilnærming eller opprustning");
    expect(explain(d, TEXTS.nn)).toContain("Modningsmodellen fell inn under skjerma tilnærming eller opprusting");
    expect(explain(d, TEXTS.en)).toContain("The maturation model falls under the sheltered or gradual approach");
  });
});

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
    for (const input of [{}, { model: null }] as NavInclusionApproachInput[]) {
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
    const bad = () => navInclusionApproach({ bogus: 1 } as unknown as NavInclusionApproachInput, { asOf });
    expect(bad).toThrow(UngrettInputError);
    expect(bad).toThrow(/^Invalid input to navInclusionApproach: /);
  });
});
