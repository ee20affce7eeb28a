import { describe, expect, it } from "vitest";
import { UngrettInputError } from "../../src/core/errors.js";
import { explain, type OtTargetGroupInput, otTargetGroup } from "../../src/index.js";
import { issuesOf } from "../helpers/errors.js";
import { TEXTS } from "../helpers/texts.js";

const idle = { hasYouthRight: true, inEducation: false, inWork: false } as const;

const OLD = "2023-09-01"; // ot-2006
const NEW = "2025-09-01"; // ot-2024
const RULE = "ot.target-group";
const ownFacts = (p: OtTargetGroupInput, asOf: string) =>
  Object.fromEntries(
    otTargetGroup(p, { asOf })
      .reasons.filter((r) => r.rule === RULE)
      .map((r) => [r.condition, r.facts]),
  );

describe("ot.target-group: the spec's worked examples", () => {
  it("born 2005, right, idle, 2026-04-15: in (new rules, covered through 2029-12-31)", () => {
    const d = otTargetGroup({ birthYear: 2005, ...idle }, { asOf: "2026-04-15" });
    expect(d.outcome).toBe("in-target-group");
    expect(d.version.id).toBe("ot-2024");
    expect(d.details.coveredThrough).toBe("2029-12-31");
    expect(d.needs).toEqual([]);
  });

  it("same person, old rules pinned, 2026-04-15: in (through 2026-12-31)", () => {
    const d = otTargetGroup({ birthYear: 2005, ...idle }, { asOf: "2026-04-15", version: "ot-2006" });
    expect(d.outcome).toBe("in-target-group");
    expect(d.version).toEqual({ id: "ot-2006", validFrom: "2006-08-01", validTo: "2024-07-31" });
    expect(d.details.coveredThrough).toBe("2026-12-31");
    expect(d.parameters).toContainEqual({
      id: "ot.upper-age",
      value: 21,
      from: "2006-08-01",
      to: "2024-07-31",
      overridden: false,
    });
  });

  it("same person, old rules pinned, 2027-01-02: not in", () => {
    const d = otTargetGroup({ birthYear: 2005, ...idle }, { asOf: "2027-01-02", version: "ot-2006" });
    expect(d.outcome).toBe("not-in-target-group");
    expect(d.reasons.find((r) => r.rule === "ot.age-limit")?.status).toBe("fails");
  });

  it("born 2001, 2024-07-01: not in (old limit ended 2022-12-31)", () => {
    const d = otTargetGroup({ birthYear: 2001, ...idle }, { asOf: "2024-07-01" });
    expect(d.outcome).toBe("not-in-target-group");
    expect(d.details.coveredThrough).toBe("2022-12-31");
    expect(d.version.id).toBe("ot-2006");
  });

  it("born 2001, 2024-09-01: in (new rules, through 2025-12-31)", () => {
    const d = otTargetGroup({ birthYear: 2001, ...idle }, { asOf: "2024-09-01" });
    expect(d.outcome).toBe("in-target-group");
    expect(d.details.coveredThrough).toBe("2025-12-31");
  });

  it("born 2007, not in education, work unknown: unknown, needs inWork", () => {
    const d = otTargetGroup({ birthYear: 2007, hasYouthRight: true, inEducation: false }, { asOf: "2025-10-01" });
    expect(d.outcome).toBe("unknown");
    expect(d.needs).toEqual(["inWork"]);
  });

  it("born 2007, in education, work unknown: not in (a definite failing condition decides)", () => {
    const d = otTargetGroup({ birthYear: 2007, inEducation: true }, { asOf: "2025-10-01" });
    expect(d.outcome).toBe("not-in-target-group");
    expect(d.needs).toEqual([]);
  });
});

