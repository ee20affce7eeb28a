import { describe, expect, it } from "vitest";
import type { Msg } from "../../src/core/explain.js";
import { formatter } from "../../src/core/format.js";
import type { RuleDef } from "../../src/core/rule.js";
import { NAV_AREA, NAV_RULES, navCaseload, navPartners, navPrepare } from "../../src/nav/index.js";
import { issuesOf, thrown } from "../helpers/errors.js";
import { areaTexts, ruleWords, TEXTS } from "../helpers/texts.js";

const asOf = "2026-03-02";

/* Versions and parameter values of every area, NAV's too, are checked in test/core/structure.test.ts. */
describe("the NAV area", () => {
  it("gives every parameter a NAV id", () => {
    for (const p of NAV_AREA.parameters) expect(p.id.startsWith("nav."), p.id).toBe(true);
  });

  it("gives every rule a source, a strength and only its area's parameters: statute for NAV-loven, guidance for the youth guarantee, a recommendation or estimate for the AFI report", () => {
    const byLaw: Readonly<Record<string, string>> = {
      "nav.duties": "statute",
      "nav.needs-assessment": "statute",
      "nav.individual-plan": "statute",
      "nav.cooperation": "statute",
      "nav.youth-guarantee": "guidance",
    };
    const ids = new Set(NAV_AREA.parameters.map((p) => p.id));
    for (const r of NAV_RULES) {
      expect(r.id.startsWith("nav.")).toBe(true);
      expect(r.area).toBe("nav");
      expect(r.sources.length).toBeGreaterThan(0);
      const law = byLaw[r.id];
      if (law === undefined) expect(["recommendation", "estimate"]).toContain(r.strength);
      else expect(r.strength, r.id).toBe(law);
      for (const p of r.parameters) expect(ids.has(p.id), `${r.id} reads ${p.id}`).toBe(true);
    }
    // Every parameter is read by some rule.
    const read = new Set(NAV_RULES.flatMap((r) => r.parameters.map((p) => p.id)));
    expect([...ids].filter((id) => !read.has(id))).toEqual([]);
  });

  it("carries every rule of the catalogue", () => {
    expect(NAV_RULES.map((r) => r.id).sort()).toEqual(
      [
        "nav.approach",
        "nav.partners-by-age",
        "nav.partners-by-problem",
        "nav.inclusion-approach",
        "nav.reaction-time",
        "nav.caseload",
        "nav.close-follow-up",
        "nav.partners",
        "nav.duties",
        "nav.needs-assessment",
        "nav.individual-plan",
        "nav.cooperation",
        "nav.youth-guarantee",
      ].sort(),
    );
  });

  it("has the same message keys in every locale, and summaries and interpretations in all three", () => {
    const keys = Object.keys(areaTexts("nav", "nb").messages).sort();
    expect(Object.keys(areaTexts("nav", "nn").messages).sort()).toEqual(keys);
    expect(Object.keys(areaTexts("nav", "en").messages).sort()).toEqual(keys);
    // caseload 3 + 4, reaction time 4 + 6, approach 5 + 9 + 2, partners 1, by age 4 × 3,
    // by problem 5 × 3, inclusion 3 + 3, close follow-up 3 + 10 × 3; duties 4 outcomes and
    // (6 duties + 8 conditions) × 3.
    expect(keys.length).toBe(7 + 10 + 16 + 1 + 12 + 15 + 6 + 33 + 4 + 14 * 3);
    for (const r of NAV_RULES as readonly RuleDef[]) {
      for (const l of ["nb", "nn", "en"] as const) {
        const words = ruleWords(r.id, l);
        expect(words.summary.length, `${r.id} ${l}`).toBeGreaterThan(0);
        if (words.interpretation !== undefined) expect(words.interpretation.length).toBeGreaterThan(0);
      }
    }
  });

  it("writes Nynorsk, not Bokmål copied", () => {
    // Every number a NAV message reads (explain refuses a message whose number is missing).
    const facts = {
      youthPerCounsellor: 30,
      closeMax: 25,
      limitedOver: 100,
      days: 2,
      maxDays: 2,
      idealMaxDays: 1,
      reactionDays: 1,
      age: 17,
      from: 16,
      until: 20,
      fromAge: 16,
      untilAge: 30,
      birthYear: 2008,
      through: "2038-05-09",
      doneOn: "2026-01-15",
      duties: [],
    };
    const nb = areaTexts("nav", "nb").messages as Record<string, Msg>;
    const nn = areaTexts("nav", "nn").messages as Record<string, Msg>;
    const keys = Object.keys(nb);
    const same = keys.filter(
      (k) => nb[k]?.(facts, formatter("nb", TEXTS.nb.core)) === nn[k]?.(facts, formatter("nn", TEXTS.nn.core)),
    );
    // Only texts without words of their own may coincide (e.g. "Oppfølgingstypologi: …").
    expect(same.length / keys.length).toBeLessThan(0.1);
    expect(areaTexts("nav", "nn").facts.youthPerCounsellor).toBe("ungdomar per rettleiar");
  });
});

