import { describe, expect, it } from "vitest";
import { formatter } from "../../src/core/format.js";
import { coreEn } from "../../src/core/messages/en.js";
import { coreNb } from "../../src/core/messages/nb.js";
import { coreNn } from "../../src/core/messages/nn.js";

const NBSP = "\u00a0";
// Made in each test, not once at import, as a caller's catalogue gets them.
const nb = () => formatter("nb", coreNb);
const nn = () => formatter("nn", coreNn);
const en = () => formatter("en", coreEn);

describe("formatter: numbers", () => {
  it("groups thousands with a no-break space in Norwegian and a comma in English", () => {
    expect(nb().number(1234567)).toBe(`1${NBSP}234${NBSP}567`);
    expect(nn().number(1234567)).toBe(`1${NBSP}234${NBSP}567`);
    expect(en().number(1234567)).toBe("1,234,567");
  });

  it("does not group numbers below a thousand", () => {
    expect(nb().number(999)).toBe("999");
    expect(en().number(999)).toBe("999");
    expect(en().number(1000)).toBe("1,000");
  });

  it("writes decimals with a comma in Norwegian and a point in English, grouping only the whole part", () => {
    expect(nb().number(1234.5)).toBe(`1${NBSP}234,5`);
    expect(nn().number(0.25)).toBe("0,25");
    expect(en().number(1234.5)).toBe("1,234.5");
  });

  it("rounds to two decimals by default and drops trailing zeros", () => {
    expect(en().number(2.34567)).toBe("2.35");
    expect(en().number(2.5)).toBe("2.5");
    expect(en().number(2.0)).toBe("2");
  });

  it("rounds to the number of decimals asked for", () => {
    expect(en().number(1.23456, 4)).toBe("1.2346");
    expect(nb().number(2.6, 0)).toBe("3");
    expect(nb().number(1234.56, 1)).toBe(`1${NBSP}234,6`);
  });

  it("keeps the sign of negative numbers outside the grouping", () => {
    expect(en().number(-1234.5)).toBe("-1,234.5");
    expect(nb().number(-1234)).toBe(`-1${NBSP}234`);
  });
});

describe("formatter: percentages", () => {
  it("writes a share as a percentage, with a no-break space before % in Norwegian only", () => {
    expect(nb().percent(0.32)).toBe(`32${NBSP}%`);
    expect(nn().percent(0.32)).toBe(`32${NBSP}%`);
    expect(en().percent(0.32)).toBe("32%");
  });

  it("keeps one decimal by default, in the locale's decimal sign", () => {
    expect(nb().percent(0.125)).toBe(`12,5${NBSP}%`);
    expect(en().percent(0.125)).toBe("12.5%");
    expect(en().percent(1 / 3)).toBe("33.3%");
  });

  it("takes the number of decimals asked for", () => {
    expect(en().percent(1 / 3, 2)).toBe("33.33%");
    expect(nb().percent(1 / 3, 0)).toBe(`33${NBSP}%`);
  });

  it("groups large percentages like other numbers", () => {
    expect(en().percent(12.5)).toBe("1,250%");
    expect(nb().percent(12.5)).toBe(`1${NBSP}250${NBSP}%`);
  });
});

describe("formatter: lists", () => {
  it("gives nothing for no items and the item itself for one", () => {
    for (const f of [nb(), nn(), en()]) {
      expect(f.list([])).toBe("");
      expect(f.list(["a"])).toBe("a");
    }
  });

  it("joins two items with the locale's word for and", () => {
    expect(nb().list(["a", "b"])).toBe("a og b");
    expect(nn().list(["a", "b"])).toBe("a og b");
    expect(en().list(["a", "b"])).toBe("a and b");
  });

  it("separates three or more with commas and no serial comma", () => {
    expect(nb().list(["a", "b", "c"])).toBe("a, b og c");
    expect(en().list(["a", "b", "c"])).toBe("a, b and c");
    expect(en().list(["a", "b", "c", "d"])).toBe("a, b, c and d");
  });
});

describe("formatter: dates and strengths", () => {
  it("writes dates with the month in words, with a dot after the day in Norwegian", () => {
    expect(nb().date("2029-12-31")).toBe("31. desember 2029");
    expect(nn().date("2024-08-01")).toBe("1. august 2024");
    expect(en().date("2024-02-29")).toBe("29 February 2024");
  });

  it("leaves a string that is not a calendar date as it is", () => {
    expect(nb().date("2024-02-30")).toBe("2024-02-30");
    expect(en().date("08-01")).toBe("08-01");
  });

  it("names each strength in the locale's words", () => {
    expect([nb(), nn(), en()].map((f) => f.strength("guidance"))).toEqual(["veiledning", "rettleiing", "guidance"]);
    expect([nb(), nn(), en()].map((f) => f.strength("recommendation"))).toEqual([
      "anbefaling",
      "tilråding",
      "recommendation",
    ]);
    expect([nb(), nn(), en()].map((f) => f.strength("estimate"))).toEqual(["anslag", "overslag", "estimate"]);
    expect(nb().strength("statute")).toBe("lov");
    expect(en().strength("regulation")).toBe("regulation");
  });

  it("reports its locale", () => {
    expect([nb().locale, nn().locale, en().locale]).toEqual(["nb", "nn", "en"]);
  });
});

describe("formatter: days of the year", () => {
  it("words MM-DD as a day and a month in each language", () => {
    expect(formatter("nb", coreNb).monthDay("08-01")).toBe("1. august");
    expect(formatter("nn", coreNn).monthDay("12-31")).toBe("31. desember");
    expect(formatter("en", coreEn).monthDay("02-29")).toBe("29 February");
  });

  it("leaves a text that is no day of the year as it is", () => {
    expect(formatter("nb", coreNb).monthDay("13-01")).toBe("13-01");
    expect(formatter("en", coreEn).monthDay("8-1")).toBe("8-1");
  });
});
