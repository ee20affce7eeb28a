import { describe, expect, it } from "vitest";
import { explain as consentExplain, consentToShare } from "../../src/consent/index.js";
import type { Decision } from "../../src/core/decision.js";
import { UngrettInputError } from "../../src/core/errors.js";
import { createExplain } from "../../src/core/explain.js";
import { type AreaTexts, defineTexts, type Texts } from "../../src/core/texts.js";
import type { Json, Locale } from "../../src/core/types.js";
import { explain as explainAll, navInclusionApproach, outreachVoluntaryFollowUp } from "../../src/index.js";
import { explain, OT_TARGET_GROUP, otTargetGroup } from "../../src/ot/index.js";
import { TEXTS } from "../helpers/texts.js";

const idle = { hasYouthRight: true, inEducation: false, inWork: false } as const;
const decision = otTargetGroup({ birthYear: 2005, ...idle }, { asOf: "2026-04-15" });

/** The error `f` throws, which must be the library's input error. */
const inputError = (f: () => unknown): UngrettInputError => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(UngrettInputError);
    return e as UngrettInputError;
  }
  throw new Error("expected an input error");
};

describe("explain: what it refuses", () => {
  it("rejects texts that are not a language's texts, and a code other than the default's, saying how to import them", () => {
    for (const bad of ["de", "nn", "en", null, 42, {}, { ...TEXTS.nn }, { locale: "nn", core: TEXTS.nn.core }]) {
      const e = inputError(() => explain(decision, bad as Locale));
      expect(e.issues).toEqual([
        {
          path: "texts",
          code: "invalid_value",
          message:
            'must be a language\'s texts, imported like date-fns locales (import { nn } from "ungrett/locale/nn") or made by defineTexts, or "nb", the language this explain carries',
        },
      ]);
      expect(e.message).toMatch(/^Invalid input to explain: /);
    }
  });

  it("speaks Bokmål by default, and takes its code", () => {
    expect(explain(decision)).toBe(explain(decision, TEXTS.nb));
    expect(explain(decision)).toBe(explain(decision, TEXTS.nb));
    expect(explain(decision)).toContain("Målgruppen for oppfølgingstjenesten (ot.target-group)");
  });

  it("rejects a decision of a rule it has no texts for, pointing to the texts of every area", () => {
    const other = consentToShare({ birthDate: "2008-01-01" }, { asOf: "2025-01-01" });
    const e = inputError(() => explain(other));
    expect(e.issues[0]).toMatchObject({ path: "decision.rule", code: "unknown_rule" });
    expect(e.issues[0]?.message).toBe(
      'is not a rule these texts know, got a string of 25 characters (import explain from "ungrett", or the texts of every area from "ungrett/locale/nb")',
    );
    // Given every area's texts, the OT explain explains a consent decision as the root one does.
    expect(explain(other, TEXTS.en)).toBe(explainAll(other, TEXTS.en));
    expect(e.message).toMatch(/^Invalid input to explain: decision\.rule: /);
  });

  it("rejects something that is not a decision with an input error naming what is wrong, not a crash", () => {
    expect(inputError(() => explain(null as never)).issues).toEqual([
      { path: "decision", code: "invalid_type", message: "must be an object, got null" },
    ]);
    const empty = inputError(() => explain({} as never)).issues;
    expect(empty.map((i) => `${i.path}:${i.code}`)).toEqual([
      "decision.format:invalid_value",
      "decision.library:required",
      "decision.rule:required",
      "decision.outcome:not_json",
      "decision.needs:required",
      "decision.reasons:required",
      "decision.version:required",
      "decision.asOf:required",
      "decision.parameters:required",
      "decision.details:not_json",
    ]);
  });
});

