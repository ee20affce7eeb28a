/**
 * Writes docs/quality.md from measurements: npm run quality (which builds first).
 *
 * - sizes: `size-limit --json` against the budgets in package.json (needs dist/);
 * - tests and coverage: one run of the whole suite with vitest's JSON reporter and v8
 *   coverage (`--no-tests` skips it, about 5 minutes on 2 cores);
 * - conformance vectors: run against the library here;
 * - mutation score: Stryker's JSON report (reports/mutation/mutation.json, written by
 *   `npm run mutation`), if present.
 *
 * What cannot be measured (no build, no report, a run that failed) says "not measured".
 * The benchmarks (`npm run bench`) print to the console only and are not measured here.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Implementation, isExpectedError, runConformance, VECTORS } from "../../src/conformance/index.js";
import { FUNCTIONS } from "../../src/functions.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const at = (...parts: string[]): string => join(ROOT, ...parts);
const NOT_MEASURED = "not measured";
const args = new Set(process.argv.slice(2));

const readJson = (path: string): unknown => {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return null;
  }
};
const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const int = (n: number): string => n.toLocaleString("en-US");
const pct = (n: number): string => `${n.toFixed(1)} %`;
const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
const day = (d: Date): string => d.toISOString().slice(0, 10);

// ---- sizes -------------------------------------------------------------------------------

export type SizeEntry = { readonly name: string; readonly size: number; readonly limit: string | null };

/** size-limit's JSON (an array of `{ name, size, passed, … }`) joined with the budgets of package.json. */
export function sizesFrom(json: unknown, budgets: readonly { name?: unknown; limit?: unknown }[]): SizeEntry[] | null {
  if (!Array.isArray(json)) return null;
  const out: SizeEntry[] = [];
  for (const e of json) {
    if (!isRecord(e) || typeof e.name !== "string" || num(e.size) === null) return null;
    const budget = budgets.find((b) => b.name === e.name);
    out.push({ name: e.name, size: e.size as number, limit: typeof budget?.limit === "string" ? budget.limit : null });
  }
  return out;
}

