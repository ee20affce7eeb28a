import { describe, expect, it } from "vitest";
import { UngrettInputError } from "../../src/core/errors.js";
import { FLOAT_TOLERANCE } from "../../src/outreach/checks.js";
import {
  explain,
  OUTREACH_MANDATE,
  OUTREACH_MANDATE_CRITERIA,
  OUTREACH_MATERIAL,
  OUTREACH_MATERIAL_CRITERIA,
  OUTREACH_STRUCTURE,
  OUTREACH_STRUCTURE_CRITERIA,
  type OutreachAssessServiceInput,
  outreachAssessService,
} from "../../src/outreach/index.js";
import { issuesOf, pathsOf } from "./helpers.js";

const asOf = "2026-01-01";
const yes5 = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, true])) as Record<K, true>;

/** A service that meets every norm. */
const good: OutreachAssessServiceInput = {
  population: 25_000,
  staff: [
    { fte: 1, socialWorkEducation: true },
    { fte: 1, socialWorkEducation: true },
    { fte: 0.5, socialWorkEducation: false },
  ],
  fieldTime: [{ fieldHours: 12, totalHours: 37.5 }],
  workInPairs: true,
  leaderOrCoordinator: true,
  mixedGender: true,
  ethnicityConsidered: true,
  supervision: true,
  structure: yes5([
    "mandateDefined",
    "fieldTimeFrame",
    "independentBasis",
    "notCaseWorkers",
    "responsibilitiesClarified",
  ]),
  material: yes5(["operatingBudget", "car", "premises", "mobilePhones", "dataStorage"]),
  mandate: yes5([
    "targetGroups",
    "responsibilities",
    "staffingAndOperatingConditions",
    "confidentiality",
    "ageSpan",
    "politicallyAnchored",
  ]),
};

const status = (s: OutreachAssessServiceInput, id: string) =>
  outreachAssessService(s, { asOf }).details.items.find((i) => i.id === id)?.status;

const assess = (s: OutreachAssessServiceInput) => outreachAssessService(s, { asOf });
const reason = (s: OutreachAssessServiceInput, condition: string, rule?: string) => {
  const r = assess(s).reasons.find((x) => x.condition === condition && (rule === undefined || x.rule === rule));
  if (r === undefined) throw new Error(`no reason ${condition}`);
  return r;
};
const item = (s: OutreachAssessServiceInput, id: string) => assess(s).details.items.find((i) => i.id === id);
const bad = (s: unknown) => () => outreachAssessService(s as OutreachAssessServiceInput, { asOf });

describe("outreach.assessment: the whole service", () => {
  it("a service meeting every norm: 24 items, all met", () => {
    const d = outreachAssessService(good, { asOf });
    expect(d.outcome).toBe("meets-all");
    expect(d.details.counts).toEqual({ meets: 24, fallsShort: 0, unknown: 0, total: 24 });
    expect(d.needs).toEqual([]);
    expect(d.details.requiredFte).toBe(2.5);
    expect(d.details.fte).toBe(2.5);
    expect(d.details.headcount).toBe(3);
  });

  it("lists every item once, in a stable order, with rule, strength and source", () => {
    const d = outreachAssessService(good, { asOf });
    expect(d.details.items.map((i) => i.id)).toEqual([
      "staffing",
      "pair-staffing",
      "pairs",
      "field-time",
      "leadership",
      "qualifications",
      "diversity",
      "supervision",
      "structure.mandate-defined",
      "structure.field-time-frame",
      "structure.independent-basis",
      "structure.not-case-workers",
      "structure.responsibilities-clarified",
      "material.operating-budget",
      "material.car",
      "material.premises",
      "material.mobile-phones",
      "material.data-storage",
      "mandate.target-groups",
      "mandate.responsibilities",
      "mandate.staffing-and-operating-conditions",
      "mandate.confidentiality",
      "mandate.age-span",
      "mandate.politically-anchored",
    ]);
    for (const item of d.details.items) {
      expect(item.strength).toBe("recommendation");
      expect(item.sources.length).toBeGreaterThan(0);
      expect(item.sources[0]?.ref).toBe("losu-korus-veileder");
      expect(item.sources[0]?.locator).toMatch(/^«.+»$/);
    }
    expect(d.reasons).toHaveLength(24);
  });

  it("an empty service: every item unknown, the outcome incomplete, every fact needed", () => {
    const d = outreachAssessService({}, { asOf });
    expect(d.outcome).toBe("incomplete");
    expect(d.details.counts).toEqual({ meets: 0, fallsShort: 0, unknown: 24, total: 24 });
    expect(d.needs).toContain("population");
    expect(d.needs).toContain("fieldTime");
    expect(d.needs).toContain("material.car");
    expect(d.needs).toContain("mandate.politicallyAnchored");
  });

  it("one criterion missing makes the service fall short", () => {
    const d = outreachAssessService({ ...good, material: { ...good.material, car: false } }, { asOf });
    expect(d.outcome).toBe("falls-short");
    expect(d.details.counts).toEqual({ meets: 23, fallsShort: 1, unknown: 0, total: 24 });
    expect(d.details.items.find((i) => i.status === "falls-short")?.id).toBe("material.car");
  });
});

