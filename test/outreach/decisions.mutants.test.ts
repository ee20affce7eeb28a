import { describe, expect, it } from "vitest";
import { ageOn } from "../../src/core/dates.js";
import { UngrettInputError } from "../../src/core/errors.js";
import {
  assessOutreachService,
  fieldTimeShare,
  outreachAgeBand,
  outreachDocumentation,
  outreachPrepare,
  outreachPrevalence,
  outreachStaffing,
  outreachTargetGroup,
  outreachVoluntaryFollowUp,
} from "../../src/outreach/index.js";
import { thrown } from "../helpers/errors.js";

const asOf = "2026-01-01";

describe("outreach: input errors name the function called", () => {
  it.each([
    ["outreachAgeBand", () => outreachAgeBand({ bogus: 1 } as never, { asOf })],
    ["outreachDocumentation", () => outreachDocumentation({ bogus: 1 } as never, { asOf })],
    ["outreachPrevalence", () => outreachPrevalence({ bogus: 1 } as never, { asOf })],
    ["outreachStaffing", () => outreachStaffing({ bogus: 1 } as never, { asOf })],
    ["outreachVoluntaryFollowUp", () => outreachVoluntaryFollowUp({ bogus: 1 } as never, { asOf })],
  ])("%s", (name, f) => {
    expect(thrown(f).message.startsWith(`Invalid input to ${name}: `)).toBe(true);
  });
});

describe("outreach.voluntary: the agreement", () => {
  it("records the agreement and asks for it while unknown", () => {
    const r = (agreed: boolean | null) => outreachVoluntaryFollowUp({ agreed }, { asOf }).reasons[0];
    expect(r(true)).toMatchObject({ status: "holds", facts: { agreed: true }, needs: [] });
    expect(r(false)).toMatchObject({ status: "fails", facts: { agreed: false }, needs: [] });
    expect(r(null)).toMatchObject({ status: "unknown", facts: { agreed: null }, needs: ["agreed"] });
  });
});

describe("outreach.documentation: the consent recorded", () => {
  it("records what was consented to", () => {
    const d = outreachDocumentation({ documented: ["name"], consentedTo: ["name", "school"] }, { asOf });
    expect(d.outcome).toBe("within-consent");
    expect(d.reasons[0]?.facts).toEqual({ documented: ["name"], consentedTo: ["name", "school"], beyondConsent: [] });
  });

  it("asks for the consent in its reason while it is unknown", () => {
    const d = outreachDocumentation({ documented: ["name"] }, { asOf });
    expect(d.outcome).toBe("unknown");
    expect(d.reasons[0]).toMatchObject({ status: "unknown", needs: ["consentedTo"], facts: { consentedTo: null } });
  });
});

describe("outreach.age-band: an unknown birth date", () => {
  it("records an unknown age beside the band's limits, and asks for the birth date", () => {
    const { minAge, maxAge } = outreachAgeBand({ birthDate: "2010-01-01" }, { asOf }).details;
    const r = outreachTargetGroup({ atRisk: true }, { asOf }).reasons.find((x) => x.rule === "outreach.age-band");
    expect(r).toMatchObject({
      condition: "within-age-band",
      status: "unknown",
      facts: { age: null, minAge, maxAge },
      needs: ["birthDate"],
    });
    expect(Object.keys(r?.facts ?? {})).toEqual(["age", "minAge", "maxAge"]);
  });

  it("keeps the age, not the birth date, in the facts of a known birth date", () => {
    const birthDate = "2010-03-14";
    for (const d of [
      outreachAgeBand({ birthDate }, { asOf }),
      outreachTargetGroup({ birthDate, atRisk: true }, { asOf }),
    ]) {
      const r = d.reasons.find((x) => x.rule === "outreach.age-band");
      expect(r?.facts).toEqual({ age: ageOn(birthDate, asOf), minAge: 13, maxAge: 25 });
      expect(JSON.stringify(d)).not.toContain(birthDate);
    }
  });
});

