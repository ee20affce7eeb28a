import { describe, expect, it } from "vitest";
import { UngrettInputError } from "../../src/core/errors.js";
import { explain, otCoverageEnd } from "../../src/index.js";
import { TEXTS } from "../helpers/texts.js";

describe("ot.age-limit: otCoverageEnd", () => {
  it("ends 31 December of the year the person turns 24 under the new rules", () => {
    const d = otCoverageEnd({ birthYear: 2005 }, { asOf: "2026-04-15" });
    expect(d.outcome).toBe("2029-12-31");
    expect(d.details).toEqual({ coveredOnAsOf: true, upperAge: 24 });
    expect(d.rule).toBe("ot.age-limit");
  });

  it("ends 31 December of the year the person turns 21 under the old rules", () => {
    expect(otCoverageEnd({ birthYear: 2005 }, { asOf: "2024-07-31" }).outcome).toBe("2026-12-31");
    expect(otCoverageEnd({ birthYear: 2005 }, { asOf: "2026-04-15", version: "ot-2006" }).outcome).toBe("2026-12-31");
  });

  it("moves the end three years at the change of law on 2024-08-01", () => {
    expect(otCoverageEnd({ birthYear: 2001 }, { asOf: "2024-07-31" })).toMatchObject({
      outcome: "2022-12-31",
      details: { coveredOnAsOf: false },
    });
    expect(otCoverageEnd({ birthYear: 2001 }, { asOf: "2024-08-01" })).toMatchObject({
      outcome: "2025-12-31",
      details: { coveredOnAsOf: true },
    });
  });

  it("says whether asOf is still covered, on the last day and the day after", () => {
    expect(otCoverageEnd({ birthYear: 2001 }, { asOf: "2025-12-31" }).details.coveredOnAsOf).toBe(true);
    expect(otCoverageEnd({ birthYear: 2001 }, { asOf: "2026-01-01" }).details.coveredOnAsOf).toBe(false);
  });

  it("takes the year from a birth date, 29 February included", () => {
    expect(otCoverageEnd({ birthDate: "2004-02-29" }, { asOf: "2025-01-01" }).outcome).toBe("2028-12-31");
  });

  it("follows an overridden upper age", () => {
    expect(otCoverageEnd({ birthYear: 2005 }, { asOf: "2026-04-15", parameters: { "ot.upper-age": 21 } }).outcome).toBe(
      "2026-12-31",
    );
  });

  it("requires a birth year or a birth date", () => {
    expect(() => otCoverageEnd({}, { asOf: "2026-04-15" })).toThrow(UngrettInputError);
    try {
      otCoverageEnd({ birthYear: null }, { asOf: "2026-04-15" });
    } catch (e) {
      expect((e as UngrettInputError).issues).toEqual([
        { path: "birthYear", code: "required", message: "is required (a whole number), or give birthDate" },
      ]);
    }
  });

  it("explains the end date in all three languages", () => {
    const d = otCoverageEnd({ birthYear: 2005 }, { asOf: "2026-04-15" });
    expect(explain(d, TEXTS.nb)).toContain("OT gjelder til og med 31. desember 2029, året personen fyller 24 år.");
    expect(explain(d, TEXTS.nn)).toContain("OT gjeld til og med 31. desember 2029");
    expect(explain(d, TEXTS.en)).toContain("OT applies through 31 December 2029");
  });
});
