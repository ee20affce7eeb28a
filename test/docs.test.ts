import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generatedDocs } from "../scripts/docs/generated.js";
import { RULES } from "../src/index.js";

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
