import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RULES_END, RULES_START, replaceSection, rulesTable } from "../scripts/docs/rules-table.js";
import { RULES } from "../src/index.js";

describe("generated documents", () => {
  it("README's rules table matches the rule objects (run npm run docs when this fails)", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    expect(replaceSection(readme, RULES_START, RULES_END, rulesTable(RULES))).toBe(readme);
  });

  it("lists every rule id of the catalogue exactly once", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
