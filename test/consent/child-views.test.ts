import { describe, expect, it } from "vitest";
import { CONSENT_CHILD_VIEWS, consentTimeline } from "../../src/consent/index.js";
import { ruleWords } from "../helpers/texts.js";

/** The thresholds of `rule` on the timeline of a person born 2010-09-01, on `asOf`. */
const thresholds = (rule: string, asOf = "2026-01-10", parameters: Record<string, number> = {}) =>
  consentTimeline({ birthDate: "2010-09-01" }, { asOf, parameters }).outcome.filter((e) => e.rule === rule);

describe("consent.child-views: the child is heard, and its views weigh more with age", () => {
  it("binds services to hear the child through Grunnloven § 104 and barnekonvensjonen article 12", () => {
    const refs = CONSENT_CHILD_VIEWS.sources.map((s) => s.ref);
    expect(refs.slice(0, 2)).toEqual(["grunnloven/104", "barnekonvensjonen/12"]);
    expect(refs).toContain("barnelova/31");
    for (const l of ["nb", "nn", "en"] as const)
      expect(ruleWords(CONSENT_CHILD_VIEWS.id, l).summary).toContain("§ 104");
  });

  it("is heard from 7 and its views weigh heavily from 12, each reached on the birthday", () => {
    expect(thresholds("consent.child-views").map((e) => [e.id, e.age, e.date, e.passed])).toEqual([
      ["heard", 7, "2017-09-01", true],
      ["great-weight", 12, "2022-09-01", true],
    ]);
    expect(thresholds("consent.child-views", "2022-08-31").map((e) => e.passed)).toEqual([true, false]);
  });

  it("moves the age the child is heard with its parameter", () => {
    expect(thresholds("consent.child-views", "2026-01-10", { "consent.heard-age": 9 })[0]).toMatchObject({
      id: "heard",
      age: 9,
      date: "2019-09-01",
    });
  });
});
