import { describe, expect, it } from "vitest";
import { UngrettInputError } from "../../src/core/errors.js";
import { assessCloseFollowUp, type NavFollowUp } from "../../src/nav/index.js";
import { GOOD } from "./helpers.js";

const asOf = "2026-03-02";
const RULE = "nav.close-follow-up";

/** Something short on every quality. */
const POOR: NavFollowUp = {
  models: ["maturation"],
  actors: ["family"],
  themes: ["health"],
  phases: ["after", "before"],
  naturalSupport: false,
  reachableByMobile: false,
  reactionDays: 3,
  meetingPlace: "ordinary-reception",
  youthPerCounsellor: 60,
  oneToOnePeriods: false,
  activeOutreach: false,
  prevention: "reactive",
  problemFocus: false,
  futureFocus: false,
};

const factsOf = (f: NavFollowUp) => {
  const d = assessCloseFollowUp(f, { asOf });
  return Object.fromEntries(d.reasons.filter((r) => r.rule === RULE).map((r) => [r.condition, r.facts]));
};
const reasonsOf = (f: NavFollowUp, rule: string) =>
  assessCloseFollowUp(f, { asOf }).reasons.filter((r) => r.rule === rule);

describe("nav.close-follow-up: the facts each quality records", () => {
  it("records the facts read when every quality is met", () => {
    expect(factsOf(GOOD)).toEqual({
      typology: { models: ["los", "motivation"], motivation: true },
      actors: { actors: ["youth", "employer", "family"], reachesYouth: true, reachesWorkOrSchool: true },
      themes: { themes: ["social-inclusion", "tasks", "health", "life-otherwise"], missing: [] },
      phases: { phases: ["before", "during", "after"], missing: [], naturalSupport: true },
      // defaults: ideal within 1 day, at most 2 days
      availability: { reachableByMobile: true, reactionDays: 1, reaction: "ideal", maxDays: 2 },
      "meeting-place": { meetingPlace: "youth-branch" },
      capacity: {
        youthPerCounsellor: 20,
        caseload: "close-follow-up-possible",
        caseloadMeets: true,
        standard: "close",
        oneToOnePeriods: true,
      },
      "active-outreach": { activeOutreach: true },
      prevention: { prevention: "proactive" },
      method: { problemFocus: true, futureFocus: true },
    });
  });

  it("records the facts read, and what is missing, when every quality falls short", () => {
    expect(factsOf(POOR)).toEqual({
      typology: { models: ["maturation"], motivation: false },
      actors: { actors: ["family"], reachesYouth: false, reachesWorkOrSchool: false },
      themes: { themes: ["health"], missing: ["social-inclusion", "tasks", "life-otherwise"] },
      phases: { phases: ["after", "before"], missing: ["during"], naturalSupport: false },
      availability: { reachableByMobile: false, reactionDays: 3, reaction: "late", maxDays: 2 },
      "meeting-place": { meetingPlace: "ordinary-reception" },
      capacity: {
        youthPerCounsellor: 60,
        caseload: "intermediate",
        caseloadMeets: false,
        standard: "close",
        oneToOnePeriods: false,
      },
      "active-outreach": { activeOutreach: false },
      prevention: { prevention: "reactive" },
      method: { problemFocus: false, futureFocus: false },
    });
  });

  it("records unknown facts as null, never as absent", () => {
    for (const input of [{}, Object.fromEntries(Object.keys(GOOD).map((k) => [k, null])) as NavFollowUp]) {
      expect(factsOf(input)).toEqual({
        typology: { models: null, motivation: null },
        actors: { actors: null, reachesYouth: null, reachesWorkOrSchool: null },
        themes: { themes: null, missing: null },
        phases: { phases: null, missing: null, naturalSupport: null },
        availability: { reachableByMobile: null, reactionDays: null, reaction: null, maxDays: 2 },
        "meeting-place": { meetingPlace: null },
        capacity: {
          youthPerCounsellor: null,
          caseload: null,
          caseloadMeets: null,
          standard: "close",
          oneToOnePeriods: null,
        },
        "active-outreach": { activeOutreach: null },
        prevention: { prevention: null },
        method: { problemFocus: null, futureFocus: null },
      });
    }
  });

  it("counts a school, not only an employer, as reaching work or school", () => {
    expect(factsOf({ actors: ["youth", "school"] }).actors).toEqual({
      actors: ["youth", "school"],
      reachesYouth: true,
      reachesWorkOrSchool: true,
    });
  });

  it("lists only the themes and phases not covered, in the schema's order", () => {
    const f = factsOf({ themes: ["tasks", "social-inclusion"], phases: ["during"] });
    expect(f.themes).toEqual({ themes: ["tasks", "social-inclusion"], missing: ["health", "life-otherwise"] });
    expect(f.phases).toEqual({ phases: ["during"], missing: ["before", "after"], naturalSupport: null });
    expect(factsOf({ themes: [], phases: [] }).themes).toEqual({
      themes: [],
      missing: ["social-inclusion", "tasks", "health", "life-otherwise"],
    });
  });

  it("lets a caseload between the thresholds meet only under the not-limited standard", () => {
    const d = assessCloseFollowUp(
      { youthPerCounsellor: 60 },
      { asOf, parameters: { "nav.capacity-caseload-standard": "not-limited" } },
    );
    expect(d.reasons.find((r) => r.condition === "capacity")?.facts).toEqual({
      youthPerCounsellor: 60,
      caseload: "intermediate",
      caseloadMeets: true,
      standard: "not-limited",
      oneToOnePeriods: null,
    });
  });
});

describe("nav.close-follow-up: the reaction-time and caseload reasons it carries", () => {
  it("records the reaction days it was given beside the thresholds", () => {
    const r = reasonsOf({ reactionDays: 2 }, "nav.reaction-time");
    expect(r.map((x) => [x.condition, x.status])).toEqual([
      ["ideal", "fails"],
      ["within-max", "holds"],
    ]);
    for (const x of r) expect(x.facts).toEqual({ reactionDays: 2, days: 2, idealMaxDays: 1, maxDays: 2 });
  });

  it("records the caseload it was given beside the thresholds", () => {
    const r = reasonsOf({ youthPerCounsellor: 60 }, "nav.caseload");
    expect(r.map((x) => [x.condition, x.status])).toEqual([
      ["within-close", "fails"],
      ["over-limit", "fails"],
    ]);
    for (const x of r) expect(x.facts).toEqual({ youthPerCounsellor: 60, closeMax: 25, limitedOver: 100 });
  });

  it("carries no reaction-time or caseload reasons when those facts are unknown", () => {
    expect(reasonsOf({}, "nav.reaction-time")).toEqual([]);
    expect(reasonsOf({}, "nav.caseload")).toEqual([]);
  });
});

describe("nav.close-follow-up: bad input", () => {
  it("names assessCloseFollowUp in the input error", () => {
    expect(() => assessCloseFollowUp({ bogus: true } as unknown as NavFollowUp, { asOf })).toThrow(UngrettInputError);
    expect(() => assessCloseFollowUp({ bogus: true } as unknown as NavFollowUp, { asOf })).toThrow(
      /^Invalid input to assessCloseFollowUp: /,
    );
  });
});
