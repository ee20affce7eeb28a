import { describe, expect, it } from "vitest";
import { CONSENT_HEALTH, consentTimeline, explain } from "../../src/consent/index.js";
import { ruleWords, TEXTS } from "../helpers/texts.js";

/** The thresholds of `rule` on the timeline of a person born 2010-09-01, on `asOf`. */
const thresholds = (rule: string, asOf = "2026-01-10", parameters: Record<string, number> = {}) =>
  consentTimeline({ birthDate: "2010-09-01" }, { asOf, parameters }).outcome.filter((e) => e.rule === rule);

describe("consent.health: the health thresholds on the timeline", () => {
  it("gives consent.health the fourth paragraph of § 3-4: what the parents still get under 18", () => {
    expect(CONSENT_HEALTH.sources.find((s) => s.locator?.startsWith("fjerde ledd"))).toMatchObject({
      ref: "pasient-og-brukerrettighetsloven/3-4",
    });
    expect(ruleWords(CONSENT_HEALTH.id, "en").summary).toContain("§ 3-4 fourth paragraph");
    const t = consentTimeline({ birthDate: "2010-09-01" }, { asOf: "2026-01-10" });
    expect(explain(t, TEXTS.en)).toContain("the parents still get what they need to carry out parental responsibility");
  });

  it("keeps health information from the parents from 12 and lets the young person consent from 16", () => {
    expect(thresholds("consent.health").map((e) => [e.id, e.age, e.date, e.passed])).toEqual([
      ["health-privacy", 12, "2022-09-01", true],
      ["health-consent", 16, "2026-09-01", false],
    ]);
    expect(thresholds("consent.health", "2026-09-01").every((e) => e.passed)).toBe(true);
  });
});
