import { describe, expect, it } from "vitest";
import { UngrettInputError } from "../../src/core/errors.js";
import {
  explain,
  NAV_DUTY_LIST,
  type NavDutiesInput,
  type NavDuty,
  navAssessCloseFollowUp,
  navDuties,
} from "../../src/nav/index.js";
import { issuesOf, pathsOf, thrown } from "../helpers/errors.js";
import { TEXTS } from "../helpers/texts.js";

const asOf = "2026-03-02";

/** Every fact that makes every duty owed, for a 20-year-old. */
const ALL_OWED: NavDutiesInput = {
  birthDate: "2005-04-10",
  soughtWorkHelp: true,
  needsHelp: true,
  needsBroaderAssessment: true,
  needsLongTermCoordinatedServices: true,
  needsOtherServices: true,
};

const statusOf = (d: ReturnType<typeof navDuties>, duty: NavDuty) => d.details.duties.find((x) => x.duty === duty);
const statuses = (d: ReturnType<typeof navDuties>) =>
  Object.fromEntries(d.details.duties.map((x) => [x.duty, x.status]));

describe("nav.duties: the shape of core/duties", () => {
  it("lists every duty once, in order, with its rule and strength", () => {
    const d = navDuties(ALL_OWED, { asOf });
    expect(d.rule).toBe("nav.duties");
    expect(d.details.duties.map((x) => [x.duty, x.rule, x.strength])).toEqual([
      ["needs-assessment", "nav.needs-assessment", "statute"],
      ["work-ability-assessment", "nav.needs-assessment", "statute"],
      ["activity-plan", "nav.needs-assessment", "statute"],
      ["individual-plan", "nav.individual-plan", "statute"],
      ["cooperation", "nav.cooperation", "statute"],
      ["contact-person", "nav.youth-guarantee", "guidance"],
    ]);
    expect(NAV_DUTY_LIST).toEqual(d.details.duties.map((x) => x.duty));
  });

  it("owes everything and has done nothing: every duty due, outcome due, nothing needed", () => {
    const d = navDuties(ALL_OWED, { asOf });
    expect(d.outcome).toBe("due");
    expect(d.needs).toEqual([]);
    for (const x of d.details.duties)
      expect(x).toMatchObject({ status: "due", dueBy: null, doneOn: null, because: null });
  });

  it("marks each duty done on the day the history gives, and is up to date when all are", () => {
    const history = {
      needsAssessmentOn: "2025-11-03",
      workAbilityAssessmentOn: "2025-12-01",
      activityPlanOn: "2026-01-10",
      individualPlanOn: "2026-02-01",
      cooperationOn: "2026-02-15",
      contactPersonOn: "2026-03-02",
    };
    const d = navDuties({ ...ALL_OWED, history }, { asOf });
    expect(d.outcome).toBe("up-to-date");
    expect(d.details.duties.map((x) => x.doneOn)).toEqual(Object.values(history));
    expect(new Set(d.details.duties.map((x) => x.status))).toEqual(new Set(["done"]));
  });

  it("gives one reason per duty owed, its condition the duty and met when done", () => {
    const d = navDuties({ ...ALL_OWED, history: { activityPlanOn: "2026-01-10" } }, { asOf });
    const dutyReasons = d.reasons.filter((r) => (NAV_DUTY_LIST as readonly string[]).includes(r.condition));
    expect(dutyReasons.map((r) => [r.rule, r.condition, r.status])).toEqual([
      ["nav.needs-assessment", "needs-assessment", "fails"],
      ["nav.needs-assessment", "work-ability-assessment", "fails"],
      ["nav.needs-assessment", "activity-plan", "holds"],
      ["nav.individual-plan", "individual-plan", "fails"],
      ["nav.cooperation", "cooperation", "fails"],
      ["nav.youth-guarantee", "contact-person", "fails"],
    ]);
  });
});

