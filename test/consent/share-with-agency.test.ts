import { describe, expect, it } from "vitest";
import { consentToShare, explain } from "../../src/consent/index.js";
import { issuesOf } from "../helpers/errors.js";
import { TEXTS } from "../helpers/texts.js";

const named = { identifiable: true, dutyToReport: false, otherLegalBasis: "none" } as const;

describe("consent.share-with-agency: the spec's worked examples", () => {
  it("born 2010-09-01, identifiable, 2026-08-31: the guardians consent (15 years old)", () => {
    const d = consentToShare({ birthDate: "2010-09-01", ...named }, { asOf: "2026-08-31" });
    expect(d.outcome).toBe("guardians");
    expect(d.details).toEqual({
      age: 15,
      consentAge: 16,
      youthConsentsFrom: "2026-09-01",
      consentBy: "guardians",
      exemption: null,
      legalBasis: null,
      limit: null,
    });
    expect(d.needs).toEqual([]);
    expect(d.rule).toBe("consent.share-with-agency");
    expect(d.version.id).toBe("consent-2006");
  });

  it("same person on 2026-09-01, the 16th birthday: the young person consents", () => {
    const d = consentToShare({ birthDate: "2010-09-01", ...named }, { asOf: "2026-09-01" });
    expect(d.outcome).toBe("youth");
    expect(d.details.age).toBe(16);
    expect(d.reasons.find((r) => r.condition === "youth-consents")?.status).toBe("holds");
  });
});

describe("consent.share-with-agency: the 16th birthday", () => {
  it.each([
    ["2026-08-31", "guardians"],
    ["2026-09-01", "youth"],
    ["2026-09-02", "youth"],
    ["2028-09-01", "youth"],
    ["2040-01-01", "youth"],
  ] as const)("born 2010-09-01, on %s: %s", (asOf, outcome) => {
    expect(consentToShare({ birthDate: "2010-09-01", ...named }, { asOf }).outcome).toBe(outcome);
  });

  it("a 29 February birth turns 16 on 29 February in a leap year", () => {
    const p = { birthDate: "2008-02-29", ...named };
    expect(consentToShare(p, { asOf: "2024-02-28" }).outcome).toBe("guardians");
    const on = consentToShare(p, { asOf: "2024-02-29" });
    expect(on.outcome).toBe("youth");
    expect(on.details.youthConsentsFrom).toBe("2024-02-29");
  });

  it("a 29 February birth turns 16 on 1 March when that year is common (2100)", () => {
    const p = { birthDate: "2084-02-29", ...named };
    const before = consentToShare(p, { asOf: "2100-02-28" });
    expect(before.outcome).toBe("guardians");
    expect(before.details.youthConsentsFrom).toBe("2100-03-01");
    expect(consentToShare(p, { asOf: "2100-03-01" }).outcome).toBe("youth");
  });

  it("the guardians consent for a newborn", () => {
    expect(consentToShare({ birthDate: "2026-01-10", ...named }, { asOf: "2026-01-10" }).outcome).toBe("guardians");
  });
});

describe("consent.share-with-agency: unknown facts", () => {
  it("needs the birth date when consent is needed and the age is unknown", () => {
    const d = consentToShare(named, { asOf: "2026-01-10" });
    expect(d.outcome).toBe("unknown");
    expect(d.needs).toEqual(["birthDate"]);
    expect(d.details.youthConsentsFrom).toBeNull();
  });

  it("needs dutyToReport when it could still make consent unnecessary", () => {
    const d = consentToShare(
      { birthDate: "2010-09-01", identifiable: true, otherLegalBasis: "none" },
      { asOf: "2026-01-10" },
    );
    expect(d.outcome).toBe("unknown");
    expect(d.needs).toEqual(["dutyToReport"]);
  });

  it("needs identifiable when the case may be anonymous", () => {
    const d = consentToShare(
      { birthDate: "2010-09-01", dutyToReport: false, otherLegalBasis: "none" },
      { asOf: "2026-01-10" },
    );
    expect(d.outcome).toBe("unknown");
    expect(d.needs).toEqual(["identifiable"]);
  });

  it("lists every missing fact for an empty input, in the order they are weighed", () => {
    const d = consentToShare({}, { asOf: "2026-01-10" });
    expect(d.outcome).toBe("unknown");
    expect(d.needs).toEqual(["identifiable", "dutyToReport", "otherLegalBasis", "birthDate"]);
  });

  it("treats null like an absent fact", () => {
    const a = consentToShare(
      { birthDate: null, identifiable: null, dutyToReport: null, otherLegalBasis: null },
      { asOf: "2026-01-10" },
    );
    const b = consentToShare({}, { asOf: "2026-01-10" });
    expect(a).toEqual(b);
  });

  it("does not need the birth date once consent is not needed", () => {
    const d = consentToShare({ identifiable: false }, { asOf: "2026-01-10" });
    expect(d.outcome).toBe("not-needed");
    expect(d.needs).toEqual([]);
    expect(d.reasons.map((r) => r.condition)).not.toContain("youth-consents");
  });
});

