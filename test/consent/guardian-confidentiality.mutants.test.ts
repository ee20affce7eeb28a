import { describe, expect, it } from "vitest";
import { guardianDisclosure } from "../../src/consent/guardian-confidentiality.js";
import type { GuardianDisclosureInput } from "../../src/consent/schemas.js";
import { UngrettInputError } from "../../src/core/errors.js";

const asOf = "2026-01-10";
// Ages on asOf: 12, 16, 19.
const AGE_12 = "2013-06-01";
const AGE_16 = "2009-06-01";
const AGE_19 = "2006-06-01";
const RULE = "consent.guardian-confidentiality";

const decide = (input: GuardianDisclosureInput, parameters?: Record<string, string | number>) =>
  guardianDisclosure(input, parameters === undefined ? { asOf } : { asOf, parameters });
const conditions = (input: GuardianDisclosureInput, parameters?: Record<string, string | number>) =>
  decide(input, parameters).reasons.map((r) => `${r.rule}/${r.condition}/${r.status}`);
const find = (input: GuardianDisclosureInput, condition: string) => {
  const r = decide(input).reasons.find((x) => x.condition === condition);
  if (r === undefined) throw new Error(`no reason ${condition}`);
  return r;
};

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
  it("names guardianDisclosure in the input error", () => {
    const bad = () => guardianDisclosure({ bogus: 1 } as unknown as GuardianDisclosureInput, { asOf });
    expect(bad).toThrow(UngrettInputError);
    expect(bad).toThrow(/^Invalid input to guardianDisclosure: /);
  });
});
