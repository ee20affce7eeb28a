import { existsSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluatorsOf } from "../src/core/rule.js";
import { RULES } from "../src/index.js";

/*
 * Where tests live (docs/architecture.md): a rule's tests in test/<area>/<rule>.test.ts,
 * named by its id, for every rule a function evaluates. A rule that computes nothing has
 * no behaviour of its own; its object (sources, texts, parameters) is checked with its
 * area, in test/<area>/area.test.ts. Shared test code lives in test/helpers/ only.
 */

const at = (path: string): URL => new URL(path, import.meta.url);

/** test/ot/target-group.test.ts for `ot.target-group`. */
const testFileOf = (id: string): string => {
  const dot = id.indexOf(".");
  return `${id.slice(0, dot)}/${id.slice(dot + 1)}.test.ts`;
};

describe("tests by subject", () => {
  it("names a rule's test file after its id", () => {
    expect(testFileOf("ot.target-group")).toBe("ot/target-group.test.ts");
    expect(testFileOf("consent.other-legal-basis")).toBe("consent/other-legal-basis.test.ts");
  });

  it("gives every rule a function evaluates its own test file", () => {
    const evaluated = RULES.filter((r) => evaluatorsOf(r).length > 0);
    expect(evaluated.length).toBeGreaterThan(30);
    expect(evaluated.map((r) => testFileOf(r.id)).filter((f) => !existsSync(at(f)))).toEqual([]);
  });

  it("checks the rules that compute nothing with their area", () => {
    const areas = new Set(RULES.filter((r) => evaluatorsOf(r).length === 0).map((r) => r.area));
    expect([...areas].filter((a) => !existsSync(at(`${a}/area.test.ts`)))).toEqual([]);
  });

  it("keeps shared test code in test/helpers/, not beside the tests", () => {
    const stray = ["ot", "consent", "outreach", "nav", "core", "conformance"].flatMap((dir) =>
      readdirSync(at(dir))
        .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
        .map((f) => `${dir}/${f}`),
    );
    expect(stray).toEqual([]);
  });
});
