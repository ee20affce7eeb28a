import { describe, expect, it } from "vitest";
import { ageOn } from "../../src/core/dates.js";
import { explain, outreachAgeBand, outreachTargetGroup } from "../../src/outreach/index.js";
import { pathsOf } from "../helpers/errors.js";
import { TEXTS } from "../helpers/texts.js";

const asOf = "2026-01-01";

const band = (birthDate: string, asOf: string, parameters?: Record<string, number>) =>
  outreachAgeBand({ birthDate }, parameters === undefined ? { asOf } : { asOf, parameters });

describe("outreach.age-band: 13 to 25 in completed years", () => {
  it("the 13th birthday: the day before is below, the day itself within", () => {
    expect(band("2010-05-20", "2023-05-19").outcome).toBe("below");
    const d = band("2010-05-20", "2023-05-20");
    expect(d.outcome).toBe("within");
    expect(d.details.age).toBe(13);
    expect(d.details.from).toBe("2023-05-20");
  });

  it("the 26th birthday: the day before is within (25 inclusive), the day itself above", () => {
    const d = band("2000-06-15", "2026-06-14");
    expect(d.outcome).toBe("within");
    expect(d.details).toEqual({ age: 25, minAge: 13, maxAge: 25, from: "2013-06-15", through: "2026-06-14" });
    expect(band("2000-06-15", "2026-06-15").outcome).toBe("above");
  });

  it("born on 29 February: a new age on 1 March in common years", () => {
    // 2012 + 13 = 2025 and 2012 + 26 = 2038 are common years.
    expect(band("2012-02-29", "2025-02-28").outcome).toBe("below");
    expect(band("2012-02-29", "2025-03-01").outcome).toBe("within");
    const last = band("2012-02-29", "2038-02-28");
    expect(last.outcome).toBe("within");
    expect(last.details.from).toBe("2025-03-01");
    expect(last.details.through).toBe("2038-02-28");
    expect(band("2012-02-29", "2038-03-01").outcome).toBe("above");
  });

  it("reads a mandate's narrower band, 13–21: the 22nd birthday is above", () => {
    const p = { "outreach.age-max": 21 };
    expect(band("2004-06-15", "2026-06-14", p).outcome).toBe("within");
    const d = band("2004-06-15", "2026-06-15", p);
    expect(d.outcome).toBe("above");
    expect(d.details.through).toBe("2026-06-14");
  });

  it("reads 25 as outside when the exclusive reading is selected (outreach.age-max 24)", () => {
    expect(band("2000-06-15", "2025-06-15", { "outreach.age-max": 24 }).outcome).toBe("above");
  });

  it("rejects a band whose ends are out of order, and a birth after asOf", () => {
    expect(pathsOf(() => band("2004-06-15", "2026-01-01", { "outreach.age-min": 22, "outreach.age-max": 21 }))).toEqual(
      ["options.parameters.outreach.age-max:parameters_out_of_order"],
    );
    expect(pathsOf(() => band("2026-01-02", "2026-01-01"))).toEqual(["birthDate:after_as_of"]);
    expect(pathsOf(() => outreachAgeBand({} as never, { asOf: "2026-01-01" }))).toEqual(["birthDate:required"]);
  });

  it("explains the dates", () => {
    const d = band("2000-06-15", "2026-06-14");
    expect(explain(d, TEXTS.nb)).toContain("til og med 14. juni 2026");
    expect(explain(d, TEXTS.nn)).toContain("innanfor aldersspennet 13–25 år");
    expect(explain(d, TEXTS.en)).toContain("through 14 June 2026");
  });
});

describe("outreach.age-band: an unknown birth date", () => {
  it("records an unknown age beside the band's limits, and asks for the birth date", () => {
    const { minAge, maxAge } = outreachAgeBand({ birthDate: "2010-01-01" }, { asOf }).details;
    const r = outreachTargetGroup({ atRisk: true }, { asOf }).reasons.find((x) => x.rule === "outreach.age-band");
    expect(r).toMatchObject({
      condition: "within-age-band",
      status: "unknown",
      facts: { age: null, minAge, maxAge },
      needs: ["birthDate"],
    });
    expect(Object.keys(r?.facts ?? {})).toEqual(["age", "minAge", "maxAge"]);
  });

  it("keeps the age, not the birth date, in the facts of a known birth date", () => {
    const birthDate = "2010-03-14";
    for (const d of [
      outreachAgeBand({ birthDate }, { asOf }),
      outreachTargetGroup({ birthDate, atRisk: true }, { asOf }),
    ]) {
      const r = d.reasons.find((x) => x.rule === "outreach.age-band");
      expect(r?.facts).toEqual({ age: ageOn(birthDate, asOf), minAge: 13, maxAge: 25 });
      expect(JSON.stringify(d)).not.toContain(birthDate);
    }
  });
});
