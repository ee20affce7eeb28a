import { describe, expect, it } from "vitest";
import { explain, type NavProblem, navPartners } from "../../src/nav/index.js";
import { pathsOf } from "../helpers/errors.js";
import { TEXTS } from "../helpers/texts.js";

const on = (birthDate: string | null, asOf: string, problems?: NavProblem[] | null) =>
  navPartners(problems === undefined ? (birthDate === null ? {} : { birthDate }) : { birthDate, problems }, { asOf });
const roleOf = (d: ReturnType<typeof on>, agency: string) => d.details.partners.find((p) => p.agency === agency)?.role;

describe("nav.partners-by-age: the bands", () => {
  it("under 16: municipal social support in NAV and, most of all, child welfare", () => {
    const d = on("2012-06-01", "2026-03-02", []);
    expect(d.details.age).toBe(13);
    expect(d.details.ageBands).toEqual(["under-16"]);
    expect(d.outcome).toEqual(["child-welfare", "nav-municipal-social"]);
    expect(roleOf(d, "child-welfare")).toBe("central");
  });

  it("16–19 and a minor: upper secondary school, OT and NAV central; child welfare relevant", () => {
    const d = on("2009-01-15", "2026-03-02", []);
    expect(d.details.ageBands).toEqual(["16-19"]);
    expect(d.outcome).toEqual(["nav", "upper-secondary-school", "ot", "child-welfare"]);
    expect(roleOf(d, "child-welfare")).toBe("relevant");
  });

  it("18–19: child welfare through aftercare, in both the 16–19 and the aftercare band", () => {
    const d = on("2007-01-15", "2026-03-02", []);
    expect(d.details.age).toBe(19);
    expect(d.details.ageBands).toEqual(["16-19", "aftercare"]);
    const cw = d.details.partners.find((p) => p.agency === "child-welfare");
    expect(cw?.reasons.map((r) => r.basis)).toEqual(["aftercare"]);
  });

  it("20 and over: local employers central; schools and OT less central and so not in the outcome", () => {
    const d = on("2004-05-10", "2026-03-02", []);
    expect(d.details.ageBands).toEqual(["aftercare", "20-and-over"]);
    expect(d.outcome).toEqual(["employers", "child-welfare"]);
    expect(roleOf(d, "ot")).toBe("less-central");
    expect(roleOf(d, "upper-secondary-school")).toBe("less-central");
  });

  it("25 and over: only local employers by age", () => {
    const d = on("1995-05-10", "2026-03-02", []);
    expect(d.details.ageBands).toEqual(["20-and-over"]);
    expect(d.outcome).toEqual(["employers"]);
  });
});