describe("ot.target-group: boundaries", () => {
  it("2024-07-31 against 2024-08-01: a 22-year-old is out the day before and in again the day after", () => {
    const p = { birthYear: 2002, ...idle };
    expect(otTargetGroup(p, { asOf: "2024-07-31" }).outcome).toBe("not-in-target-group");
    expect(otTargetGroup(p, { asOf: "2024-08-01" }).outcome).toBe("in-target-group");
  });

  it("the last day of the year the person turns 24 is in, the next day out", () => {
    const p = { birthYear: 2001, ...idle };
    expect(otTargetGroup(p, { asOf: "2025-12-31" }).outcome).toBe("in-target-group");
    expect(otTargetGroup(p, { asOf: "2026-01-01" }).outcome).toBe("not-in-target-group");
  });

  it("the last day of the year the person turns 21 is in under the old rules, the next day out", () => {
    const p = { birthYear: 2000, ...idle };
    expect(otTargetGroup(p, { asOf: "2021-12-31" }).outcome).toBe("in-target-group");
    expect(otTargetGroup(p, { asOf: "2022-01-01" }).outcome).toBe("not-in-target-group");
  });

  it("the birthday itself does not matter: only the calendar year does", () => {
    const born = { birthDate: "2001-12-31", ...idle };
    expect(otTargetGroup(born, { asOf: "2025-12-31" }).outcome).toBe("in-target-group");
    const early = { birthDate: "2001-01-01", ...idle };
    expect(otTargetGroup(early, { asOf: "2025-12-31" }).outcome).toBe("in-target-group");
    expect(otTargetGroup(early, { asOf: "2026-01-01" }).outcome).toBe("not-in-target-group");
  });

  it("takes the year from a 29 February birth date", () => {
    const d = otTargetGroup({ birthDate: "2004-02-29", ...idle }, { asOf: "2028-12-31" });
    expect(d.outcome).toBe("in-target-group");
    expect(d.details.coveredThrough).toBe("2028-12-31");
  });

  it("covers someone born in the asOf year (no lower age in the statute)", () => {
    expect(otTargetGroup({ birthYear: 2025, ...idle }, { asOf: "2025-01-01" }).outcome).toBe("in-target-group");
  });
});

describe("ot.target-group: the youth right and lost right", () => {
  it("covers those who lost the right by expulsion under the old rules", () => {
    const d = otTargetGroup(
      { birthYear: 2003, hasYouthRight: false, lostRight: "expulsion", inEducation: false, inWork: false },
      { asOf: "2023-03-01" },
    );
    expect(d.outcome).toBe("in-target-group");
    expect(d.reasons.find((r) => r.condition === "lost-right")?.status).toBe("holds");
  });

  it("covers those who lost the right by contract termination before § 4-6 was repealed in 2017", () => {
    const d = otTargetGroup(
      { birthYear: 1997, hasYouthRight: false, lostRight: "contract-termination", inEducation: false, inWork: false },
      { asOf: "2016-03-01" },
    );
    expect(d.outcome).toBe("in-target-group");
    expect(d.reasons.find((r) => r.condition === "lost-right")?.status).toBe("holds");
  });

  it("counts contract termination through 2017-07-31 and not from 2017-08-01", () => {
    const p = {
      birthYear: 1998,
      hasYouthRight: false,
      lostRight: "contract-termination",
      inEducation: false,
      inWork: false,
    } as const;
    const before = otTargetGroup(p, { asOf: "2017-07-31" });
    expect(before.outcome).toBe("in-target-group");
    expect(before.reasons.find((r) => r.condition === "lost-right")?.facts).toEqual({
      lostRight: "contract-termination",
      grounds: ["expulsion", "contract-termination"],
    });
    const after = otTargetGroup(p, { asOf: "2017-08-01" });
    expect(after.outcome).toBe("not-in-target-group");
    expect(after.reasons.find((r) => r.condition === "lost-right")).toMatchObject({
      status: "fails",
      facts: { lostRight: "contract-termination", grounds: ["expulsion"] },
    });
    expect(after.parameters).toContainEqual({
      id: "ot.lost-right-grounds",
      value: ["expulsion"],
      from: "2017-08-01",
      to: "2024-07-31",
      overridden: false,
    });
    // Expulsion still counts the same day.
    expect(otTargetGroup({ ...p, lostRight: "expulsion" }, { asOf: "2017-08-01" }).outcome).toBe("in-target-group");
  });

  it("lets a caller override the grounds that count (contract termination again after 2017)", () => {
    const p = {
      birthYear: 2003,
      hasYouthRight: false,
      lostRight: "contract-termination",
      inEducation: false,
      inWork: false,
    } as const;
    const d = otTargetGroup(p, {
      asOf: "2023-03-01",
      parameters: { "ot.lost-right-grounds": ["expulsion", "contract-termination"] },
    });
    expect(d.outcome).toBe("in-target-group");
    expect(otTargetGroup(p, { asOf: "2023-03-01" }).outcome).toBe("not-in-target-group");
  });

  it("does not cover a lost right under the new rules", () => {
    const d = otTargetGroup(
      { birthYear: 2003, hasYouthRight: false, lostRight: "expulsion", inEducation: false, inWork: false },
      { asOf: "2024-09-01" },
    );
    expect(d.outcome).toBe("not-in-target-group");
    expect(d.reasons.map((r) => r.condition)).not.toContain("lost-right");
  });

  it("needs lostRight under the old rules when the right is absent and the loss unknown", () => {
    const d = otTargetGroup(
      { birthYear: 2003, hasYouthRight: false, inEducation: false, inWork: false },
      { asOf: "2023-03-01" },
    );
    expect(d.outcome).toBe("unknown");
    expect(d.needs).toEqual(["lostRight"]);
  });

  it("needs both limbs when neither is known under the old rules", () => {
    const d = otTargetGroup({ birthYear: 2003, inEducation: false, inWork: false }, { asOf: "2023-03-01" });
    expect(d.needs).toEqual(["hasYouthRight", "lostRight"]);
  });

  it("does not ask for the other limb once one limb decides", () => {
    const d = otTargetGroup({ birthYear: 2003, lostRight: "expulsion", inEducation: false }, { asOf: "2023-03-01" });
    expect(d.outcome).toBe("unknown");
    expect(d.needs).toEqual(["inWork"]);
  });

  it("is out without the right and with lostRight none", () => {
    const d = otTargetGroup(
      { birthYear: 2003, hasYouthRight: false, lostRight: "none", inEducation: false, inWork: false },
      { asOf: "2023-03-01" },
    );
    expect(d.outcome).toBe("not-in-target-group");
  });
});

