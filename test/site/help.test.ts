import { describe, expect, it } from "vitest";
import { everyField, fieldsOf, type Schema } from "../../docs/tools/site/fields.js";
import { HELP, helpText } from "../../docs/tools/site/help.js";
import { TEXTS } from "../../docs/tools/site/render.js";
import { inputJsonSchema, optionsJsonSchema } from "../../src/conformance/json-schemas.js";
import { FUNCTIONS } from "../../src/index.js";

/** Every description in every public function's input and options JSON Schema, nested ones too. */
function descriptions(): Set<string> {
  const all = new Set<string>();
  const walk = (s: unknown): void => {
    if (Array.isArray(s)) for (const x of s) walk(x);
    else if (s !== null && typeof s === "object") {
      const d = (s as { description?: unknown }).description;
      if (typeof d === "string") all.add(d);
      for (const v of Object.values(s)) walk(v);
    }
  };
  for (const f of FUNCTIONS) {
    walk(inputJsonSchema(f));
    walk(optionsJsonSchema(f));
  }
  return all;
}

const codeSpans = (s: string): string[] => (s.match(/`[^`]*`/g) ?? []).sort();

describe("the rule explorer's help texts", () => {
  const english = descriptions();

  it.each(["nb", "nn"] as const)("has a %s text for every schema description, and none for a description gone", (l) => {
    const table = HELP[l];
    expect([...english].filter((e) => !Object.hasOwn(table, e))).toEqual([]);
    expect(Object.keys(table).filter((k) => !english.has(k))).toEqual([]);
  });

  it.each(["nb", "nn"] as const)("keeps every `code` span of the English in %s and translates the rest", (l) => {
    for (const [en, text] of Object.entries(HELP[l])) {
      expect(codeSpans(text), en).toEqual(codeSpans(en));
      expect(text.trim().length, en).toBeGreaterThan(0);
      // A text of more than code and a word or two must not be left in English.
      if (en.replace(/`[^`]*`/g, "").length > 30) expect(text, en).not.toBe(en);
    }
  });

  it("gives the English in English, the translation in nb and nn", () => {
    const [en] = [...english];
    expect(helpText("en", en ?? "")).toBe(en);
    for (const l of ["nb", "nn"] as const) expect(helpText(l, en ?? "")).toBe(HELP[l][en ?? ""]);
    expect(helpText("nb", "toString")).toBe("toString");
  });

  it("labels every input field, nested ones and a row's own too, in each language (the texts' facts)", () => {
    const missing: string[] = [];
    let seen = 0;
    for (const f of FUNCTIONS) {
      for (const g of fieldsOf(inputJsonSchema(f) as Schema).flatMap(everyField)) {
        if (g.path === "") continue;
        seen++;
        for (const l of ["nb", "nn", "en"] as const) {
          const facts = (TEXTS[l] as unknown as Record<string, { facts?: Record<string, string> }>)[f.area]?.facts;
          if (!facts?.[g.path]) missing.push(`${l} ${f.area} ${g.path}`);
        }
      }
    }
    expect(seen).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });
});
