import { describe, expect, it } from "vitest";
import {
  countDays,
  countsAsDay,
  dayNumber,
  lastDayWithin,
  navEasterSunday,
  navPublicHolidays,
  weekday,
} from "../../src/nav/working-days.js";

describe("navEasterSunday: years the shortcuts of the algorithm get wrong", () => {
  it("handles years with a golden number of 1 (year divisible by 19)", () => {
    expect(navEasterSunday(1995)).toBe("1995-04-16");
    expect(navEasterSunday(2014)).toBe("2014-04-20");
    expect(navEasterSunday(2033)).toBe("2033-04-17");
  });

  it("handles the exceptional years where Easter falls on 18 or 19 April", () => {
    expect(navEasterSunday(1954)).toBe("1954-04-18");
    expect(navEasterSunday(1981)).toBe("1981-04-19");
    expect(navEasterSunday(2049)).toBe("2049-04-18");
    expect(navEasterSunday(2076)).toBe("2076-04-19");
  });
});

describe("navPublicHolidays", () => {
  it("writes years before 1000 with four digits", () => {
    const days = navPublicHolidays(800);
    expect(days).toHaveLength(12);
    for (const d of days) expect(d).toMatch(/^0800-\d{2}-\d{2}$/);
    expect(days).toContain("0800-05-17");
  });
});

describe("dayNumber", () => {
  it("rejects a string that is not a calendar date with a RangeError naming it", () => {
    expect(() => dayNumber("2025-02-30")).toThrow(RangeError);
    expect(() => dayNumber("2025-02-30")).toThrow(/2025-02-30/);
  });
});

describe("countDays", () => {
  it("gives 0 when to is before from, in every mode", () => {
    for (const mode of ["calendar-days", "working-days", "norwegian-working-days"] as const) {
      expect(countDays("2025-05-07", "2025-05-05", mode)).toBe(0);
    }
  });

  it("does not count a public holiday that falls on the last day", () => {
    // Thursday 1 May 2025 is a public holiday.
    expect(countDays("2025-04-30", "2025-05-01", "norwegian-working-days")).toBe(0);
    expect(countDays("2025-04-30", "2025-05-02", "norwegian-working-days")).toBe(1);
  });

  it("does not subtract a public holiday on the first day, which is never counted", () => {
    // Thursday 1 May 2025 is a public holiday; from it to Friday is one working day.
    expect(countDays("2025-05-01", "2025-05-02", "norwegian-working-days")).toBe(1);
    expect(countDays("2025-05-01", "2025-05-05", "norwegian-working-days")).toBe(2);
  });

  it("does not subtract a public holiday that falls on a weekend", () => {
    // Saturday 17 May 2025: Friday to Monday is one working day either way.
    expect(countDays("2025-05-16", "2025-05-19", "norwegian-working-days")).toBe(1);
    expect(countDays("2025-05-16", "2025-05-19", "working-days")).toBe(1);
  });
});

describe("countsAsDay", () => {
  it("counts every calendar day, weekends and holidays included, in calendar days", () => {
    expect(countsAsDay("2025-05-17", "calendar-days")).toBe(true); // Saturday and a holiday
    expect(countsAsDay("2025-05-18", "calendar-days")).toBe(true); // Sunday
    expect(countsAsDay("2025-05-17", "working-days")).toBe(false);
  });
});

describe("working days and public holidays", () => {
  it("knows the weekday of a date without the host's clock", () => {
    expect(weekday("1970-01-01")).toBe(3);
    expect(weekday("2025-05-02")).toBe(4);
    expect(weekday("2025-05-05")).toBe(0);
    expect(weekday("1900-01-01")).toBe(0);
    expect(weekday("2000-02-29")).toBe(1);
  });

  it.each([
    [1818, "1818-03-22"],
    [2000, "2000-04-23"],
    [2019, "2019-04-21"],
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2038, "2038-04-25"],
  ])("finds Easter Sunday %i on %s", (year, date) => {
    expect(navEasterSunday(year)).toBe(date);
  });

  it("lists the Norwegian public holidays of 2025", () => {
    expect(navPublicHolidays(2025)).toEqual([
      "2025-01-01",
      "2025-04-17",
      "2025-04-18",
      "2025-04-20",
      "2025-04-21",
      "2025-05-01",
      "2025-05-17",
      "2025-05-29",
      "2025-06-08",
      "2025-06-09",
      "2025-12-25",
      "2025-12-26",
    ]);
  });

  it("lists a holiday once when two fall on the same day (Ascension on 1 May 2008)", () => {
    const h = navPublicHolidays(2008);
    expect(h.filter((d) => d === "2008-05-01")).toHaveLength(1);
    expect(h).toHaveLength(11);
  });

  it("gives the last day still in time", () => {
    expect(lastDayWithin("2025-05-02", 0, "working-days")).toBe("2025-05-04");
    expect(lastDayWithin("2025-05-02", 2, "calendar-days")).toBe("2025-05-04");
    // Christmas Eve is a working day; Christmas Day and Boxing Day are not.
    expect(lastDayWithin("2025-12-23", 2, "norwegian-working-days")).toBe("2025-12-29");
    expect(lastDayWithin("2025-12-23", 2, "working-days")).toBe("2025-12-25");
  });
});
