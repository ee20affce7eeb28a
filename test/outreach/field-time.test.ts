import { describe, expect, it } from "vitest";
import { UngrettInputError } from "../../src/core/errors.js";
import {
  explain,
  outreachFieldTimeBand,
  outreachFieldTimeShare,
  outreachFieldTimeShareSchema,
} from "../../src/outreach/index.js";
import { pathsOf } from "../helpers/errors.js";
import { TEXTS } from "../helpers/texts.js";

const asOf = "2026-01-01";
const week = (fieldHours: number, totalHours = 37.5) => outreachFieldTimeShare({ fieldHours, totalHours }, { asOf });

describe("outreach.field-time: the seed's figures", () => {
  it("12 of 37.5 hours a week: 32 %, within 20–40 %", () => {
    const d = week(12);
    expect(d.outcome).toBe("within");
    expect(d.details.share).toBe(0.32);
    expect(d.details.mainRule).toBe(0.3);
    expect(d.details.fromMainRule).toBe(0.02);
  });

  it("the boundaries: 20 % and 40 % are within, 30 % is the main rule", () => {
    expect(week(7.5).outcome).toBe("within");
    expect(week(7.5).details.share).toBe(0.2);
    expect(week(15).outcome).toBe("within");
    expect(week(15).details.share).toBe(0.4);
    expect(week(11.25).details.fromMainRule).toBe(0);
  });

  it("just outside the boundaries", () => {
    expect(week(7.49).outcome).toBe("below");
    expect(week(15.01).outcome).toBe("above");
    expect(week(0).outcome).toBe("below");
    expect(week(37.5).outcome).toBe("above");
  });

  it("binary fractions do not push an exact 20 % below the band", () => {
    // 7.4 / 37 is 0.2 in decimal arithmetic but not always in binary.
    expect(outreachFieldTimeShare({ fieldHours: 7.4, totalHours: 37 }, { asOf }).outcome).toBe("within");
    expect(outreachFieldTimeShare({ fieldHours: 14.8, totalHours: 37 }, { asOf }).outcome).toBe("within");
    expect(outreachFieldTimeBand(0.1 + 0.1, 0.2, 0.4)).toBe("within");
  });
});

describe("outreach.field-time: periods judged as a whole", () => {
  it("a low winter and a high summer can make a year within", () => {
    const d = outreachFieldTimeShare(
      [
        { label: "January", fieldHours: 20, totalHours: 150 },
        { label: "June", fieldHours: 70, totalHours: 150 },
      ],
      { asOf },
    );
    expect(d.outcome).toBe("within");
    expect(d.details.share).toBe(0.3);
    expect(d.details.fieldHours).toBe(90);
    expect(d.details.totalHours).toBe(300);
    expect(d.details.periods.map((p) => [p.label, p.band])).toEqual([
      ["January", "below"],
      ["June", "above"],
    ]);
  });

  it("weights periods by their hours, not by count", () => {
    // 10 % over 300 hours and 50 % over 30 hours: 45 of 330 hours, about 13.6 %.
    const d = outreachFieldTimeShare(
      [
        { fieldHours: 30, totalHours: 300 },
        { fieldHours: 15, totalHours: 30 },
      ],
      { asOf },
    );
    expect(d.outcome).toBe("below");
    expect(d.details.share).toBeCloseTo(45 / 330, 10);
  });

  it("a list of one period gives the same as the period itself", () => {
    const one = outreachFieldTimeShare({ fieldHours: 12, totalHours: 37.5 }, { asOf });
    const list = outreachFieldTimeShare([{ fieldHours: 12, totalHours: 37.5 }], { asOf });
    expect(list).toEqual(one);
  });

  it("exports one schema for both shapes, for a host's edge", () => {
    const ok = (v: unknown) => outreachFieldTimeShareSchema["~standard"].validate(v);
    expect(ok({ fieldHours: 12, totalHours: 37.5 })).not.toHaveProperty("issues");
    expect(ok([{ fieldHours: 12, totalHours: 37.5 }])).not.toHaveProperty("issues");
    expect(ok({ fieldHours: 40, totalHours: 37.5 })).toHaveProperty("issues");
  });

  it("a mandate's narrower frame (25–35 %)", () => {
    const opts = { asOf, parameters: { "outreach.field-time-min": 0.25, "outreach.field-time-max": 0.35 } };
    expect(outreachFieldTimeShare({ fieldHours: 9, totalHours: 37.5 }, opts).outcome).toBe("below");
  });
});

describe("outreach.field-time: bad input", () => {
  it("field hours above total hours", () => {
    expect(pathsOf(() => week(40))).toEqual(["fieldHours:above_total"]);
  });

  it("negative hours, NaN and zero total", () => {
    expect(pathsOf(() => week(-1))).toEqual(["fieldHours:too_small"]);
    expect(pathsOf(() => week(Number.NaN))).toEqual(["fieldHours:invalid_type"]);
    expect(pathsOf(() => outreachFieldTimeShare({ fieldHours: 0, totalHours: 0 }, { asOf }))).toEqual([
      "totalHours:too_small",
    ]);
    expect(pathsOf(() => outreachFieldTimeShare({ fieldHours: 1, totalHours: Number.NaN }, { asOf }))).toEqual([
      "totalHours:invalid_type",
    ]);
  });

  it("names the period in a list, and rejects an empty list", () => {
    expect(
      pathsOf(() =>
        outreachFieldTimeShare(
          [
            { fieldHours: 5, totalHours: 37.5 },
            { fieldHours: 50, totalHours: 37.5 },
          ],
          { asOf },
        ),
      ),
    ).toEqual(["[1].fieldHours:above_total"]);
    expect(pathsOf(() => outreachFieldTimeShare([], { asOf }))).toEqual([":too_small"]);
  });

  it("rejects a frame whose ends are out of order", () => {
    const opts = { asOf, parameters: { "outreach.field-time-min": 0.5 } };
    expect(pathsOf(() => outreachFieldTimeShare({ fieldHours: 12, totalHours: 37.5 }, opts))).toEqual([
      "options.parameters.outreach.field-time-min:parameters_out_of_order",
    ]);
  });
});

describe("outreach.field-time: field hours above the total", () => {
  const codesOf = (input: unknown) => {
    try {
      outreachFieldTimeShare(input as never, { asOf });
    } catch (e) {
      if (e instanceof UngrettInputError) return e.issues.map((i) => `${i.path}:${i.code}`);
      throw e;
    }
    return [];
  };

  it("are compared only when both are valid hours: an invalid value is its own issue", () => {
    expect(codesOf({ fieldHours: 5, totalHours: 0 })).toEqual(["totalHours:too_small"]);
    expect(codesOf({ fieldHours: Number.POSITIVE_INFINITY, totalHours: 10 })).toEqual(["fieldHours:invalid_type"]);
    expect(codesOf({ fieldHours: 12, totalHours: 10 })).toEqual(["fieldHours:above_total"]);
  });
});

describe("outreach.field-time: explanations", () => {
  it("gives the share, the band and the main rule", () => {
    const d = week(12);
    // Norwegian texts put a no-break space before the percent sign.
    const nb = explain(d, TEXTS.nb).replaceAll("\u00a0", " ");
    expect(nb).toContain("32 % utetid, innenfor anbefalt 20–40 % (hovedregel om lag 30 %)");
    expect(explain(d, TEXTS.nn)).toContain("innanfor tilrådd 20–40\u00a0%");
    expect(explain(d, TEXTS.en)).toContain("12 of 37.5 working hours in the field (32%)");
  });
});
