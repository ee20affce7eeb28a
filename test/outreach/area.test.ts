import { describe, expect, it } from "vitest";
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

/* Versions and parameter values of every area, outreach's too, are checked in test/core/structure.test.ts. */

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