describe("nav.needs-assessment (NAV-loven § 14 a)", () => {
  it("owes nothing under § 14 a or the guarantee to someone who has not sought help with work", () => {
    const d = navDuties({ ...ALL_OWED, soughtWorkHelp: false }, { asOf });
    for (const duty of ["needs-assessment", "work-ability-assessment", "activity-plan", "contact-person"] as const) {
      expect(statusOf(d, duty)).toMatchObject({ status: "not-owed", because: "sought-work-help" });
    }
    // § 15 and § 15 a are not about work: they are still owed.
    expect(statusOf(d, "individual-plan")?.status).toBe("due");
    expect(statusOf(d, "cooperation")?.status).toBe("due");
  });

  it("owes the needs assessment on seeking help alone; the rest stay unknown and are asked for", () => {
    const d = navDuties({ soughtWorkHelp: true }, { asOf });
    expect(statuses(d)).toEqual({
      "needs-assessment": "due",
      "work-ability-assessment": "unknown",
      "activity-plan": "unknown",
      "individual-plan": "unknown",
      cooperation: "unknown",
      "contact-person": "unknown",
    });
    expect(d.outcome).toBe("due");
    expect(d.needs).toEqual([
      "needsBroaderAssessment",
      "needsHelp",
      "needsLongTermCoordinatedServices",
      "needsOtherServices",
      "birthDate",
    ]);
  });

  it("owes the work-ability assessment only where a broader assessment is needed", () => {
    expect(
      statusOf(navDuties({ ...ALL_OWED, needsBroaderAssessment: false }, { asOf }), "work-ability-assessment"),
    ).toMatchObject({ status: "not-owed", because: "needs-broader-assessment" });
    expect(statusOf(navDuties(ALL_OWED, { asOf }), "work-ability-assessment")?.status).toBe("due");
  });

  it("owes the activity plan where help is needed by default, and to everyone who sought help under the other reading", () => {
    const noNeed = { ...ALL_OWED, needsHelp: false };
    expect(statusOf(navDuties(noNeed, { asOf }), "activity-plan")).toMatchObject({
      status: "not-owed",
      because: "needs-help",
    });
    const other = navDuties(noNeed, { asOf, parameters: { "nav.activity-plan-owed-to": "sought-help" } });
    expect(statusOf(other, "activity-plan")?.status).toBe("due");
    expect(other.parameters.find((p) => p.id === "nav.activity-plan-owed-to")).toMatchObject({
      value: "sought-help",
      overridden: true,
    });
  });
});

describe("nav.individual-plan (NAV-loven § 15)", () => {
  it("is owed to whoever needs long-term, coordinated services, at any age and without seeking work", () => {
    const d = navDuties({ needsLongTermCoordinatedServices: true, birthDate: "1960-01-01" }, { asOf });
    expect(statusOf(d, "individual-plan")?.status).toBe("due");
    expect(statusOf(navDuties({ needsLongTermCoordinatedServices: false }, { asOf }), "individual-plan")).toMatchObject(
      { status: "not-owed", because: "long-term-coordinated-services" },
    );
  });
});

describe("nav.cooperation (NAV-loven § 15 a, from 2022-08-01)", () => {
  it.each([
    ["2022-07-31", "not-owed", "cooperation-in-force"],
    ["2022-08-01", "due", null],
  ])("on %s with other services needed: %s", (day, status, because) => {
    const d = navDuties({ needsOtherServices: true }, { asOf: day });
    expect(statusOf(d, "cooperation")).toMatchObject({ status, because });
    expect(d.reasons.find((r) => r.condition === "cooperation-in-force")?.status).toBe(
      status === "due" ? "holds" : "fails",
    );
  });

  it("is not owed where no other services are needed", () => {
    expect(statusOf(navDuties({ needsOtherServices: false }, { asOf }), "cooperation")).toMatchObject({
      status: "not-owed",
      because: "needs-other-services",
    });
  });

  it("before 2022-08-01, does not ask whether other services are needed", () => {
    expect(navDuties({}, { asOf: "2022-07-31" }).needs).not.toContain("needsOtherServices");
    expect(navDuties({}, { asOf: "2022-08-01" }).needs).toContain("needsOtherServices");
  });
});

