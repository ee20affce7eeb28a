import { describe, expect, it } from "vitest";
import { consentToShare, explain } from "../../src/consent/index.js";
import { TEXTS } from "../helpers/texts.js";

describe("consent.other-legal-basis: sharing without consent under another basis", () => {
  const asOf = "2026-01-10";
  const person = { birthDate: "2010-09-01", identifiable: true, dutyToReport: false } as const;

  it("makes consent unnecessary under each basis, with its limit", () => {
    const limits = {
      "public-body": "to-public-bodies",
      "report-offence": "to-prosecution-or-supervisory-authority",
      "avert-danger": "as-necessary-against-danger",
      "duty-to-avert": "as-needed-to-avert-crime",
    } as const;
    for (const [basis, limit] of Object.entries(limits)) {
      const d = consentToShare({ ...person, otherLegalBasis: basis as keyof typeof limits }, { asOf });
      expect(d.outcome, basis).toBe("not-needed");
      expect(d.details).toMatchObject({ exemption: "other-legal-basis", legalBasis: basis, limit, consentBy: null });
      expect(d.reasons.find((r) => r.rule === "consent.other-legal-basis")).toMatchObject({
        condition: "applies",
        status: "holds",
        strength: "statute",
      });
    }
  });

  it("asks for the basis when it is not stated, and still says who would consent", () => {
    const d = consentToShare(person, { asOf });
    expect(d.outcome).toBe("unknown");
    expect(d.needs).toEqual(["otherLegalBasis"]);
    expect(d.details.consentBy).toBe("guardians");
    expect(explain(d, TEXTS.en)).toContain(
      "If no exemption applies, the guardians must consent (from 1 September 2026",
    );
    expect(explain(d, TEXTS.nb)).toContain("Gjelder ingen av unntakene, må de foresatte samtykke");
  });

  it("lists the bases in the reason when none applies, and reads the consent answer", () => {
    const d = consentToShare({ ...person, otherLegalBasis: "none" }, { asOf });
    expect(d.outcome).toBe("guardians");
    const en = explain(d, TEXTS.en);
    expect(en).toContain(
      "Not met: Another legal basis allows sharing without consent – as the service judges it, no other legal basis for sharing without consent applies (neither forvaltningsloven § 13 b første ledd nr. 5",
    );
    expect(en).toContain("nor the duty to avert in straffeloven § 196)");
  });

  it("names the basis and its limit in the outcome, in three languages", () => {
    const d = consentToShare({ ...person, otherLegalBasis: "avert-danger" }, { asOf });
    expect(explain(d, TEXTS.nb)).toContain("«så langt det er nødvendig for å unngå fare for liv eller helse»");
    expect(explain(d, TEXTS.nn)).toContain("samtykke trengst ikkje etter forvaltningslova § 13 b første ledd nr. 7");
    expect(explain(d, TEXTS.en)).toContain("no consent needed under forvaltningsloven § 13 b første ledd nr. 7");
  });
});
