import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as conformance from "../src/conformance/index.js";
import { explain as consentExplain } from "../src/consent/index.js";
import * as ungrett from "../src/index.js";
import { explain, FUNCTIONS, isUngrettInputError, UngrettInputError } from "../src/index.js";
import { explain as navExplain } from "../src/nav/index.js";
import { explain as otExplain } from "../src/ot/index.js";
import { explain as outreachExplain } from "../src/outreach/index.js";
import { nearVectors as mutated } from "./helpers/arbitraries.js";
import {
  expectDecision,
  HOSTILE_VALUES,
  Hostile,
  hostile,
  nest,
  onlyResultOrInputError,
  pathsOf,
  plant,
} from "./helpers/hostile.js";
import { TEXTS } from "./helpers/texts.js";

/*
 * Fuzzing every public function: each call returns a decision (or, for a helper, its
 * result) or throws the library's own input error, within its bounds. Nothing else is
 * thrown, whatever the caller passes: arbitrary JSON, BigInt, symbols, functions, class
 * instances, getters and Proxies that throw, huge arrays, 10,000 levels of nesting, and
 * the extreme valid dates.
 */
const dates = fc.constantFrom("2006-08-01", "2024-07-31", "2024-08-01", "2026-04-15", "2100-12-31", "2024-02-30", "x");
const EXTREME_DATES = ["0001-01-01", "1900-01-01", "9999-12-31"] as const;

const options = fc.oneof(
  fc.jsonValue(),
  fc.record({ asOf: dates }),
  fc.record(
    { asOf: dates, version: fc.string(), parameters: fc.dictionary(fc.string(), fc.jsonValue()) },
    { requiredKeys: ["asOf"] },
  ),
);

const vectorsOf = (name: string) => conformance.VECTORS.filter((v) => v.function === name);

describe.each(FUNCTIONS.map((f) => [f.name, f] as const))("fuzzing %s", (name, f) => {
  const check = (input: unknown, opts: unknown): void => {
    onlyResultOrInputError(() => f.evaluate(input as never, opts as never), expectDecision);
  };
  const vectors = vectorsOf(name);
  const seeds = fc.constantFrom(...vectors);

  it(`${name}: arbitrary JSON gives a decision or the library's input error`, () => {
    fc.assert(fc.property(fc.jsonValue(), options, check), { numRuns: 150 });
  });

  it(`${name}: inputs near the vectors give a decision or the library's input error`, () => {
    fc.assert(fc.property(mutated(name), fc.record({ asOf: dates }), check), { numRuns: 150 });
  });

  it(`${name}: a hostile value anywhere in the input, or as the input, gives a decision or the input error`, () => {
    fc.assert(
      fc.property(seeds, fc.nat(), hostile, (v, at, x) => {
        const paths = pathsOf(v.input);
        const path = paths[at % paths.length] ?? [];
        check(plant(v.input, path, x.value), conformance.optionsOf(v));
      }),
      { numRuns: 120 },
    );
  });

  it(`${name}: a hostile value anywhere in the options, or as the options, gives a decision or the input error`, () => {
    fc.assert(
      fc.property(seeds, fc.constantFrom("", "asOf", "version", "parameters", "parameter"), hostile, (v, at, h) => {
        const x = h.value;
        const base = conformance.optionsOf(v);
        const area = ungrett.AREAS.find((a) => a.id === f.area);
        const parameter = area?.parameters[0]?.id ?? "x";
        const opts =
          at === ""
            ? x
            : at === "parameter"
              ? { ...base, parameters: { ...base.parameters, [parameter]: x } }
              : { ...base, [at]: x };
        check(v.input, opts);
        onlyResultOrInputError(() => f.prepare(opts as never));
      }),
      { numRuns: 120 },
    );
  });

  it(`${name}: every hostile value, as the input, in each field and as the options`, () => {
    const v = vectors[0] as conformance.Vector;
    for (const [what, x] of HOSTILE_VALUES) {
      expect(() => check(x, conformance.optionsOf(v)), what).not.toThrow();
      expect(() => check(v.input, x), what).not.toThrow();
      for (const path of pathsOf(v.input).slice(1)) {
        expect(() => check(plant(v.input, path, x), conformance.optionsOf(v)), `${what} at ${path}`).not.toThrow();
      }
    }
  });

  it(`${name}: the extreme valid dates, as asOf and in every date of the input, give a decision or the input error`, () => {
    const swap = (x: unknown, date: string): unknown => {
      if (typeof x === "string" && /^\d{4}-\d{2}-\d{2}$/.test(x)) return date;
      if (typeof x === "number" && Number.isInteger(x) && x >= 1900 && x <= 2200) return Number(date.slice(0, 4));
      if (Array.isArray(x)) return x.map((y) => swap(y, date));
      if (typeof x === "object" && x !== null)
        return Object.fromEntries(Object.entries(x).map(([k, y]) => [k, swap(y, date)]));
      return x;
    };
    let decisions = 0;
    for (const v of vectors) {
      for (const asOf of EXTREME_DATES) {
        for (const inDate of [null, ...EXTREME_DATES]) {
          const input = inDate === null ? v.input : swap(v.input, inDate);
          const opts = { ...conformance.optionsOf(v), asOf };
          const error = onlyResultOrInputError(() => f.evaluate(input as never, opts as never), expectDecision);
          if (error === undefined) decisions++;
        }
      }
    }
    // 9999-12-31 is in force for every area: some of these are decisions, not only errors.
    expect(decisions).toBeGreaterThan(0);
  });

  it(`${name}: prepare answers only with prepared options or the input error`, () => {
    fc.assert(
      fc.property(options, (opts) => {
        onlyResultOrInputError(() => f.prepare(opts as never));
      }),
      { numRuns: 100 },
    );
  });
});