describe("nav.partners-by-age: birthdays are the boundaries", () => {
  const bands = (birthDate: string, asOf: string) => on(birthDate, asOf, []).details.ageBands;

  it("the 16th birthday moves a person from under 16 to 16–19", () => {
    expect(bands("2010-03-02", "2026-03-01")).toEqual(["under-16"]);
    expect(bands("2010-03-02", "2026-03-02")).toEqual(["16-19"]);
  });

  it("the 18th birthday starts aftercare; child welfare stays, for another reason", () => {
    const before = on("2008-03-02", "2026-03-01", []);
    const after = on("2008-03-02", "2026-03-02", []);
    expect(before.details.ageBands).toEqual(["16-19"]);
    expect(after.details.ageBands).toEqual(["16-19", "aftercare"]);
    expect(before.details.partners.find((p) => p.agency === "child-welfare")?.reasons[0]?.basis).toBe("16-19");
    expect(after.details.partners.find((p) => p.agency === "child-welfare")?.reasons[0]?.basis).toBe("aftercare");
  });

  it("the 20th birthday moves a person from 16–19 to 20 and over", () => {
    expect(bands("2006-03-02", "2026-03-01")).toEqual(["16-19", "aftercare"]);
    expect(bands("2006-03-02", "2026-03-02")).toEqual(["aftercare", "20-and-over"]);
    expect(on("2006-03-02", "2026-03-01", []).outcome).toContain("ot");
    expect(on("2006-03-02", "2026-03-02", []).outcome).not.toContain("ot");
  });

  it("aftercare lasts until the 25th birthday for those turning 23 from 2021-01-01, and until the 23rd for those before", () => {
    expect(bands("2001-03-02", "2026-03-01")).toContain("aftercare");
    expect(bands("2001-03-02", "2026-03-02")).not.toContain("aftercare");
    expect(bands("1997-03-02", "2020-03-01")).toContain("aftercare");
    expect(bands("1997-03-02", "2020-03-02")).not.toContain("aftercare");
    // 24 on 2021-01-01: aftercare ended on the 23rd birthday in 2019 and is not revived by
    // the rise to 25, which reached only those turning 23 from 2021-01-01 (Bufdir).
    expect(bands("1996-06-01", "2020-12-31")).not.toContain("aftercare");
    expect(bands("1996-06-01", "2021-01-01")).not.toContain("aftercare");
    expect(on("1996-06-01", "2021-01-01", []).parameters).toContainEqual({
      id: "nav.aftercare-until",
      value: 23,
      from: "2006-07-01",
      to: "2020-12-31",
      overridden: false,
    });
    // Turning 23 on 2021-01-01 itself: the new limit of 25 applies.
    expect(bands("1998-01-01", "2021-01-01")).toContain("aftercare");
    expect(bands("1998-01-01", "2022-12-31")).toContain("aftercare");
    expect(bands("1998-01-01", "2023-01-01")).not.toContain("aftercare");
  });

  it("someone born on 29 February turns 16 on 29 February in a leap year and 18 on 1 March in a common year", () => {
    expect(bands("2008-02-29", "2024-02-28")).toEqual(["under-16"]);
    expect(bands("2008-02-29", "2024-02-29")).toEqual(["16-19"]);
    expect(bands("2008-02-29", "2026-02-28")).toEqual(["16-19"]);
    expect(bands("2008-02-29", "2026-03-01")).toEqual(["16-19", "aftercare"]);
    expect(bands("2008-02-29", "2028-02-28")).toEqual(["16-19", "aftercare"]);
    expect(bands("2008-02-29", "2028-02-29")).toEqual(["aftercare", "20-and-over"]);
  });

  it("moves the bands with the parameters", () => {
    const d = navPartners(
      { birthDate: "2007-01-15", problems: [] },
      { asOf: "2026-03-02", parameters: { "nav.band-20-from": 19 } },
    );
    expect(d.details.ageBands).toEqual(["aftercare", "20-and-over"]);
    expect(
      pathsOf(() =>
        navPartners({ birthDate: "2007-01-15" }, { asOf: "2026-03-02", parameters: { "nav.band-16-19-from": 20 } }),
      ),
    ).toEqual(["options.parameters.nav.band-16-19-from:parameters_out_of_order"]);
  });
});

