import { describe, expect, it } from "vitest";
import { explain, outreachPrepare, outreachStaffing } from "../../src/outreach/index.js";
import { issuesOf, pathsOf } from "../helpers/errors.js";
import { TEXTS } from "../helpers/texts.js";

const asOf = "2026-01-01";
const up = { asOf, parameters: { "outreach.staffing-rounding": "whole-up" } } as const;

describe("outreach.staffing: the seed's figures", () => {
  it("10,000 inhabitants: one full-time position, split into two 50 % posts", () => {
    const d = outreachStaffing({ population: 10_000 }, { asOf });
    expect(d.outcome).toEqual({ fte: 1, minimumHeadcount: 2, splitSinglePosition: true });
    expect(d.details).toEqual({ exactFte: 1, rounding: "exact", minimumApplies: true, splitPosts: [0.5, 0.5] });
    expect(d.reasons.map((r) => `${r.rule}/${r.condition}/${r.status}`)).toEqual([
      "outreach.staffing/minimum/holds",
      "outreach.pairs/split-single-position/holds",
    ]);
  });

  it("4,500 inhabitants: 1.0 FTE split in two 50 % posts", () => {
    const d = outreachStaffing({ population: 4_500 }, { asOf });
    expect(d.outcome).toEqual({ fte: 1, minimumHeadcount: 2, splitSinglePosition: true });
    expect(d.details.splitPosts).toEqual([0.5, 0.5]);
  });

  it("55,000 inhabitants: 5.5 FTE exact, 6 rounded up", () => {
    expect(outreachStaffing({ population: 55_000 }, { asOf }).outcome).toEqual({
      fte: 5.5,
      minimumHeadcount: 6,
      splitSinglePosition: false,
    });
    const d = outreachStaffing({ population: 55_000 }, up);
    expect(d.outcome).toEqual({ fte: 6, minimumHeadcount: 6, splitSinglePosition: false });
    expect(d.details.exactFte).toBe(5.5);
    expect(d.parameters).toContainEqual({
      id: "outreach.staffing-rounding",
      value: "whole-up",
      from: null,
      to: null,
      overridden: true,
    });
  });

  it("25,000 inhabitants: 2.5 exact (the default reading), 3 rounded up", () => {
    expect(outreachStaffing({ population: 25_000 }, { asOf }).outcome.fte).toBe(2.5);
    expect(outreachStaffing({ population: 25_000 }, up).outcome.fte).toBe(3);
  });
});

describe("outreach.staffing: boundaries", () => {
  it("the minimum holds through 10,000 and one per 10,000 applies from 10,001", () => {
    expect(outreachStaffing({ population: 10_000 }, { asOf }).details.minimumApplies).toBe(true);
    const d = outreachStaffing({ population: 10_001 }, { asOf });
    expect(d.details.minimumApplies).toBe(false);
    expect(d.outcome).toEqual({ fte: 1.0001, minimumHeadcount: 2, splitSinglePosition: false });
    expect(d.reasons[1]?.condition).toBe("pair-without-split");
    expect(outreachStaffing({ population: 10_001 }, up).outcome.fte).toBe(2);
  });

  it("the smallest municipality still needs one position", () => {
    expect(outreachStaffing({ population: 1 }, { asOf }).outcome.fte).toBe(1);
    expect(outreachStaffing({ population: 215 }, up).outcome.fte).toBe(1);
  });

  it("15,000: 1.5 FTE already makes a pair without splitting", () => {
    expect(outreachStaffing({ population: 15_000 }, { asOf }).outcome).toEqual({
      fte: 1.5,
      minimumHeadcount: 2,
      splitSinglePosition: false,
    });
  });

  it("20,000: two whole positions", () => {
    expect(outreachStaffing({ population: 20_000 }, { asOf }).outcome).toEqual({
      fte: 2,
      minimumHeadcount: 2,
      splitSinglePosition: false,
    });
  });

  it("Oslo, 717,710: 71.771 exact, 72 rounded up", () => {
    expect(outreachStaffing({ population: 717_710 }, { asOf }).outcome.fte).toBeCloseTo(71.771, 10);
    expect(outreachStaffing({ population: 717_710 }, up).outcome.fte).toBe(72);
  });

  it("no split when team work is secured otherwise", () => {
    const d = outreachStaffing({ population: 4_500, teamWorkSecuredOtherwise: true }, { asOf });
    expect(d.outcome).toEqual({ fte: 1, minimumHeadcount: 1, splitSinglePosition: false });
    expect(d.details.splitPosts).toBeNull();
    expect(d.reasons[1]?.condition).toBe("team-work-secured-otherwise");
  });

  it("an unknown or false teamWorkSecuredOtherwise leaves the recommendation to split", () => {
    for (const teamWorkSecuredOtherwise of [false, null, undefined]) {
      expect(
        outreachStaffing({ population: 4_500, teamWorkSecuredOtherwise }, { asOf }).outcome.splitSinglePosition,
      ).toBe(true);
    }
  });

  it("follows a mandate's own norm (one per 8,000, a minimum of 1.5 FTE)", () => {
    const opts = {
      asOf,
      parameters: { "outreach.staffing-inhabitants-per-fte": 8_000, "outreach.staffing-minimum-fte": 1.5 },
    };
    expect(outreachStaffing({ population: 10_000 }, opts).outcome.fte).toBe(1.5);
    expect(outreachStaffing({ population: 20_000 }, opts).outcome.fte).toBe(2.5);
  });
});