describe("outreach.staffing: the population limit of the minimum", () => {
  it("records the limit as the minimum positions times the inhabitants per position (10,000)", () => {
    const d = outreachStaffing({ population: 5_000 }, { asOf });
    const r = d.reasons.find((x) => x.condition === "minimum");
    expect(r?.facts).toMatchObject({ population: 5_000, minimumFte: 1, inhabitantsPerFte: 10_000, limit: 10_000 });
  });
});

describe("outreach.prevalence: the facts of each estimate", () => {
  it("records the population and the per-10,000 rate behind the estimate", () => {
    const r = outreachPrevalence({ population: 10_000 }, { asOf }).reasons.find(
      (x) => x.condition === "from-population",
    );
    // «cirka 100 unge» per 10,000 inhabitants
    expect(r?.facts).toMatchObject({ population: 10_000, per10000: 100, estimate: 100, low: 100 });
  });

  it("records the cohort behind the cohort estimate", () => {
    const r = outreachPrevalence({ cohort13to23: 1_000 }, { asOf }).reasons.find((x) => x.condition === "from-cohort");
    expect(r?.facts).toMatchObject({ cohort13to23: 1_000 });
    expect(typeof r?.facts.shareLow).toBe("number");
  });
});

describe("outreach.field-time: field hours above the total", () => {
  const codesOf = (input: unknown) => {
    try {
      fieldTimeShare(input as never, { asOf });
    } catch (e) {
      if (e instanceof UngrettInputError) return e.issues.map((i) => `${i.path}:${i.code}`);
      throw e;
    }
    return [];
  };

  it("are compared only when both are valid hours: an invalid value is its own issue", () => {
    expect(codesOf({ fieldHours: 5, totalHours: 0 })).toEqual(["totalHours:too_small"]);
    expect(codesOf({ fieldHours: Number.POSITIVE_INFINITY, totalHours: 10 })).toEqual(["fieldHours:invalid_type"]);
    expect(codesOf({ fieldHours: 12, totalHours: 10 })).toEqual(["fieldHours:above_total"]);
  });
});

describe("outreach.prevalence: a low risk share of zero", () => {
  it("still gives a plain-JSON decision with finite estimates", () => {
    const d = outreachPrevalence({ population: 10_000 }, { asOf, parameters: { "outreach.risk-share-low": 0 } });
    const r = d.reasons.find((x) => x.condition === "from-population");
    expect(Number.isFinite(r?.facts.high)).toBe(true);
    expect(Number.isFinite(r?.facts.estimate)).toBe(true);
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });
});

describe("outreach errors name the caller and say what is wrong", () => {
  it("names fieldTimeShare and outreachPrepare in their messages", () => {
    expect(thrown(() => fieldTimeShare({ fieldHours: -1, totalHours: 10 }, { asOf })).message).toMatch(
      /^Invalid input to fieldTimeShare/,
    );
    expect(thrown(() => outreachPrepare({ asOf: "2026-02-30" })).message).toMatch(/^Invalid input to outreachPrepare/);
  });

  it("names the parameter below the other end of its frame", () => {
    const e = thrown(() =>
      fieldTimeShare({ fieldHours: 12, totalHours: 37.5 }, { asOf, parameters: { "outreach.field-time-min": 0.5 } }),
    );
    expect(e.issues).toEqual([
      {
        path: "options.parameters.outreach.field-time-max",
        code: "below_lower_bound",
        message: "is below outreach.field-time-min: the ends of the range are out of order",
      },
    ]);
  });
});

describe("outreach.assessment: field time not given", () => {
  it("keeps the condition of the field-time rule and asks for the field time", () => {
    const r = assessOutreachService({}, { asOf }).reasons.find((x) => x.rule === "outreach.field-time");
    expect([r?.condition, r?.status, r?.needs]).toEqual(["within-range", "unknown", ["fieldTime"]]);
  });
});