describe("nav: input errors name the function called", () => {
  it("navCaseload and navPartners name themselves for bad input", () => {
    expect(thrown(() => navCaseload({ bogus: 1 } as never, { asOf })).message).toMatch(
      /^Invalid input to navCaseload: /,
    );
    expect(thrown(() => navPartners({ bogus: 1 } as never, { asOf })).message).toMatch(
      /^Invalid input to navPartners: /,
    );
  });
});

describe("nav: parameters overridden out of order", () => {
  it("navCaseload names itself and, with both overridden, says the limit must be at least the close maximum", () => {
    const e = thrown(() =>
      navCaseload(
        { youthPerCounsellor: 30 },
        { asOf, parameters: { "nav.caseload-close-max": 50, "nav.caseload-limited-over": 40 } },
      ),
    );
    expect(e.message).toMatch(/^Invalid input to navCaseload: /);
    expect(e.issues).toEqual([
      {
        path: "options.parameters.nav.caseload-limited-over",
        code: "parameters_out_of_order",
        message: "must be at least nav.caseload-close-max: the two are out of order",
      },
    ]);
  });

  it("accepts a close maximum equal to the limit", () => {
    const d = navCaseload(
      { youthPerCounsellor: 30 },
      { asOf, parameters: { "nav.caseload-close-max": 40, "nav.caseload-limited-over": 40 } },
    );
    expect(d.outcome).toBe("close-follow-up-possible");
    expect(d.needs).toEqual([]);
  });

  it("navPartners says an age band must start below the next, equal not allowed", () => {
    const issues = issuesOf(() =>
      navPartners({ birthDate: "2008-05-10" }, { asOf, parameters: { "nav.band-16-19-from": 20 } }),
    );
    expect(issues).toEqual([
      {
        path: "options.parameters.nav.band-16-19-from",
        code: "parameters_out_of_order",
        message: "must be below nav.band-20-from: the two are out of order",
      },
    ]);
  });

  it("navPartners rejects an aftercare that ends the year it starts", () => {
    const issues = issuesOf(() =>
      navPartners(
        { birthDate: "2008-05-10" },
        { asOf, parameters: { "nav.aftercare-from": 25, "nav.aftercare-until": 25 } },
      ),
    );
    expect(issues.map((i) => `${i.path}:${i.code}`)).toEqual([
      "options.parameters.nav.aftercare-until:parameters_out_of_order",
    ]);
  });
});

describe("navPrepare", () => {
  it("validates the options once and every NAV function takes the result", () => {
    const prepared = navPrepare({ asOf, parameters: { "nav.caseload-close-max": 30 } });
    const plain = { asOf, parameters: { "nav.caseload-close-max": 30 } };
    expect(navCaseload({ youthPerCounsellor: 28 }, prepared)).toEqual(navCaseload({ youthPerCounsellor: 28 }, plain));
    expect(navCaseload({ youthPerCounsellor: 28 }, prepared).outcome).toBe("close-follow-up-possible");
  });

  it("names itself and the bad field when the options are bad", () => {
    const error = thrown(() => navPrepare({ asOf: "2026-02-30" }));
    expect(error.message).toMatch(/^Invalid input to navPrepare/);
    expect(error.issues.map((i) => i.path)).toEqual(["options.asOf"]);
  });
});