describe("outreach.assessment: staffing for the population", () => {
  it("2 FTE for 25,000 falls short of 2.5; 3 meets it", () => {
    expect(status({ population: 25_000, fte: 2 }, "staffing")).toBe("falls-short");
    expect(status({ population: 25_000, fte: 3 }, "staffing")).toBe("meets");
    expect(status({ population: 25_000, fte: 2.5 }, "staffing")).toBe("meets");
  });

  it("rounding up to whole positions asks for 3", () => {
    const opts = { asOf, parameters: { "outreach.staffing-rounding": "whole-up" } };
    const d = outreachAssessService({ population: 25_000, fte: 2.5 }, opts);
    expect(d.details.requiredFte).toBe(3);
    expect(d.details.items[0]?.status).toBe("falls-short");
  });

  it("below one FTE falls short whatever the population", () => {
    const d = outreachAssessService({ fte: 0.5 }, { asOf });
    expect(d.details.items[0]?.status).toBe("falls-short");
    expect(d.details.requiredFte).toBeNull();
    expect(explain(d, "en")).toContain("below the minimum of 1 whatever the population");
  });

  it("one FTE with the population unknown is unknown", () => {
    const d = outreachAssessService({ fte: 1 }, { asOf });
    expect(d.details.items[0]).toMatchObject({ status: "unknown", needs: ["population"] });
  });

  it("sums the staff's posts when fte is not given, and leaves it unknown if one post is unknown", () => {
    expect(outreachAssessService({ staff: [{ fte: 0.5 }, { fte: 0.5 }] }, { asOf }).details.fte).toBe(1);
    expect(outreachAssessService({ staff: [{ fte: 0.5 }, {}] }, { asOf }).details.fte).toBeNull();
    expect(status({ population: 5_000, staff: [{ fte: 0.5 }, {}] }, "staffing")).toBe("unknown");
    expect(status({ population: 5_000, fte: 1, staff: [{ fte: 0.5 }, {}] }, "staffing")).toBe("meets");
  });

  it("sums binary fractions without losing the boundary", () => {
    const staff = [{ fte: 0.1 }, { fte: 0.2 }, { fte: 0.7 }];
    expect(status({ population: 10_000, staff }, "staffing")).toBe("meets");
  });
});

describe("outreach.assessment: pairs", () => {
  it("one person falls short unless team work is secured otherwise", () => {
    expect(status({ headcount: 1, teamWorkSecuredOtherwise: false }, "pair-staffing")).toBe("falls-short");
    expect(status({ headcount: 1, teamWorkSecuredOtherwise: true }, "pair-staffing")).toBe("meets");
    expect(status({ headcount: 1 }, "pair-staffing")).toBe("unknown");
    expect(status({ headcount: 2 }, "pair-staffing")).toBe("meets");
    expect(status({ teamWorkSecuredOtherwise: true }, "pair-staffing")).toBe("meets");
    expect(status({}, "pair-staffing")).toBe("unknown");
  });

  it("field work done alone falls short", () => {
    expect(status({ workInPairs: false }, "pairs")).toBe("falls-short");
  });
});

describe("outreach.assessment: social-work education", () => {
  it("more than half, counted by persons", () => {
    expect(status({ headcount: 3, socialWorkEducated: 2 }, "qualifications")).toBe("meets");
    expect(status({ headcount: 4, socialWorkEducated: 2 }, "qualifications")).toBe("falls-short");
    expect(status({ headcount: 2, socialWorkEducated: 1 }, "qualifications")).toBe("falls-short");
  });

  it("persons, not FTE: two educated part-timers and one full-timer without", () => {
    const staff = [
      { fte: 0.2, socialWorkEducation: true },
      { fte: 0.2, socialWorkEducation: true },
      { fte: 1, socialWorkEducation: false },
    ];
    expect(status({ staff }, "qualifications")).toBe("meets");
  });

  it("decides with unknown educations when they cannot change the answer", () => {
    const staff = (...e: (boolean | null)[]) => e.map((socialWorkEducation) => ({ socialWorkEducation }));
    expect(status({ staff: staff(true, true, null) }, "qualifications")).toBe("meets");
    expect(status({ staff: staff(false, false, null) }, "qualifications")).toBe("falls-short");
    expect(status({ staff: staff(true, false, null) }, "qualifications")).toBe("unknown");
  });

  it("counts: unknown headcount or education", () => {
    expect(status({ socialWorkEducated: 2 }, "qualifications")).toBe("unknown");
    expect(status({ socialWorkEducated: 0 }, "qualifications")).toBe("falls-short");
    expect(status({ headcount: 3 }, "qualifications")).toBe("unknown");
  });

  it("a staff of nobody falls short, whether it is given as a headcount or as a list", () => {
    expect(status({ headcount: 0 }, "qualifications")).toBe("falls-short");
    expect(status({ headcount: 0, socialWorkEducated: 0 }, "qualifications")).toBe("falls-short");
    expect(status({ staff: [] }, "qualifications")).toBe("falls-short");
  });
});