function measureSizes(): SizeEntry[] | null {
  if (args.has("--no-size") || !existsSync(at("dist"))) return null;
  const r = spawnSync(process.execPath, [at("node_modules", "size-limit", "bin.js"), "--json"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  const pkg = readJson(at("package.json"));
  const budgets = isRecord(pkg) && Array.isArray(pkg["size-limit"]) ? (pkg["size-limit"] as { name?: unknown }[]) : [];
  try {
    return sizesFrom(JSON.parse(r.stdout), budgets);
  } catch {
    return null;
  }
}

// ---- tests and coverage ------------------------------------------------------------------

export type TestRun = {
  readonly tests: number;
  readonly passed: number;
  readonly failed: number;
  readonly files: number;
};
export type Coverage = { readonly lines: number; readonly branches: number };

/** The counts of a vitest JSON report. */
export function testsFrom(json: unknown): TestRun | null {
  if (!isRecord(json)) return null;
  const tests = num(json.numTotalTests);
  const passed = num(json.numPassedTests);
  const failed = num(json.numFailedTests);
  const files = Array.isArray(json.testResults) ? json.testResults.length : null;
  if (tests === null || passed === null || failed === null || files === null) return null;
  return { tests, passed, failed, files };
}

/** Line and branch coverage from istanbul's coverage-summary.json. */
export function coverageFrom(json: unknown): Coverage | null {
  const total = isRecord(json) && isRecord(json.total) ? json.total : null;
  const lines = total && isRecord(total.lines) ? num(total.lines.pct) : null;
  const branches = total && isRecord(total.branches) ? num(total.branches.pct) : null;
  return lines === null || branches === null ? null : { lines, branches };
}

function measureTests(dir: string): { run: TestRun | null; coverage: Coverage | null } {
  if (args.has("--no-tests")) return { run: null, coverage: null };
  const report = join(dir, "vitest.json");
  const coverageDir = join(dir, "coverage");
  spawnSync(
    process.execPath,
    [
      at("node_modules", "vitest", "vitest.mjs"),
      "run",
      "--config",
      at("test", "vitest.config.ts"),
      "--reporter=dot",
      "--reporter=json",
      `--outputFile.json=${report}`,
      "--coverage.enabled",
      "--coverage.reporter=json-summary",
      `--coverage.reportsDirectory=${coverageDir}`,
    ],
    { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, TZ: process.env.TZ ?? "UTC" } },
  );
  return {
    run: testsFrom(readJson(report)),
    coverage: coverageFrom(readJson(join(coverageDir, "coverage-summary.json"))),
  };
}

// ---- mutation ----------------------------------------------------------------------------

export type Mutation = {
  readonly detected: number;
  readonly valid: number;
  readonly killed: number;
  readonly timedOut: number;
  readonly survived: number;
  readonly noCoverage: number;
};

/**
 * The mutation score of a Stryker JSON report (mutation-testing-report-schema): detected
 * (killed or timed out) of the valid mutants (detected, survived or without coverage);
 * mutants that did not compile, errored or were ignored are not counted.
 */
export function mutationFrom(json: unknown): Mutation | null {
  if (!isRecord(json) || !isRecord(json.files)) return null;
  const count: Record<string, number> = {};
  for (const file of Object.values(json.files)) {
    if (!isRecord(file) || !Array.isArray(file.mutants)) return null;
    for (const m of file.mutants) {
      const status = isRecord(m) && typeof m.status === "string" ? m.status : "Unknown";
      count[status] = (count[status] ?? 0) + 1;
    }
  }
  const killed = count.Killed ?? 0;
  const timedOut = count.Timeout ?? 0;
  const survived = count.Survived ?? 0;
  const noCoverage = count.NoCoverage ?? 0;
  const detected = killed + timedOut;
  const valid = detected + survived + noCoverage;
  return valid === 0 ? null : { detected, valid, killed, timedOut, survived, noCoverage };
}

// ---- the document ------------------------------------------------------------------------

export type Measurements = {
  readonly date: string;
  readonly node: string;
  readonly tz: string;
  readonly run: TestRun | null;
  readonly coverage: Coverage | null;
  readonly vectors: { readonly total: number; readonly badInput: number; readonly passed: number } | null;
  readonly mutation: (Mutation & { readonly date: string }) | null;
  readonly sizes: readonly SizeEntry[] | null;
};

/** docs/quality.md for these measurements; anything `null` is "not measured". */
export function qualityDoc(m: Measurements): string {
  const row = (what: string, command: string, measured: string, target: string): string =>
    `| ${what} | ${command} | ${measured} | ${target} |`;
  const rows = [
    row(
      "tests",
      "`npm run quality` (one run of `npm run test:unit`'s suite)",
      m.run === null
        ? NOT_MEASURED
        : `${int(m.run.tests)} tests (${int(m.run.files)} files): ${int(m.run.passed)} passed, ${int(m.run.failed)} failed, in TZ=${m.tz} on Node ${m.node}; \`npm test\` runs them in four time zones and on Node 22`,
      "all pass",
    ),
    row(
      "conformance vectors",
      "`npm run quality`",
      m.vectors === null
        ? NOT_MEASURED
        : `${int(m.vectors.total)} vectors (${int(m.vectors.badInput)} bad-input) in \`ungrett/conformance\`, ${m.vectors.passed === m.vectors.total ? "all passing" : `${int(m.vectors.passed)} passing`}`,
      "≥ 200, ≥ 30 bad-input",
    ),
    row(
      "coverage of `src/` (the CLI is tested by spawning it)",
      "`npm run quality` (the same run)",
      m.coverage === null ? NOT_MEASURED : `${pct(m.coverage.lines)} lines, ${pct(m.coverage.branches)} branches`,
      "≥ 95 %",
    ),
    row(
      "mutation score",
      "`npm run mutation` (about 40 minutes), read from reports/mutation/mutation.json",
      m.mutation === null
        ? `${NOT_MEASURED} (no report: run \`npm run mutation\`, then \`npm run quality\`)`
        : `${pct((100 * m.mutation.detected) / m.mutation.valid)}: ${int(m.mutation.detected)} of ${int(m.mutation.valid)} mutants detected (${int(m.mutation.killed)} killed, ${int(m.mutation.timedOut)} timed out; ${int(m.mutation.survived)} survived, ${int(m.mutation.noCoverage)} without coverage), report of ${m.mutation.date}`,
      "≥ 90 %",
    ),
    ...(m.sizes === null
      ? [
          row(
            "sizes (ESM, minified, gzipped, with dependencies)",
            "`npm run size`",
            NOT_MEASURED,
            "the budgets in package.json",
          ),
        ]
      : m.sizes.map((s) =>
          row(s.name, "`npm run size`", kB(s.size), s.limit === null ? "" : `budget ${s.limit} (package.json)`),
        )),
    row(
      "the rules against json-rules-engine and hand-written functions, and the CLI",
      "`npm run bench`",
      `${NOT_MEASURED} by this command (\`npm run bench\` prints its figures)`,
      "≥ 10× json-rules-engine",
    ),
  ];
  return `${[
    "# Quality, measured",
    "",
    `> Generated by \`npm run quality\` on ${m.date}; do not edit by hand. "Not measured" means the input was missing when it ran.`,
    "",
    "How well tested and how small the library is, from the project's own commands on the",
    "machine that ran `npm run quality`. `npm test` guards the sizes, the coverage and the time",
    "zones on every run; the [conformance suite](conformance.md) is counted below. Back to the",
    "[README](../README.md).",
    "",
    "| what | command | measured | target |",
    "|---|---|---|---|",
    ...rows,
    "",
    "The size budgets in `package.json` sit just above the sizes measured when they were set, so",
    "`npm test` fails if they grow. `npm run size:floor` shows how much of each entry is text and",
    "how much is zod/mini.",
  ].join("\n")}\n`;
}

function main(): void {
  const dir = at("reports", "quality");
  mkdirSync(dir, { recursive: true });
  const sizes = measureSizes();
  const { run, coverage } = measureTests(dir);
  const impl = Object.fromEntries(FUNCTIONS.map((f) => [f.name, f.evaluate])) as unknown as Implementation;
  const conformance = runConformance(impl);
  const mutationPath = at("reports", "mutation", "mutation.json");
  const mutation = mutationFrom(readJson(mutationPath));
  const doc = qualityDoc({
    date: day(new Date()),
    node: process.versions.node,
    tz: process.env.TZ ?? "UTC",
    run,
    coverage,
    vectors: {
      total: VECTORS.length,
      badInput: VECTORS.filter((v) => isExpectedError(v.expected)).length,
      passed: conformance.passed,
    },
    mutation: mutation === null ? null : { ...mutation, date: day(statSync(mutationPath).mtime) },
    sizes,
  });
  writeFileSync(at("docs", "quality.md"), doc);
  console.log(
    `wrote docs/quality.md (${[run, coverage, mutation, sizes].filter((x) => x === null).length} inputs not measured)`,
  );
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main();
