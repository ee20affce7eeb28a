import { describe, expect, it } from "vitest";
import { CONSENT } from "../../src/consent/area.js";
import { CONSENT_AFTERCARE, consentTimeline, consentTimelineSchema, explain } from "../../src/consent/index.js";
import { CONSENT_AFTERCARE_UPPER_AGE } from "../../src/consent/parameters.js";
import { ruleWords, TEXTS } from "../helpers/texts.js";

const aftercare = (birthDate: string, asOf: string, parameters?: Record<string, number>) => {
  const t = consentTimeline({ birthDate }, parameters === undefined ? { asOf } : { asOf, parameters });
  return { entry: t.outcome.find((e) => e.id === "aftercare-ends"), used: t.parameters.at(-1), t };
};

describe("consent.aftercare: the limit is decided by the day the person turns 23", () => {
  it("born 1997-12-31 turned 23 on 2020-12-31: aftercare ended that day, assessed before or after 2021", () => {
    for (const asOf of ["2020-12-31", "2021-01-01", "2026-01-10"]) {
      expect(aftercare("1997-12-31", asOf).entry, asOf).toMatchObject({ age: 23, date: "2020-12-31", passed: true });
    }
    expect(aftercare("1997-12-31", "2020-12-30").entry).toMatchObject({ age: 23, passed: false });
  });

  it("born 1998-01-01 turned 23 on 2021-01-01: aftercare to 25, ending on 2023-01-01", () => {
    expect(aftercare("1998-01-01", "2021-01-01").entry).toMatchObject({ age: 25, date: "2023-01-01", passed: false });
    expect(aftercare("1998-01-01", "2022-12-31").entry?.passed).toBe(false);
    expect(aftercare("1998-01-01", "2023-01-01").entry?.passed).toBe(true);
    expect(aftercare("1998-01-01", "2026-01-10").entry).toMatchObject({ age: 25, date: "2023-01-01" });
  });

  it("does not foresee the change: before 2021-01-01 someone who turns 23 later still reads 23", () => {
    const { entry, used } = aftercare("1998-01-01", "2020-12-31");
    expect(entry).toMatchObject({ age: 23, date: "2021-01-01", passed: false });
    expect(used).toEqual({
      id: "consent.aftercare-upper-age",
      value: 23,
      from: "2006-08-01",
      to: "2020-12-31",
      overridden: false,
    });
  });

  it("records the value read on the deciding birthday, with its dates", () => {
    expect(aftercare("1998-01-01", "2026-01-10").used).toEqual({
      id: "consent.aftercare-upper-age",
      value: 25,
      from: "2021-01-01",
      to: null,
      overridden: false,
    });
    expect(aftercare("1997-12-31", "2026-01-10").used).toMatchObject({ value: 23, to: "2020-12-31" });
  });

  it("applies an overridden limit whatever the birthday", () => {
    const { entry, used } = aftercare("1997-12-31", "2026-01-10", { "consent.aftercare-upper-age": 25 });
    expect(entry).toMatchObject({ age: 25, date: "2022-12-31", passed: true });
    expect(used).toEqual({ id: "consent.aftercare-upper-age", value: 25, from: null, to: null, overridden: true });
    expect(aftercare("1998-01-01", "2026-01-10", { "consent.aftercare-upper-age": 23 }).entry).toMatchObject({
      age: 23,
      date: "2021-01-01",
    });
  });

  it("reads the limit through Evaluation.ageLimitFor, the same for every birth before 2006 as on 2006-08-01", () => {
    const { ev } = CONSENT.begin("test", consentTimelineSchema, { birthDate: "1975-05-05" }, { asOf: "2026-01-10" });
    expect(ev.ageLimitFor(CONSENT_AFTERCARE_UPPER_AGE, "1975-05-05")).toEqual({ age: 23, date: "1998-05-05" });
  });

  it("quotes Bufdir on the direct effect for those who turn 23 from 2021-01-01, and explains the end", () => {
    expect(CONSENT_AFTERCARE.sources.map((s) => s.ref)).toContain("bufdir-ettervern-25");
    expect(ruleWords(CONSENT_AFTERCARE.id, "nb").interpretation).toContain(
      "med direkte virkning for unge voksne som fyller 23 år fra samme dato",
    );
    const { t } = aftercare("1997-12-31", "2026-01-10");
    expect(explain(t, TEXTS.en)).toContain("Age 23, reached on 31 December 2020: Child-welfare aftercare");
  });
});
