// `ungrett verify` as other teams use it: spawned from dist/cli.js.
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { partialDifference, resultProblem } from "../src/cli/verify.js";
import { VECTOR_FILES, VECTORS } from "../src/conformance/index.js";
import * as ungrett from "../src/index.js";
import { assertBuilt, CLI, lines, run, STACK_FRAME } from "./helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "ungrett-cli-verify-"));
type Result = Record<string, unknown> & { id: string };
const results: Result[] = VECTORS.map((v) => {
  const f = ungrett.findFunction(v.function);
  try {
    const d = f?.evaluate(v.input as never, { asOf: v.asOf, version: v.version, parameters: v.parameters } as never);
    return { id: v.id, outcome: d?.outcome, needs: d?.needs, details: d?.details, version: d?.version.id };
  } catch (e) {
    return { id: v.id, error: { paths: (e as ungrett.UngrettInputError).issues.map((i) => i.path) } };
  }
});
const write = (name: string, rows: readonly unknown[]) => {
  const file = join(dir, name);
  writeFileSync(file, rows.map((r) => (typeof r === "string" ? r : JSON.stringify(r))).join("\n"));
  return file;
};
const last = (out: string) => lines(out).at(-1);
const otIds = new Set(VECTOR_FILES.find((f) => f.area === "ot")?.vectors.map((v) => v.id));

beforeAll(assertBuilt);