describe("ot.target-group: unknown facts", () => {
  it("treats null like an absent fact", () => {
    const a = otTargetGroup(
      { birthYear: 2005, hasYouthRight: true, inEducation: false, inWork: null },
      { asOf: "2026-01-01" },
    );
    const b = otTargetGroup({ birthYear: 2005, hasYouthRight: true, inEducation: false }, { asOf: "2026-01-01" });
    expect(a.outcome).toBe("unknown");
    expect(a.outcome).toBe(b.outcome);
    expect(a.needs).toEqual(b.needs);
  });

  it("needs the birth year when it is unknown and the rest holds", () => {
    const d = otTargetGroup(idle, { asOf: "2026-01-01" });
    expect(d.outcome).toBe("unknown");
    expect(d.needs).toEqual(["birthYear"]);
    expect(d.details.coveredThrough).toBeNull();
  });

  it("decides on age alone when the person is past the limit", () => {
    const d = otTargetGroup({ birthYear: 1990 }, { asOf: "2026-01-01" });
    expect(d.outcome).toBe("not-in-target-group");
    expect(d.needs).toEqual([]);
  });

  it("lists every missing fact for an empty person", () => {
    const d = otTargetGroup({}, { asOf: "2026-01-01" });
    expect(d.outcome).toBe("unknown");
    expect(d.needs).toEqual(["hasYouthRight", "inEducation", "inWork", "birthYear"]);
  });
});

describe("ot.target-group: the facts each condition records", () => {
  it("records known facts as given", () => {
    expect(ownFacts({ birthYear: 2005, hasYouthRight: true, inEducation: true, inWork: true }, NEW)).toEqual({
      "youth-right": { hasYouthRight: true },
      "not-in-education": { inEducation: true },
      "not-in-work": { inWork: true },
    });
    expect(
      ownFacts({ birthYear: 2003, hasYouthRight: false, lostRight: "expulsion", inEducation: true, inWork: true }, OLD),
    ).toEqual({
      "youth-right": { hasYouthRight: false },
      "lost-right": { lostRight: "expulsion", grounds: ["expulsion"] },
      "not-in-education": { inEducation: true },
      "not-in-work": { inWork: true },
    });
  });

  it("records unknown facts as null", () => {
    expect(ownFacts({ birthYear: 2003 }, OLD)).toEqual({
      "youth-right": { hasYouthRight: null },
      "lost-right": { lostRight: null, grounds: ["expulsion"] },
      "not-in-education": { inEducation: null },
      "not-in-work": { inWork: null },
    });
  });

  it("under the old rules, does not look at a lost right when the youth right holds", () => {
    const d = otTargetGroup({ birthYear: 2003, hasYouthRight: true, inEducation: false, inWork: false }, { asOf: OLD });
    expect(d.outcome).toBe("in-target-group");
    expect(d.reasons.filter((r) => r.rule === RULE).map((r) => r.condition)).toEqual([
      "youth-right",
      "not-in-education",
      "not-in-work",
    ]);
  });

  it("names otTargetGroup in the input error", () => {
    const bad = () => otTargetGroup({ bogus: 1 } as unknown as OtTargetGroupInput, { asOf: NEW });
    expect(bad).toThrow(UngrettInputError);
    expect(bad).toThrow(/^Invalid input to otTargetGroup: /);
  });
});

