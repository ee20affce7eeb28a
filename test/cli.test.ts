import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { VECTORS } from "../src/conformance/index.js";
import * as ungrett from "../src/index.js";

const CLI = join(import.meta.dirname, "../src/cli/index.ts");
const run = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, ["--import", "tsx", CLI, ...args], { input, encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const dir = mkdtempSync(join(tmpdir(), "ungrett-cli-"));
const lines = (s: string) => s.trim().split("\n").filter(Boolean);

describe("ungrett evaluate", { timeout: 60_000 }, () => {
  it("turns JSON Lines into one decision per line, reports bad lines with their number and goes on", () => {
    const input = [
      '{"birthYear":2005,"hasYouthRight":true,"inEducation":false,"inWork":false}',
      '{"birthYear":2007,"inwork":false}',
      "not json",
      "",
      '{"birthYear":2007,"hasYouthRight":true,"inEducation":false}',
    ].join("\n");
    const r = run(["evaluate", "otTargetGroup", "--as-of", "2026-04-15", "--quiet"], input);
    expect(r.code).toBe(1);
    const out = lines(r.out).map((l) => JSON.parse(l));
    expect(out).toHaveLength(4);
    expect(out[0].outcome).toBe("in-target-group");
    expect(out[1]).toMatchObject({ line: 2, error: { name: "UngrettInputError", paths: ["inwork"] } });
    expect(out[2]).toMatchObject({ line: 3, error: { name: "SyntaxError" } });
    expect(out[3]).toMatchObject({ outcome: "unknown", needs: ["inWork"] });
    expect(r.err).toMatch(/^line 2: .*inwork/m);
    expect(r.err).toMatch(/^line 3: not JSON/m);
  });

  it("splits lines on \\n, \\r\\n and a lone \\r, across chunk boundaries, numbering every line", () => {
    // About 200 KiB: several 64 KiB chunks, so lines (and some \r\n pairs) straddle chunk ends.
    const records = Array.from({ length: 3000 }, (_, i) =>
      JSON.stringify({ birthYear: 1990 + (i % 30), hasYouthRight: true, inEducation: false, inWork: i % 2 === 0 }),
    );
    const breaks = ["\n", "\r\n", "\r"];
    const input = records.map((r, i) => `${r}${breaks[i % 3]}`).join("");
    const file = join(dir, "mixed-breaks.jsonl");
    writeFileSync(file, `${input}{"birthYear":"x"}`);
    const r = run(["evaluate", "otTargetGroup", "--as-of", "2026-04-15", "--quiet", "--output", "outcome", file]);
    const out = lines(r.out).map((l) => JSON.parse(l));
    expect(out).toHaveLength(3001);
    for (const [i, rec] of records.entries()) {
      const expected = ungrett.otTargetGroup(JSON.parse(rec), { asOf: "2026-04-15" });
      expect(out[i].outcome).toBe(expected.outcome);
    }
    expect(out[3000]).toMatchObject({ line: 3001, error: { paths: ["birthYear"] } });
    expect(r.code).toBe(1);
  });

  it("gives the same decisions as the library", () => {
    const person = { birthYear: 2001, hasYouthRight: true, inEducation: false, inWork: false };
    const r = run(["evaluate", "otTargetGroup", "--as-of", "2024-08-01"], JSON.stringify(person));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(ungrett.otTargetGroup(person, { asOf: "2024-08-01" }));
  });

  it("reads a JSON array, overrides parameters, explains, and writes outcomes only on request", () => {
    const input = JSON.stringify([{ birthYear: 2003, hasYouthRight: true, inEducation: false, inWork: false }]);
    const r = run(
      [
        "evaluate",
        "otTargetGroup",
        "--as-of",
        "2025-06-01",
        "--param",
        "ot.upper-age=21",
        "--explain",
        "nn",
        "--output",
        "outcome",
      ],
      input,
    );
    expect(r.code).toBe(0);
    const d = JSON.parse(r.out);
    expect(d.outcome).toBe("not-in-target-group");
    expect(Object.keys(d).sort()).toEqual(["details", "explanation", "needs", "outcome", "version"]);
    expect(d.explanation).toContain("overstyrt i kallet");
  });

  it("takes per-record options and ids in wrapped mode", () => {
    const input = [
      JSON.stringify({ id: "a", input: { birthYear: 2005 }, asOf: "2024-07-31" }),
      JSON.stringify({ id: "b", input: { birthYear: 2005 }, asOf: "2024-08-01" }),
    ].join("\n");
    const out = lines(run(["evaluate", "otCoverageEnd", "--wrapped"], input).out).map((l) => JSON.parse(l));
    expect(out.map((d) => [d.id, d.outcome])).toEqual([
      ["a", "2026-12-31"],
      ["b", "2029-12-31"],
    ]);
  });

  it("refuses bad options before reading any record", () => {
    const r = run(["evaluate", "otTargetGroup", "--as-of", "2024-02-30"], "{}");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/not a calendar date/);
    expect(run(["evaluate", "noSuchFunction", "--as-of", "2024-01-01"], "").code).toBe(2);
    expect(run(["evaluate", "otTargetGroup", "--as-of", "2005-01-01"], "{}").err).toMatch(/options.asOf/);
  });
});