describe("outreach.assessment: field time, diversity and the rest", () => {
  it("judges the field time over the periods given", () => {
    expect(status({ fieldTime: [{ fieldHours: 5, totalHours: 37.5 }] }, "field-time")).toBe("falls-short");
    expect(status({ fieldTime: null }, "field-time")).toBe("unknown");
  });

  it("diversity needs both facts; one false decides", () => {
    expect(status({ mixedGender: false }, "diversity")).toBe("falls-short");
    expect(status({ mixedGender: true }, "diversity")).toBe("unknown");
    expect(status({ mixedGender: true, ethnicityConsidered: true }, "diversity")).toBe("meets");
  });
});

describe("outreach.assessment: contradictory facts are input errors", () => {
  it("staff list and counts together", () => {
    expect(pathsOf(() => outreachAssessService({ staff: [{}], headcount: 1 }, { asOf }))).toEqual([
      "headcount:conflicts_with_staff",
    ]);
  });

  it("more educated than people, and more FTE than people", () => {
    expect(pathsOf(() => outreachAssessService({ headcount: 2, socialWorkEducated: 3 }, { asOf }))).toEqual([
      "socialWorkEducated:above_headcount",
    ]);
    expect(pathsOf(() => outreachAssessService({ headcount: 2, fte: 2.5 }, { asOf }))).toEqual(["fte:above_headcount"]);
  });

  it("an fte that differs from the staff's posts", () => {
    expect(pathsOf(() => outreachAssessService({ fte: 2, staff: [{ fte: 1 }, { fte: 0.5 }] }, { asOf }))).toEqual([
      "fte:contradicts_staff",
    ]);
  });

  it("names contradictions together with the schema's issues, in one error", () => {
    expect(
      pathsOf(() => outreachAssessService({ population: 0, headcount: 2, socialWorkEducated: 3 }, { asOf })).sort(),
    ).toEqual(["population:too_small", "socialWorkEducated:above_headcount"]);
  });

  it("bad numbers and misspelt fields", () => {
    expect(
      pathsOf(() =>
        outreachAssessService(
          {
            population: -1,
            fte: Number.NaN,
            staff: [{ fte: 1.5 }],
            fieldTime: [{ fieldHours: 40, totalHours: 37.5 }],
            material: { cars: true },
          } as never,
          { asOf },
        ),
      ).sort(),
    ).toEqual(
      [
        "population:too_small",
        "fte:invalid_type",
        "staff[0].fte:too_big",
        "fieldTime[0].fieldHours:above_total",
        "material.cars:unknown_field",
      ].sort(),
    );
  });

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

  it("names outreachAssessService in the input error", () => {
    expect(bad({ bogus: 1 })).toThrow(UngrettInputError);
    expect(bad({ bogus: 1 })).toThrow(/^Invalid input to outreachAssessService: /);
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
  const ALL_TRUE: OutreachAssessServiceInput = {
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
    const d = outreachAssessService({}, { asOf });
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

  it("keeps the condition of the field-time rule and asks for the field time", () => {
    const r = outreachAssessService({}, { asOf }).reasons.find((x) => x.rule === "outreach.field-time");
    expect([r?.condition, r?.status, r?.needs]).toEqual(["within-range", "unknown", ["fieldTime"]]);
  });
});

describe("outreach.assessment: explanations", () => {
  it("summarises and explains each item with its strength", () => {
    const d = outreachAssessService({ ...good, supervision: false, mandate: null }, { asOf });
    expect(d.outcome).toBe("falls-short");
    const nb = explain(d, "nb");
    expect(nb).toContain("tjenesten oppfyller ikke 1 av 24 punkter (17 oppfylt, 6 ukjent)");
    expect(nb).toContain("Ikke oppfylt: De ansatte har ikke tilgang til veiledning og refleksjon. [anbefaling;");
    expect(nb).toContain("Ukjent: Ikke opplyst om mandatet har politisk forankring.");
    expect(explain(d, "nn")).toContain("Ikkje oppfylt: Dei tilsette har ikkje tilgang til rettleiing og refleksjon.");
    expect(explain(d, "en")).toContain("In place: its own operating budget.");
  });
});