describe("consent.share-with-agency: parameters", () => {
  it("lets a local mandate set another consent age for one call only", () => {
    const p = { birthDate: "2010-09-01", ...named };
    const d = consentToShare(p, { asOf: "2026-01-10", parameters: { "consent.share-consent-age": 15 } });
    expect(d.outcome).toBe("youth");
    expect(d.details.youthConsentsFrom).toBe("2025-09-01");
    expect(d.parameters).toEqual([
      { id: "consent.share-consent-age", value: 15, from: null, to: null, overridden: true },
    ]);
    expect(consentToShare(p, { asOf: "2026-01-10" }).outcome).toBe("guardians");
  });

  it("records the consent age it read, with its dates", () => {
    const d = consentToShare({ birthDate: "2010-09-01", ...named }, { asOf: "2026-01-10" });
    expect(d.parameters).toEqual([
      { id: "consent.share-consent-age", value: 16, from: "2006-08-01", to: null, overridden: false },
    ]);
  });
});

describe("consent.share-with-agency: bad input", () => {
  it("rejects an asOf before the birth date", () => {
    expect(issuesOf(() => consentToShare({ birthDate: "2026-01-11", ...named }, { asOf: "2026-01-10" }))).toEqual([
      {
        path: "birthDate",
        code: "after_as_of",
        message: "is after asOf: nobody can be assessed before they are born",
      },
    ]);
  });

  it("names every bad field at once", () => {
    const issues = issuesOf(() =>
      consentToShare({ birthDate: "2010-02-30", identifiable: "yes", dutytoreport: true } as never, {
        asOf: "2026-13-01",
      }),
    );
    expect(issues.map((i) => `${i.path}:${i.code}`).sort()).toEqual(
      [
        "birthDate:invalid_date",
        "dutytoreport:unknown_field",
        "identifiable:invalid_type",
        "options.asOf:invalid_date",
      ].sort(),
    );
  });

  it("rejects an asOf before the first version and an unknown parameter", () => {
    expect(issuesOf(() => consentToShare(named, { asOf: "2006-07-31" }))[0]?.code).toBe("no_version_in_force");
    expect(
      issuesOf(() => consentToShare(named, { asOf: "2026-01-10", parameters: { "consent.share-consent-age": 99 } }))[0]
        ?.code,
    ).toBe("too_big");
  });
});

describe("consent.share-with-agency: explanations", () => {
  it("says who consents, from when, and refers to documentation matching consent", () => {
    const g = consentToShare({ birthDate: "2010-09-01", ...named }, { asOf: "2026-08-31" });
    const nb = explain(g, TEXTS.nb);
    expect(nb).toContain("de foresatte må samtykke");
    expect(nb).toContain("fra 1. september 2026 (16 år) samtykker ungdommen selv");
    expect(nb).toContain("outreach.documentation");
    expect(explain(g, TEXTS.nn)).toContain("dei føresette må samtykkje");
    expect(explain(g, TEXTS.en)).toContain("from 1 September 2026 (age 16) the young person consents");
  });

  it("names the missing facts", () => {
    const d = consentToShare({ identifiable: true, otherLegalBasis: "none" }, { asOf: "2026-01-10" });
    expect(explain(d, TEXTS.nb)).toContain(
      "Mangler opplysning om: om opplysningsplikten til barnevernet er utløst (dutyToReport) og fødselsdato (birthDate).",
    );
  });
});