describe("nav.youth-guarantee (from 2023-07-01, from the 16th birthday to the day before the 30th)", () => {
  const seeker = { soughtWorkHelp: true, needsHelp: true };

  it.each([
    ["2023-06-30", "not-owed", "guarantee-in-force"],
    ["2023-07-01", "due", null],
  ])("starts on 2023-07-01: on %s a 20-year-old's contact person is %s", (day, status, because) => {
    const d = navDuties({ ...seeker, birthDate: "2003-01-15" }, { asOf: day });
    expect(statusOf(d, "contact-person")).toMatchObject({ status, because });
  });

  it.each([
    ["2010-03-15", "2026-03-14", "not-owed"],
    ["2010-03-15", "2026-03-15", "due"],
    ["1996-03-15", "2026-03-14", "due"],
    ["1996-03-15", "2026-03-15", "not-owed"],
  ])("born %s, on %s: %s", (birthDate, day, status) => {
    const d = navDuties({ ...seeker, birthDate }, { asOf: day });
    expect(statusOf(d, "contact-person")?.status).toBe(status);
    if (status === "not-owed") expect(statusOf(d, "contact-person")?.because).toBe("within-age-band");
  });

  it("gives the last day in the band, the day before the 30th birthday", () => {
    expect(navDuties({ birthDate: "1996-03-15" }, { asOf }).details.youthGuaranteeThrough).toBe("2026-03-14");
    expect(navDuties({ birthDate: "2004-02-29" }, { asOf }).details.youthGuaranteeThrough).toBe("2034-02-28");
    expect(navDuties({ birthDate: "2004-02-29" }, { asOf: "2023-06-30" }).details.youthGuaranteeThrough).toBeNull();
  });

  it("with only a birth year, decides where the whole year is inside or outside the band and asks for the date otherwise", () => {
    const on = (birthYear: number) => statusOf(navDuties({ ...seeker, birthYear }, { asOf }), "contact-person");
    expect(on(2010)?.status).toBe("unknown"); // turns 16 in 2026
    expect(on(2009)?.status).toBe("due"); // 16 or 17
    expect(on(1997)?.status).toBe("due"); // 28 or 29
    expect(on(1996)?.status).toBe("unknown"); // turns 30 in 2026
    expect(on(1995)).toMatchObject({ status: "not-owed", because: "within-age-band" });
    expect(on(2011)).toMatchObject({ status: "not-owed", because: "within-age-band" });
    expect(navDuties({ ...seeker, birthYear: 2010 }, { asOf }).needs).toEqual([
      "needsBroaderAssessment",
      "needsLongTermCoordinatedServices",
      "needsOtherServices",
      "birthDate",
    ]);
  });

  it("is owed only to those who sought help and need it", () => {
    const d = navDuties({ birthDate: "2005-04-10", soughtWorkHelp: true, needsHelp: false }, { asOf });
    expect(statusOf(d, "contact-person")).toMatchObject({ status: "not-owed", because: "needs-help" });
  });

  it("is guidance with a note that it is a scheme, not law, in every language", () => {
    const d = navDuties({ ...seeker, birthDate: "2005-04-10" }, { asOf });
    expect(d.reasons.filter((r) => r.rule === "nav.youth-guarantee").every((r) => r.strength === "guidance")).toBe(
      true,
    );
    expect(explain(d, TEXTS.nb)).toContain("ikke en lovfestet rett");
    expect(explain(d, TEXTS.nn)).toContain("ikkje ein lovfesta rett");
    expect(explain(d, TEXTS.en)).toContain("not a statutory right");
  });

  it("rejects a band that ends where it starts", () => {
    expect(
      pathsOf(() =>
        navDuties(
          { birthDate: "2005-04-10" },
          { asOf, parameters: { "nav.youth-guarantee-from-age": 30, "nav.youth-guarantee-until-age": 30 } },
        ),
      ),
    ).toEqual(["options.parameters.nav.youth-guarantee-until-age:parameters_out_of_order"]);
  });

  it("a host may switch the guarantee off by overriding an age with null", () => {
    const d = navDuties(
      { ...seeker, birthDate: "2005-04-10" },
      { asOf, parameters: { "nav.youth-guarantee-until-age": null } },
    );
    expect(statusOf(d, "contact-person")).toMatchObject({ status: "not-owed", because: "guarantee-in-force" });
  });
});

describe("navDuties: unknown facts", () => {
  it("with nothing known, owes nothing for certain but § 15 a's and the guarantee's dates, and asks for every fact", () => {
    const d = navDuties({}, { asOf });
    expect(d.outcome).toBe("unknown");
    expect(new Set(d.details.duties.map((x) => x.status))).toEqual(new Set(["unknown"]));
    expect(d.needs).toEqual([
      "soughtWorkHelp",
      "needsBroaderAssessment",
      "needsHelp",
      "needsLongTermCoordinatedServices",
      "needsOtherServices",
      "birthDate",
    ]);
    expect(statusOf(d, "needs-assessment")?.because).toBe("sought-work-help");
  });

  it("before 2022-08-01 with nothing known, the dated duties are not owed", () => {
    const d = navDuties({}, { asOf: "2020-01-01" });
    expect(statuses(d)).toMatchObject({ cooperation: "not-owed", "contact-person": "not-owed" });
  });

  it("counts a duty done even while it is not settled whether it was owed", () => {
    const d = navDuties({ history: { needsAssessmentOn: "2026-01-05" } }, { asOf });
    expect(statusOf(d, "needs-assessment")).toMatchObject({ status: "done", doneOn: "2026-01-05", because: null });
    expect(d.reasons.find((r) => r.condition === "needs-assessment")).toMatchObject({ status: "holds", needs: [] });
  });

  it("treats null like an absent fact", () => {
    expect(navDuties({ soughtWorkHelp: null, history: null, birthDate: null }, { asOf })).toEqual(
      navDuties({}, { asOf }),
    );
  });

  it("is not-owed as a whole when nothing is owed", () => {
    const d = navDuties(
      { soughtWorkHelp: false, needsLongTermCoordinatedServices: false, needsOtherServices: false },
      { asOf },
    );
    expect(d.outcome).toBe("not-owed");
    expect(d.needs).toEqual([]);
  });
});

