import { describe, expect, it } from "vitest";
import {
  CONSENT_GUARDIAN_CONFIDENTIALITY,
  CONSENT_INFORMATION_KINDS,
  type ConsentGuardianDisclosureInput,
  type ConsentGuardianDisclosureOutcome,
  type ConsentInformationKind,
  consentGuardianDisclosure,
  explain,
} from "../../src/consent/index.js";
import { UngrettInputError } from "../../src/core/errors.js";
import { ruleWords, TEXTS } from "../helpers/texts.js";

const born = "2010-09-01";

const asOf = "2026-01-10";
// Ages on asOf: 12, 16, 19.
const AGE_12 = "2013-06-01";
const AGE_16 = "2009-06-01";
const AGE_19 = "2006-06-01";
const RULE = "consent.guardian-confidentiality";

const decide = (input: ConsentGuardianDisclosureInput, parameters?: Record<string, string | number>) =>
  consentGuardianDisclosure(input, parameters === undefined ? { asOf } : { asOf, parameters });
const conditions = (input: ConsentGuardianDisclosureInput, parameters?: Record<string, string | number>) =>
  decide(input, parameters).reasons.map((r) => `${r.rule}/${r.condition}/${r.status}`);
const find = (input: ConsentGuardianDisclosureInput, condition: string) => {
  const r = decide(input).reasons.find((x) => x.condition === condition);
  if (r === undefined) throw new Error(`no reason ${condition}`);
  return r;
};

describe("consent.guardian-confidentiality: the spec's worked examples", () => {
  it("a party last weekend, 15 years old on 2026-01-10: confidential, a judgement if serious", () => {
    const d = consentGuardianDisclosure({ birthDate: born, information: "other" }, { asOf: "2026-01-10" });
    expect(d.outcome).toBe("confidential");
    expect(d.details).toEqual({
      age: 15,
      band: "until-majority",
      information: "other",
      confidentialityAge: 15,
      confidentialFrom: "2025-09-01",
      majorityAge: 18,
      majorityFrom: "2028-09-01",
      judgementIfSerious: true,
      otherLegalBasis: null,
    });
    expect(d.reasons.map((r) => `${r.rule}/${r.condition}/${r.status}`)).toEqual([
      "consent.guardian-confidentiality/confidentiality-age/holds",
      "consent.majority/of-age/fails",
      "consent.guardian-confidentiality/exempt-information/fails",
      "consent.guardian-confidentiality/serious/fails",
    ]);
  });

  it("where she is staying tonight, same day: may inform (whereabouts are exempt)", () => {
    const d = consentGuardianDisclosure({ birthDate: born, information: "whereabouts" }, { asOf: "2026-01-10" });
    expect(d.outcome).toBe("may-inform");
    expect(d.details.judgementIfSerious).toBe(false);
    expect(d.reasons.find((r) => r.condition === "exempt-information")?.status).toBe("holds");
  });
});

// Born 2010-09-01: the day before and on the 15th birthday, inside the band, and the day
// before and on the 18th birthday.
const DAYS = {
  "14, day before 15": "2025-08-31",
  "15th birthday": "2025-09-01",
  "15, day after": "2025-09-02",
  "17, day before 18": "2028-08-31",
  "18th birthday": "2028-09-01",
  "18, day after": "2028-09-02",
} as const;

const EXPECTED: Readonly<Record<ConsentInformationKind, readonly ConsentGuardianDisclosureOutcome[]>> = {
  //       14, 15th birthday, 15 + 1 day, 17, 18th birthday, 18 + 1 day
  // Vital information is never plainly confidential: from 18 forvaltningsloven § 13 b nr. 7.
  vital: ["may-inform", "may-inform", "may-inform", "may-inform", "may-inform", "may-inform"],
  whereabouts: ["may-inform", "may-inform", "may-inform", "may-inform", "confidential", "confidential"],
  serious: ["may-inform", "judgement-needed", "judgement-needed", "judgement-needed", "confidential", "confidential"],
  other: ["may-inform", "confidential", "confidential", "confidential", "confidential", "confidential"],
  agreed: ["may-inform", "may-inform", "may-inform", "may-inform", "may-inform", "may-inform"],
};

