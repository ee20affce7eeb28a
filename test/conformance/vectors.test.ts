import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runConformance, VECTOR_FILES, VECTORS, type VectorFile } from "../../src/conformance/index.js";
import * as ungrett from "../../src/index.js";

const schema = JSON.parse(readFileSync(new URL("../../src/conformance/vector.schema.json", import.meta.url), "utf8"));

describe("conformance vectors", () => {
  it("ships every vector file in src/conformance/vectors", () => {
    const files = readdirSync(new URL("../../src/conformance/vectors/", import.meta.url)).filter((f) =>
      f.endsWith(".json"),
    );
    expect(VECTOR_FILES.map((f) => `${f.area}.json`).sort()).toEqual(files.sort());
  });

  it("has unique ids of the documented shape, each naming a known function and rule", () => {
    const ids = VECTORS.map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
    const idPattern = new RegExp(schema.$defs.vector.properties.id.pattern);
    const ruleIds = new Set(ungrett.RULES.map((r) => r.id));
    for (const v of VECTORS) {
      expect(v.id, v.id).toMatch(idPattern);
      expect(ruleIds.has(v.rule), `${v.id}: rule ${v.rule}`).toBe(true);
      expect(ungrett.findFunction(v.function), `${v.id}: function ${v.function}`).toBeDefined();
      expect(
        Object.keys(v).every((k) => k in schema.$defs.vector.properties),
        v.id,
      ).toBe(true);
    }
  });

  it.each(VECTORS.map((v) => [v.id, v] as const))("%s", (_id, v) => {
    const report = runConformance(ungrett as never, [v]);
    expect(report.results[0]?.difference ?? null).toBeNull();
  });

  it("covers every public function and every rule a function evaluates, with at least 200 vectors and 30 bad-input ones", () => {
    expect(VECTORS.length).toBeGreaterThanOrEqual(200);
    expect(VECTORS.filter((v) => "error" in v.expected).length).toBeGreaterThanOrEqual(30);
    for (const f of ungrett.FUNCTIONS) {
      expect(VECTORS.filter((v) => v.function === f.name).length, f.name).toBeGreaterThan(0);
    }
    for (const f of ungrett.FUNCTIONS)
      expect(
        VECTORS.some((v) => v.rule === f.rule || v.function === f.name),
        f.rule,
      ).toBe(true);
  });

  it("has every file in the documented format", () => {
    for (const f of VECTOR_FILES as VectorFile[]) expect(f.format).toBe("ungrett.vectors/1");
  });
});

describe("runConformance", () => {
  it("reports each difference readably for a wrong implementation", () => {
    const wrong = {
      ...ungrett,
      otTargetGroup: (input: never, options: never) => {
        const d = ungrett.otTargetGroup(input, options);
        return { ...d, outcome: d.outcome === "unknown" ? "in-target-group" : d.outcome, needs: [] };
      },
    };
    const report = runConformance(wrong as never);
    const unknownVectors = VECTORS.filter(
      (v) => v.function === "otTargetGroup" && "outcome" in v.expected && v.expected.outcome === "unknown",
    );
    expect(report.failed).toBe(unknownVectors.length);
    for (const r of report.results.filter((x) => !x.pass)) {
      expect(r.difference).toMatch(/outcome: expected "unknown", got "in-target-group"/);
    }
  });

  it("fails every vector of a missing function", () => {
    const { otYearlyContact: _omit, ...rest } = ungrett;
    const report = runConformance(rest as never);
    const n = VECTORS.filter((v) => v.function === "otYearlyContact").length;
    expect(report.failed).toBe(n);
  });

  it("passes the library itself", () => {
    const report = runConformance(ungrett as never);
    expect(report.failed).toBe(0);
    expect(report.passed).toBe(VECTORS.length);
  });
});
