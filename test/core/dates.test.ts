import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  ageOn,
  birthdayAt,
  daysBetween,
  formatIsoDate,
  isIsoDate,
  onMonthDay,
  parseIsoDate,
  yearOf,
} from "../../src/core/dates.js";
import { known } from "../helpers/arbitraries.js";

describe("ISO calendar dates", () => {
  it.each(["2024-02-29", "2000-02-29", "2023-12-31", "0001-01-01", "9999-12-31"])("accepts the real date %s", (d) => {
    expect(isIsoDate(d)).toBe(true);
  });

  it.each([
    "2024-02-30",
    "2023-02-29",
    "1900-02-29",
    "2024-13-01",
    "2024-00-10",
    "2024-01-00",
    "2024-04-31",
    "2024-1-01",
    "24-01-01",
    "2024-01-01T00:00:00Z",
    " 2024-01-01",
    "0000-01-01",
    "",
  ])("rejects %j", (d) => {
    expect(isIsoDate(d)).toBe(false);
    expect(parseIsoDate(d)).toBeNull();
  });

  it("splits a date into its parts", () => {
    expect(parseIsoDate("2026-04-15")).toEqual({ year: 2026, month: 4, day: 15 });
    expect(yearOf("2026-04-15")).toBe(2026);
    expect(yearOf("0999-01-01")).toBe(999);
    expect(formatIsoDate(7, 3, 9)).toBe("0007-03-09");
    expect(formatIsoDate(2029, 12, 31)).toBe("2029-12-31");
  });

  it("formats and reads back every year, month and day, zero-padded", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const s = formatIsoDate(y, m, d);
          expect(s).toBe(`${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
          expect(yearOf(known(s))).toBe(y);
        },
      ),
    );
  });

  it("moves dates by calendar days across months, years and leap days", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(addDays("2024-03-31", -31)).toBe("2024-02-29");
    expect(onMonthDay(2025, "08-01")).toBe("2025-08-01");
  });

  it("counts calendar days between dates", () => {
    expect(daysBetween("2025-05-02", "2025-05-05")).toBe(3);
    expect(daysBetween("2025-05-05", "2025-05-02")).toBe(-3);
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
    expect(daysBetween("2025-03-29", "2025-03-31")).toBe(2); // across the EU DST change
  });
});

describe("age in completed years", () => {
  it("turns a year older on the birthday, not the day before", () => {
    expect(ageOn("2010-09-01", "2026-08-31")).toBe(15);
    expect(ageOn("2010-09-01", "2026-09-01")).toBe(16);
    expect(ageOn("2010-09-01", "2026-09-02")).toBe(16);
    expect(ageOn("2010-09-01", "2010-09-01")).toBe(0);
  });

  it("makes someone born 29 February a year older on 1 March in common years", () => {
    expect(ageOn("2008-02-29", "2025-02-28")).toBe(16);
    expect(ageOn("2008-02-29", "2025-03-01")).toBe(17);
    expect(ageOn("2008-02-29", "2028-02-28")).toBe(19);
    expect(ageOn("2008-02-29", "2028-02-29")).toBe(20);
    expect(birthdayAt("2008-02-29", 17)).toBe("2025-03-01");
    expect(birthdayAt("2008-02-29", 20)).toBe("2028-02-29");
    expect(birthdayAt("2010-09-01", 16)).toBe("2026-09-01");
  });

  it("moves only 29 February: other 29ths and other February days keep their date in common years", () => {
    expect(birthdayAt("2004-05-29", 19)).toBe("2023-05-29");
    expect(birthdayAt("2004-01-29", 21)).toBe("2025-01-29");
    expect(birthdayAt("2004-02-28", 19)).toBe("2023-02-28");
    expect(birthdayAt("2004-02-10", 21)).toBe("2025-02-10");
  });
});

describe("dates given to the arithmetic unchecked", () => {
  it("refuses an impossible date with a RangeError rather than a wrong age", () => {
    expect(() => ageOn("2024-02-30", "2026-01-01")).toThrow(RangeError);
    expect(() => addDays("2023-02-29", 1)).toThrow(/not an ISO calendar date/);
  });
});