describe("ungrett verify", { timeout: 60_000 }, () => {
  const results = VECTORS.map((v) => {
    const f = ungrett.findFunction(v.function);
    try {
      const d = f?.evaluate(v.input as never, { asOf: v.asOf, version: v.version, parameters: v.parameters } as never);
      return { id: v.id, outcome: d?.outcome, needs: d?.needs, details: d?.details, version: d?.version.id };
    } catch (e) {
      return { id: v.id, error: { paths: (e as ungrett.UngrettInputError).issues.map((i) => i.path) } };
    }
  });

  it("passes an implementation that matches every vector, with exit code 0", () => {
    const file = join(dir, "good.jsonl");
    writeFileSync(file, results.map((r) => JSON.stringify(r)).join("\n"));
    const r = run(["verify", file]);
    expect(r.out.trim().split("\n").at(-1)).toBe(`${VECTORS.length} passed, 0 failed`);
    expect(r.code).toBe(0);
  });

  it("prints each difference and a missing vector, with exit code 1", () => {
    const file = join(dir, "bad.jsonl");
    const bad = results.slice(1).map((r, i) => (i === 0 && "outcome" in r ? { ...r, outcome: "nope" } : r));
    writeFileSync(file, bad.map((r) => JSON.stringify(r)).join("\n"));
    const r = run(["verify", file]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`FAIL ${VECTORS[0]?.id}`);
    expect(r.out).toContain("no result for this vector");
    expect(r.out).toMatch(/expected .*, got "nope"/);
  });
});

describe("ungrett schema, rules, parameters, functions", { timeout: 60_000 }, () => {
  it("prints a function's input JSON Schema", () => {
    const s = JSON.parse(run(["schema", "otYearlyContact"]).out);
    expect(s.required).toEqual(["contacts"]);
    expect(s.additionalProperties).toBe(false);
    expect(s.properties.contacts.items.properties.date).toMatchObject({
      format: "date",
      description: expect.any(String),
    });
  });

  it("prints a function's options JSON Schema with --options", () => {
    const s = JSON.parse(run(["schema", "otTargetGroup", "--options"]).out);
    expect(s.title).toBe("otTargetGroup options");
    expect(s.required).toEqual(["asOf"]);
    expect(s.properties.version.enum).toEqual(["ot-2006", "ot-2024"]);
    expect(s.properties.parameters.properties["ot.upper-age"]).toMatchObject({ type: "integer", minimum: 15 });
  });

  it("lists every rule, every function and the parameters in force on a date", () => {
    expect(lines(run(["rules"]).out)).toHaveLength(ungrett.RULES.length);
    expect(lines(run(["functions"]).out)).toHaveLength(ungrett.FUNCTIONS.length);
    const p = JSON.parse(run(["parameters", "--as-of", "2020-01-01", "--json"]).out);
    expect(p.find((x: { id: string }) => x.id === "ot.upper-age").valueOnAsOf).toBe(21);
  });

  it("answers help, and refuses an unknown command with exit code 2", () => {
    expect(run(["--help"]).out).toContain("ungrett evaluate <function>");
    expect(run(["frobnicate"]).code).toBe(2);
  });
});