describe("ungrett verify", { timeout: 60_000 }, () => {
  it("passes an implementation that matches every vector, with exit code 0", () => {
    const r = run(["verify", write("good.jsonl", results)]);
    expect(last(r.out)).toBe(`${VECTORS.length} passed, 0 failed`);
    expect(r.code).toBe(0);
  });

  it("prints each difference and a missing vector, with exit code 1", () => {
    const bad = results.slice(1).map((r, i) => (i === 0 && "outcome" in r ? { ...r, outcome: "nope" } : r));
    const r = run(["verify", write("bad.jsonl", bad)]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`FAIL ${VECTORS[0]?.id}`);
    expect(r.out).toContain("no result for this vector");
    expect(r.out).toMatch(/expected .*, got "nope"/);
  });

  it("reports result lines that are not results (error: null, null, non-objects, bad JSON) and fails, without crashing", () => {
    const first = results[0] as Result;
    const rows = [
      ...results.slice(1),
      { id: first.id, error: null },
      "null",
      "[1,2]",
      '"text"',
      "{not json",
      { outcome: "x" },
      { id: "ot.made-up/vector", outcome: "x" },
      { id: first.id, error: { paths: [1] } },
      { id: first.id, outcome: "x", needs: "inWork" },
      { id: first.id, outcome: "x", version: 7 },
      { id: first.id },
    ];
    const r = run(["verify", write("broken.jsonl", rows)]);
    expect(r.code).toBe(1);
    expect(r.err).toBe("");
    expect(r.out).not.toMatch(STACK_FRAME);
    const n = results.length - 1;
    const problems = lines(r.out).filter((l) => l.startsWith("line "));
    expect(problems).toEqual([
      `line ${n + 1}: "error" must be {"paths": [...]} with the paths as strings`,
      `line ${n + 2}: a result must be a JSON object`,
      `line ${n + 3}: a result must be a JSON object`,
      `line ${n + 4}: a result must be a JSON object`,
      `line ${n + 5}: not valid JSON`,
      `line ${n + 6}: a result needs "id" (a string)`,
      `line ${n + 7}: no vector has the id "ot.made-up/vector"`,
      `line ${n + 8}: "error" must be {"paths": [...]} with the paths as strings`,
      `line ${n + 9}: "needs" must be a list of strings`,
      `line ${n + 10}: "version" must be a version id (or {"id": ...})`,
      `line ${n + 11}: a result needs "outcome" (or "error" for bad input)`,
    ]);
    expect(last(r.out)).toBe(`${VECTORS.length - 1} passed, 1 failed, 11 bad result lines`);
  });

  it("reports a duplicate id and fails, even when both results match", () => {
    const r = run(["verify", write("dup.jsonl", [...results, results[3]])]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      `line ${results.length + 1}: a second result for ${results[3]?.id} (the first is on line 4)`,
    );
    expect(last(r.out)).toBe(`${VECTORS.length} passed, 0 failed, 1 bad result lines`);
  });

  it("compares only the fields a result gives, counts those it did not compare, and --strict requires them", () => {
    const outcomes = results.map((r) => ("error" in r ? r : { id: r.id, outcome: r.outcome }));
    const file = write("outcomes.jsonl", outcomes);
    const r = run(["verify", file]);
    expect(r.code).toBe(0);
    const expectedCounts = (f: "needs" | "details" | "version") =>
      VECTORS.filter((v) => !("error" in v.expected) && v.expected[f] !== undefined).length;
    expect(r.out).toContain(
      `Not compared, as the results leave them out: needs in ${expectedCounts("needs")}, details in ${expectedCounts("details")}, version in ${expectedCounts("version")} vectors (--strict requires them)`,
    );
    expect(last(r.out)).toBe(`${VECTORS.length} passed, 0 failed`);
    const strict = run(["verify", "--strict", file]);
    expect(strict.code).toBe(1);
    expect(strict.out).toMatch(/^FAIL .*: needs: not given \(--strict\)/m);
    // A wrong outcome still fails without --strict.
    const wrong = outcomes.map((o, i) => (i === 0 && "outcome" in o ? { ...o, outcome: "nope" } : o));
    expect(run(["verify", write("wrong.jsonl", wrong)]).code).toBe(1);
    // A full result line is checked under --strict too.
    expect(run(["verify", "--strict", write("good2.jsonl", results)]).code).toBe(0);
  });

  it("checks only the vectors of --area or --function; results outside are not failures", () => {
    const ot = results.filter((r) => otIds.has(r.id));
    const r = run(["verify", "--area", "ot", write("ot.jsonl", ot)]);
    expect(r.code).toBe(0);
    expect(last(r.out)).toBe(`${otIds.size} passed, 0 failed`);
    // The full file: the other areas' results are counted, not compared.
    const all = run(["verify", "--area", "ot", write("all.jsonl", results)]);
    expect(all.code).toBe(0);
    expect(all.out).toContain(`Not checked: ${results.length - otIds.size} results for vectors outside --area ot`);
    const one = VECTORS.filter((v) => v.function === "otCoverageEnd");
    const fn = run([
      "verify",
      "--function",
      "otCoverageEnd",
      write(
        "one.jsonl",
        results.filter((x) => one.some((v) => v.id === x.id)),
      ),
    ]);
    expect(last(fn.out)).toBe(`${one.length} passed, 0 failed`);
    // Without the filter, the same file misses every other vector.
    expect(
      run([
        "verify",
        write(
          "one2.jsonl",
          results.filter((x) => one.some((v) => v.id === x.id)),
        ),
      ]).code,
    ).toBe(1);
    const typo = run(["verify", "--area", "outreah", write("x.jsonl", [])]);
    expect(typo.code).toBe(2);
    expect(typo.err.split("\n")[0]).toBe(
      'ungrett: no vectors for area "outreah" (did you mean outreach?); the areas are ot, consent, outreach, nav',
    );
  });

  it("exits non-zero when a reader stops early (| head -1) and there are failures, without a stack trace", async () => {
    // Far more output than a pipe holds, so the CLI is still writing when the reader goes.
    const rows = Array.from({ length: 20_000 }, (_, i) => ({ id: `ot.made-up/vector-${i}`, outcome: "x" }));
    const file = write("many-bad.jsonl", rows);
    const child = spawn(process.execPath, [CLI, "verify", file], { stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    child.stderr.on("data", (d) => {
      err += String(d);
    });
    let firstLine = "";
    child.stdout.once("data", (d) => {
      firstLine = String(d).split("\n")[0] ?? "";
      child.stdout.destroy();
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    expect(firstLine).toBe('line 1: no vector has the id "ot.made-up/vector-0"');
    expect(code).toBe(1);
    expect(err).toBe("");
  });

  it("exits 0 when a reader stops early and everything passed", async () => {
    const file = write("good3.jsonl", results);
    const child = spawn(process.execPath, [CLI, "verify", file], { stdio: ["ignore", "pipe", "inherit"] });
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    expect(code).toBe(0);
  });
});

describe("verify's comparison", () => {
  const v = VECTORS.find(
    (x) => !("error" in x.expected) && x.expected.needs !== undefined && x.expected.details !== undefined,
  );
  if (v === undefined) throw new Error("no vector with needs and details");
  const exp = v.expected as { outcome: unknown; needs: string[]; details: Record<string, unknown> };

  it("compares the outcome always, and needs and details only when given", () => {
    expect(partialDifference(v, { outcome: exp.outcome as never }, false)).toEqual({
      difference: null,
      notCompared: ["needs", "details", ...("version" in exp ? ["version" as const] : [])],
    });
    expect(partialDifference(v, { outcome: "nope" }, false).difference).toMatch(/^outcome: expected/);
    expect(partialDifference(v, { outcome: exp.outcome as never, needs: ["wrong"] }, false).difference).toMatch(
      /^needs:/,
    );
    expect(partialDifference(v, { outcome: exp.outcome as never }, true).difference).toMatch(
      /needs: not given \(--strict\)/,
    );
  });

  it("accepts results of every shape the format allows", () => {
    expect(resultProblem({ id: "x", outcome: null })).toBeNull();
    expect(resultProblem({ id: "x", outcome: ["a"], details: null, version: { id: "v" } })).toBeNull();
    expect(resultProblem({ id: "x", error: { paths: [] } })).toBeNull();
    expect(resultProblem({ id: "x", error: { paths: ["a"] }, extra: 1 })).toBeNull();
  });
});
