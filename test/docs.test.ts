import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generatedDocs } from "../docs/tools/generated.js";
import { FUNCTIONS, RULES } from "../src/index.js";

describe("generated documents", () => {
  it.each(generatedDocs().map(([path, content]) => [path, content]))(
    "%s matches the code (run npm run docs when this fails)",
    (path, content) => {
      expect(readFileSync(new URL(`../${path}`, import.meta.url), "utf8")).toBe(content);
    },
  );

  it("lists every rule id exactly once", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("API documentation", () => {
  const sources = new Map<string, string>();
  const read = (dir: string): void => {
    for (const e of readdirSync(new URL(`../${dir}`, import.meta.url), { withFileTypes: true })) {
      if (e.isDirectory()) read(`${dir}/${e.name}`);
      else if (e.name.endsWith(".ts"))
        sources.set(`${dir}/${e.name}`, readFileSync(new URL(`../${dir}/${e.name}`, import.meta.url), "utf8"));
    }
  };
  read("src");
  const docBlockOf = (name: string): string | undefined => {
    for (const text of sources.values()) {
      const at = text.search(new RegExp(`export function ${name}\\b`));
      if (at < 0) continue;
      const before = text.slice(0, at);
      const start = before.lastIndexOf("/**");
      const end = before.lastIndexOf("*/");
      if (start < 0 || end < start || before.slice(end + 2).trim() !== "") return "";
      return before.slice(start, end);
    }
    return undefined;
  };

  it.each(FUNCTIONS.map((f) => f.name))("%s has a doc block with an @example and its result", (name) => {
    const block = docBlockOf(name);
    expect(block, `export function ${name} not found`).toBeDefined();
    expect(block).toMatch(/@example/);
    // The example shows its result: a comment line after the call.
    expect(block?.slice(block.indexOf("@example"))).toMatch(/\/\/ /);
  });
});
