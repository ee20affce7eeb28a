import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { ISO_DATE } from "../../src/conformance/json-schemas.js";
import { MONTH_DAY } from "../../src/core/date-patterns.js";
import { isIsoDate, isLeapYear } from "../../src/core/dates.js";
import { type InputIssue, isUngrettInputError, UngrettInputError } from "../../src/core/errors.js";
import { TOO_DEEP, TOO_LARGE, TOO_LONG, UNREADABLE } from "../../src/core/read.js";
import { isoDateSchema, monthDaySchema, pathText, toInputIssues } from "../../src/core/schema.js";
import { outreachFieldTimeShare } from "../../src/outreach/index.js";

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
        message: "must have at least 2 items, got an array of 1 item",
      },
    ]);
    expect(issuesOf(z.array(z.string()).check(z.maxLength(1)), ["a", "b"])).toEqual([
      {
        path: "",
        code: "too_big",
        message: "must have at most 1 items, got an array of 2 items",
      },
    ]);
  });

  it("names the bound and says which side the number lies on, without the number", () => {
    expect(issuesOf(z.number().check(z.maximum(10)), 11)).toEqual([
      { path: "", code: "too_big", message: "must be at most 10, got a larger number" },
    ]);
    expect(issuesOf(z.number().check(z.minimum(1900)), 1899)).toEqual([
      { path: "", code: "too_small", message: "must be at least 1900, got a smaller number" },
    ]);
    expect(issuesOf(z.number().check(z.gt(0)), 0)).toEqual([
      { path: "", code: "too_small", message: "must be more than 0, got a number that is not" },
    ]);
    expect(issuesOf(z.number().check(z.lt(5)), 7)).toEqual([
      { path: "", code: "too_big", message: "must be less than 5, got a number that is not" },
    ]);
  });

  it("counts the characters of a string that is too short or too long", () => {
    expect(issuesOf(z.string().check(z.minLength(3)), "ab")).toEqual([
      { path: "", code: "too_small", message: "must be at least 3 characters long, got a string of 2 characters" },
    ]);
  });
});

describe("toInputIssues: formats", () => {
  it("reports a string that is not shaped like a date as invalid_date", () => {
    expect(issuesOf(isoDateSchema, "2024-1-01")).toEqual([
      {
        path: "",
        code: "invalid_date",
        message: "is not a calendar date (YYYY-MM-DD), got a string of 9 characters",
      },
    ]);
  });

  it("reports a date-shaped string that is no calendar date as invalid_date too", () => {
    expect(issuesOf(isoDateSchema, "2023-02-29")).toEqual([
      {
        path: "",
        code: "invalid_date",
        message: "is not a calendar date (YYYY-MM-DD): there is no such day",
      },
    ]);
  });

  it("reports any other pattern as invalid_format, with its own message when the schema gives one", () => {
    expect(issuesOf(z.string().check(z.regex(/^x+$/)), "y")).toEqual([
      {
        path: "",
        code: "invalid_format",
        message: "has the wrong format, got a string of 1 character",
      },
    ]);
    expect(issuesOf(z.string().check(z.regex(/^x+$/, { error: "must be x's" })), "y")).toEqual([
      { path: "", code: "invalid_format", message: "must be x's, got a string of 1 character" },
    ]);
    expect(issuesOf(z.email(), "nope")).toEqual([
      {
        path: "",
        code: "invalid_format",
        message: "has the wrong format, got a string of 4 characters",
      },
    ]);
  });
});

