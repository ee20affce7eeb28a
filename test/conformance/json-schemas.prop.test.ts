import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import ajvFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inputJsonSchema, notBeforePattern, optionsJsonSchema } from "../../src/conformance/json-schemas.js";
import { addDays } from "../../src/core/dates.js";
import { AREAS, FUNCTIONS, isUngrettInputError } from "../../src/index.js";
import { isoDateBetween, nearVectors } from "../helpers/arbitraries.js";

/*
 * The JSON Schemas against the library on generated input (ajv with formats). A schema
 * never refuses what the library accepts; what it accepts, the library accepts too, or
 * refuses only for one of the checks a JSON Schema cannot make (docs/schemas.md). The
 * options schemas agree with the library exactly.
 */

const ajv = new Ajv2020({ strict: true, allErrors: true });
// ajv-formats is CommonJS; its plugin is also its `default` property, which is how TypeScript sees it.
ajvFormats.default(ajv);

/** The issue codes of the checks a JSON Schema cannot make (comparisons with asOf or between fields). */
const NOT_IN_SCHEMA = new Set([
  "after_as_of",
  "contradicts_birth_date",
  "before_contact_date",
  "before_quit_date",
  "above_population",
  "above_total",
  "contradicts_staff",
  "above_headcount",
]);

const AS_OF = fc.constantFrom("2006-08-01", "2016-03-01", "2024-08-01", "2026-04-15", "2100-12-31");

/** The library's verdict: `true`, or the codes of the issues it names. */
function verdict(run: () => unknown): true | string[] {
  try {
    run();
    return true;
  } catch (e) {
    if (!isUngrettInputError(e)) throw e;
    return e.issues.map((i) => i.code);
  }
}

describe("notBeforePattern", () => {
  it("matches a date exactly when it is on or after the bound", () => {
    const date = isoDateBetween("0001-01-01", "9999-12-31");
    // Far apart, and within 400 days of each other (where the two share most of their digits).
    const near = fc
      .tuple(isoDateBetween("0003-01-01", "9997-12-31"), fc.integer({ min: -400, max: 400 }))
      .map(([d, n]) => [d, addDays(d, n)] as const);
    fc.assert(
      fc.property(fc.oneof(fc.tuple(date, date), near), ([a, bound]) => {
        expect(new RegExp(notBeforePattern(bound)).test(a), `${a} against ${bound}`).toBe(a >= bound);
      }),
      { numRuns: 5000 },
    );
  });

  it("draws the line on the bound itself, to the day", () => {
    for (const bound of [
      "1900-01-01",
      "2000-01-01",
      "2006-07-01",
      "2006-08-01",
      "2019-12-31",
      "2020-10-10",
      "0001-01-01",
    ]) {
      const re = new RegExp(notBeforePattern(bound));
      expect(re.test(bound), bound).toBe(true);
      if (bound !== "0001-01-01") expect(re.test(addDays(bound, -1)), bound).toBe(false);
      expect(re.test(addDays(bound, 1)), bound).toBe(true);
    }
  });
});

describe.each(FUNCTIONS.map((f) => [f.name, f] as const))("the JSON Schemas of %s against the library", (name, f) => {
  const input: ValidateFunction = ajv.compile(inputJsonSchema(f));
  const options: ValidateFunction = ajv.compile(optionsJsonSchema(f));

  it("never refuse an input the library accepts; accept one it refuses only for a check they cannot make", () => {
    fc.assert(
      fc.property(nearVectors(name), AS_OF, (value, asOf) => {
        const library = verdict(() => f.evaluate(value as never, { asOf }));
        const schema = input(value);
        if (library === true) expect(schema, JSON.stringify(value)).toBe(true);
        else if (schema)
          expect(
            library.filter((c) => !NOT_IN_SCHEMA.has(c)),
            JSON.stringify(value),
          ).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("accept exactly the options the library accepts", () => {
    const area = AREAS.find((a) => a.id === f.area);
    const ids = area?.parameters.map((p) => p.id) ?? [];
    const value = fc.oneof(
      fc.integer({ min: -2, max: 400 }),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -2, max: 2 }),
      fc.constantFrom(null, true, "08-01", "02-29", "13-01", "whole-up", "exact", "calendar-days", "16th-birthday"),
      fc.jsonValue({ maxDepth: 1 }),
    );
    const opts = fc.oneof(
      fc.record(
        {
          asOf: fc.oneof(
            isoDateBetween("2005-01-01", "2030-12-31"),
            fc.constantFrom("2024-02-30", "2024-2-01", 20240101),
          ),
          version: fc.oneof(fc.constantFrom(...(area?.versions.map((v) => v.id) ?? [])), fc.string({ maxLength: 8 })),
          parameters: fc.dictionary(fc.oneof(fc.constantFrom(...ids), fc.string({ maxLength: 8 })), value, {
            maxKeys: 3,
          }),
          extra: fc.jsonValue({ maxDepth: 0 }),
        },
        { requiredKeys: [] },
      ),
      fc.jsonValue({ maxDepth: 2 }),
    );
    fc.assert(
      fc.property(opts, (o) => {
        const library = verdict(() => f.prepare(o as never));
        expect(options(o), JSON.stringify(o)).toBe(library === true);
      }),
      { numRuns: 300 },
    );
  });
});
