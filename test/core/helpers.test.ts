import { describe, expect, it } from "vitest";
import { consentGuardianConfidentialityAge } from "../../src/consent/index.js";
import {
  addDays,
  ageOn,
  birthdayAt,
  daysBetween,
  describeParameter,
  inForce,
  isIsoDate,
  isLeapYear,
  parseIsoDate,
  valueOn,
  versionsInForce,
} from "../../src/core/helpers.js";
import { navEasterSunday, navPublicHolidays } from "../../src/nav/index.js";
import { OT_2024, OT_UPPER_AGE, OT_VERSIONS, otSchoolYearOf } from "../../src/ot/index.js";
import { outreachFieldTimeBand } from "../../src/outreach/index.js";
import { thrown } from "../helpers/errors.js";

/*
 * The exported helpers check their arguments: a wrong one is an UngrettInputError naming
 * it (by type and size, never by value), and a right one gives what it always gave.
 */

const issue = (f: () => unknown) => thrown(f).issues[0];

describe("date helpers", () => {
  it("give what they always gave for good arguments", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(ageOn("2008-02-29", "2026-03-01")).toBe(18);
    expect(birthdayAt("2008-02-29", 18)).toBe("2026-03-01");
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(1900)).toBe(false);
  });

  it("name the argument that is not a calendar date, or not a whole number in range", () => {
    expect(issue(() => addDays("Kari 2024-02-30", 1))).toEqual({
      path: "date",
      code: "invalid_date",
      message: "must be a calendar date (YYYY-MM-DD), got a string of 15 characters",
    });
    expect(issue(() => addDays("2024-01-01", 1.5))).toMatchObject({ path: "days", code: "invalid_number" });
    expect(issue(() => addDays("2024-01-01", 10_000_000))).toMatchObject({ path: "days", code: "invalid_number" });
    expect(issue(() => ageOn("2008-01-01", 20260101 as never))).toMatchObject({ path: "asOf", code: "invalid_date" });
    expect(issue(() => birthdayAt("2008-01-01", -1))).toMatchObject({ path: "age", code: "invalid_number" });
    expect(issue(() => daysBetween(null as never, "2024-01-01"))).toMatchObject({ path: "from" });
    expect(issue(() => isLeapYear("2024" as never))).toEqual({
      path: "year",
      code: "invalid_number",
      message: "must be a whole number from -1000000000000000 to 1000000000000000, got a string of 4 characters",
    });
  });

  it("refuse a result outside 0001-01-01 to 9999-12-31 as an input error on the argument that leads there", () => {
    expect(issue(() => addDays("9999-12-31", 1))).toMatchObject({ path: "days", code: "out_of_range" });
    expect(issue(() => addDays("0001-01-01", -1))).toMatchObject({ path: "days", code: "out_of_range" });
    expect(issue(() => birthdayAt("9990-06-01", 24))).toMatchObject({ path: "age", code: "out_of_range" });
    expect(addDays("0001-01-02", -1)).toBe("0001-01-01");
  });

  it("isIsoDate and parseIsoDate take any value", () => {
    for (const v of [10n, Symbol("s"), null, {}, 20240101]) {
      expect(isIsoDate(v)).toBe(false);
      expect(parseIsoDate(v)).toBeNull();
    }
    expect(parseIsoDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
  });
});

describe("parameter and version helpers", () => {
  it("read a parameter's values and describe it as plain JSON", () => {
    const v = valueOn(OT_UPPER_AGE, "2026-04-15");
    expect(v).toMatchObject({ from: "2024-08-01", value: 24 });
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    const info = describeParameter(OT_UPPER_AGE);
    expect(info.id).toBe("ot.upper-age");
    expect(info.values.map((x) => x.value)).toEqual([21, 24]);
    expect(Object.getPrototypeOf(info.values[0])).toBe(Object.prototype);
  });

  it("give the caller's own version objects for those in force", () => {
    expect(versionsInForce(OT_VERSIONS, "2026-04-15")).toEqual([OT_2024]);
    expect(versionsInForce(OT_VERSIONS, "2026-04-15")[0]).toBe(OT_2024);
    expect(inForce(OT_2024, "2024-07-31")).toBe(false);
  });

  it("name what is wrong with a parameter or a version they are given", () => {
    expect(issue(() => valueOn({ values: "x" } as never, "2026-01-01"))).toMatchObject({
      path: "param.values",
      code: "invalid_type",
    });
    expect(issue(() => describeParameter({} as never))).toMatchObject({ path: "p.id", code: "required" });
    expect(issue(() => inForce({ validFrom: "2024-02-30", validTo: null } as never, "2026-01-01"))).toMatchObject({
      path: "version.validFrom",
      code: "invalid_date",
    });
    expect(issue(() => versionsInForce([null] as never, "2026-01-01"))).toMatchObject({ path: "versions[0]" });
  });
});

describe("area helpers", () => {
  it("give what they always gave for good arguments", () => {
    expect(otSchoolYearOf("2026-04-15", "08-01")).toEqual({ start: "2025-08-01", end: "2026-07-31" });
    expect(navEasterSunday(2025)).toBe("2025-04-20");
    expect(navPublicHolidays(2025)).toHaveLength(12);
    expect(outreachFieldTimeBand(0.32, 0.2, 0.4)).toBe("within");
  });

  it("name the argument that is wrong", () => {
    expect(issue(() => otSchoolYearOf("2026-04-15", "02-29"))).toMatchObject({
      path: "startMonthDay",
      code: "invalid_month_day",
    });
    expect(issue(() => otSchoolYearOf("x", "08-01"))).toMatchObject({ path: "date", code: "invalid_date" });
    expect(issue(() => navEasterSunday(0))).toMatchObject({ path: "year", code: "invalid_number" });
    expect(issue(() => navPublicHolidays(10_000))).toMatchObject({ path: "year", code: "invalid_number" });
    expect(issue(() => outreachFieldTimeBand(0.3, Number.NaN, 0.4))).toEqual({
      path: "min",
      code: "invalid_number",
      message: "must be a finite number, got a number that is not finite",
    });
    expect(issue(() => consentGuardianConfidentialityAge({} as never))).toMatchObject({
      path: "ev",
      code: "invalid_type",
    });
  });

  it("a list the caller may change is a copy: the next call gives the same holidays", () => {
    const first = navPublicHolidays(2025);
    first.length = 0;
    expect(navPublicHolidays(2025)).toHaveLength(12);
  });
});
