import { describe, expect, it } from "vitest";
import { CONSENT_EDUCATION_CHOICE, CONSENT_EDUCATION_CHOICE_AGE, consentTimeline } from "../../src/consent/index.js";

/** The thresholds of `rule` on the timeline of a person born 2010-09-01, on `asOf`. */
const thresholds = (rule: string, asOf = "2026-01-10", parameters: Record<string, number> = {}) =>
  consentTimeline({ birthDate: "2010-09-01" }, { asOf, parameters }).outcome.filter((e) => e.rule === rule);

describe("consent.education-choice: the age a young person chooses education alone", () => {
  it("dates the 1998 education act's source to 2024-07-31 and cites the 2023 act unverified after it", () => {
    const at = (asOf: string) =>
      consentTimeline({ birthDate: "2010-09-01" }, { asOf }).parameters.find(
        (p) => p.id === "consent.education-choice-age",
      );
    expect(at("2024-07-31")).toMatchObject({ value: 15, from: "2006-08-01", to: "2024-07-31" });
    expect(at("2024-08-01")).toMatchObject({ value: 15, from: "2024-08-01", to: null });
    const sources = CONSENT_EDUCATION_CHOICE.sources;
    expect(sources.find((s) => s.ref === "opplaringslova-1998/3-1")?.locator).toContain("til 2024-07-31");
    expect(sources.map((s) => s.ref)).toContain("opplaringslova-2023");
    expect(CONSENT_EDUCATION_CHOICE_AGE.values.at(-1)?.source).toMatchObject({ ref: "opplaringslova-2023" });
  });

  it("lets the young person choose education alone from 15, reached on the birthday", () => {
    expect(thresholds("consent.education-choice").map((e) => [e.id, e.age, e.date, e.passed])).toEqual([
      ["education-choice", 15, "2025-09-01", true],
    ]);
    expect(thresholds("consent.education-choice", "2025-08-31")[0]?.passed).toBe(false);
  });
});