describe("nav.partners-by-problem", () => {
  it.each([
    ["substance-use-or-crime", ["substance-use-services", "police", "outreach-service"]],
    ["mental-ill-health", ["mental-health-services"]],
    ["lack-of-motivation-or-dropout", ["upper-secondary-school", "ot", "employers", "providers"]],
    ["learning-difficulties", ["upper-secondary-school", "ppt"]],
    ["poor-finances-or-living-conditions", ["nav-municipal-social"]],
  ] as const)("%s calls for %j", (problem, agencies) => {
    const d = on(null, "2026-03-02", [problem]);
    expect([...d.outcome].sort()).toEqual([...agencies].sort());
    for (const p of d.details.partners) {
      expect(p.role).toBe("relevant");
      expect(p.reasons.every((r) => r.by === "problem" && r.basis === problem)).toBe(true);
    }
  });

  it("gives each agency every reason, with its source, and the strongest role", () => {
    const d = on("2008-05-10", "2026-03-02", ["learning-difficulties"]);
    expect(d.outcome).toEqual(["nav", "upper-secondary-school", "ot", "child-welfare", "ppt"]);
    const school = d.details.partners.find((p) => p.agency === "upper-secondary-school");
    expect(school?.role).toBe("central");
    expect(school?.reasons.map((r) => `${r.by}:${r.basis}:${r.role}`)).toEqual([
      "age:16-19:central",
      "problem:learning-difficulties:relevant",
    ]);
    for (const p of d.details.partners) {
      for (const r of p.reasons) {
        expect(r.source.ref).toBe("afi-tipshefte-2016");
        expect(r.source.locator?.length).toBeGreaterThan(0);
      }
    }
  });

  it("raises a less central agency when a problem calls for it (OT at 22 with drop-out)", () => {
    const d = on("2003-05-10", "2026-03-02", ["lack-of-motivation-or-dropout"]);
    expect(roleOf(d, "ot")).toBe("relevant");
    expect(d.outcome).toContain("ot");
  });

  it("lists problems in the report's order, once", () => {
    const d = on(null, "2026-03-02", ["poor-finances-or-living-conditions", "mental-ill-health", "mental-ill-health"]);
    expect(d.details.problems).toEqual(["mental-ill-health", "poor-finances-or-living-conditions"]);
  });
});

describe("nav.partners: unknown facts", () => {
  it("gives what the age gives and needs the problems when they are unknown", () => {
    const d = on("2004-05-10", "2026-03-02");
    expect(d.outcome).toEqual(["employers", "child-welfare"]);
    expect(d.needs).toEqual(["problems"]);
    expect(d.details.problems).toBeNull();
  });

  it("gives what the problems give and needs the birth date when it is unknown", () => {
    const d = on(null, "2026-03-02", ["mental-ill-health"]);
    expect(d.outcome).toEqual(["mental-health-services"]);
    expect(d.needs).toEqual(["birthDate"]);
    expect(d.details.age).toBeNull();
  });

  it("names both when nothing is known, and treats null like absent", () => {
    expect(navPartners({}, { asOf: "2026-03-02" }).needs).toEqual(["birthDate", "problems"]);
    expect(navPartners({ birthDate: null, problems: null }, { asOf: "2026-03-02" })).toEqual(
      navPartners({}, { asOf: "2026-03-02" }),
    );
  });
});

describe("nav.partners: bad input", () => {
  it("rejects a birth after asOf, before 1900, an unknown problem and a misspelt field", () => {
    expect(pathsOf(() => on("2026-03-03", "2026-03-02", []))).toEqual(["birthDate:after_as_of"]);
    expect(pathsOf(() => on("1899-12-31", "2026-03-02", []))).toEqual(["birthDate:too_small"]);
    expect(pathsOf(() => on(null, "2026-03-02", ["boredom" as NavProblem]))).toEqual(["problems[0]:invalid_value"]);
    expect(pathsOf(() => navPartners({ birthdate: "2000-01-01" } as never, { asOf: "2026-03-02" }))).toEqual([
      "birthdate:unknown_field",
    ]);
  });
});

describe("nav.partners: explanations", () => {
  const d = on("2008-05-10", "2026-03-02", ["learning-difficulties"]);

  it("group the agencies by role and say it is a recommendation", () => {
    expect(explain(d, TEXTS.nb)).toContain(
      "sentrale: NAV, videregående skole og oppfølgingstjenesten (OT); aktuelle: barnevernet og PPT (en anbefaling, ikke et lovkrav).",
    );
    expect(explain(d, TEXTS.nn)).toContain("sentrale: NAV, vidaregåande skule og oppfølgingstenesta (OT)");
    expect(explain(d, TEXTS.en)).toContain("17 years old, in the band from 16 to 19");
  });

  it("name the missing facts", () => {
    expect(explain(on("2008-05-10", "2026-03-02"), TEXTS.nb)).toContain(
      "Mangler opplysning om: problemtyper (problems).",
    );
  });
});
