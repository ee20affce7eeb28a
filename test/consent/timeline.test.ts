import { describe, expect, it } from "vitest";
import { CONSENT_THRESHOLDS, consentTimeline, explain } from "../../src/consent/index.js";
import { addDays } from "../../src/core/dates.js";
import { UngrettInputError } from "../../src/core/errors.js";
import { known } from "../helpers/arbitraries.js";
import { TEXTS } from "../helpers/texts.js";

const asOf = "2026-01-10";

const row = (e: { date: string | null; id: string; age: number; passed: boolean }) =>
  `${e.date} ${e.id} ${e.age} ${e.passed}`;

describe("consent.timeline", () => {
  it("lists every threshold for a 15-year-old, sorted, with what changes next", () => {
    const t = consentTimeline({ birthDate: "2010-09-01" }, { asOf: "2026-01-10" });
    expect(t.outcome.map(row)).toEqual([
      "2017-09-01 heard 7 true",
      "2022-09-01 great-weight 12 true",
      "2022-09-01 health-privacy 12 true",
      "2023-09-01 information-society-consent 13 true",
      "2025-09-01 education-choice 15 true",
      "2025-09-01 guardian-confidentiality 15 true",
      "2026-09-01 share-consent 16 false",
      "2026-09-01 health-consent 16 false",
      "2028-09-01 majority 18 false",
      "2035-09-01 aftercare-ends 25 false",
    ]);
    expect(t.details).toEqual({
      age: 15,
      next: { date: "2026-09-01", age: 16, ids: ["share-consent", "health-consent"] },
    });
    expect(t.needs).toEqual([]);
    expect(t.rule).toBe("consent.timeline");
  });

  it("gives each threshold its rule, parameter, strength, sources and what changes", () => {
    const t = consentTimeline({ birthDate: "2010-09-01" }, { asOf: "2026-01-10" });
    const share = t.outcome.find((e) => e.id === "share-consent");
    expect(share).toMatchObject({
      rule: "consent.share-with-agency",
      parameter: "consent.share-consent-age",
      strength: "recommendation",
    });
    expect(t.outcome.find((e) => e.id === "guardian-confidentiality")?.strength).toBe("recommendation");
    expect(t.outcome.find((e) => e.id === "majority")?.strength).toBe("statute");
    expect(share?.sources.map((s) => s.cite)).toContain("forvaltningsloven § 13 a nr. 1");
    // What changes is words, not data: the explanation says it, in every language.
    expect(share).not.toHaveProperty("changes");
    expect(explain(t)).toContain("Ungdommen samtykker selv til at saken drøftes med andre instanser");
    for (const e of t.outcome) expect(e.sources.length, e.id).toBeGreaterThan(0);
    for (const texts of Object.values(TEXTS)) {
      const reasons = explain(t, texts)
        .split("\n")
        .filter((l) => l.startsWith("- "));
      expect(reasons).toHaveLength(t.outcome.length);
      for (const r of reasons) expect(r, texts.locale).toMatch(/^- [^:]+: [^:]+: \S.{20,}/);
    }
  });

  it("passes each threshold on its birthday, not the day before", () => {
    const birthDate = "2010-09-01";
    const dates = consentTimeline({ birthDate }, { asOf: "2026-01-10" }).outcome;
    for (const { id, date } of dates) {
      const e = { id, date: known(date) };
      const passed = (asOf: string) =>
        consentTimeline({ birthDate }, { asOf }).outcome.find((x) => x.id === e.id)?.passed;
      expect(passed(addDays(e.date, -1)), `${e.id} day before`).toBe(false);
      expect(passed(e.date), `${e.id} on`).toBe(true);
      expect(passed(addDays(e.date, 1)), `${e.id} day after`).toBe(true);
    }
  });

  it("puts a 29 February birth's thresholds on 1 March in common years", () => {
    const t = consentTimeline({ birthDate: "2008-02-29" }, { asOf: "2026-01-10" });
    expect(Object.fromEntries(t.outcome.map((e) => [e.id, e.date]))).toEqual({
      heard: "2015-03-01",
      "great-weight": "2020-02-29",
      "health-privacy": "2020-02-29",
      "information-society-consent": "2021-03-01",
      "education-choice": "2023-03-01",
      "guardian-confidentiality": "2023-03-01",
      "share-consent": "2024-02-29",
      "health-consent": "2024-02-29",
      majority: "2026-03-01",
      "aftercare-ends": "2033-03-01",
    });
    expect(t.details.next).toEqual({ date: "2026-03-01", age: 18, ids: ["majority"] });
  });

  it("keeps aftercare at 23 for someone who turned 23 before 2021-01-01, also when assessed after it", () => {
    const before = consentTimeline({ birthDate: "1997-06-01" }, { asOf: "2020-12-31" });
    expect(before.outcome.at(-1)).toMatchObject({ id: "aftercare-ends", age: 23, date: "2020-06-01", passed: true });
    expect(before.details.next).toBeNull();
    const after = consentTimeline({ birthDate: "1997-06-01" }, { asOf: "2021-01-01" });
    expect(after.outcome.at(-1)).toMatchObject({ id: "aftercare-ends", age: 23, date: "2020-06-01", passed: true });
    expect(after.parameters.find((p) => p.id === "consent.aftercare-upper-age")).toEqual({
      id: "consent.aftercare-upper-age",
      value: 23,
      from: "2006-08-01",
      to: "2020-12-31",
      overridden: false,
    });
  });

  it("leaves out consent to information-society services before 2018-07-20", () => {
    const ids = (asOf: string) => consentTimeline({ birthDate: "2004-01-01" }, { asOf }).outcome.map((e) => e.id);
    expect(ids("2018-07-19")).not.toContain("information-society-consent");
    expect(ids("2018-07-20")).toContain("information-society-consent");
    expect(ids("2018-07-19")).toHaveLength(CONSENT_THRESHOLDS.length - 1);
  });

  it("moves confidentiality towards the guardians to the 16th birthday under the other reading", () => {
    const t = consentTimeline(
      { birthDate: "2010-09-01" },
      { asOf: "2026-01-10", parameters: { "consent.guardian-confidentiality-from": "16th-birthday" } },
    );
    expect(t.outcome.find((e) => e.id === "guardian-confidentiality")).toMatchObject({
      age: 16,
      date: "2026-09-01",
      passed: false,
    });
    expect(t.details.next?.ids).toEqual(["guardian-confidentiality", "share-consent", "health-consent"]);
  });

  it("says when everything is passed", () => {
    const t = consentTimeline({ birthDate: "1990-05-05" }, { asOf: "2026-01-10" });
    expect(t.outcome.every((e) => e.passed)).toBe(true);
    expect(t.details.next).toBeNull();
    expect(explain(t, TEXTS.nb)).toContain("Alle er nådd.");
  });

  it("works for a newborn: nothing is passed", () => {
    const t = consentTimeline({ birthDate: "2026-01-10" }, { asOf: "2026-01-10" });
    expect(t.outcome.some((e) => e.passed)).toBe(false);
    expect(t.details).toEqual({ age: 0, next: { date: "2033-01-10", age: 7, ids: ["heard"] } });
  });

  it("requires a birth date, and rejects an asOf before it", () => {
    expect(() => consentTimeline({} as never, { asOf: "2026-01-10" })).toThrow(UngrettInputError);
    expect(() => consentTimeline({ birthDate: null } as never, { asOf: "2026-01-10" })).toThrow(/birthDate/);
    expect(() => consentTimeline({ birthDate: "2026-01-11" }, { asOf: "2026-01-10" })).toThrow(/after asOf/);
  });

  it("explains each threshold with its date and the next change, in three languages", () => {
    const t = consentTimeline({ birthDate: "2010-09-01" }, { asOf: "2026-01-10" });
    const nb = explain(t, TEXTS.nb);
    expect(nb).toContain(
      "6 av 10 aldersgrenser er nådd (ungdommen er 15 år). Neste endring 1. september 2026 (16 år): samtykker til deling og samtykker til helsehjelp.",
    );
    expect(nb).toContain("- Ikke oppfylt: Myndig – 18 år, fylles 1. september 2028: Ungdommen blir myndig");
    expect(explain(t, TEXTS.nn)).toContain("16 år, blir fylt 1. september 2026: Ungdomen samtykkjer sjølv");
    expect(explain(t, TEXTS.en)).toContain("Age 7, reached on 1 September 2017: The child shall be heard");
  });
});

describe("consentTimeline: order", () => {
  it("lists the thresholds by age even when an override moves one past the others", () => {
    for (const parameters of [
      {},
      { "consent.heard-age": 17 },
      { "consent.heard-age": 17, "consent.great-weight-age": 16 },
    ]) {
      const t = consentTimeline({ birthDate: "2010-09-01" }, { asOf, parameters });
      const ages = t.outcome.map((e) => e.age);
      expect(ages).toEqual([...ages].sort((a, b) => a - b));
      expect(t.reasons.map((r) => r.condition)).toEqual(t.outcome.map((e) => e.id));
    }
  });
});
