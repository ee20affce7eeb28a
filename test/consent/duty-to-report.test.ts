import { describe, expect, it } from "vitest";
import { CONSENT_DUTY_TO_REPORT, consentToShare, explain } from "../../src/consent/index.js";

describe("consent.duty-to-report", () => {
  it("sends the information to child welfare, and only there, without consent", () => {
    const d = consentToShare(
      { birthDate: "2012-03-14", identifiable: true, dutyToReport: true },
      { asOf: "2026-01-10" },
    );
    expect(d.outcome).toBe("not-needed");
    expect(d.details.exemption).toBe("duty-to-report");
    expect(d.details.onlyTo).toBe("child-welfare");
    expect(d.reasons.find((r) => r.rule === "consent.duty-to-report")).toMatchObject({
      condition: "triggered",
      status: "holds",
      strength: "statute",
      facts: { dutyToReport: true },
    });
  });

  it("decides even when the age and identifiability are unknown", () => {
    const d = consentToShare({ dutyToReport: true }, { asOf: "2026-01-10" });
    expect(d.outcome).toBe("not-needed");
    expect(d.needs).toEqual([]);
    expect(d.details.onlyTo).toBe("child-welfare");
  });

  it("is reported as the exemption when an anonymised case also triggers it", () => {
    const d = consentToShare({ identifiable: false, dutyToReport: true }, { asOf: "2026-01-10" });
    expect(d.details.exemption).toBe("duty-to-report");
    expect(d.reasons.map((r) => r.status)).toEqual(["holds", "holds"]);
  });

  it("does not test the young person's age: the child concerned may be their own child or a sibling", () => {
    const d = consentToShare(
      { birthDate: "2004-05-05", identifiable: true, dutyToReport: true },
      { asOf: "2026-01-10" },
    );
    expect(d.outcome).toBe("not-needed");
    expect(d.details.age).toBe(21);
  });

  it("leaves consent to decide when it is not triggered", () => {
    const d = consentToShare(
      { birthDate: "2012-03-14", identifiable: true, dutyToReport: false },
      { asOf: "2026-01-10" },
    );
    expect(d.outcome).toBe("guardians");
    expect(d.details.onlyTo).toBeNull();
  });

  it("cites the duty to report in the 1992 act and in the 2021 act", () => {
    const refs = CONSENT_DUTY_TO_REPORT.sources.map((s) => s.ref);
    expect(refs).toContain("barnevernloven-1992/6-4");
    expect(refs).toContain("barnevernsloven-2021/13-2");
  });

  it("explains that the information goes to child welfare only", () => {
    const d = consentToShare({ identifiable: true, dutyToReport: true }, { asOf: "2026-01-10" });
    expect(explain(d, "nb")).toContain("skal til barnevernstjenesten, og bare dit");
    expect(explain(d, "nn")).toContain("skal til barnevernstenesta, og berre dit");
    expect(explain(d, "en")).toContain("goes to the child welfare service, and only there");
  });
});