describe("explain: decisions it has only part of the texts for", () => {
  // A decision stored by another version of the library may name things this one has no text for.
  const stored = (changes: Partial<Decision>): Decision => ({ ...JSON.parse(JSON.stringify(decision)), ...changes });

  it("explains in Bokmål by default, and a stored copy exactly like the original", () => {
    expect(explain(decision)).toBe(explain(decision, TEXTS.nb));
    expect(explain(stored({}), TEXTS.en)).toBe(explain(decision, TEXTS.en));
  });

  it("shows an outcome without a text as it is", () => {
    const text = explain(stored({ outcome: "provisionally-in" }), TEXTS.en);
    expect(text.split("\n")[0]).toBe("Target group of the follow-up service (ot.target-group): provisionally-in");
  });

  it("shows the id of a version it does not know, with its start date", () => {
    const text = explain(stored({ version: { id: "ot-2030", validFrom: "2030-08-01", validTo: null } }), TEXTS.en);
    expect(text.split("\n")[1]).toBe("Assessed as of 15 April 2026 under ot-2030 (in force from 1 August 2030).");
  });

  it("says so for a reason without a text, keeping its status, strength and sources", () => {
    const [first] = decision.reasons;
    if (first === undefined) throw new Error("no reason");
    const reasons = [{ ...first, condition: "resident-in-county" }];
    const lines = (l: Locale) => explain(stored({ reasons }), TEXTS[l]).split("\n");
    expect(lines("en")).toContain(
      "- Met: ot.target-group resident-in-county: (no text for this reason) [statute; opplæringslova (2023) § 5-1 (unverified); opplæringslova (2023) § 9-4]",
    );
    expect(lines("nb")).toContain(
      "- Oppfylt: ot.target-group resident-in-county: (ingen tekst for denne begrunnelsen) [lov; opplæringslova (2023) § 5-1 (ikke kontrollert); opplæringslova (2023) § 9-4]",
    );
    expect(lines("nn")).toContain(
      "- Oppfylt: ot.target-group resident-in-county: (ingen tekst for denne grunngivinga) [lov; opplæringslova (2023) § 5-1 (ikkje kontrollert); opplæringslova (2023) § 9-4]",
    );
  });

  it("labels the facts it knows and names the others as they are", () => {
    const text = explain(stored({ needs: ["inWork", "schoolName"] }), TEXTS.en);
    expect(text).toContain("Missing facts: whether in work (inWork) and schoolName.");
  });

  it("shows a parameter it does not know by its id, and no date for a value without one", () => {
    const parameters = [
      {
        id: "ot.max-caseload",
        value: 30,
        from: null,
        to: null,
        overridden: false,
      },
    ];
    expect(explain(stored({ parameters }), TEXTS.en).split("\n").at(-1)).toBe("Values used: ot.max-caseload = 30.");
  });

  it("marks overridden values and dates the others, in each locale", () => {
    const parameters = [
      { id: "ot.upper-age", value: 21, from: null, to: null, overridden: true },
      {
        id: "ot.notify-max-days",
        value: 7,
        from: "2006-08-01",
        to: null,
        overridden: false,
      },
    ];
    const last = (l: Locale) => explain(stored({ parameters }), TEXTS[l]).split("\n").at(-1);
    expect(last("en")).toBe(
      "Values used: Upper age limit of the follow-up service = 21 (overridden in the call); Days allowed to notify OT when a pupil quits = 7 (from 1 August 2006).",
    );
    expect(last("nn")).toBe(
      "Verdiar brukte: Øvre aldersgrense for oppfølgingstenesta = 21 (overstyrt i kallet); Frist for å varsle OT når ein elev sluttar (dagar) = 7 (frå 1. august 2006).",
    );
  });

  it("leaves out the sections a decision has nothing for", () => {
    const full = explain(stored({ needs: ["inWork"] }), TEXTS.en).split("\n");
    expect(full[2]).toBe("Reasons:");
    expect(full.filter((l) => /^(Reasons:|Missing facts: |Values used: )/.test(l))).toHaveLength(3);
    const text = explain(stored({ reasons: [], needs: [], parameters: [] }), TEXTS.en);
    expect(text.split("\n")).toHaveLength(2);
    expect(text).not.toMatch(/Reasons|Missing facts|Values used/);
  });

  it("explains the outcome from the outcome alone when the details are not an object", () => {
    const d = outreachVoluntaryFollowUp({ agreed: true }, { asOf: "2026-01-01" });
    expect(d.details).toBeNull();
    expect(explainAll({ ...d, details: "free text" as Json }, TEXTS.en)).toBe(explainAll(d, TEXTS.en));
  });
});