describe("navDuties: bad input", () => {
  const bad =
    (input: unknown, on = asOf) =>
    () =>
      navDuties(input as NavDutiesInput, { asOf: on });

  it("names a history date after asOf by its path", () => {
    expect(pathsOf(bad({ history: { activityPlanOn: "2026-03-03" } }))).toEqual(["history.activityPlanOn:after_as_of"]);
    expect(navDuties({ history: { activityPlanOn: "2026-03-02" } }, { asOf }).outcome).toBe("unknown");
  });

  it("names a birth after asOf, a contradicting birth year, an unknown field and a wrong type together", () => {
    expect(
      pathsOf(
        bad({ birthDate: "2026-03-03", birthYear: 2025, soughtWorkHelp: "yes", history: { planOn: "2026-01-01" } }),
      ).sort(),
    ).toEqual(
      [
        "birthDate:after_as_of",
        "birthYear:contradicts_birth_date",
        "history.planOn:unknown_field",
        "soughtWorkHelp:invalid_type",
      ].sort(),
    );
  });

  it("rejects an impossible date and never echoes the value", () => {
    const e = thrown(bad({ history: { cooperationOn: "2026-02-30" } }));
    expect(e).toBeInstanceOf(UngrettInputError);
    expect(e.issues.map((i) => i.path)).toEqual(["history.cooperationOn"]);
    expect(e.message).not.toContain("2026-02-30");
    expect(e.message).toMatch(/^Invalid input to navDuties: /);
  });

  it("rejects a birth before 1900 and a non-object", () => {
    expect(issuesOf(bad({ birthDate: "1899-12-31" })).map((i) => i.path)).toEqual(["birthDate"]);
    expect(issuesOf(bad(null)).length).toBeGreaterThan(0);
  });
});

describe("navDuties: explanations", () => {
  it("lists each duty with its status, the day done and why one is not owed, in nb, nn and en", () => {
    const d = navDuties(
      { ...ALL_OWED, needsOtherServices: false, history: { needsAssessmentOn: "2026-01-15" } },
      { asOf },
    );
    const nb = explain(d, TEXTS.nb);
    const first = nb.split("\n")[0] ?? "";
    expect(first).toContain("Gjort: vurdering av behovet for bistand (behovsvurdering) (15. januar 2026).");
    expect(first).toContain("Gjelder ikke: samarbeid med andre tjenester (ungdommen trenger ikke tjenester fra andre");
    // What is due comes first: the to-do list before what is done.
    expect(first.indexOf("Skal gjøres:")).toBeLessThan(first.indexOf("Gjort:"));
    expect(explain(d, TEXTS.nn)).toMatch(/Skal gjerast: [^.]*aktivitetsplan/);
    expect(explain(d, TEXTS.en)).toContain(
      "Done: assessment of the need for help (needs assessment) (15 January 2026).",
    );
  });

  it("words the age band with the age and the last day in it", () => {
    const d = navDuties({ soughtWorkHelp: true, needsHelp: true, birthDate: "2005-04-10" }, { asOf });
    expect(explain(d, TEXTS.nb)).toContain(
      "20 år: innenfor ungdomsgarantiens aldersspenn (fra fylte 16 år til dagen før 30-årsdagen, til og med 9. april 2035)",
    );
    expect(explain(d, TEXTS.en)).toContain("Aged 20: within the youth guarantee's age band");
  });
});

describe("navAssessCloseFollowUp names the duties it sits on", () => {
  it("carries the § 14 a assessment and the youth guarantee in details.restsOn, and § 14 a among its sources", () => {
    const d = navAssessCloseFollowUp({ activeOutreach: true }, { asOf });
    expect(d.details.restsOn).toEqual(["nav.needs-assessment", "nav.youth-guarantee"]);
    expect(d.details.legalDuty).toBe(false);
    const sources = d.reasons.find((r) => r.rule === "nav.close-follow-up")?.sources.map((s) => s.ref) ?? [];
    expect(sources).toContain("nav-loven/14a");
    expect(sources).toContain("regjeringen-ungdomsgaranti-2022");
  });
});
