import { describe, expect, it } from "vitest";
import { UngrettInputError } from "../../src/core/errors.js";
import {
  explain,
  NAV_QUALITIES,
  type NavAssessCloseFollowUpInput,
  navAssessCloseFollowUp,
} from "../../src/nav/index.js";
import { pathsOf } from "../helpers/errors.js";
import { GOOD } from "../helpers/nav-follow-up.js";
import { TEXTS } from "../helpers/texts.js";

const asOf = "2026-03-02";
const RULE = "nav.close-follow-up";

const assess = (f: NavAssessCloseFollowUpInput, parameters?: Record<string, string | number>) =>
  navAssessCloseFollowUp(f, parameters === undefined ? { asOf } : { asOf, parameters });
const statusOf = (f: NavAssessCloseFollowUpInput, q: string, parameters?: Record<string, string | number>) =>
  assess(f, parameters).details.items.find((i) => i.quality === q)?.status;

/** Something short on every quality. */
const POOR: NavAssessCloseFollowUpInput = {
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

const factsOf = (f: NavAssessCloseFollowUpInput) => {
  const d = navAssessCloseFollowUp(f, { asOf });
  return Object.fromEntries(d.reasons.filter((r) => r.rule === RULE).map((r) => [r.condition, r.facts]));
};
const reasonsOf = (f: NavAssessCloseFollowUpInput, rule: string) =>
  navAssessCloseFollowUp(f, { asOf }).reasons.filter((r) => r.rule === rule);

describe("nav.close-follow-up: the ten qualities", () => {
  it("meets all ten for a follow-up that does everything the report recommends", () => {
    const d = assess(GOOD);
    expect(d.outcome).toBe("meets-all");
    expect(d.needs).toEqual([]);
    expect(d.details.counts).toEqual({ meets: 10, fallsShort: 0, unknown: 0, total: 10 });
    expect(d.details.items.map((i) => i.quality)).toEqual([
      "typology",
      "actors",
      "themes",
      "phases",
      "availability",
      "meeting-place",
      "capacity",
      "active-outreach",
      "prevention",
      "method",
    ]);
    expect(d.details.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("gives every item its source and strength, and no prose: the explanation gives the recommendation", () => {
    for (const item of assess({}).details.items) {
      expect(item.source.ref).toBe("afi-tipshefte-2016");
      expect(item.source.locator).toMatch(/^«/);
      expect(item.strength).toBe("recommendation");
      expect(item).not.toHaveProperty("recommendation");
    }
    const short = assess({ models: ["motivation"] });
    expect(short.details.items.find((i) => i.quality === "typology")?.status).toBe("falls-short");
    expect(explain(short, TEXTS.nb)).toContain("Anbefalt: Det er viktig med en losfunksjon");
    expect(explain(short, TEXTS.nn)).toContain("Tilrådd: Det er viktig med ein losfunksjon");
    expect(explain(short, TEXTS.en)).toContain("Recommended: A pilot (los) function is important");
    expect(NAV_QUALITIES).toHaveLength(10);
  });

  it.each([
    ["typology", { models: ["maturation"] }],
    ["typology", { models: [] }],
    ["actors", { actors: ["youth", "family"] }],
    ["actors", { actors: ["employer", "school"] }],
    ["themes", { themes: ["social-inclusion", "tasks", "life-otherwise"] }],
    ["phases", { phases: ["before", "during"] }],
    ["phases", { naturalSupport: false }],
    ["availability", { reachableByMobile: false }],
    ["availability", { reactionDays: 3 }],
    ["meeting-place", { meetingPlace: "ordinary-reception" }],
    ["capacity", { youthPerCounsellor: 26 }],
    ["capacity", { oneToOnePeriods: false }],
    ["active-outreach", { activeOutreach: false }],
    ["prevention", { prevention: "reactive" }],
    ["method", { problemFocus: false }],
    ["method", { futureFocus: false }],
  ] as const)("%s falls short with %j", (quality, change) => {
    const d = assess({ ...GOOD, ...change } as NavAssessCloseFollowUpInput);
    expect(d.outcome).toBe("falls-short");
    expect(d.details.counts).toEqual({ meets: 9, fallsShort: 1, unknown: 0, total: 10 });
    expect(d.details.items.find((i) => i.status === "falls-short")?.quality).toBe(quality);
  });

  it("meets availability at 2 days and falls short at 3 (innen 1–2 dager)", () => {
    expect(statusOf({ ...GOOD, reactionDays: 0 }, "availability")).toBe("meets");
    expect(statusOf({ ...GOOD, reactionDays: 2 }, "availability")).toBe("meets");
    expect(statusOf({ ...GOOD, reactionDays: 3 }, "availability")).toBe("falls-short");
  });

  it("meets capacity at 25, not at 26, unless the standard lets the intermediate class meet (not over 100)", () => {
    expect(statusOf({ ...GOOD, youthPerCounsellor: 25 }, "capacity")).toBe("meets");
    expect(statusOf({ ...GOOD, youthPerCounsellor: 26 }, "capacity")).toBe("falls-short");
    const loose = { "nav.capacity-caseload-standard": "not-limited" };
    expect(statusOf({ ...GOOD, youthPerCounsellor: 100 }, "capacity", loose)).toBe("meets");
    expect(statusOf({ ...GOOD, youthPerCounsellor: 101 }, "capacity", loose)).toBe("falls-short");
  });

  it("accepts any safe meeting place and both proactive and health-promoting angles", () => {
    for (const meetingPlace of ["youth-branch", "youth-reception", "youth-counsellor", "other-safe-place"] as const) {
      expect(statusOf({ ...GOOD, meetingPlace }, "meeting-place")).toBe("meets");
    }
    expect(statusOf({ ...GOOD, prevention: "health-promoting" }, "prevention")).toBe("meets");
  });

  it("traces the caseload and reaction classes it used, with their own strengths", () => {
    const d = assess(GOOD);
    expect(d.reasons.filter((r) => r.rule === "nav.caseload").map((r) => r.strength)).toEqual(["estimate", "estimate"]);
    expect(d.reasons.filter((r) => r.rule === "nav.reaction-time").map((r) => r.condition)).toEqual([
      "ideal",
      "within-max",
    ]);
    expect(d.reasons.filter((r) => r.rule === "nav.close-follow-up")).toHaveLength(10);
  });
});

describe("nav.close-follow-up: unknown facts", () => {
  it("is unknown with every fact missing, and needs them all", () => {
    const d = assess({});
    expect(d.outcome).toBe("incomplete");
    expect(d.details.counts).toEqual({ meets: 0, fallsShort: 0, unknown: 10, total: 10 });
    expect(d.needs).toEqual([
      "models",
      "actors",
      "themes",
      "phases",
      "naturalSupport",
      "reachableByMobile",
      "reactionDays",
      "meetingPlace",
      "youthPerCounsellor",
      "oneToOnePeriods",
      "activeOutreach",
      "prevention",
      "problemFocus",
      "futureFocus",
    ]);
  });

  it("lets a part known to fall short decide its quality, and asks only for what can still change an item", () => {
    const d = assess({ youthPerCounsellor: 140, reachableByMobile: true });
    const capacity = d.details.items.find((i) => i.quality === "capacity");
    expect(capacity?.status).toBe("falls-short");
    expect(capacity?.needs).toEqual([]);
    const availability = d.details.items.find((i) => i.quality === "availability");
    expect(availability?.status).toBe("unknown");
    expect(availability?.needs).toEqual(["reactionDays"]);
    // A known failure decides the whole assessment, so the decision needs nothing more.
    expect(d.outcome).toBe("falls-short");
    expect(d.needs).toEqual([]);
  });

  it("never meets a quality on a missing fact", () => {
    const { naturalSupport: _n, ...rest } = GOOD;
    expect(statusOf(rest, "phases")).toBe("unknown");
    expect(assess(rest).outcome).toBe("incomplete");
    expect(assess(rest).needs).toEqual(["naturalSupport"]);
    expect(assess({ ...GOOD, futureFocus: null }).needs).toEqual(["futureFocus"]);
  });
});

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
    for (const input of [
      {},
      Object.fromEntries(Object.keys(GOOD).map((k) => [k, null])) as NavAssessCloseFollowUpInput,
    ]) {
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
    const d = navAssessCloseFollowUp(
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
  it("rejects bad counts and unknown values", () => {
    expect(pathsOf(() => assess({ youthPerCounsellor: -3 }))).toEqual(["youthPerCounsellor:too_small"]);
    expect(pathsOf(() => assess({ youthPerCounsellor: 12.5 }))).toEqual(["youthPerCounsellor:invalid_type"]);
    expect(pathsOf(() => assess({ reactionDays: Number.NaN }))).toEqual(["reactionDays:invalid_type"]);
    expect(pathsOf(() => assess({ themes: ["leisure" as never] }))).toEqual(["themes[0]:invalid_value"]);
    expect(pathsOf(() => assess({ caseload: 20 } as never))).toEqual(["caseload:unknown_field"]);
  });

  it("names navAssessCloseFollowUp in the input error", () => {
    expect(() => navAssessCloseFollowUp({ bogus: true } as unknown as NavAssessCloseFollowUpInput, { asOf })).toThrow(
      UngrettInputError,
    );
    expect(() => navAssessCloseFollowUp({ bogus: true } as unknown as NavAssessCloseFollowUpInput, { asOf })).toThrow(
      /^Invalid input to navAssessCloseFollowUp: /,
    );
  });
});

describe("nav.close-follow-up: explanations", () => {
  const d = assess({ ...GOOD, youthPerCounsellor: 60, themes: ["tasks"], prevention: "reactive" });

  it("summarise and say it is a recommendation", () => {
    expect(explain(d, TEXTS.nb)).toContain(
      "Tett individuell oppfølging (nav.close-follow-up): faller kort på 3 av de ti kvalitetene (oppfylt: 7, ukjent: 0) (en anbefaling, ikke et lovkrav).",
    );
    expect(explain(d, TEXTS.nn)).toContain("kjem til kort på 3 av dei ti kvalitetane");
    expect(explain(d, TEXTS.en)).toContain("falls short on 3 of the ten qualities (met: 7, unknown: 0)");
  });

  it("say what falls short", () => {
    const nb = explain(d, TEXTS.nb);
    expect(nb).toContain("Oppfølgingstema – mangler sosial innlemmelse, helse og livet ellers. Anbefalt:");
    expect(nb).toContain(
      "Kapasitet og intensitet – 60 ungdommer per veileder er for mange for tett oppfølging (mellomklasse).",
    );
    expect(nb).toContain("Forebyggingsvinkling – oppfølgingen er reaktiv («brannslukking»); den bør være proaktiv.");
    expect(explain(d, TEXTS.en)).toContain(
      "Themes of follow-up – social inclusion, health and life otherwise missing. Recommended:",
    );
  });
});
