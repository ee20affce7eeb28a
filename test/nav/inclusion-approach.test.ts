import { describe, expect, it } from "vitest";
import { explain, NAV_FOLLOW_UP_MODELS, NAV_INCLUSION_APPROACHES, navInclusionApproach } from "../../src/nav/index.js";
import { codes } from "./helpers.js";

const asOf = "2026-03-02";

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
    expect(codes(() => navInclusionApproach({ model: "ips" as never }, { asOf }))).toEqual(["model:invalid_value"]);
  });

  it("explains in three languages", () => {
    const d = navInclusionApproach({ model: "maturation" }, { asOf });
    expect(explain(d, "nb")).toContain("Modningsmodellen faller inn under skjermet tilnærming eller opprustning");
    expect(explain(d, "nn")).toContain("Modningsmodellen fell inn under skjerma tilnærming eller opprusting");
    expect(explain(d, "en")).toContain("The maturation model falls under the sheltered or gradual approach");
  });
});
