import { describe, expect, it } from "vitest";
import { UngrettInputError } from "../../src/core/errors.js";
import { FLOAT_TOLERANCE } from "../../src/outreach/checks.js";
import {
  assessOutreachService,
  OUTREACH_MANDATE,
  OUTREACH_MANDATE_CRITERIA,
  OUTREACH_MATERIAL,
  OUTREACH_MATERIAL_CRITERIA,
  OUTREACH_STRUCTURE,
  OUTREACH_STRUCTURE_CRITERIA,
  type OutreachService,
} from "../../src/outreach/index.js";
import { issuesOf, pathsOf } from "./helpers.js";

const asOf = "2026-01-01";
const assess = (s: OutreachService) => assessOutreachService(s, { asOf });
const reason = (s: OutreachService, condition: string, rule?: string) => {
  const r = assess(s).reasons.find((x) => x.condition === condition && (rule === undefined || x.rule === rule));
  if (r === undefined) throw new Error(`no reason ${condition}`);
  return r;
};
const item = (s: OutreachService, id: string) => assess(s).details.items.find((i) => i.id === id);
const bad = (s: unknown) => () => assessOutreachService(s as OutreachService, { asOf });

describe("outreach.assessment: contradictory facts are input errors", () => {
  it("adds no cross-check issue for a value the schema already rejects as not a finite number", () => {
    // Infinity and a string are schema errors; they must not also be read as counts.
    const infinite = pathsOf(bad({ headcount: 2, fte: Number.POSITIVE_INFINITY }));
    expect(infinite.some((p) => p.startsWith("fte:"))).toBe(true);
    expect(infinite).not.toContain("fte:above_headcount");
    const text = pathsOf(bad({ headcount: "3", socialWorkEducated: 5 }));
    expect(text.some((p) => p.startsWith("headcount:"))).toBe(true);
    expect(text).not.toContain("socialWorkEducated:above_headcount");
  });

  it("explains a conflict between the staff list and the counts", () => {
    const issues = issuesOf(bad({ staff: [{ fte: 1 }], headcount: 1 }));
    expect(issues.map((i) => `${i.path}:${i.code}`)).toEqual(["headcount:conflicts_with_staff"]);
    expect(issues[0]?.message).toMatch(/staff list/);
    expect(issues[0]?.message).toMatch(/not both/);
  });

  it("checks fte against the staff only when every post's fte is known", () => {
    expect(assess({ staff: [{ fte: 1 }, {}], fte: 1.5 }).details.fte).toBe(1.5);
  });

  it("accepts an fte that differs from the staff's sum by no more than the tolerance", () => {
    expect(assess({ staff: [{ fte: FLOAT_TOLERANCE }], fte: 2 * FLOAT_TOLERANCE }).details.fte).toBe(
      2 * FLOAT_TOLERANCE,
    );
  });

  it("says the fte differs from the staff's sum when it does", () => {
    const issues = issuesOf(bad({ staff: [{ fte: 1 }, { fte: 0.5 }], fte: 2 }));
    expect(issues).toEqual([
      { path: "fte", code: "contradicts_staff", message: "differs from the sum of the staff's fte" },
    ]);
  });

  it("says more are educated than there are people", () => {
    const issues = issuesOf(bad({ headcount: 3, socialWorkEducated: 4 }));
    expect(issues).toEqual([
      { path: "socialWorkEducated", code: "above_headcount", message: "is more than headcount" },
    ]);
  });

  it("says when the fte cannot be filled by the people", () => {
    const issues = issuesOf(bad({ headcount: 2, fte: 3 }));
    expect(issues).toEqual([
      {
        path: "fte",
        code: "above_headcount",
        message: "is more FTE than there are people to fill it (a post is at most one full-time position)",
      },
    ]);
  });

  it("accepts an fte above the headcount by no more than the tolerance", () => {
    expect(assess({ headcount: 1, fte: 1 + FLOAT_TOLERANCE }).details.fte).toBe(1 + FLOAT_TOLERANCE);
  });

  it("names assessOutreachService in the input error", () => {
    expect(bad({ bogus: 1 })).toThrow(UngrettInputError);
    expect(bad({ bogus: 1 })).toThrow(/^Invalid input to assessOutreachService: /);
  });
});

describe("outreach.assessment: staffing within the float tolerance", () => {
  it("does not count an fte within the tolerance below the minimum as below it", () => {
    // population unknown: only a known fte below the minimum (1 FTE) decides
    const r = reason({ fte: 1 - FLOAT_TOLERANCE }, "positions-for-population");
    expect(r.status).toBe("unknown");
    expect(r.needs).toEqual(["population"]);
    expect(r.facts).toEqual({ population: null, fte: 1 - FLOAT_TOLERANCE, requiredFte: null, minimumFte: 1 });
  });

  it("meets the need with an fte within the tolerance below it", () => {
    const r = reason({ population: 25_000, fte: 2.5 - FLOAT_TOLERANCE }, "positions-for-population");
    expect(r.status).toBe("holds");
    expect(r.facts).toEqual({ population: 25_000, fte: 2.5 - FLOAT_TOLERANCE, requiredFte: 2.5, rounding: "exact" });
  });
});

