import { describe, expect, it } from "vitest";
import {
  coverageFrom,
  type Measurements,
  mutationFrom,
  qualityDoc,
  sizesFrom,
  testsFrom,
} from "../docs/tools/quality.js";

const NOTHING: Measurements = {
  date: "2026-12-01",
  node: "20.20.2",
  tz: "UTC",
  run: null,
  coverage: null,
  vectors: null,
  mutation: null,
  sizes: null,
};

const rowOf = (doc: string, what: string): string => doc.split("\n").find((l) => l.startsWith(`| ${what}`)) ?? "";

describe("docs/quality.md from measurements", () => {
  it("keeps the table's shape and says 'not measured' for every missing input", () => {
    const doc = qualityDoc(NOTHING);
    expect(doc).toContain("| what | command | measured | target |");
    expect(doc).toContain("on 2026-12-01");
    for (const what of ["tests", "conformance vectors", "coverage", "mutation score", "sizes"])
      expect(rowOf(doc, what), what).toContain("not measured");
  });

  it("writes the measurements it has", () => {
    const doc = qualityDoc({
      ...NOTHING,
      run: { tests: 3862, passed: 3862, failed: 0, files: 95 },
      coverage: { lines: 99.41, branches: 97.52 },
      vectors: { total: 767, badInput: 222, passed: 767 },
      mutation: {
        detected: 3417,
        valid: 3540,
        killed: 3407,
        timedOut: 10,
        survived: 115,
        noCoverage: 8,
        date: "2026-11-29",
      },
      sizes: [{ name: "the whole library", size: 93_130, limit: "93.2 kB" }],
    });
    expect(rowOf(doc, "tests")).toContain("3,862 tests (95 files): 3,862 passed, 0 failed, in TZ=UTC");
    expect(rowOf(doc, "conformance vectors")).toContain("767 vectors (222 bad-input)");
    expect(rowOf(doc, "conformance vectors")).toContain("all passing");
    expect(rowOf(doc, "coverage")).toContain("99.4 % lines, 97.5 % branches");
    expect(rowOf(doc, "mutation score")).toContain("96.5 %: 3,417 of 3,540 mutants detected");
    expect(rowOf(doc, "the whole library")).toContain("| 93.1 kB | budget 93.2 kB (package.json) |");
  });
});

describe("reading the reports", () => {
  it("reads size-limit's JSON with the budgets, and nothing from output that is not its JSON", () => {
    expect(sizesFrom([{ name: "all", size: 1200, passed: true }], [{ name: "all", limit: "1.3 kB" }])).toEqual([
      { name: "all", size: 1200, limit: "1.3 kB" },
    ]);
    expect(sizesFrom({ error: "no dist" }, [])).toBeNull();
    expect(sizesFrom([{ name: "all" }], [])).toBeNull();
  });

  it("reads the counts of a vitest JSON report", () => {
    const report = { numTotalTests: 3, numPassedTests: 2, numFailedTests: 1, testResults: [{}, {}] };
    expect(testsFrom(report)).toEqual({ tests: 3, passed: 2, failed: 1, files: 2 });
    expect(testsFrom(null)).toBeNull();
  });

  it("reads line and branch coverage from coverage-summary.json", () => {
    expect(coverageFrom({ total: { lines: { pct: 99.4 }, branches: { pct: 97.5 } } })).toEqual({
      lines: 99.4,
      branches: 97.5,
    });
    expect(coverageFrom({ total: {} })).toBeNull();
  });

  it("scores a Stryker report as detected of valid mutants, leaving out those that did not compile", () => {
    const mutants = (...statuses: string[]) => statuses.map((status) => ({ status }));
    const report = {
      files: {
        "a.ts": { mutants: mutants("Killed", "Killed", "Timeout", "Survived") },
        "b.ts": { mutants: mutants("NoCoverage", "CompileError", "Ignored") },
      },
    };
    expect(mutationFrom(report)).toEqual({ detected: 3, valid: 5, killed: 2, timedOut: 1, survived: 1, noCoverage: 1 });
    expect(mutationFrom({ files: {} })).toBeNull();
    expect(mutationFrom(null)).toBeNull();
  });
});
