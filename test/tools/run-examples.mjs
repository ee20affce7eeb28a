#!/usr/bin/env node
// Runs every script in examples/ against the built package (npm run examples builds first).
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const dir = join(root, "examples");
const only = process.argv.slice(2);
const scripts = readdirSync(dir)
  .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const f of scripts) {
  process.stdout.write(`\n=== examples/${f} ===\n`);
  const r = spawnSync(process.execPath, ["--import", "tsx", join(dir, f)], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) {
    failed++;
    process.stderr.write(`examples/${f} failed with exit code ${r.status}\n`);
  }
}
process.stdout.write(`\n${scripts.length - failed} examples ran, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