describe("consent.guardian-confidentiality: every kind of information at every age band", () => {
  const cases = (Object.keys(EXPECTED) as ConsentInformationKind[]).flatMap((kind) =>
    Object.entries(DAYS).map(([label, asOf], i) => [kind, label, asOf, EXPECTED[kind][i]] as const),
  );
  it.each(cases)("%s, %s (%s): %s", (information, _label, asOf, outcome) => {
    const d = consentGuardianDisclosure({ birthDate: born, information }, { asOf });
    expect(d.outcome).toBe(outcome);
    expect(d.needs).toEqual([]);
  });

  it("marks a judgement if serious only for other information between 15 and 18", () => {
    for (const [kind, label] of [
      ["other", "15th birthday"],
      ["other", "17, day before 18"],
    ] as const) {
      expect(
        consentGuardianDisclosure({ birthDate: born, information: kind }, { asOf: DAYS[label] }).details
          .judgementIfSerious,
      ).toBe(true);
    }
    expect(
      consentGuardianDisclosure({ birthDate: born, information: "other" }, { asOf: DAYS["18th birthday"] }).details
        .judgementIfSerious,
    ).toBe(false);
  });

  it("names the band", () => {
    const band = (asOf: string) =>
      consentGuardianDisclosure({ birthDate: born, information: "other" }, { asOf }).details.band;
    expect(band(DAYS["14, day before 15"])).toBe("before-confidentiality");
    expect(band(DAYS["15th birthday"])).toBe("until-majority");
    expect(band(DAYS["18th birthday"])).toBe("of-age");
  });
});

describe("consent.guardian-confidentiality: 29 February births", () => {
  const leap = "2008-02-29";
  it("confidentiality starts on 1 March in the common year of the 15th birthday", () => {
    expect(consentGuardianDisclosure({ birthDate: leap, information: "other" }, { asOf: "2023-02-28" }).outcome).toBe(
      "may-inform",
    );
    const on = consentGuardianDisclosure({ birthDate: leap, information: "other" }, { asOf: "2023-03-01" });
    expect(on.outcome).toBe("confidential");
    expect(on.details.confidentialFrom).toBe("2023-03-01");
  });

  it("majority comes on 1 March in the common year of the 18th birthday", () => {
    const before = consentGuardianDisclosure({ birthDate: leap, information: "serious" }, { asOf: "2026-02-28" });
    expect(before.outcome).toBe("judgement-needed");
    expect(before.details.majorityFrom).toBe("2026-03-01");
    expect(consentGuardianDisclosure({ birthDate: leap, information: "serious" }, { asOf: "2026-03-01" }).outcome).toBe(
      "confidential",
    );
  });
});

describe("consent.guardian-confidentiality: the readings", () => {
  const strict = { "consent.guardian-confidentiality-from": "16th-birthday" } as const;

  it("reads «over 15 år» from the 15th birthday by default, from the 16th when selected", () => {
    const on15 = { birthDate: born, information: "other" } as const;
    expect(consentGuardianDisclosure(on15, { asOf: "2025-09-01" }).outcome).toBe("confidential");
    const d = consentGuardianDisclosure(on15, { asOf: "2025-09-01", parameters: strict });
    expect(d.outcome).toBe("may-inform");
    expect(d.details.confidentialityAge).toBe(16);
    expect(d.details.confidentialFrom).toBe("2026-09-01");
    expect(consentGuardianDisclosure(on15, { asOf: "2026-08-31", parameters: strict }).outcome).toBe("may-inform");
    expect(consentGuardianDisclosure(on15, { asOf: "2026-09-01", parameters: strict }).outcome).toBe("confidential");
  });

  it("makes vital information a duty under 18 with the must-inform reading; from 18 it may be given (nr. 7)", () => {
    const parameters = { "consent.vital-information": "must-inform" } as const;
    const vital = { birthDate: born, information: "vital" } as const;
    expect(consentGuardianDisclosure(vital, { asOf: "2025-08-31", parameters }).outcome).toBe("must-inform");
    expect(consentGuardianDisclosure(vital, { asOf: "2026-01-10", parameters }).outcome).toBe("must-inform");
    expect(consentGuardianDisclosure(vital, { asOf: "2028-08-31", parameters }).outcome).toBe("must-inform");
    expect(consentGuardianDisclosure(vital, { asOf: "2028-09-01", parameters }).outcome).toBe("may-inform");
    expect(consentGuardianDisclosure(vital, { asOf: "2026-01-10" }).outcome).toBe("may-inform");
  });

  it("records the vital-information reading only when vital information under 18 is possible", () => {
    const ids = (information: ConsentInformationKind, asOf: string) =>
      consentGuardianDisclosure({ birthDate: born, information }, { asOf }).parameters.map((p) => p.id);
    expect(ids("vital", "2026-01-10")).toContain("consent.vital-information");
    expect(ids("other", "2026-01-10")).not.toContain("consent.vital-information");
    expect(ids("vital", "2030-01-10")).not.toContain("consent.vital-information");
  });
});