describe("ot.target-group: parameters and versions", () => {
  it("lets a caller override the age limit per call (what if it were 21 again?)", () => {
    const p = { birthYear: 2003, ...idle };
    const opts = { asOf: "2025-06-01", parameters: { "ot.upper-age": 21 } } as const;
    const d = otTargetGroup(p, opts);
    expect(d.outcome).toBe("not-in-target-group");
    expect(d.parameters).toContainEqual({ id: "ot.upper-age", value: 21, from: null, to: null, overridden: true });
    // The override touched nothing global: the next call without it uses 24 again.
    expect(otTargetGroup(p, { asOf: "2025-06-01" }).outcome).toBe("in-target-group");
  });

  it("records the parameter values it read with their dates", () => {
    const d = otTargetGroup({ birthYear: 2005, ...idle }, { asOf: "2026-04-15" });
    expect(d.parameters).toEqual([{ id: "ot.upper-age", value: 24, from: "2024-08-01", to: null, overridden: false }]);
  });

  it("pins the new rules before they came into force", () => {
    const d = otTargetGroup({ birthYear: 2001, ...idle }, { asOf: "2024-07-01", version: "ot-2024" });
    expect(d.outcome).toBe("in-target-group");
    expect(d.version.id).toBe("ot-2024");
  });
});

describe("ot.target-group: bad input", () => {
  it("rejects an impossible asOf", () => {
    expect(issuesOf(() => otTargetGroup({}, { asOf: "2024-02-30" }))).toEqual([
      {
        path: "options.asOf",
        code: "invalid_date",
        message: "is not a calendar date (YYYY-MM-DD): there is no such day",
      },
    ]);
  });

  it("rejects an asOf before any version is in force", () => {
    const issues = issuesOf(() => otTargetGroup({}, { asOf: "2006-07-31" }));
    expect(issues[0]?.path).toBe("options.asOf");
    expect(issues[0]?.code).toBe("no_version_in_force");
  });

  it("rejects a birth after asOf", () => {
    expect(issuesOf(() => otTargetGroup({ birthDate: "2026-04-16" }, { asOf: "2026-04-15" }))[0]?.code).toBe(
      "after_as_of",
    );
    expect(issuesOf(() => otTargetGroup({ birthYear: 2027 }, { asOf: "2026-04-15" }))[0]?.path).toBe("birthYear");
  });

  it("rejects a birth year that contradicts the birth date", () => {
    expect(issuesOf(() => otTargetGroup({ birthYear: 2004, birthDate: "2005-01-01" }, { asOf: "2026-04-15" }))).toEqual(
      [
        {
          path: "birthYear",
          code: "contradicts_birth_date",
          message: "contradicts birthDate: it is not the year of the birth date",
        },
      ],
    );
  });

  it("names every bad field at once, in the input and the options", () => {
    const issues = issuesOf(() =>
      otTargetGroup(
        { birthYear: 2005.5, inWork: "no", inwork: false } as never,
        {
          asOf: "2026-04-15",
          version: "ot-1998",
        } as never,
      ),
    );
    expect(issues.map((i) => `${i.path}:${i.code}`).sort()).toEqual(
      ["birthYear:invalid_type", "inWork:invalid_type", "inwork:unknown_field", "options.version:invalid_value"].sort(),
    );
  });

  it("rejects an unknown or out-of-range parameter override", () => {
    const issues = issuesOf(() =>
      otTargetGroup({}, { asOf: "2026-04-15", parameters: { "ot.upper-age": 99, "ot.nope": 1 } }),
    );
    expect(issues.map((i) => `${i.path}:${i.code}`)).toEqual([
      "options.parameters.ot.upper-age:too_big",
      "options.parameters.ot.nope:unknown_parameter",
    ]);
  });

  it("rejects a missing options object and a non-object person", () => {
    expect(issuesOf(() => otTargetGroup({}, undefined as never))[0]?.path).toBe("options");
    expect(issuesOf(() => otTargetGroup(null as never, { asOf: "2026-01-01" }))[0]?.code).toBe("invalid_type");
  });
});

describe("ot.target-group: explanations", () => {
  const d = otTargetGroup({ birthYear: 2005, ...idle }, { asOf: "2026-04-15" });

  it("explains in Bokmål with the paragraph and the last covered day", () => {
    const text = explain(d, TEXTS.nb);
    expect(text).toContain("i målgruppen for oppfølgingstjenesten");
    expect(text).toContain("31. desember 2029");
    expect(text).toContain("opplæringslova 2023 § 9-4");
    expect(text).toContain("[lov;");
  });

  it("explains in Nynorsk and English", () => {
    expect(explain(d, TEXTS.nn)).toContain("i målgruppa for oppfølgingstenesta");
    expect(explain(d, TEXTS.en)).toContain("31 December 2029");
  });

  it("names the missing facts", () => {
    const u = otTargetGroup({ birthYear: 2007, hasYouthRight: true, inEducation: false }, { asOf: "2025-10-01" });
    expect(explain(u, TEXTS.nb)).toContain("Mangler opplysning om: om personen er i arbeid (inWork).");
  });

  it("says when a parameter was overridden", () => {
    const o = otTargetGroup({ birthYear: 2005, ...idle }, { asOf: "2026-04-15", parameters: { "ot.upper-age": 21 } });
    expect(explain(o, TEXTS.en)).toContain("= 21 (overridden in the call)");
  });
});
