import { describe, expect, it } from "vitest";
import { consentGuardianDisclosure, explain } from "../../src/consent/index.js";
import type { Decision } from "../../src/core/decision.js";
import type { Locale } from "../../src/core/types.js";
import { TEXTS } from "../helpers/texts.js";

const outcomeText = (d: Decision, l: Locale): string =>
  (explain(d, TEXTS[l]).split("\n")[0] ?? "").replace(/^.*?\): /, "");
const reasonTexts = (d: Decision, l: Locale): string[] =>
  explain(d, TEXTS[l])
    .split("\n")
    .filter((line) => line.startsWith("- "))
    .map((line) => line.slice(2).replace(/ \[[^\]]*\]$/, ""));

const MUST_INFORM = { asOf: "2025-06-01", parameters: { "consent.vital-information": "must-inform" } } as const;

describe("consent.guardian-confidentiality: the must-inform reading of vital information", () => {
  const d = consentGuardianDisclosure({ birthDate: "2009-05-01", information: "vital" }, MUST_INFORM);

  it("says the guardians must be informed until majority, naming the reading, in every locale", () => {
    expect(d.outcome).toBe("must-inform");
    expect(outcomeText(d, "nb")).toBe(
      "de foresatte må informeres: opplysningen er livsviktig, og de foresatte skal kunne utøve foreldreansvaret til ungdommen fyller 18 år (lesemåten «må informere» av consent.vital-information).",
    );
    expect(outcomeText(d, "nn")).toBe(
      "dei føresette må informerast: opplysninga er livsviktig, og dei føresette skal kunne utøve foreldreansvaret til ungdomen fyller 18 år (lesemåten «må informere» av consent.vital-information).",
    );
    expect(outcomeText(d, "en")).toBe(
      "the guardians must be informed: the information is vital, and the guardians must be able to exercise parental responsibility until the young person turns 18 (the “must inform” reading of consent.vital-information).",
    );
  });

  it("follows an overridden age of majority", () => {
    const older = consentGuardianDisclosure(
      { birthDate: "2009-05-01", information: "vital" },
      {
        ...MUST_INFORM,
        parameters: { ...MUST_INFORM.parameters, "consent.majority-age": 20 },
      },
    );
    expect(outcomeText(older, "en")).toContain("until the young person turns 20 (");
  });

  it("gives the reason for the duty and lists the override among the values used", () => {
    expect(reasonTexts(d, "en")).toContain(
      "Met: The information is vital: confidentiality towards the guardians does not cover vital information, and under the “must inform” reading the guardians must be informed.",
    );
    expect(reasonTexts(d, "en").at(-1)).toMatch(
      /^Met: The information is vital: forvaltningsloven § 13 b første ledd nr\. 7 \(danger to life or health\) allows sharing it with anyone and at any age, but only «så langt det er nødvendig for å unngå fare for liv eller helse»/,
    );
    expect(explain(d, TEXTS.en).split("\n").at(-1)).toContain(
      "Vital information to guardians: may or must = must inform (overridden in the call).",
    );
  });
});

describe("consent explanations of stored decisions", () => {
  it("shows a dash for a kind of information it has no title for", () => {
    // A decision stored by a version of the library that knows more kinds than this one.
    const d = consentGuardianDisclosure({ birthDate: "2009-05-01", information: "other" }, { asOf: "2025-06-01" });
    const stored: Decision = {
      ...d,
      reasons: d.reasons.map((r) =>
        r.facts.information === "other" ? { ...r, facts: { ...r.facts, information: "school-records" } } : r,
      ),
    };
    expect(reasonTexts(d, "en")).toContain(
      "Not met: The information is exempt from confidentiality (vital, or about whereabouts) – the information (other information) is neither vital nor about where the young person is staying, so the exemption from confidentiality does not apply.",
    );
    expect(reasonTexts(stored, "en")).toContain(
      "Not met: The information is exempt from confidentiality (vital, or about whereabouts) – the information (—) is neither vital nor about where the young person is staying, so the exemption from confidentiality does not apply.",
    );
  });
});
