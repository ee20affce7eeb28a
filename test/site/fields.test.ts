import { describe, expect, it } from "vitest";
import {
  type Field,
  fieldsOf,
  inputValue,
  namesOfPath,
  optionFieldsOf,
  putValue,
  removeRow,
  type Schema,
  type Values,
} from "../../docs/tools/site/fields.js";
import { isExpectedError } from "../../src/conformance/compare.js";
import { VECTORS } from "../../src/conformance/index.js";
import { inputJsonSchema, optionsJsonSchema } from "../../src/conformance/json-schemas.js";
import { FUNCTIONS } from "../../src/index.js";

/*
 * The rule explorer's form model (docs/tools/site/fields.ts), without a browser: every
 * vector's input put into the form's state and read back as the form sends it must give
 * the vector's decision. The Chromium test (test/browser/site.test.ts) fills the fields
 * themselves, one vector per function; this covers all of them.
 */

const inputFieldsOf = (name: string): Field[] => {
  const fn = FUNCTIONS.find((f) => f.name === name);
  if (!fn) throw new Error(name);
  return fieldsOf(inputJsonSchema(fn) as Schema);
};

/** The input as the form sends it after holding `input`. */
function roundTrip(fields: readonly Field[], input: unknown): unknown {
  const values: Values = {};
  const whole = fields.find((f) => f.name === "in");
  if (whole) {
    putValue(whole, input, values);
    return inputValue(whole, values);
  }
  for (const f of fields) putValue(f, (input as Record<string, unknown>)[f.key], values);
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = inputValue(f, values);
    if (v !== undefined) out[f.key] = v;
  }
  return out;
}

const all = (fields: readonly Field[]): Field[] => fields.flatMap((f) => [f, ...all(f.children ?? [])]);

describe("the try-it form's fields", () => {
  it("asks every public function's input without a JSON text field", () => {
    const json = FUNCTIONS.flatMap((fn) =>
      all(inputFieldsOf(fn.name))
        .filter((f) => f.kind === "json")
        .map((f) => `${fn.name}: ${f.name}`),
    );
    expect(json).toEqual([]);
    const parameters = FUNCTIONS.flatMap((fn) =>
      optionFieldsOf(optionsJsonSchema(fn) as Schema)
        .filter((f) => f.kind === "json")
        .map((f) => f.name),
    );
    expect(parameters).toEqual([]);
  });

  it("makes lists of values checkboxes, lists of objects and dates rows, objects fieldsets", () => {
    const kinds = (name: string) => Object.fromEntries(all(inputFieldsOf(name)).map((f) => [f.name, f.kind]));
    expect(kinds("navAssessCloseFollowUp")["in.models"]).toBe("checks");
    expect(kinds("otYearlyContact")["in.contacts"]).toBe("rows");
    expect(kinds("otDuties")).toMatchObject({
      "in.history": "group",
      "in.history.contacts": "rows",
      "in.history.followUps": "rows",
      "in.history.registeredOn": "date",
    });
    expect(kinds("outreachAssessService")).toMatchObject({ "in.staff": "rows", "in.structure": "group" });
    // One period or a list of periods: asked as rows, one row judged as one period.
    expect(kinds("outreachFieldTimeShare").in).toBe("rows");
  });

  it("gives every vector's decision after its input went through the form's state", () => {
    const cases = VECTORS.filter((v) => !isExpectedError(v.expected));
    expect(cases.length).toBeGreaterThan(500);
    const differ: string[] = [];
    for (const v of cases) {
      const fn = FUNCTIONS.find((f) => f.name === v.function);
      if (!fn) throw new Error(v.function);
      const options = { asOf: v.asOf, version: v.version, parameters: v.parameters } as never;
      const want = fn.evaluate(v.input as never, options);
      const got = fn.evaluate(roundTrip(inputFieldsOf(fn.name), v.input) as never, options);
      if (JSON.stringify(got.outcome) !== JSON.stringify(want.outcome) || got.needs.join() !== want.needs.join())
        differ.push(v.id);
    }
    expect(differ).toEqual([]);
  });

  it("keeps unknown apart from none: a missing list, null and [] stay what they are", () => {
    const [targets] = inputFieldsOf("navApproach") as [Field];
    const values: Values = {};
    expect(inputValue(targets, values)).toBeNull();
    putValue(targets, [], values);
    expect(values).toEqual({ "in.targets": "[]" });
    expect(inputValue(targets, values)).toEqual([]);
    const contacts = inputFieldsOf("otYearlyContact").find((f) => f.name === "in.contacts") as Field;
    // A list the input requires has no unknown: no rows is [].
    expect(inputValue(contacts, {})).toEqual([]);
    const history = inputFieldsOf("otDuties").find((f) => f.name === "in.history") as Field;
    expect(inputValue(history, {})).toBeUndefined();
    // Its blank nullable fields are null, as a blank top-level fact is.
    expect(inputValue(history, { "in.history.contacts": "0" })).toEqual({
      registeredOn: null,
      informedOn: null,
      guardiansInformedOn: null,
      contacts: [],
    });
  });

  it("removes a row and moves the rows after it up", () => {
    const values: Values = {
      "in.contacts": "3",
      "in.contacts.0.date": "2025-01-01",
      "in.contacts.1.date": "2025-02-01",
      "in.contacts.2.date": "2025-03-01",
      "in.contacts.2.established": "true",
      "in.birthYear": "2005",
    };
    expect(removeRow(values, "in.contacts", 1)).toEqual({
      "in.contacts": "2",
      "in.contacts.0.date": "2025-01-01",
      "in.contacts.1.date": "2025-03-01",
      "in.contacts.1.established": "true",
      "in.birthYear": "2005",
    });
  });

  it("finds the fields an issue's path leads through, deepest first", () => {
    expect(namesOfPath("history.contacts[1].date")).toEqual([
      "in.history.contacts.1.date",
      "in.history.contacts.1",
      "in.history.contacts",
      "in.history",
    ]);
    expect(namesOfPath("[0].fieldHours")).toEqual(["in.0.fieldHours", "in.0"]);
    expect(namesOfPath("birthYear")).toEqual(["in.birthYear"]);
  });
});
