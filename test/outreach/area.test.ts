import { describe, expect, it } from "vitest";
import { addDays } from "../../src/core/dates.js";
import { valueOn } from "../../src/core/parameters.js";
import { versionsInForce } from "../../src/core/rule-versions.js";
import {
  OUTREACH_AREA,
  OUTREACH_PARAMETERS,
  OUTREACH_RULES,
  outreachAgeBand,
  outreachDocumentation,
  outreachFieldTimeShare,
  outreachPrepare,
  outreachPrevalence,
  outreachStaffing,
  outreachVoluntaryFollowUp,
} from "../../src/outreach/index.js";
import { thrown } from "../helpers/errors.js";
import { areaTexts, parameterWords, ruleWords } from "../helpers/texts.js";

const asOf = "2026-01-01";

/*
 * The checks test/core/structure.test.ts runs for every area in test/helpers/areas.ts,
 * run here for the outreach area until the lead adds it there.
 */

/** Every outreach rule of the catalogue (rules.md), which must never be dropped. */
const CATALOGUE = [
  "outreach.target-group",
  "outreach.age-band",
  "outreach.prevalence",
  "outreach.voluntary",
  "outreach.pairs",
  "outreach.field-time",
  "outreach.staffing",
  "outreach.leadership",
  "outreach.qualifications",
  "outreach.diversity",
  "outreach.supervision",
  "outreach.structure",
  "outreach.material",
  "outreach.mandate",
  "outreach.documentation",
];

