import { describe, expect, it } from "vitest";
import { UngrettInputError } from "../../src/core/errors.js";
import { FLOAT_TOLERANCE } from "../../src/outreach/checks.js";
import { explain, type OutreachAssessServiceInput, outreachAssessService } from "../../src/outreach/index.js";
import { issuesOf, pathsOf } from "../helpers/errors.js";
import { asOf, assess, good, reason, status } from "../helpers/outreach-service.js";
import { TEXTS } from "../helpers/texts.js";

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
    expect(explain(d, TEXTS.en)).toContain("below the minimum of 1 whatever the population");
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
    const nb = explain(d, TEXTS.nb);
    expect(nb).toContain("tjenesten oppfyller ikke 1 av 24 punkter (17 oppfylt, 6 ukjent)");
    expect(nb).toContain(
      "Ikke oppfylt: De ansatte har veiledning og refleksjon – de ansatte har ikke tilgang til veiledning og refleksjon. [anbefaling;",
    );
    expect(nb).toContain("Ukjent: Ikke opplyst om mandatet har politisk forankring.");
    expect(explain(d, TEXTS.nn)).toContain(
      "Ikkje oppfylt: Dei tilsette har rettleiing og refleksjon – dei tilsette har ikkje tilgang til rettleiing og refleksjon.",
    );
    expect(explain(d, TEXTS.en)).toContain("In place: its own operating budget.");
  });
});

describe("outreach.assessment: field time", () => {
  it("judges the field time over the periods given", () => {
    expect(status({ fieldTime: [{ fieldHours: 5, totalHours: 37.5 }] }, "field-time")).toBe("falls-short");
    expect(status({ fieldTime: null }, "field-time")).toBe("unknown");
  });
});
