import { describe, expect, it } from "vitest";
import { isExpectedError, optionsOf } from "../../src/conformance/compare.js";
import { VECTORS } from "../../src/conformance/index.js";
import type { Decision } from "../../src/core/decision.js";
import {
  consentGuardianDisclosure,
  explain,
  findFunction,
  navReactionTime,
  outreachStaffing,
} from "../../src/index.js";
import { TEXTS } from "../helpers/texts.js";

/**
 * Every vector's decision (the functions' own answers), and decisions under each value of
 * the parameters whose values are words, to explain in each language.
 */
const decisions: Decision[] = [
  ...VECTORS.filter((v) => !isExpectedError(v.expected)).flatMap((v) => {
    const f = findFunction(v.function);
    return f === undefined ? [] : [f.evaluate(v.input as never, optionsOf(v) as never) as Decision];
  }),
  ...(["must-inform", "may-inform"] as const).flatMap((reading) =>
    (["15th-birthday", "16th-birthday"] as const).map((from) =>
      consentGuardianDisclosure(
        { birthDate: "2010-09-01", information: "vital" },
        {
          asOf: "2026-01-10",
          parameters: { "consent.vital-information": reading, "consent.guardian-confidentiality-from": from },
        },
      ),
    ),
  ),
  ...(["exact", "whole-up"] as const).map((rounding) =>
    outreachStaffing(
      { population: 14_500 },
      { asOf: "2026-01-10", parameters: { "outreach.staffing-rounding": rounding } },
    ),
  ),
  ...(["calendar-days", "working-days", "norwegian-working-days"] as const).map((count) =>
    navReactionTime(
      { contactDate: "2026-03-02", responseDate: "2026-03-05" },
      { asOf: "2026-03-10", parameters: { "nav.reaction-day-count": count } },
    ),
  ),
];

/**
 * What an explanation may show in another language's words: quotes of the law («…», “…”),
 * the sources in brackets, ids (`ot.upper-age`, `ot-2006`) and input field names, which are
 * the library's vocabulary.
 */
const ownWords = (text: string): string =>
  text
    .replace(/«[^»]*»/g, " ")
    .replace(/“[^”]*”/g, " ")
    .replace(/\[[^\]]*\]$/gm, " ")
    .replace(/\([a-z]+(?:[.-][a-z0-9-]+)+[^)]*\)/g, " ")
    .replace(/\b[a-z]+(?:[.-][a-z0-9]+)+\b/g, " ")
    .replace(/`[^`]*`/g, " ");

/** Words that mark a language, none of which the others use. */
const MARKERS = {
  en: [" and ", " the ", " not ", " is ", " of ", " from ", " until ", " or "],
  no: [" og ", " ikke ", " ikkje ", " er ", " fra ", " frå ", " til ", " eller ", " å "],
} as const;

describe("no language leaks into another", () => {
  it(`explains all ${decisions.length} vector decisions in Bokmål and Nynorsk without English words`, () => {
    expect(decisions.length).toBeGreaterThan(400);
    for (const l of ["nb", "nn"] as const) {
      for (const d of decisions) {
        const text = ` ${ownWords(explain(d, TEXTS[l]))} `.replace(/\s+/g, " ");
        for (const w of MARKERS.en) expect(text, `${d.rule} ${l}: "${w}"`).not.toContain(w);
      }
    }
  });

  it(`explains all vector decisions in Nynorsk without Bokmål-only forms, and in Bokmål without Nynorsk-only ones`, () => {
    // Outside quotes of the law, which keep the source's own language.
    const only = {
      nn: [
        " ikke ",
        " hva ",
        " hvis ",
        " hvor ",
        " noen ",
        " bare ",
        " uten ",
        " mye ",
        " fra ",
        " ungdommen",
        " ungdommer",
        " ungdommar",
      ],
      nb: [
        " ikkje ",
        " kva ",
        " korleis ",
        " nokon ",
        " berre ",
        " utan ",
        " mykje ",
        " frå ",
        " ungdomen",
        " ungdomar",
        " eit ",
      ],
    } as const;
    for (const l of ["nb", "nn"] as const) {
      for (const d of decisions) {
        const text = ` ${ownWords(explain(d, TEXTS[l]))} `.replace(/\s+/g, " ").toLowerCase();
        for (const w of only[l]) expect(text, `${d.rule} ${l}: "${w}"`).not.toContain(w);
      }
    }
  });

  it(`explains all vector decisions in English without Norwegian words`, () => {
    for (const d of decisions) {
      const text = ` ${ownWords(explain(d, TEXTS.en))} `.replace(/\s+/g, " ");
      for (const w of MARKERS.no) expect(text, `${d.rule} en: "${w}"`).not.toContain(w);
    }
  });

  it("shows no parameter value as its code (`must-inform`, `15th-birthday`, `whole-up`) in any language", () => {
    const codes = new Set(
      Object.values(TEXTS.nb).flatMap((a) =>
        typeof a === "object" && a !== null && "values" in a
          ? Object.values(a.values as Record<string, Record<string, string>>).flatMap((v) => Object.keys(v))
          : [],
      ),
    );
    const hyphenated = [...codes].filter((c) => c.includes("-"));
    expect(hyphenated.length).toBeGreaterThan(5);
    for (const t of Object.values(TEXTS)) {
      for (const d of decisions) {
        const text = explain(d, t);
        for (const c of hyphenated)
          expect(text, `${d.rule} ${t.locale}: ${c}`).not.toMatch(new RegExp(`(?<![\\w.-])${c}(?![\\w-])`));
      }
    }
  });

  it("gives every word-valued parameter value a label in each language", () => {
    for (const t of Object.values(TEXTS)) {
      for (const area of ["ot", "consent", "outreach", "nav"] as const) {
        for (const [id, labels] of Object.entries(t[area]?.values ?? {})) {
          for (const [value, label] of Object.entries(labels)) {
            expect(label.length, `${t.locale} ${id}=${value}`).toBeGreaterThan(0);
            if (value.includes("-")) expect(label, `${t.locale} ${id}=${value}`).not.toBe(value);
          }
        }
      }
    }
  });
});
