import { describe, expect, it } from "vitest";
import { CHOICES, choiceOf } from "../../docs/tools/site/choices.js";
import { everyField, type Field, fieldsOf, optionFieldsOf, type Schema, unwrap } from "../../docs/tools/site/fields.js";
import { formHtml, LANGS, optionWords } from "../../docs/tools/site/render.js";
import { inputJsonSchema, optionsJsonSchema } from "../../src/conformance/json-schemas.js";
import { FUNCTIONS } from "../../src/index.js";

/*
 * The enum values of the try-it forms in words (docs/tools/site/choices.ts for inputs, the
 * library's `values` for parameters, the versions' titles for the version pin): every
 * choice and checkbox of every public function's form has words in nb, nn and en.
 */

/** A field's enum values: a choice's, or a list of checkboxes' items'. */
const enumOf = (f: Field): unknown[] | undefined =>
  f.kind === "enum" ? unwrap(f.schema).s.enum : f.kind === "checks" ? f.item?.enum : undefined;

/** The enum input fields of every public function, by path (without row numbers), with their values. */
function inputEnums(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const fn of FUNCTIONS)
    for (const f of fieldsOf(inputJsonSchema(fn) as Schema).flatMap(everyField)) {
      const values = enumOf(f);
      if (!values) continue;
      const set = out.get(f.path) ?? new Set<string>();
      for (const v of values) set.add(String(v));
      out.set(f.path, set);
    }
  return out;
}

/** Every `enum` in a JSON Schema, however deep, as its values' JSON. */
function rawEnums(s: unknown, out: string[] = []): string[] {
  if (Array.isArray(s)) for (const x of s) rawEnums(x, out);
  else if (s !== null && typeof s === "object") {
    const e = (s as { enum?: unknown }).enum;
    if (Array.isArray(e)) out.push(JSON.stringify(e.map(String)));
    for (const v of Object.values(s)) rawEnums(v, out);
  }
  return out;
}

describe("the rule explorer's choices in words", () => {
  const enums = inputEnums();

  it("finds the enum fields, nested ones too, that the schemas hold", () => {
    expect(enums.size).toBeGreaterThan(0);
    const found = new Set([...enums.values()].map((v) => JSON.stringify([...v])));
    const raw = FUNCTIONS.flatMap((fn) => rawEnums(inputJsonSchema(fn)));
    expect(raw.filter((e) => !found.has(e))).toEqual([]);
  });

  it("has words in nb, nn and en for every enum value of every input field", () => {
    const missing: string[] = [];
    for (const [path, values] of enums)
      for (const v of values)
        for (const l of LANGS) if (!choiceOf(l, path, v)?.trim()) missing.push(`${path}: ${v} (${l})`);
    expect(missing).toEqual([]);
  });

  it("writes Nynorsk -dom words with one m (ungdomen, ungdomar) and Bokmål with two", () => {
    const words = Object.values(CHOICES).flatMap((byValue) => Object.values(byValue));
    expect(words.map((w) => w.nn).filter((w) => /ungdomm/i.test(w))).toEqual([]);
    expect(words.map((w) => w.nb).filter((w) => /ungdom[^m]/i.test(w) && !/ungdoms/i.test(w))).toEqual([]);
  });

  it("names no path or value that no longer exists", () => {
    const stale: string[] = [];
    for (const [path, byValue] of Object.entries(CHOICES)) {
      const values = enums.get(path);
      if (!values) stale.push(path);
      else for (const v of Object.keys(byValue)) if (!values.has(v)) stale.push(`${path}: ${v}`);
    }
    expect(stale).toEqual([]);
  });

  it("has words in every language for every value of a version pin or parameter override", () => {
    const missing: string[] = [];
    for (const fn of FUNCTIONS)
      for (const f of optionFieldsOf(optionsJsonSchema(fn) as Schema)) {
        const values = enumOf(f);
        if (f.kind !== "enum" && f.kind !== "checks") continue;
        for (const v of values ?? [])
          for (const l of LANGS) if (!optionWords(l, f, v)?.trim()) missing.push(`${fn.name} ${f.name}: ${v} (${l})`);
      }
    expect(missing).toEqual([]);
  });

  it("shows the words with the value, which stays the option's value, and words that are the value once", () => {
    const fn = FUNCTIONS.find((f) => f.name === "navAssessCloseFollowUp");
    if (!fn) throw new Error("navAssessCloseFollowUp");
    const html = (l: (typeof LANGS)[number]) =>
      formHtml(l, fn.name, inputJsonSchema(fn) as Schema, optionsJsonSchema(fn) as Schema);
    expect(html("nb")).toContain('<option value="proactive">proaktiv — proactive</option>');
    expect(html("en")).toContain('<option value="proactive">proactive</option>');
    expect(html("nn")).toMatch(/value="youth" \/><label for="[^"]+">ungdomen <code>youth<\/code><\/label>/);
    expect(html("nb")).toMatch(/value="youth" \/><label for="[^"]+">ungdommen <code>youth<\/code><\/label>/);
  });
});
