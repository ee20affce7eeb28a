import { describe, expect, it } from "vitest";
import { CONSENT_ANONYMOUS_FORUM, consentToShare, explain } from "../../src/consent/index.js";
import { TEXTS } from "../helpers/texts.js";

const asOf = "2026-01-10";

describe("consent.anonymous-forum", () => {
  it("needs no consent for an anonymised case, whatever the age", () => {
    for (const birthDate of ["2014-06-01", "2010-09-01", "2001-01-01"]) {
      const d = consentToShare({ birthDate, identifiable: false, dutyToReport: false }, { asOf: "2026-01-10" });
      expect(d.outcome).toBe("not-needed");
      expect(d.details.exemption).toBe("not-identifiable");
      expect(d.details.limit).toBeNull();
    }
  });

  it("decides without the duty to report or the birth date", () => {
    const d = consentToShare({ identifiable: false }, { asOf: "2026-01-10" });
    expect(d.outcome).toBe("not-needed");
    expect(d.needs).toEqual([]);
    expect(d.reasons[0]).toMatchObject({
      rule: "consent.anonymous-forum",
      condition: "not-identifiable",
      status: "holds",
      strength: "statute",
    });
  });

  it("requires consent as soon as the person is identifiable", () => {
    const d = consentToShare(
      { birthDate: "2014-06-01", identifiable: true, dutyToReport: false, otherLegalBasis: "none" },
      { asOf: "2026-01-10" },
    );
    expect(d.outcome).toBe("guardians");
    expect(d.reasons[0]?.status).toBe("fails");
  });

  it("rests on forvaltningsloven § 13 a nr. 2 (anonymised information is not confidential), as the guide applies it", () => {
    expect(CONSENT_ANONYMOUS_FORUM.strength).toBe("statute");
    expect(CONSENT_ANONYMOUS_FORUM.sources[0]).toMatchObject({ ref: "forvaltningsloven/13a-2" });
    expect(CONSENT_ANONYMOUS_FORUM.sources[0]?.locator).toContain("anonymisert");
    expect(CONSENT_ANONYMOUS_FORUM.sources.find((s) => s.ref === "losu-korus-veileder")?.locator).toContain(
      "anonymiserte case",
    );
  });

  it("explains that names still need consent", () => {
    const d = consentToShare({ identifiable: false }, { asOf: "2026-01-10" });
    expect(explain(d, TEXTS.nb)).toContain("navn eller opplysninger som kan identifisere personen, krever samtykke");
    expect(explain(d, TEXTS.en)).toContain("(for instance in SLT)");
  });
});

describe("consent.anonymous-forum in consentToShare", () => {
  it("records whether the young person is identifiable", () => {
    const facts = (identifiable: boolean | null) =>
      consentToShare({ birthDate: "2010-09-01", identifiable }, { asOf }).reasons.find(
        (r) => r.rule === "consent.anonymous-forum",
      )?.facts;
    expect(facts(true)).toEqual({ identifiable: true });
    expect(facts(false)).toEqual({ identifiable: false });
    expect(facts(null)).toEqual({ identifiable: null });
  });
});