describe("toInputIssues: types and values", () => {
  it("says what was expected and what was received, by type and size", () => {
    expect(issuesOf(z.int(), 1.5)[0]?.message).toBe("must be a whole number, got a number with a fractional part");
    expect(issuesOf(z.int(), 2 ** 60)[0]?.message).toBe("must be at most 9007199254740991, got a larger number");
    expect(issuesOf(z.string(), 2 ** 60)[0]?.message).toBe(
      "must be a string, got a whole number too large to be exact",
    );
    expect(issuesOf(z.string(), 7)[0]?.message).toBe("must be a string, got a whole number");
    expect(issuesOf(z.number(), Number.NaN)[0]?.message).toBe("must be a number, got a number that is not finite");
    expect(issuesOf(z.boolean(), "yes")[0]?.message).toBe("must be true or false, got a string of 3 characters");
    expect(issuesOf(z.string(), true)[0]?.message).toBe("must be a string, got a boolean");
    expect(issuesOf(z.string(), null)[0]?.message).toBe("must be a string, got null");
    expect(issuesOf(z.object({}), [])[0]?.message).toBe("must be an object, got an array of 0 items");
    expect(issuesOf(z.array(z.string()), {})[0]?.message).toBe("must be an array, got an object");
    expect(issuesOf(z.record(z.string(), z.number()), "x")[0]?.message).toBe(
      "must be an object, got a string of 1 character",
    );
    expect(issuesOf(z.string(), 10n)[0]?.message).toBe("must be a string, got a bigint");
    expect(issuesOf(z.string(), Symbol("s"))[0]?.message).toBe("must be a string, got a symbol");
    expect(issuesOf(z.string(), () => 1)[0]?.message).toBe("must be a string, got a function");
  });

  it("names a type it has no words for by zod's name", () => {
    expect(issuesOf(z.bigint(), 1)).toEqual([
      {
        path: "",
        code: "invalid_type",
        message: "must be bigint, got a whole number",
      },
    ]);
  });

  it("names what the library did not read instead of a type", () => {
    const at = (v: unknown) => issuesOf(z.string(), v)[0]?.message;
    expect(at(UNREADABLE)).toBe("must be a string, got a value that could not be read (a getter or a Proxy threw)");
    expect(at(TOO_DEEP)).toBe("must be a string, got a value nested more than 32 levels deep");
    expect(at(TOO_LONG)).toBe("must be a string, got an array or object of more than 10,000 items");
    expect(at(TOO_LARGE)).toBe("must be a string, got a value past the first 100,000 values of the argument");
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
        message: 'must be one of "a", "b", got a string of 1 character',
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
        message: "is not a month and day that every year has (MM-DD, not 02-29)",
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
        message: "is not valid here, got a boolean",
      },
    ]);
    expect(issuesOf(z.number().check(z.multipleOf(5)), 7)).toEqual([
      {
        path: "",
        code: "not_multiple_of",
        message: "is not valid here, got a whole number",
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
    expect(issue).toEqual({
      path: "a.b",
      code: "invalid_type",
      message: "must be a number, got a string of 1 character",
    });
  });

  it("cuts a field name from the caller's object to 64 characters, and the whole path to 256", () => {
    const key = "k".repeat(1_000);
    const [issue] = issuesOf(z.strictObject({}), { [key]: 1 });
    expect(issue?.path).toBe(`${"k".repeat(63)}…`);
    expect(
      pathText(
        "",
        Array.from({ length: 40 }, () => key),
      ).length,
    ).toBe(256);
  });

  it("replaces control characters in a field name, so a path is one line of text", () => {
    const [issue] = issuesOf(z.strictObject({}), { "a\nb\u202ec": 1 });
    expect(issue?.path).toBe("a?b?c");
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
    expect(e.issues).toEqual(issues);
    expect(e.omitted).toBe(0);
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
  it("says NaN and Infinity are numbers that are not finite: not null, and no word a program would print", () => {
    for (const value of [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN]) {
      try {
        outreachFieldTimeShare({ fieldHours: value, totalHours: 10 }, { asOf: "2026-01-01" });
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(UngrettInputError);
        const message = (e as UngrettInputError).issues[0]?.message;
        expect(message).toBe("must be a number, got a number that is not finite");
        expect((e as UngrettInputError).message).not.toMatch(/null|NaN|Infinity|undefined/);
      }
    }
  });
});