describe("the outreach area", () => {
  it("encodes every outreach rule of the catalogue, each once", () => {
    const ids = OUTREACH_RULES.map((r) => r.id);
    for (const id of CATALOGUE) expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("has exactly one version in force on every date from 2006-08-01 to 2100-12-31", () => {
    const first = OUTREACH_AREA.versions.map((v) => v.validFrom).sort()[0] ?? "";
    expect(first <= "2006-08-01").toBe(true);
    let bad = 0;
    for (let d = first; d <= "2100-12-31"; d = addDays(d, 1)) {
      if (versionsInForce(OUTREACH_AREA.versions, d).length !== 1) bad++;
    }
    expect(bad).toBe(0);
  });

  it("gives every parameter exactly one valid value on every date of every version", () => {
    // By intervals (the per-day walk of test/core takes seconds for fourteen parameters),
    // then checked against valueOn on every 61st day.
    for (const p of OUTREACH_AREA.parameters) {
      const values = p.values;
      for (let i = 1; i < values.length; i++) {
        const prev = values[i - 1];
        expect(prev?.to, p.id).toBeDefined();
        expect(addDays(prev?.to ?? "", 1), p.id).toBe(values[i]?.from);
      }
      for (const v of OUTREACH_AREA.versions) {
        expect((values[0]?.from ?? "9999") <= v.validFrom, p.id).toBe(true);
        const last = values[values.length - 1];
        expect(last?.to === undefined || (v.validTo !== null && v.validTo <= last.to), p.id).toBe(true);
        const end = v.validTo ?? "2100-12-31";
        for (let d = v.validFrom; d <= end; d = addDays(d, 61)) {
          const hits = values.filter((x) => x.from <= d && (x.to === undefined || d <= x.to));
          expect(hits.length, `${p.id} on ${d}`).toBe(1);
          expect(valueOn(p, d)).toBe(hits[0]);
        }
      }
      for (const v of values) expect(p.schema["~standard"].validate(v.value)).not.toHaveProperty("issues");
    }
  });

  it("gives every parameter a source, titles and an outreach id; the estimates are estimates", () => {
    for (const p of OUTREACH_PARAMETERS) {
      expect(p.id.startsWith("outreach."), p.id).toBe(true);
      expect(p.sources.length, p.id).toBeGreaterThan(0);
      expect(["recommendation", "estimate"]).toContain(p.strength);
      for (const l of ["nb", "nn", "en"] as const)
        expect(parameterWords(p.id, l).title.length, `${p.id} ${l}`).toBeGreaterThan(0);
    }
    const estimates = OUTREACH_PARAMETERS.filter((p) => p.strength === "estimate").map((p) => p.id);
    expect(estimates.sort()).toEqual(
      [
        "outreach.prevalence-per-10000",
        "outreach.risk-share-high",
        "outreach.risk-share-low",
        "outreach.very-vulnerable-fraction",
      ].sort(),
    );
    for (const id of estimates) {
      const p = OUTREACH_PARAMETERS.find((x) => x.id === id);
      expect(p?.sources.every((s) => s.ref === "losu-korus-veileder")).toBe(true);
    }
  });

  it("gives every rule a source, a summary in three languages, a non-statutory strength and only its own parameters", () => {
    const ids = new Set(OUTREACH_AREA.parameters.map((p) => p.id));
    for (const r of OUTREACH_RULES) {
      expect(r.area).toBe("outreach");
      expect(r.sources.length, r.id).toBeGreaterThan(0);
      // These are recommendations and estimates, never law.
      expect(["recommendation", "estimate"]).toContain(r.strength);
      for (const l of ["nb", "nn", "en"] as const) {
        expect(ruleWords(r.id, l).title.length).toBeGreaterThan(0);
        expect(ruleWords(r.id, l).summary.length).toBeGreaterThan(0);
      }
      for (const p of r.parameters) expect(ids.has(p.id), `${r.id} reads ${p.id}`).toBe(true);
    }
  });

  it("writes Nynorsk, not Bokmål copied: the catalogues differ wherever the text is more than names", () => {
    const nb = areaTexts("outreach", "nb").messages;
    const nn = areaTexts("outreach", "nn").messages;
    expect(Object.keys(nn).sort()).toEqual(Object.keys(nb).sort());
    expect(Object.keys(areaTexts("outreach", "en").messages).sort()).toEqual(Object.keys(nb).sort());
    for (const r of OUTREACH_RULES) expect(ruleWords(r.id, "nn").summary, r.id).not.toBe(ruleWords(r.id, "nb").summary);
  });
});

describe("outreach: input errors name the function called", () => {
  it.each([
    ["outreachAgeBand", () => outreachAgeBand({ bogus: 1 } as never, { asOf })],
    ["outreachDocumentation", () => outreachDocumentation({ bogus: 1 } as never, { asOf })],
    ["outreachPrevalence", () => outreachPrevalence({ bogus: 1 } as never, { asOf })],
    ["outreachStaffing", () => outreachStaffing({ bogus: 1 } as never, { asOf })],
    ["outreachVoluntaryFollowUp", () => outreachVoluntaryFollowUp({ bogus: 1 } as never, { asOf })],
  ])("%s", (name, f) => {
    expect(thrown(f).message.startsWith(`Invalid input to ${name}: `)).toBe(true);
  });
});

describe("outreach errors name the caller and say what is wrong", () => {
  it("names outreachFieldTimeShare and outreachPrepare in their messages", () => {
    expect(thrown(() => outreachFieldTimeShare({ fieldHours: -1, totalHours: 10 }, { asOf })).message).toMatch(
      /^Invalid input to outreachFieldTimeShare/,
    );
    expect(thrown(() => outreachPrepare({ asOf: "2026-02-30" })).message).toMatch(/^Invalid input to outreachPrepare/);
  });

  it("names the overridden end of the frame and the end it crossed", () => {
    const e = thrown(() =>
      outreachFieldTimeShare(
        { fieldHours: 12, totalHours: 37.5 },
        { asOf, parameters: { "outreach.field-time-min": 0.5 } },
      ),
    );
    expect(e.issues).toEqual([
      {
        path: "options.parameters.outreach.field-time-min",
        code: "parameters_out_of_order",
        message: "must be at most outreach.field-time-max: the two are out of order",
      },
    ]);
  });
});
