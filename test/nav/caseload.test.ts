import { describe, expect, it } from "vitest";
import { explain, navCaseload } from "../../src/nav/index.js";
import { pathsOf } from "../helpers/errors.js";
import { TEXTS } from "../helpers/texts.js";

const asOf = "2026-03-02";
const cls = (n: number, parameters?: Record<string, number>) =>
  navCaseload({ youthPerCounsellor: n }, parameters === undefined ? { asOf } : { asOf, parameters }).outcome;

describe("nav.caseload: the report's figures", () => {
  it("25 on a counsellor's bench leaves room for close follow-up (25 itself is in the better class)", () => {
    expect(cls(25)).toBe("close-follow-up-possible");
    expect(cls(26)).toBe("intermediate");
  });

  it("over 100 limits close follow-up; exactly 100 is not over 100", () => {
    expect(cls(100)).toBe("intermediate");
    expect(cls(101)).toBe("limited");
  });

  it("60 young people per counsellor is intermediate (the spec's worked example)", () => {
    const d = navCaseload({ youthPerCounsellor: 60 }, { asOf });
    expect(d.outcome).toBe("intermediate");
    expect(d.rule).toBe("nav.caseload");
    expect(d.details).toEqual({
      strength: "estimate",
      legalDuty: false,
      youthPerCounsellor: 60,
      closeMax: 25,
      limitedOver: 100,
    });
    expect(d.reasons.map((r) => [r.condition, r.status, r.strength])).toEqual([
      ["within-close", "fails", "estimate"],
      ["over-limit", "fails", "estimate"],
    ]);
  });

  it("treats an empty caseload as room for close follow-up", () => {
    expect(cls(0)).toBe("close-follow-up-possible");
  });

  it("records the thresholds it read, with their dates", () => {
    expect(navCaseload({ youthPerCounsellor: 1 }, { asOf }).parameters).toEqual([
      { id: "nav.caseload-close-max", value: 25, from: "2006-07-01", to: null, overridden: false },
      { id: "nav.caseload-limited-over", value: 100, from: "2006-07-01", to: null, overridden: false },
    ]);
  });
});

describe("nav.caseload: thresholds as parameters", () => {
  it("reads 'about 25' as fewer than 25 when the close maximum is set to 24", () => {
    expect(cls(25, { "nav.caseload-close-max": 24 })).toBe("intermediate");
  });

  it("counts exactly 100 as limited when the limit is set to 99", () => {
    expect(cls(100, { "nav.caseload-limited-over": 99 })).toBe("limited");
  });

  it("allows equal thresholds (no intermediate class) but not a close maximum above the limit", () => {
    expect(cls(50, { "nav.caseload-close-max": 50, "nav.caseload-limited-over": 50 })).toBe("close-follow-up-possible");
    expect(cls(51, { "nav.caseload-close-max": 50, "nav.caseload-limited-over": 50 })).toBe("limited");
    expect(pathsOf(() => cls(10, { "nav.caseload-close-max": 120 }))).toEqual([
      "options.parameters.nav.caseload-close-max:parameters_out_of_order",
    ]);
  });
});

describe("nav.caseload: bad input", () => {
  it.each([
    [-1, "youthPerCounsellor:too_small"],
    [Number.NaN, "youthPerCounsellor:invalid_type"],
    [2.5, "youthPerCounsellor:invalid_type"],
    [Number.POSITIVE_INFINITY, "youthPerCounsellor:invalid_type"],
    ["25", "youthPerCounsellor:invalid_type"],
    [null, "youthPerCounsellor:invalid_type"],
  ])("rejects %s young people per counsellor", (n, code) => {
    expect(pathsOf(() => navCaseload({ youthPerCounsellor: n as number }, { asOf }))).toEqual([code]);
  });

  it("rejects a missing count, a misspelt field and an asOf before NAV existed", () => {
    expect(pathsOf(() => navCaseload({} as never, { asOf }))).toEqual(["youthPerCounsellor:required"]);
    expect(pathsOf(() => navCaseload({ youthPerCounsellor: 3, youth: 3 } as never, { asOf }))).toEqual([
      "youth:unknown_field",
    ]);
    expect(pathsOf(() => navCaseload({ youthPerCounsellor: 3 }, { asOf: "2006-06-30" }))).toEqual([
      "options.asOf:no_version_in_force",
    ]);
    expect(navCaseload({ youthPerCounsellor: 3 }, { asOf: "2006-07-01" }).version.id).toBe("nav-2006");
  });
});

describe("nav.caseload: explanations say it is an estimate", () => {
  it("in Bokmål, Nynorsk and English", () => {
    const d = navCaseload({ youthPerCounsellor: 101 }, { asOf });
    expect(explain(d, TEXTS.nb)).toContain("101 ungdommer per veileder er over 100");
    expect(explain(d, TEXTS.nb)).toContain("(et anslag, ikke et lovkrav)");
    expect(explain(d, TEXTS.nn)).toContain("101 ungdomar per rettleiar er over 100");
    expect(explain(d, TEXTS.nn)).toContain("(eit overslag, ikkje eit lovkrav)");
    expect(explain(d, TEXTS.en)).toContain("(an estimate, not a legal requirement)");
    expect(explain(d, TEXTS.en)).toContain(
      "[estimate; Maximova-Mentzoni og Frøyland, «Oppfølging av ungdom i NAV. Tipshefte med forskningsbaserte anbefalinger» (AFI 2016)]",
    );
  });
});
