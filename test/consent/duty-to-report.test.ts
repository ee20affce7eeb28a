import { describe, expect, it } from "vitest";
import { CONSENT_DUTY_TO_REPORT, consentToShare, explain } from "../../src/consent/index.js";
import { ruleWords, TEXTS } from "../helpers/texts.js";

describe("consent.duty-to-report", () => {
  it("sends the information to child welfare without consent, an exemption that covers what is reported there", () => {
    const d = consentToShare(
      { birthDate: "2012-03-14", identifiable: true, dutyToReport: true },
      { asOf: "2026-01-10" },
    );
    expect(d.outcome).toBe("not-needed");
    expect(d.details.exemption).toBe("duty-to-report");
    expect(d.details.limit).toBe("to-child-welfare");
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
    expect(d.details.limit).toBe("to-child-welfare");
  });

  it("is reported as the exemption when an anonymised case also triggers it", () => {
    const d = consentToShare({ identifiable: false, dutyToReport: true }, { asOf: "2026-01-10" });
    expect(d.details.exemption).toBe("duty-to-report");
    expect(d.reasons.map((r) => r.status)).toEqual(["holds", "holds", "unknown"]);
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
      { birthDate: "2012-03-14", identifiable: true, dutyToReport: false, otherLegalBasis: "none" },
      { asOf: "2026-01-10" },
    );
    expect(d.outcome).toBe("guardians");
    expect(d.details.limit).toBeNull();
  });

  it("cites the duty to report in the 1992 act and in the 2021 act", () => {
    const refs = CONSENT_DUTY_TO_REPORT.sources.map((s) => s.ref);
    expect(refs).toContain("barnevernloven-1992/6-4");
    expect(refs).toContain("barnevernsloven-2021/13-2");
  });

  it("explains that the exemption covers what is reported to child welfare, and that other sharing needs consent or another basis", () => {
    const d = consentToShare({ identifiable: true, dutyToReport: true }, { asOf: "2026-01-10" });
    for (const l of ["nb", "nn", "en"] as const)
      expect(explain(d, TEXTS[l])).not.toMatch(/bare dit|berre dit|only there/);
    expect(explain(d, TEXTS.nb)).toContain("å dele med andre krever samtykke eller et annet lovlig grunnlag");
    expect(explain(d, TEXTS.nn)).toContain("å dele med andre krev samtykke eller eit anna lovleg grunnlag");
    expect(explain(d, TEXTS.en)).toContain("sharing with others needs consent or another legal basis");
  });

  it("no longer says in its rule that every other agency needs consent", () => {
    for (const l of ["nb", "nn", "en"] as const) {
      expect(ruleWords(CONSENT_DUTY_TO_REPORT.id, l).summary).not.toMatch(/bare dit|berre dit|only there/);
      expect(ruleWords(CONSENT_DUTY_TO_REPORT.id, l).interpretation).toContain("consent.other-legal-basis");
    }
  });
});