describe("createExplain: an outcome or value without a text is written in the language's words", () => {
  const rule = OT_TARGET_GROUP;
  const title = (l: Locale) => TEXTS[l].ot?.rules[rule.id]?.title;
  const bare = (l: Locale): Texts => defineTexts({ ...TEXTS[l], ot: { ...(TEXTS[l].ot as AreaTexts), messages: {} } });
  const explainBare = createExplain(bare("nb"));
  const made = (outcome: Json, value: Json): Decision => ({
    ...decision,
    outcome,
    reasons: [],
    needs: [],
    parameters: [{ id: "ot.upper-age", value, from: null, to: null, overridden: true }],
  });
  const lines = (d: Decision, l: Locale) => explainBare(d, bare(l)).split("\n");

  it("formats a date and a number", () => {
    expect(lines(made("2029-12-31", 1234.5), "nb")[0]).toBe(`${title("nb")} (${rule.id}): 31. desember 2029`);
    expect(lines(made(1234.5, "2029-12-31"), "en")).toEqual([
      `${title("en")} (${rule.id}): 1,234.5`,
      "Assessed as of 15 April 2026 under the Education Act 2023 § 9-4 and regulation § 8-3 (in force from 1 August 2024).",
      "Values used: Upper age limit of the follow-up service = 31 December 2029 (overridden in the call).",
    ]);
  });

  it("keeps up to four decimals of a value", () => {
    expect(lines(made(null, 0.123456), "nb").at(-1)).toBe(
      "Verdier brukt: Øvre aldersgrense for oppfølgingstjenesten = 0,1235 (overstyrt i kallet).",
    );
  });

  it("writes yes and no for a flag, a list of words as a list, and other values as JSON", () => {
    expect(lines(made(["a", "b"], true), "en")[0]).toBe(`${title("en")} (${rule.id}): a and b`);
    expect(lines(made([], true), "nb").at(-1)).toBe(
      "Verdier brukt: Øvre aldersgrense for oppfølgingstjenesten = ja (overstyrt i kallet).",
    );
    expect(lines(made([1], false), "en")[0]).toBe(`${title("en")} (${rule.id}): [1]`);
    expect(lines(made(null, false), "nn").at(-1)).toBe(
      "Verdiar brukte: Øvre aldersgrense for oppfølgingstenesta = nei (overstyrt i kallet).",
    );
    expect(lines(made(null, { a: 1 }), "en").at(-1)).toBe(
      'Values used: Upper age limit of the follow-up service = {"a":1} (overridden in the call).',
    );
  });

  it("looks a text up in the area of the rule that gives it", () => {
    expect(createExplain(bare("nb"))(decision, TEXTS.en)).toBe(explain(decision, TEXTS.en));
  });
});

describe("explain: the bracket after each reason", () => {
  // Explained inside each test, so that mutation testing sees which test reads which line.
  const explained = () =>
    consentExplain(
      consentToShare({ birthDate: "2008-05-01", identifiable: true }, { asOf: "2026-04-15" }),
      TEXTS.en,
    ).split("\n");

  it("gives the strength with the rule's note on it, when the rule has one", () => {
    const lines = explained();
    const own = lines.find((l) => l.includes("consents themselves"));
    expect(own).toMatch(/\[recommendation \(the LOSU guide's rule; no statute sets its ages for these services\); /);
  });

  it("lists every source once, separated by semicolons", () => {
    const lines = explained();
    const report = lines.find((l) => l.includes("not known whether the duty to report"));
    expect(report).toMatch(
      /\[statute; barnevernloven \(1992\) § 6-4; barnevernsloven \(2021\) § 13-2; LOSU og KoRus-Oslo, «Oppsøkende sosialt ungdomsarbeid – Kommunal veileder» \(udatert\)\]$/,
    );
    expect(lines.filter((l) => l.startsWith("- ")).every((l) => !/; ;|\[;/.test(l))).toBe(true);
  });
});

describe("explain on a fact gone missing where a message starts its sentence with it", () => {
  it("is an input error on the reason's facts, not a sentence starting «undefined»", () => {
    const d = navInclusionApproach({ model: "maturation" }, { asOf: "2026-03-02" });
    const stored = JSON.parse(JSON.stringify(d)) as { reasons: { facts: Record<string, unknown> }[] };
    delete stored.reasons[0]?.facts.model;
    let caught: unknown;
    try {
      explainAll(stored as never);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(UngrettInputError);
    expect((caught as UngrettInputError).issues[0]).toMatchObject({
      path: "decision.reasons[0].facts",
      code: "facts_mismatch",
    });
  });
});