describe("consent.guardian-confidentiality: unknown facts", () => {
  it("decides without the kind of information when every kind gives the same answer (under 15)", () => {
    const d = consentGuardianDisclosure({ birthDate: born }, { asOf: "2024-01-10" });
    expect(d.outcome).toBe("may-inform");
    expect(d.needs).toEqual([]);
  });

  it("needs the kind of information under 15 when vital information must be given", () => {
    const d = consentGuardianDisclosure(
      { birthDate: born },
      { asOf: "2024-01-10", parameters: { "consent.vital-information": "must-inform" } },
    );
    expect(d.outcome).toBe("unknown");
    expect(d.needs).toEqual(["information"]);
  });

  it("needs the kind of information between 15 and 18, and from 18 (consent could still allow it)", () => {
    for (const asOf of ["2026-01-10", "2030-01-10"]) {
      const d = consentGuardianDisclosure({ birthDate: born }, { asOf });
      expect(d.outcome).toBe("unknown");
      expect(d.needs).toEqual(["information"]);
      expect(d.reasons.at(-1)).toMatchObject({ condition: "exempt-information", status: "unknown" });
    }
  });

  it("decides agreed information without the birth date", () => {
    const d = consentGuardianDisclosure({ information: "agreed" }, { asOf: "2026-01-10" });
    expect(d.outcome).toBe("may-inform");
    expect(d.needs).toEqual([]);
    expect(d.details.band).toBeNull();
  });

  it("decides vital information without the birth date: it may be given at every age", () => {
    const d = consentGuardianDisclosure({ information: "vital" }, { asOf: "2026-01-10" });
    expect(d.outcome).toBe("may-inform");
    expect(d.needs).toEqual([]);
    expect(d.details.otherLegalBasis).toBe("avert-danger");
  });

  it("needs the birth date for every other kind", () => {
    for (const information of ["whereabouts", "serious", "other"] as const) {
      const d = consentGuardianDisclosure({ information }, { asOf: "2026-01-10" });
      expect(d.outcome).toBe("unknown");
      expect(d.needs).toEqual(["birthDate"]);
    }
  });

  it("needs both when both are unknown", () => {
    expect(consentGuardianDisclosure({ birthDate: null, information: null }, { asOf: "2026-01-10" }).needs).toEqual([
      "birthDate",
      "information",
    ]);
  });
});

describe("consent.guardian-confidentiality: the age reasons", () => {
  it("fails both age conditions for a 12-year-old", () => {
    expect(find({ birthDate: AGE_12, information: "other" }, "confidentiality-age").status).toBe("fails");
    expect(find({ birthDate: AGE_12, information: "other" }, "of-age").status).toBe("fails");
  });

  it("holds the confidentiality age but not majority for a 16-year-old", () => {
    expect(find({ birthDate: AGE_16, information: "other" }, "confidentiality-age").status).toBe("holds");
    expect(find({ birthDate: AGE_16, information: "other" }, "of-age").status).toBe("fails");
  });

  it("asks for the birth date in both age reasons when it is unknown", () => {
    for (const c of ["confidentiality-age", "of-age"]) {
      const r = find({ information: "other" }, c);
      expect(r.status).toBe("unknown");
      expect(r.needs).toEqual(["birthDate"]);
    }
  });
});

describe("consent.guardian-confidentiality: vital information before the confidentiality age", () => {
  it("under the must-inform reading, only vital information must be given before 15", () => {
    const must = { "consent.vital-information": "must-inform" };
    expect(decide({ birthDate: AGE_12, information: "vital" }, must).outcome).toBe("must-inform");
    expect(decide({ birthDate: AGE_12, information: "other" }, must).outcome).toBe("may-inform");
    expect(decide({ birthDate: AGE_12, information: "whereabouts" }, must).outcome).toBe("may-inform");
  });

  it("explains vital information before 15, where the reading of vital information matters", () => {
    const r = find({ birthDate: AGE_12, information: "vital" }, "exempt-information");
    expect(r.rule).toBe(RULE);
    expect(r.status).toBe("holds");
    expect(r.facts).toEqual({ information: "vital", vitalReading: "may-inform" });
  });

  it("does not explain other kinds of information before 15, where they cannot differ", () => {
    for (const information of ["other", "whereabouts", "serious"] as const) {
      expect(conditions({ birthDate: AGE_12, information })).toEqual([
        `${RULE}/confidentiality-age/fails`,
        "consent.majority/of-age/fails",
      ]);
    }
  });

  it("neither asks for nor explains the kind of information before 15 when no kind would change the answer", () => {
    const d = decide({ birthDate: AGE_12 });
    expect(d.outcome).toBe("may-inform");
    expect(d.needs).toEqual([]);
    expect(d.reasons.map((r) => r.condition)).toEqual(["confidentiality-age", "of-age"]);
  });
});