describe("outreach.staffing: the population limit of the minimum", () => {
  it("records the limit as the minimum positions times the inhabitants per position (10,000)", () => {
    const d = outreachStaffing({ population: 5_000 }, { asOf });
    const r = d.reasons.find((x) => x.condition === "minimum");
    expect(r?.facts).toMatchObject({ population: 5_000, minimumFte: 1, inhabitantsPerFte: 10_000, limit: 10_000 });
  });
});

describe("outreach.staffing: prepared options", () => {
  it("gives the same decision with options prepared once", () => {
    const prepared = outreachPrepare(up);
    for (const population of [1, 4_500, 10_001, 55_000, 717_710]) {
      expect(outreachStaffing({ population }, prepared)).toEqual(outreachStaffing({ population }, up));
    }
  });

  it("rejects bad options when preparing", () => {
    expect(pathsOf(() => outreachPrepare({ asOf: "2026-02-30" }))).toEqual(["options.asOf:invalid_date"]);
  });
});

describe("outreach.staffing: bad input", () => {
  it.each([
    [-1, "population:too_small"],
    [0, "population:too_small"],
    [Number.NaN, "population:invalid_type"],
    [Number.POSITIVE_INFINITY, "population:invalid_type"],
    [1234.5, "population:invalid_type"],
    ["10000", "population:invalid_type"],
  ])("rejects population %s", (population, issue) => {
    expect(pathsOf(() => outreachStaffing({ population } as never, { asOf }))).toEqual([issue]);
  });

  it("requires the population", () => {
    expect(pathsOf(() => outreachStaffing({} as never, { asOf }))).toEqual(["population:required"]);
  });

  it("rejects an unknown rounding mode", () => {
    expect(
      pathsOf(() =>
        outreachStaffing({ population: 5_000 }, { asOf, parameters: { "outreach.staffing-rounding": "nearest" } }),
      ),
    ).toEqual(["options.parameters.outreach.staffing-rounding:invalid_value"]);
  });

  it("rejects a date before the rules apply", () => {
    expect(issuesOf(() => outreachStaffing({ population: 5_000 }, { asOf: "2006-07-31" }))[0]?.code).toBe(
      "no_version_in_force",
    );
  });
});

describe("outreach.staffing: explanations", () => {
  it("says it is a recommendation, not law, in all three languages", () => {
    const d = outreachStaffing({ population: 4_500 }, { asOf });
    expect(explain(d, TEXTS.nb)).toContain("1 årsverk, minst 2 personer");
    expect(explain(d, TEXTS.nb)).toContain("ikke et lovkrav");
    expect(explain(d, TEXTS.nn)).toContain("ikkje eit lovkrav");
    expect(explain(d, TEXTS.en)).toContain("split the position into 2 posts of 50%");
    expect(explain(d, TEXTS.en)).toContain("[recommendation;");
  });

  it("shows the rounding when it applies", () => {
    expect(explain(outreachStaffing({ population: 55_000 }, up), TEXTS.en)).toContain("gives 5.5 FTE, rounded up to 6");
  });
});
