import { describe, expect, it } from "vitest";
import { CONSENT_INFORMATION_SOCIETY, consentTimeline } from "../../src/consent/index.js";

/** The thresholds of `rule` on the timeline of a person born 2010-09-01, on `asOf`. */
const thresholds = (rule: string, asOf = "2026-01-10", parameters: Record<string, number> = {}) =>
  consentTimeline({ birthDate: "2010-09-01" }, { asOf, parameters }).outcome.filter((e) => e.rule === rule);

describe("consent.information-society: consenting alone to online services", () => {
  it("lets the young person consent to online services from 13, reached on the birthday", () => {
    expect(thresholds("consent.information-society").map((e) => [e.id, e.age, e.date, e.passed])).toEqual([
      ["information-society-consent", 13, "2023-09-01", true],
    ]);
    expect(thresholds("consent.information-society", "2023-08-31")[0]?.passed).toBe(false);
  });

  it("moves with its parameter and records the reason with the rule's strength", () => {
    const t = consentTimeline(
      { birthDate: "2010-09-01" },
      { asOf: "2026-01-10", parameters: { "consent.information-society-age": 15 } },
    );
    expect(t.outcome.find((e) => e.rule === CONSENT_INFORMATION_SOCIETY.id)).toMatchObject({
      age: 15,
      date: "2025-09-01",
    });
    expect(t.reasons.find((r) => r.rule === CONSENT_INFORMATION_SOCIETY.id)).toMatchObject({
      condition: "information-society-consent",
      status: "holds",
      strength: CONSENT_INFORMATION_SOCIETY.strength,
    });
  });
});
