import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FUNCTIONS } from "../src/functions.js";
import * as root from "../src/index.js";

/*
 * The public names: every export of an area (besides the shared core) carries the area's
 * prefix, every rule function's types are named after it, and every area has a prepare.
 */

const AREAS = ["ot", "consent", "outreach", "nav"] as const;

/** The names an area's index exports itself (the core comes in through `export *`). */
function ownExports(area: string): string[] {
  const text = readFileSync(new URL(`../src/${area}/index.ts`, import.meta.url), "utf8");
  const names: string[] = [];
  for (const block of text.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}\s+from\s+"\.\/[^"]+"/g)) {
    for (const item of (block[1] as string).split(",")) {
      const name = item
        .trim()
        .replace(/^type\s+/, "")
        .split(/\s+as\s+/)
        .pop();
      if (name) names.push(name);
    }
  }
  for (const m of text.matchAll(/export\s+(?:const|function|type|interface|class)\s+([A-Za-z_$][\w$]*)/g)) {
    names.push(m[1] as string);
  }
  return names;
}

/** `ot` → ot…, Ot…, OT_…; the next character must start a new word. */
function hasPrefix(name: string, area: string): boolean {
  const pascal = area[0]?.toUpperCase() + area.slice(1);
  return (
    name === "explain" ||
    new RegExp(`^(${area}|${pascal})[A-Z0-9]`).test(name) ||
    name.startsWith(`${area.toUpperCase()}_`)
  );
}

const pascalOf = (name: string): string => (name[0] as string).toUpperCase() + name.slice(1);

describe("public names", () => {
  it.each(AREAS)("every export of the %s area carries its prefix", (area) => {
    const names = ownExports(area);
    expect(names.length).toBeGreaterThan(10);
    expect(names.filter((n) => !hasPrefix(n, area))).toEqual([]);
  });

  it("the prefix check refuses a name that only starts with the prefix's letters", () => {
    expect(hasPrefix("otherLegalBasisSchema", "ot")).toBe(false);
    expect(hasPrefix("navigate", "nav")).toBe(false);
    expect(hasPrefix("consentPrepare", "consent")).toBe(true);
    expect(hasPrefix("NAV_AREA", "nav")).toBe(true);
  });

  it.each(FUNCTIONS.map((f) => [f.name, f.area] as const))(
    "%s exports its Input, Outcome and Details types",
    (name, area) => {
      const names = ownExports(area);
      const pascal = pascalOf(name);
      expect(names).toContain(`${pascal}Input`);
      expect(names).toContain(`${pascal}Outcome`);
      expect(names).toContain(`${pascal}Details`);
    },
  );

  it.each(AREAS)("the %s area has a prepare function, exported from the root too", (area) => {
    const name = `${area}Prepare`;
    expect(ownExports(area)).toContain(name);
    expect(typeof (root as Record<string, unknown>)[name]).toBe("function");
  });
});
