import { describe, expect, it } from "vitest";
import type { RuleDef } from "../src/core/rule.js";
import { evaluatorsOf } from "../src/core/rule.js";
import { FUNCTIONS, findFunction } from "../src/functions.js";
import { RULES } from "../src/index.js";

/** Rules that name no function, for the check below to find. */
const computesNothing = (rule: RuleDef): boolean => evaluatorsOf(rule).length === 0;

/** The rules with an `evaluatedBy` whose functions are not in the registry, as `rule → function`. */
function unregistered(rules: readonly RuleDef[]): string[] {
  return rules.flatMap((r) =>
    evaluatorsOf(r)
      .filter((name) => findFunction(name)?.area !== r.area)
      .map((name) => `${r.id} → ${name}`),
  );
}

describe("the function registry", () => {
  it("registers every function a rule names in its evaluatedBy, in the rule's area", () => {
    expect(unregistered(RULES)).toEqual([]);
  });

  it("would notice a rule naming a function that is not registered", () => {
    const stray = { ...(RULES[0] as RuleDef), id: "ot.stray", evaluatedBy: "otStray" };
    expect(unregistered([...RULES, stray])).toEqual(["ot.stray → otStray"]);
  });

  it("takes each entry's name, area and rule id from a rule that names exactly that function", () => {
    for (const f of FUNCTIONS) {
      const rule = RULES.find((r) => r.id === f.rule);
      expect(rule, f.name).toBeDefined();
      expect(rule?.evaluatedBy, f.name).toBe(f.name);
      expect(rule?.area, f.name).toBe(f.area);
    }
  });

  it("names each function once", () => {
    const names = FUNCTIONS.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("lists every function some rule names and no other", () => {
    const named = new Set(RULES.flatMap((r) => evaluatorsOf(r)));
    expect(new Set(FUNCTIONS.map((f) => f.name))).toEqual(named);
    expect(RULES.filter(computesNothing).length).toBeGreaterThan(0);
  });

  it("finds a function by its name, and nothing for a name it does not know", () => {
    expect(findFunction("navAssessCloseFollowUp")?.rule).toBe("nav.close-follow-up");
    expect(findFunction("assessCloseFollowUp")).toBeUndefined();
  });

  it("prepares options that its own function accepts, naming the function in errors", () => {
    const f = findFunction("navCaseload");
    const prepared = f?.prepare({ asOf: "2026-03-02" });
    expect(f?.evaluate({ youthPerCounsellor: 60 } as never, prepared as never).outcome).toBe("intermediate");
    expect(() => f?.prepare({ asOf: "2026-02-30" })).toThrow(/^Invalid input to navCaseload/);
  });
});

describe("evaluatorsOf", () => {
  it("reads one name, several names, or none", () => {
    const base = RULES[0] as RuleDef;
    expect(evaluatorsOf({ ...base, evaluatedBy: "otTargetGroup" })).toEqual(["otTargetGroup"]);
    expect(evaluatorsOf({ ...base, evaluatedBy: ["consentToShare", "consentGuardianDisclosure"] })).toEqual([
      "consentToShare",
      "consentGuardianDisclosure",
    ]);
    const { evaluatedBy: _, ...none } = base;
    expect(evaluatorsOf(none)).toEqual([]);
  });
});
