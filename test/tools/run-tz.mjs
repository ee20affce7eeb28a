#!/usr/bin/env node
// Runs the whole test suite once per time zone and fails unless every run passes and
// every run computed the same digest of a fixed corpus (test/core/tz-digest.test.ts).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";

const zones = ["UTC", "Europe/Oslo", "Pacific/Kiritimati", "America/Adak"];
const dir = mkdtempSync(join(tmpdir(), "ungrett-tz-"));
const vitest = join("node_modules", "vitest", "vitest.mjs");
const config = join("test", "vitest.config.ts");
let failed = 0;
let passedTests = 0;
let failedTests = 0;
/** Each failed test, with its zone, so the closing lines (all CI shows of a long log) name it. */
const failures = [];
for (const tz of zones) {
  process.stdout.write(`\n--- TZ=${tz} ---\n`);
  const report = join(dir, `report-${tz.replace(/\//g, "_")}.json`);
  const r = spawnSync(
    process.execPath,
    [
      vitest,
      "run",
      "--config",
      config,
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${report}`,
      // Coverage, with its 95 % thresholds, is measured once: in the UTC run of the whole suite.
      ...(tz === "UTC" && process.argv.length === 2 ? ["--coverage.enabled"] : []),
      ...process.argv.slice(2),
    ],
    { stdio: "inherit", env: { ...process.env, TZ: tz, UNGRETT_TZ_DIGEST_DIR: dir } },
  );
  if (r.status !== 0) failed++;
  try {
    const json = JSON.parse(readFileSync(report, "utf8"));
    passedTests += json.numPassedTests;
    failedTests += json.numFailedTests;
    for (const file of json.testResults ?? []) {
      if (file.status === "failed" && !(file.assertionResults ?? []).some((a) => a.status === "failed"))
        failures.push(`TZ=${tz} ${file.name}: ${firstLines(file.message)}`);
      for (const a of file.assertionResults ?? []) {
        if (a.status === "failed")
          failures.push(`TZ=${tz} ${file.name} > ${a.fullName}: ${firstLines((a.failureMessages ?? []).join("\n"))}`);
      }
    }
  } catch {
    failed++;
  }
  rmSync(report, { force: true });
}
function firstLines(text) {
  return stripVTControlCharacters(String(text ?? ""))
    .split("\n")
    .filter((l) => l.trim() !== "" && !/^\s*at /.test(l))
    .slice(0, 8)
    .join("\n    ");
}

for (const f of failures) process.stdout.write(`FAILED ${f}\n`);
const digests = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => [f.replace(/\.txt$/, "").replace(/_/g, "/"), readFileSync(join(dir, f), "utf8")]);
rmSync(dir, { recursive: true, force: true });
const distinct = new Set(digests.map(([, d]) => d));
process.stdout.write(`\nTime zones: ${digests.map(([z, d]) => `${z} ${d.slice(0, 12)}`).join(", ")}\n`);
if (digests.length !== zones.length) {
  process.stderr.write(`expected ${zones.length} digests, got ${digests.length}\n`);
  process.exit(1);
}
if (distinct.size !== 1) {
  process.stderr.write("results differ between time zones\n");
  process.exit(1);
}
if (failed > 0) {
  process.stdout.write(`${passedTests} passed, ${failedTests} failed\n`);
  process.stderr.write(`${failed} of ${zones.length} time-zone runs failed\n`);
  process.exit(1);
}
process.stdout.write(`${zones.length} time-zone runs passed with identical results\n`);
// The plain closing line CI reads: tests summed over every time-zone run.
process.stdout.write(`${passedTests} passed, ${failedTests} failed\n`);