describe("consent.guardian-confidentiality: the kind of information between 15 and 18", () => {
  it("holds the exemption for vital information and records the reading", () => {
    const r = find({ birthDate: AGE_16, information: "vital" }, "exempt-information");
    expect(r.status).toBe("holds");
    expect(r.facts).toEqual({ information: "vital", vitalReading: "may-inform" });
  });

  it("holds the exemption for whereabouts, recording no reading of vital information", () => {
    const r = find({ birthDate: AGE_16, information: "whereabouts" }, "exempt-information");
    expect(r.status).toBe("holds");
    expect(r.facts).toEqual({ information: "whereabouts", vitalReading: null });
  });

  it("asks for the kind of information when it is unknown", () => {
    const r = find({ birthDate: AGE_16 }, "exempt-information");
    expect(r.status).toBe("unknown");
    expect(r.needs).toEqual(["information"]);
    expect(r.facts).toEqual({ information: null, vitalReading: null });
  });
});

describe("consent.guardian-confidentiality: what the young person agreed to", () => {
  it("explains the agreement, and only it, at every age", () => {
    for (const birthDate of [AGE_12, AGE_16, AGE_19]) {
      const d = decide({ birthDate, information: "agreed" });
      expect(d.outcome).toBe("may-inform");
      const extra = d.reasons.filter((r) => r.rule === RULE && r.condition !== "confidentiality-age");
      expect(extra.map((r) => [r.condition, r.status, r.facts])).toEqual([
        ["agreed-with-youth", "holds", { information: "agreed" }],
      ]);
    }
  });
});

describe("consent.guardian-confidentiality: bad input", () => {
  it("rejects an asOf before the birth date, and an unknown kind", () => {
    try {
      consentGuardianDisclosure({ birthDate: born, information: "gossip" } as never, { asOf: "2026-01-10" });
      throw new Error("expected an input error");
    } catch (e) {
      expect(e).toBeInstanceOf(UngrettInputError);
      expect((e as UngrettInputError).issues[0]).toMatchObject({ path: "information", code: "invalid_value" });
    }
    expect(() => consentGuardianDisclosure({ birthDate: born, information: "other" }, { asOf: "2010-08-31" })).toThrow(
      /birthDate: is after asOf: nobody can be assessed before they are born$/,
    );
  });

  it("rejects an unknown reading", () => {
    expect(() =>
      consentGuardianDisclosure(
        { birthDate: born },
        { asOf: "2026-01-10", parameters: { "consent.guardian-confidentiality-from": "15" } },
      ),
    ).toThrow(UngrettInputError);
  });

  it("names consentGuardianDisclosure in the input error", () => {
    const bad = () => consentGuardianDisclosure({ bogus: 1 } as unknown as ConsentGuardianDisclosureInput, { asOf });
    expect(bad).toThrow(UngrettInputError);
    expect(bad).toThrow(/^Invalid input to consentGuardianDisclosure: /);
  });
});

describe("consent.guardian-confidentiality: sources and explanations", () => {
  it("gives every kind of information a source", () => {
    for (const k of Object.values(CONSENT_INFORMATION_KINDS)) expect(k.source.ref.length).toBeGreaterThan(0);
  });

  it("quotes «over 15 år» and names the parameter that selects the other reading", () => {
    expect(CONSENT_GUARDIAN_CONFIDENTIALITY.sources[0]?.locator).toContain("over 15 år");
    expect(ruleWords(CONSENT_GUARDIAN_CONFIDENTIALITY.id, "en").interpretation).toContain(
      "consent.guardian-confidentiality-from",
    );
  });

  it("explains the weighing of serious information", () => {
    const d = consentGuardianDisclosure({ birthDate: born, information: "serious" }, { asOf: "2026-01-10" });
    expect(explain(d, TEXTS.nb)).toContain("Det som veies, er de foresattes mulighet til å utøve foreldreansvaret");
    expect(explain(d, TEXTS.nn)).toContain(
      "Det som blir vege, er høvet dei føresette har til å utøve foreldreansvaret",
    );
    expect(explain(d, TEXTS.en)).toContain(
      "What is weighed is the guardians' ability to exercise parental responsibility",
    );
  });

  it("explains the worked example in Bokmål", () => {
    const d = consentGuardianDisclosure({ birthDate: born, information: "other" }, { asOf: "2026-01-10" });
    const text = explain(d, TEXTS.nb);
    expect(text).toContain(
      "taushetsplikt overfor de foresatte. Er opplysningen alvorlig, trengs en skjønnsmessig vurdering",
    );
    expect(text).toContain("«over 15 år» lest fra 15-årsdagen");
    expect(text).toContain("1. september 2028");
  });
});