describe("fuzzing explain", () => {
  const explains = [
    ["explain (every area)", explain],
    ["ungrett/ot explain", otExplain],
    ["ungrett/consent explain", consentExplain],
    ["ungrett/outreach explain", outreachExplain],
    ["ungrett/nav explain", navExplain],
  ] as const;
  const decisions = conformance.VECTORS.filter((v) => !("error" in v.expected)).map((v) => {
    const f = FUNCTIONS.find((x) => x.name === v.function);
    return f?.evaluate(v.input as never, conformance.optionsOf(v));
  });

  it.each(explains)("%s: a hostile value as the decision or the locale, or anywhere in a decision", (_, ex) => {
    fc.assert(
      fc.property(
        fc.constantFrom(...decisions),
        fc.nat(),
        hostile,
        fc.constantFrom<unknown>("nb", "nn", "en", "de", TEXTS.nn, TEXTS.en, { ...TEXTS.nb }),
        (d, at, x, l) => {
          const paths = pathsOf(d);
          const path = paths[at % paths.length] ?? [];
          onlyResultOrInputError(() => ex(plant(d, path, x) as never, l as never));
          onlyResultOrInputError(() => ex(x as never, l as never));
          onlyResultOrInputError(() => ex(d as never, x as never));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("fuzzing the helpers", () => {
  const helpers = Object.entries(ungrett).filter(
    ([name, v]) => typeof v === "function" && !/^[A-Z]/.test(name) && !FUNCTIONS.some((f) => f.name === name),
  ) as [string, (...args: unknown[]) => unknown][];
  const conformanceHelpers = Object.entries(conformance).filter(([, v]) => typeof v === "function") as [
    string,
    (...args: unknown[]) => unknown,
  ][];

  it("lists the helpers it fuzzes (every exported function that is not a rule, a class or explain)", () => {
    expect(helpers.map(([n]) => n).sort()).toEqual(
      [
        "addDays",
        "ageOn",
        "birthdayAt",
        "daysBetween",
        "defineTexts",
        "describeParameter",
        "navEasterSunday",
        "explain",
        "outreachFieldTimeBand",
        "findFunction",
        "consentGuardianConfidentialityAge",
        "inForce",
        "isIsoDate",
        "isLeapYear",
        "isUngrettInputError",
        "navPublicHolidays",
        "consentPrepare",
        "navPrepare",
        "otPrepare",
        "otTargetGroupValidated",
        "outreachPrepare",
        "parseIsoDate",
        "otSchoolYearOf",
        "titleOf",
        "valueOn",
        "versionsInForce",
      ].sort(),
    );
  });

  const args = fc.array(fc.oneof(hostile, fc.constantFrom(...EXTREME_DATES, 0, 1, -1, 24, "08-01")), {
    maxLength: 3,
  });

  it.each([...helpers, ...conformanceHelpers])("%s answers any arguments with a result or the input error", (_, fn) => {
    fc.assert(
      fc.property(args, (xs) => {
        onlyResultOrInputError(() => fn(...xs.map((x) => (x instanceof Hostile ? x.value : x))));
      }),
      { numRuns: 200 },
    );
  });

  it("the extreme dates give results or the input error, never a RangeError", () => {
    for (const a of EXTREME_DATES) {
      for (const b of EXTREME_DATES) {
        for (const n of [-1, 0, 1, 24, 3_652_059, -3_652_059]) {
          onlyResultOrInputError(() => ungrett.addDays(a, n));
          onlyResultOrInputError(() => ungrett.birthdayAt(a, n));
          onlyResultOrInputError(() => ungrett.daysBetween(a, b));
          onlyResultOrInputError(() => ungrett.ageOn(a, b));
          onlyResultOrInputError(() => ungrett.otSchoolYearOf(a, "08-01"));
        }
      }
    }
    expect(ungrett.addDays("9999-12-31", 0)).toBe("9999-12-31");
    expect(() => ungrett.addDays("9999-12-31", 1)).toThrow(UngrettInputError);
    expect(() => ungrett.birthdayAt("9990-01-01", 24)).toThrow(UngrettInputError);
    expect(ungrett.otSchoolYearOf("9999-12-31", "08-01")).toEqual({ start: "9999-08-01", end: null });
    expect(ungrett.otSchoolYearOf("0001-03-01", "08-01")).toEqual({ start: null, end: "0001-07-31" });
  });

  it("runConformance takes any implementation: one that throws anything, returns anything or is no object", () => {
    const vectors = conformance.VECTORS.slice(0, 20);
    const weird = [
      null,
      undefined,
      5,
      new Proxy(
        {},
        {
          get: () => {
            throw new Error("trap");
          },
        },
      ),
      Object.fromEntries(FUNCTIONS.map((f) => [f.name, () => 10n])),
      Object.fromEntries(FUNCTIONS.map((f) => [f.name, () => nest(10_000)])),
      Object.fromEntries(
        FUNCTIONS.map((f) => [
          f.name,
          () => {
            throw 10n;
          },
        ]),
      ),
      Object.fromEntries(
        FUNCTIONS.map((f) => [
          f.name,
          () => {
            throw { issues: nest(10_000) };
          },
        ]),
      ),
    ];
    for (const impl of weird) {
      const report = conformance.runConformance(impl as never, vectors);
      expect(report.passed + report.failed).toBe(vectors.length);
      for (const r of report.results) expect(r.difference === null || typeof r.difference === "string").toBe(true);
    }
    expect(conformance.runConformance(ungrett as never).failed).toBe(0);
  });

  it("a bad input error is an input error, whatever the issues it is given", () => {
    for (const [, x] of HOSTILE_VALUES) {
      const e = new UngrettInputError(x as never, x as never, x as never);
      expect(isUngrettInputError(e)).toBe(true);
      expect(e.message.length).toBeLessThanOrEqual(2_000);
      expect(isUngrettInputError(x)).toBe(false);
    }
  });
});
