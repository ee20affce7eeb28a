import { describe, expect, it } from "vitest";
import { UngrettInputError } from "../../src/core/errors.js";
import { explain, type OutreachTargetGroupInput, outreachTargetGroup } from "../../src/outreach/index.js";
import { pathsOf } from "../helpers/errors.js";
import { TEXTS } from "../helpers/texts.js";

const asOf = "2026-04-15";
const born = "2009-03-01"; // 17 on asOf

describe("outreach.target-group: the three categories of NOU 1980:37", () => {
  it("(a) at risk", () => {
    const d = outreachTargetGroup({ birthDate: born, atRisk: true, hasProblems: false }, { asOf });
    expect(d.outcome).toBe("at-risk");
    expect(d.details.categories).toEqual(["at-risk"]);
    expect(d.details.openCategories).toEqual([]);
    expect(d.needs).toEqual([]);
  });

  it("(b) problem-burdened, not in contact with the ordinary services", () => {
    const d = outreachTargetGroup({ birthDate: born, hasProblems: true, inContactWithServices: false }, { asOf });
    expect(d.outcome).toBe("outside-services");
    expect(d.details.age).toBe(17);
  });

  it("(c) problem-burdened, in contact, needing the service as a supplement", () => {
    const d = outreachTargetGroup(
      { birthDate: born, hasProblems: true, inContactWithServices: true, needsSupplement: true },
      { asOf },
    );
    expect(d.outcome).toBe("needs-supplement");
  });

  it("none: not at risk, no problems", () => {
    const d = outreachTargetGroup({ birthDate: born, atRisk: false, hasProblems: false }, { asOf });
    expect(d.outcome).toBe("not-in-target-group");
    expect(d.needs).toEqual([]);
  });

  it("problem-burdened, in contact and not needing a supplement is outside the group unless at risk", () => {
    const p = { birthDate: born, hasProblems: true, inContactWithServices: true, needsSupplement: false };
    expect(outreachTargetGroup({ ...p, atRisk: false }, { asOf }).outcome).toBe("not-in-target-group");
    expect(outreachTargetGroup({ ...p, atRisk: true }, { asOf }).outcome).toBe("at-risk");
  });
});

describe("outreach.target-group: precedence when several categories hold", () => {
  it("outside-services wins over at-risk", () => {
    const d = outreachTargetGroup(
      { birthDate: born, atRisk: true, hasProblems: true, inContactWithServices: false },
      { asOf },
    );
    expect(d.outcome).toBe("outside-services");
    expect(d.details.categories).toEqual(["outside-services", "at-risk"]);
  });

  it("needs-supplement wins over at-risk", () => {
    const d = outreachTargetGroup(
      { birthDate: born, atRisk: true, hasProblems: true, inContactWithServices: true, needsSupplement: true },
      { asOf },
    );
    expect(d.outcome).toBe("needs-supplement");
    expect(d.details.categories).toEqual(["needs-supplement", "at-risk"]);
  });

  it("at-risk with the problem facts unknown names the categories left open", () => {
    const d = outreachTargetGroup({ birthDate: born, atRisk: true }, { asOf });
    expect(d.outcome).toBe("at-risk");
    expect(d.details.openCategories).toEqual(["outside-services", "needs-supplement"]);
    expect(d.needs).toEqual([]);
  });
});

describe("outreach.target-group: needsSupplement outside the services", () => {
  it("is not read when the person is not in contact with the services", () => {
    const a = outreachTargetGroup(
      { birthDate: born, hasProblems: true, inContactWithServices: false, needsSupplement: true },
      { asOf },
    );
    const b = outreachTargetGroup(
      { birthDate: born, hasProblems: true, inContactWithServices: false, needsSupplement: false },
      { asOf },
    );
    expect(a.outcome).toBe("outside-services");
    expect(b.outcome).toBe("outside-services");
  });

  it("is not asked for when the person is not in contact and not at risk", () => {
    const d = outreachTargetGroup(
      { birthDate: born, atRisk: false, hasProblems: false, inContactWithServices: false },
      { asOf },
    );
    expect(d.outcome).toBe("not-in-target-group");
    expect(d.needs).toEqual([]);
  });

  it("is asked for when it alone can decide", () => {
    const d = outreachTargetGroup(
      { birthDate: born, atRisk: false, hasProblems: true, inContactWithServices: true },
      { asOf },
    );
    expect(d.outcome).toBe("unknown");
    expect(d.needs).toEqual(["needsSupplement"]);
  });
});

describe("outreach.target-group: unknown facts", () => {
  it("never gives a category from an unknown fact", () => {
    const d = outreachTargetGroup({ birthDate: born, hasProblems: true }, { asOf });
    expect(d.outcome).toBe("unknown");
    expect(d.needs).toEqual(["atRisk", "inContactWithServices", "needsSupplement"]);
  });

  it("needs the birth date when a category holds", () => {
    const d = outreachTargetGroup({ atRisk: true }, { asOf });
    expect(d.outcome).toBe("unknown");
    expect(d.needs).toEqual(["birthDate"]);
    expect(d.details.age).toBeNull();
  });

  it("lists every missing fact for an empty person", () => {
    const d = outreachTargetGroup({}, { asOf });
    expect(d.outcome).toBe("unknown");
    expect(d.needs).toEqual(["atRisk", "hasProblems", "inContactWithServices", "needsSupplement", "birthDate"]);
  });

  it("decides on age alone when the person is outside the band", () => {
    const d = outreachTargetGroup({ birthDate: "1990-01-01" }, { asOf });
    expect(d.outcome).toBe("not-in-target-group");
    expect(d.needs).toEqual([]);
  });

  it("treats null like an absent fact", () => {
    const a = outreachTargetGroup({ birthDate: born, atRisk: null, hasProblems: null }, { asOf });
    const b = outreachTargetGroup({ birthDate: born }, { asOf });
    expect(a.outcome).toBe(b.outcome);
    expect(a.needs).toEqual(b.needs);
  });
});

