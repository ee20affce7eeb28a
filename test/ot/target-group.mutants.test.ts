import { describe, expect, it } from "vitest";
import { UngrettInputError } from "../../src/core/errors.js";
import { type OtPerson, otTargetGroup } from "../../src/ot/index.js";

const OLD = "2023-09-01"; // ot-2006
const NEW = "2025-09-01"; // ot-2024
const RULE = "ot.target-group";
const ownFacts = (p: OtPerson, asOf: string) =>
  Object.fromEntries(
    otTargetGroup(p, { asOf })
      .reasons.filter((r) => r.rule === RULE)
      .map((r) => [r.condition, r.facts]),
  );

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
    const bad = () => otTargetGroup({ bogus: 1 } as unknown as OtPerson, { asOf: NEW });
    expect(bad).toThrow(UngrettInputError);
    expect(bad).toThrow(/^Invalid input to otTargetGroup: /);
  });
});
