import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { ISO_DATE } from "../../src/conformance/json-schemas.js";
import { MONTH_DAY } from "../../src/core/date-patterns.js";
import { isIsoDate, isLeapYear } from "../../src/core/dates.js";
import { type InputIssue, isUngrettInputError, UngrettInputError } from "../../src/core/errors.js";
import { isoDateSchema, monthDaySchema, toInputIssues } from "../../src/core/schema.js";
import { fieldTimeShare } from "../../src/outreach/index.js";

/** The library's issues for `value` under `schema` (which must reject it). */
const issuesOf = (schema: z.ZodMiniType, value: unknown, prefix?: string): InputIssue[] => {
  const r = z.safeParse(schema, value);
  if (r.success) throw new Error(`expected ${JSON.stringify(value)} to be rejected`);
  return toInputIssues(r.error.issues, value, prefix);
};

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

describe("the date regexes, which the JSON Schemas carry as patterns", () => {
  it("accepts 29 February exactly in the leap years, over every year 0000 to 9999", () => {
    for (let year = 0; year <= 9999; year++) {
      const date = `${pad(year, 4)}-02-29`;
      expect(ISO_DATE.test(date), date).toBe(year > 0 && isLeapYear(year));
      expect(ISO_DATE.test(date), date).toBe(isIsoDate(date));
    }
  });

  it("agrees with the calendar on every month 00–19 and day 00–39 of years of each kind", () => {
    // Year 0 (no such year), common, leap, a century that is not leap, one that is, the last.
    for (const year of ["0000", "0001", "0004", "1900", "2000", "2023", "2024", "2100", "9999"]) {
      for (let month = 0; month <= 19; month++) {
        for (let day = 0; day <= 39; day++) {
          const date = `${year}-${pad(month, 2)}-${pad(day, 2)}`;
          expect(ISO_DATE.test(date), date).toBe(isIsoDate(date));
        }
      }
    }
  });

  it("agrees with the calendar on any string of the date's shape, and refuses any other", () => {
    const digits = (n: number) => fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: n, maxLength: n });
    const shaped = fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`);
    fc.assert(fc.property(shaped, (s) => ISO_DATE.test(s) === isIsoDate(s)));
    fc.assert(fc.property(fc.string(), (s) => !ISO_DATE.test(s) || isIsoDate(s)));
    for (const s of ["2024-02-29\n", " 2024-02-29", "2024-2-29", "+2024-02-29", "20240229", "2024-02-29T00:00"]) {
      expect(ISO_DATE.test(s), s).toBe(false);
    }
  });

  it("MONTH_DAY accepts exactly the month and day pairs that exist in every year", () => {
    for (let month = 0; month <= 19; month++) {
      for (let day = 0; day <= 39; day++) {
        const md = `${pad(month, 2)}-${pad(day, 2)}`;
        expect(MONTH_DAY.test(md), md).toBe(isIsoDate(`2001-${md}`));
      }
    }
  });
});

describe("toInputIssues: bounds", () => {
  it("counts items for arrays that are too short or too long", () => {
    expect(issuesOf(z.array(z.string()).check(z.minLength(2)), ["a"])).toEqual([
      {
        path: "",
        code: "too_small",
        message: "must be at least 2 items, got an array",
      },
    ]);
    expect(issuesOf(z.array(z.string()).check(z.maxLength(1)), ["a", "b"])).toEqual([
      {
        path: "",
        code: "too_big",
        message: "must be at most 1 items, got an array",
      },
    ]);
  });

  it("names the bound and the number received, and marks an exclusive bound", () => {
    expect(issuesOf(z.number().check(z.maximum(10)), 11)).toEqual([
      {
        path: "",
        code: "too_big",
        message: "must be at most 10, got number 11",
      },
    ]);
    expect(issuesOf(z.number().check(z.gt(0)), 0)).toEqual([
      {
        path: "",
        code: "too_small",
        message: "must be at least 0 (exclusive), got number 0",
      },
    ]);
  });
});

describe("toInputIssues: formats", () => {
  it("reports a string that is not shaped like a date as invalid_date", () => {
    expect(issuesOf(isoDateSchema, "2024-1-01")).toEqual([
      {
        path: "",
        code: "invalid_date",
        message: '"2024-1-01" is not a calendar date (YYYY-MM-DD)',
      },
    ]);
  });

  it("reports a date-shaped string that is no calendar date as invalid_date too", () => {
    expect(issuesOf(isoDateSchema, "2023-02-29")).toEqual([
      {
        path: "",
        code: "invalid_date",
        message: '"2023-02-29" is not a calendar date (YYYY-MM-DD)',
      },
    ]);
  });

  it("reports any other pattern as invalid_format, with its own message when the schema gives one", () => {
    expect(issuesOf(z.string().check(z.regex(/^x+$/)), "y")).toEqual([
      {
        path: "",
        code: "invalid_format",
        message: 'has the wrong format, got string "y"',
      },
    ]);
    expect(issuesOf(z.string().check(z.regex(/^x+$/, { error: "must be x's" })), "y")).toEqual([
      { path: "", code: "invalid_format", message: "must be x's" },
    ]);
    expect(issuesOf(z.email(), "nope")).toEqual([
      {
        path: "",
        code: "invalid_format",
        message: 'has the wrong format, got string "nope"',
      },
    ]);
  });
});

describe("toInputIssues: types and values", () => {
  it("says what was expected and what was received", () => {
    expect(issuesOf(z.int(), 1.5)[0]?.message).toBe("must be a whole number, got number 1.5");
    expect(issuesOf(z.number(), Number.NaN)[0]?.message).toBe("must be a number, got NaN");
    expect(issuesOf(z.boolean(), "yes")[0]?.message).toBe('must be true or false, got string "yes"');
    expect(issuesOf(z.string(), null)[0]?.message).toBe("must be a string, got null");
    expect(issuesOf(z.object({}), [])[0]?.message).toBe("must be an object, got an array");
    expect(issuesOf(z.array(z.string()), {})[0]?.message).toBe("must be an array, got an object");
  });

  it("names a type it has no words for by zod's name", () => {
    expect(issuesOf(z.bigint(), 1)).toEqual([
      {
        path: "",
        code: "invalid_type",
        message: "must be bigint, got number 1",
      },
    ]);
  });

  it("reports a missing field as required", () => {
    expect(issuesOf(z.strictObject({ n: z.number() }), {})).toEqual([
      { path: "n", code: "required", message: "is required (a number)" },
    ]);
  });

  it("lists the allowed values, and says nothing was given for a missing enum field", () => {
    const s = z.strictObject({ k: z.enum(["a", "b"]) });
    expect(issuesOf(s, { k: "c" })).toEqual([
      {
        path: "k",
        code: "invalid_value",
        message: 'must be one of "a", "b", got string "c"',
      },
    ]);
    expect(issuesOf(s, {})).toEqual([
      {
        path: "k",
        code: "invalid_value",
        message: 'must be one of "a", "b", got nothing',
      },
    ]);
  });

  it("names every unknown field separately", () => {
    const message = "is not a field of this input (check the spelling)";
    expect(issuesOf(z.strictObject({}), { a: 1, b: 2 })).toEqual([
      { path: "a", code: "unknown_field", message },
      { path: "b", code: "unknown_field", message },
    ]);
  });
});

describe("toInputIssues: refinements and other codes", () => {
  it("takes the code of a refinement from its params", () => {
    expect(issuesOf(monthDaySchema, "02-29")).toEqual([
      {
        path: "",
        code: "invalid_month_day",
        message: '"02-29" is not a month and day (MM-DD)',
      },
    ]);
  });

  it("gives a refinement without a code the code invalid", () => {
    expect(issuesOf(z.string().check(z.refine((s) => s.length > 1, { error: "too short" })), "a")).toEqual([
      { path: "", code: "invalid", message: "too short" },
    ]);
  });

  it("passes other codes through with a generic message naming what was received", () => {
    expect(issuesOf(z.union([z.string(), z.number()]), true)).toEqual([
      {
        path: "",
        code: "invalid_union",
        message: "is not valid here, got boolean true",
      },
    ]);
    expect(issuesOf(z.number().check(z.multipleOf(5)), 7)).toEqual([
      {
        path: "",
        code: "not_multiple_of",
        message: "is not valid here, got number 7",
      },
    ]);
  });
});

describe("toInputIssues: paths", () => {
  const contacts = z.strictObject({ contacts: z.array(z.strictObject({ date: isoDateSchema })) });

  it("writes array indices in brackets and fields after dots", () => {
    const input = { contacts: [{ date: "2025-01-01" }, { date: "2025-13-01" }] };
    expect(issuesOf(contacts, input).map((i) => i.path)).toEqual(["contacts[1].date"]);
  });

  it("puts a prefix before the path", () => {
    expect(issuesOf(z.strictObject({ asOf: isoDateSchema }), { asOf: "x" }, "options").map((i) => i.path)).toEqual([
      "options.asOf",
    ]);
    expect(issuesOf(z.array(z.number()), ["x"], "options.parameters.p").map((i) => i.path)).toEqual([
      "options.parameters.p[0]",
    ]);
  });

  it("reads the received value at the issue's path", () => {
    const [issue] = issuesOf(z.strictObject({ a: z.strictObject({ b: z.number() }) }), { a: { b: "7" } });
    expect(issue).toEqual({ path: "a.b", code: "invalid_type", message: 'must be a number, got string "7"' });
  });
});

describe("UngrettInputError", () => {
  const issues: InputIssue[] = [
    {
      path: "birthYear",
      code: "invalid_type",
      message: 'must be a whole number, got string "x"',
    },
    { path: "", code: "invalid_type", message: "must be an object, got null" },
  ];

  it("names the function in its message when given one", () => {
    expect(new UngrettInputError(issues, "otTargetGroup").message).toBe(
      'Invalid input to otTargetGroup: birthYear: must be a whole number, got string "x"; (input): must be an object, got null',
    );
  });

  it("says only 'Invalid input' without a function, and writes the input itself as (input)", () => {
    const e = new UngrettInputError(issues);
    expect(e.message).toBe(
      'Invalid input: birthYear: must be a whole number, got string "x"; (input): must be an object, got null',
    );
    expect(e.issues).toBe(issues);
    expect(e.name).toBe("UngrettInputError");
    expect(e).toBeInstanceOf(Error);
  });
});

describe("isUngrettInputError", () => {
  it("recognises the library's error and a look-alike from another copy of the bundle", () => {
    expect(isUngrettInputError(new UngrettInputError([]))).toBe(true);
    const copy = Object.assign(new Error("Invalid input"), { name: "UngrettInputError", issues: [] });
    expect(isUngrettInputError(copy)).toBe(true);
    expect(isUngrettInputError({ name: "UngrettInputError" })).toBe(true);
  });

  it("rejects other errors and values that merely look similar", () => {
    expect(isUngrettInputError(new TypeError("Invalid input"))).toBe(false);
    expect(isUngrettInputError(new RangeError("UngrettInputError"))).toBe(false);
    expect(isUngrettInputError({ name: "ungrettinputerror", issues: [] })).toBe(false);
    expect(isUngrettInputError({ issues: [] })).toBe(false);
    expect(isUngrettInputError("UngrettInputError")).toBe(false);
    expect(isUngrettInputError(null)).toBe(false);
    expect(isUngrettInputError(undefined)).toBe(false);
  });
});

describe("describing a received value that JSON cannot show", () => {
  // Imported statically: a dynamic import inside a test would run every module's top level
  // inside that test, and Stryker would then no longer see those mutants as static.
  it("names Infinity and NaN as themselves, not as null", () => {
    for (const [value, shown] of [
      [Number.POSITIVE_INFINITY, "Infinity"],
      [Number.NEGATIVE_INFINITY, "-Infinity"],
      [Number.NaN, "NaN"],
    ] as const) {
      try {
        fieldTimeShare({ fieldHours: value, totalHours: 10 }, { asOf: "2026-01-01" });
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(UngrettInputError);
        expect((e as UngrettInputError).issues[0]?.message).toContain(shown);
        expect((e as UngrettInputError).issues[0]?.message).not.toContain("null");
      }
    }
  });
});