describe("outreach.target-group: age boundaries", () => {
  const p = { atRisk: true } as const;
  it("13th birthday", () => {
    expect(outreachTargetGroup({ birthDate: "2013-04-15", ...p }, { asOf: "2026-04-14" }).outcome).toBe(
      "not-in-target-group",
    );
    expect(outreachTargetGroup({ birthDate: "2013-04-15", ...p }, { asOf: "2026-04-15" }).outcome).toBe("at-risk");
  });

  it("26th birthday", () => {
    expect(outreachTargetGroup({ birthDate: "2000-04-15", ...p }, { asOf: "2026-04-14" }).outcome).toBe("at-risk");
    expect(outreachTargetGroup({ birthDate: "2000-04-15", ...p }, { asOf: "2026-04-15" }).outcome).toBe(
      "not-in-target-group",
    );
  });

  it("29 February births turn 13 on 1 March in a common year", () => {
    expect(outreachTargetGroup({ birthDate: "2012-02-29", ...p }, { asOf: "2025-02-28" }).outcome).toBe(
      "not-in-target-group",
    );
    expect(outreachTargetGroup({ birthDate: "2012-02-29", ...p }, { asOf: "2025-03-01" }).outcome).toBe("at-risk");
  });

  it("a 13–21 mandate puts a 22-year-old outside", () => {
    const opts = { asOf, parameters: { "outreach.age-max": 21 } };
    expect(outreachTargetGroup({ birthDate: "2004-04-16", ...p }, opts).outcome).toBe("at-risk");
    expect(outreachTargetGroup({ birthDate: "2004-04-15", ...p }, opts).outcome).toBe("not-in-target-group");
    // The override touched nothing global.
    expect(outreachTargetGroup({ birthDate: "2004-04-15", ...p }, { asOf }).outcome).toBe("at-risk");
  });
});

describe("outreach.target-group: facts and open categories", () => {
  // This describe's own date, not the module's asOf above.
  const asOf = "2026-01-01";
  const find = (p: OutreachTargetGroupInput, condition: string) =>
    outreachTargetGroup(p, { asOf }).reasons.find((r) => r.condition === condition);

  it("records whether the person is at risk", () => {
    expect(find({ atRisk: true }, "at-risk")?.facts).toEqual({ atRisk: true });
    expect(find({ atRisk: false }, "at-risk")?.facts).toEqual({ atRisk: false });
    expect(find({}, "at-risk")?.facts).toEqual({ atRisk: null });
  });

  it("records the problems and the contact with services for the outside-services category", () => {
    expect(find({ hasProblems: true, inContactWithServices: false }, "outside-services")?.facts).toEqual({
      hasProblems: true,
      inContactWithServices: false,
    });
    expect(find({}, "outside-services")?.facts).toEqual({ hasProblems: null, inContactWithServices: null });
  });

  it("lists no open categories while the person's place in the group is itself still unknown", () => {
    // At risk holds, but the age (birth date) is unknown: the outcome is unknown, nothing is "open".
    const d = outreachTargetGroup({ atRisk: true }, { asOf });
    expect(d.outcome).toBe("unknown");
    expect(d.details.categories).toEqual(["at-risk"]);
    expect(d.details.openCategories).toEqual([]);
  });

  it("names outreachTargetGroup in the input error", () => {
    const bad = () => outreachTargetGroup({ bogus: 1 } as unknown as OutreachTargetGroupInput, { asOf });
    expect(bad).toThrow(UngrettInputError);
    expect(bad).toThrow(/^Invalid input to outreachTargetGroup: /);
  });
});

describe("outreach.target-group: bad input and explanations", () => {
  it("rejects misspelt fields, non-booleans and a birth after asOf", () => {
    expect(pathsOf(() => outreachTargetGroup({ atrisk: true, hasProblems: "yes" } as never, { asOf })).sort()).toEqual([
      "atrisk:unknown_field",
      "hasProblems:invalid_type",
    ]);
    expect(pathsOf(() => outreachTargetGroup({ birthDate: "2026-04-16" }, { asOf }))).toEqual([
      "birthDate:after_as_of",
    ]);
    expect(
      pathsOf(() => outreachTargetGroup({ birthDate: "2026-04-16", atRisk: "yes" } as never, { asOf })).sort(),
    ).toEqual(["atRisk:invalid_type", "birthDate:after_as_of"]);
    expect(pathsOf(() => outreachTargetGroup({ birthDate: "2009-02-29" }, { asOf }))).toEqual([
      "birthDate:invalid_date",
    ]);
  });

  it("explains the category and that it is a recommendation", () => {
    const d = outreachTargetGroup({ birthDate: born, hasProblems: true, inContactWithServices: false }, { asOf });
    expect(explain(d, TEXTS.nb)).toContain("kategori (b) i NOU 1980:37");
    expect(explain(d, TEXTS.nn)).toContain("ei fagleg tilråding, ikkje eit lovkrav");
    expect(explain(d, TEXTS.en)).toContain(
      "[recommendation; LOSU og KoRus-Oslo, «Oppsøkende sosialt ungdomsarbeid – Kommunal veileder» (udatert)",
    );
  });

  it("names the missing facts", () => {
    const d = outreachTargetGroup({ atRisk: true }, { asOf });
    expect(explain(d, TEXTS.en)).toContain("Missing facts: birth date (birthDate).");
  });
});
