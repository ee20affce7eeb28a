import { describe, expect, it } from "vitest";
import { CONSENT_MAJORITY, consentGuardianDisclosure, consentTimeline, explain } from "../../src/consent/index.js";
import { TEXTS } from "../helpers/texts.js";

describe("consent.majority", () => {
  it("ends the guardians' right to information on the 18th birthday, not the day before", () => {
    const p = { birthDate: "2008-06-15", information: "whereabouts" } as const;
    const before = consentGuardianDisclosure(p, { asOf: "2026-06-14" });
    expect(before.outcome).toBe("may-inform");
    expect(before.reasons.find((r) => r.rule === "consent.majority")?.status).toBe("fails");
    const on = consentGuardianDisclosure(p, { asOf: "2026-06-15" });
    expect(on.outcome).toBe("confidential");
    expect(on.details.band).toBe("of-age");
    expect(on.reasons.find((r) => r.rule === "consent.majority")).toMatchObject({
      condition: "of-age",
      status: "holds",
      strength: "statute",
      facts: { age: 18, majorityAge: 18, majorityFrom: "2026-06-15" },
    });
  });

  it("explains that an adult's guardians may be told only with consent", () => {
    const d = consentGuardianDisclosure({ birthDate: "2008-06-15", information: "other" }, { asOf: "2026-06-15" });
    expect(explain(d, TEXTS.nb)).toContain("Opplysninger kan bare gis med ungdommens samtykke");
    expect(explain(d, TEXTS.en)).toContain("the young person is of age");
  });

  it("lets a what-if majority age move the band", () => {
    const d = consentGuardianDisclosure(
      { birthDate: "2008-06-15", information: "whereabouts" },
      { asOf: "2026-06-15", parameters: { "consent.majority-age": 19 } },
    );
    expect(d.outcome).toBe("may-inform");
    expect(d.details.majorityFrom).toBe("2027-06-15");
  });

  it("is on the timeline as the 18th birthday", () => {
    const t = consentTimeline({ birthDate: "2008-02-29" }, { asOf: "2026-02-28" });
    expect(t.outcome.find((e) => e.id === "majority")).toMatchObject({ age: 18, date: "2026-03-01", passed: false });
    const on = consentTimeline({ birthDate: "2008-02-29" }, { asOf: "2026-03-01" });
    expect(on.outcome.find((e) => e.id === "majority")?.passed).toBe(true);
  });

  it("rests on vergemålsloven § 2", () => {
    expect(CONSENT_MAJORITY.sources.map((s) => s.ref)).toContain("vergemalsloven/2");
    expect(CONSENT_MAJORITY.parameters.map((p) => p.id)).toEqual(["consent.majority-age"]);
  });
});