describe("outreach.assessment: pair staffing", () => {
  it("stays unknown without a headcount even when team work is not secured otherwise", () => {
    const r = reason({ teamWorkSecuredOtherwise: false }, "two-people");
    expect(r.status).toBe("unknown");
    expect(r.needs).toEqual(["headcount"]);
    expect(r.facts).toEqual({ headcount: null, pairSize: 2, teamWorkSecuredOtherwise: false });
  });

  it("holds with two people even when team work is not secured otherwise", () => {
    const r = reason({ headcount: 2, teamWorkSecuredOtherwise: false }, "two-people");
    expect(r.status).toBe("holds");
    expect(r.facts).toEqual({ headcount: 2, pairSize: 2, teamWorkSecuredOtherwise: false });
    expect(item({ headcount: 2, teamWorkSecuredOtherwise: false }, "pair-staffing")?.status).toBe("meets");
  });
});

describe("outreach.assessment: the facts each item records", () => {
  const ALL_TRUE: OutreachService = {
    workInPairs: true,
    leaderOrCoordinator: true,
    mixedGender: true,
    ethnicityConsidered: true,
    supervision: true,
    structure: Object.fromEntries(OUTREACH_STRUCTURE_CRITERIA.map((c) => [c.fact, true])),
    material: Object.fromEntries(OUTREACH_MATERIAL_CRITERIA.map((c) => [c.fact, true])),
    mandate: Object.fromEntries(OUTREACH_MANDATE_CRITERIA.map((c) => [c.fact, true])),
  };
  const GROUPS = [
    [OUTREACH_STRUCTURE.id, OUTREACH_STRUCTURE_CRITERIA],
    [OUTREACH_MATERIAL.id, OUTREACH_MATERIAL_CRITERIA],
    [OUTREACH_MANDATE.id, OUTREACH_MANDATE_CRITERIA],
  ] as const;

  it("records known facts as given", () => {
    expect(reason(ALL_TRUE, "field-work-in-pairs").facts).toEqual({ workInPairs: true });
    expect(reason(ALL_TRUE, "leader-or-coordinator").facts).toEqual({ leaderOrCoordinator: true });
    expect(reason(ALL_TRUE, "team-composition").facts).toEqual({ mixedGender: true, ethnicityConsidered: true });
    expect(reason(ALL_TRUE, "supervision-and-reflection").facts).toEqual({ supervision: true });
    for (const [rule, criteria] of GROUPS)
      for (const c of criteria) expect(reason(ALL_TRUE, c.id, rule).facts).toEqual({ [c.fact]: true });
  });

  it("records unknown facts as null", () => {
    expect(reason({}, "field-work-in-pairs").facts).toEqual({ workInPairs: null });
    expect(reason({}, "leader-or-coordinator").facts).toEqual({ leaderOrCoordinator: null });
    expect(reason({}, "team-composition").facts).toEqual({ mixedGender: null, ethnicityConsidered: null });
    expect(reason({}, "supervision-and-reflection").facts).toEqual({ supervision: null });
    expect(reason({}, "two-people").facts).toEqual({ headcount: null, pairSize: 2, teamWorkSecuredOtherwise: null });
    for (const [rule, criteria] of GROUPS)
      for (const c of criteria) expect(reason({}, c.id, rule).facts).toEqual({ [c.fact]: null });
  });

  it("counts every person of a known headcount as of unknown education when the count educated is unknown", () => {
    const r = reason({ headcount: 3 }, "social-work-majority");
    expect(r.status).toBe("unknown");
    expect(r.needs).toEqual(["socialWorkEducated"]);
    expect(r.facts).toEqual({ headcount: 3, socialWorkEducated: null, unknownEducation: 3, threshold: 0.5 });
  });

  it("counts no unknown education when the count educated is known", () => {
    expect(reason({ headcount: 3, socialWorkEducated: 1 }, "social-work-majority").facts).toEqual({
      headcount: 3,
      socialWorkEducated: 1,
      unknownEducation: 0,
      threshold: 0.5,
    });
  });
});

describe("outreach.assessment: field time not given", () => {
  it("records the range and the main rule it would be judged by, and asks for the field time", () => {
    const d = assessOutreachService({}, { asOf });
    const value = (id: string) => d.parameters.find((p) => p.id === id)?.value;
    const r = d.reasons.find((x) => x.rule === "outreach.field-time");
    expect(r).toMatchObject({ condition: "within-range", status: "unknown", needs: ["fieldTime"] });
    expect(r?.facts).toEqual({
      min: value("outreach.field-time-min"),
      max: value("outreach.field-time-max"),
      mainRule: value("outreach.field-time-main"),
    });
    expect(typeof r?.facts.min).toBe("number");
  });
});
