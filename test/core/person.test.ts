import { describe, expect, it } from "vitest";
import type { InputIssue } from "../../src/core/errors.js";
import { ageUnder, birthIssues, birthYearOf, notAfterCheck } from "../../src/core/person.js";
import { otCoverageEnd, otTargetGroup, otYearlyContact } from "../../src/ot/index.js";
import { issuesOf } from "../helpers/errors.js";

const codes = (issues: readonly InputIssue[]) => issues.map((i) => `${i.path}:${i.code}`);

const ASOF = { asOf: "2025-01-01" } as const;

describe("birth facts against asOf", () => {
  it("leaves birth facts of the wrong type to the schema, without a second issue from the date check", () => {
    const wrongTypes = { birthYear: "2030", birthDate: 20300101 } as never;
    expect(codes(issuesOf(() => otTargetGroup(wrongTypes, ASOF)))).toEqual([
      "birthYear:invalid_type",
      "birthDate:invalid_type",
    ]);
    const notWhole = { birthYear: 2030.5, birthDate: "2030-02-30" } as never;
    expect(codes(issuesOf(() => otTargetGroup(notWhole, ASOF)))).toEqual([
      "birthYear:invalid_type",
      "birthDate:invalid_date",
    ]);
  });

  it("accepts a birth on asOf itself", () => {
    expect(otTargetGroup({ birthYear: 2025, birthDate: "2025-01-01" }, ASOF).details.coveredThrough).toBe("2049-12-31");
  });

  it("names the date field and the year field when both lie after asOf, without their values", () => {
    expect(issuesOf(() => otTargetGroup({ birthYear: 2026, birthDate: "2026-03-01" }, ASOF))).toEqual([
      {
        path: "birthDate",
        code: "after_as_of",
        message: "is after asOf: nobody can be assessed before they are born",
      },
      {
        path: "birthYear",
        code: "after_as_of",
        message: "is after the year of asOf",
      },
    ]);
  });

  it("rejects a birth after asOf even under a pinned version", () => {
    expect(codes(issuesOf(() => otCoverageEnd({ birthDate: "2030-01-01" }, { ...ASOF, version: "ot-2006" })))).toEqual([
      "birthDate:after_as_of",
    ]);
  });

  it("finds nothing to check in input that is not an object", () => {
    expect(codes(issuesOf(() => otTargetGroup([2030] as never, ASOF)))).toEqual([":invalid_type"]);
  });

  it("reads the raw facts directly the same way", () => {
    expect(birthIssues("2025-01-01", 20300101, "2030")).toEqual([]);
    expect(birthIssues("2025-01-01", "2030-02-30", 2030.5)).toEqual([]);
    expect(codes(birthIssues("2025-01-01", "2024-06-01", 2023))).toEqual(["birthYear:contradicts_birth_date"]);
    expect(birthIssues("2025-01-01", undefined)).toEqual([]);
  });
});

describe("birthYearOf", () => {
  it("takes birthYear first, else the year of birthDate, else nothing", () => {
    expect(birthYearOf({ birthYear: 2005, birthDate: "2005-03-01" })).toBe(2005);
    expect(birthYearOf({ birthYear: null, birthDate: "2007-12-31" })).toBe(2007);
    expect(birthYearOf({ birthYear: null, birthDate: null })).toBeUndefined();
    expect(birthYearOf({})).toBeUndefined();
  });
});

describe("dated facts against asOf", () => {
  it("names every contact after asOf by its index, next to the schema's issues", () => {
    const input = {
      contacts: [
        { date: "2025-01-01", established: true },
        { date: "2025-01-02", established: true },
        { date: 5, established: true },
        "x",
      ],
    } as never;
    expect(codes(issuesOf(() => otYearlyContact(input, ASOF)))).toEqual([
      "contacts[2].date:invalid_type",
      "contacts[3]:invalid_type",
      "contacts[1].date:after_as_of",
    ]);
  });

  it("checks only the values that are calendar dates", () => {
    const check = notAfterCheck((raw) => Object.entries(raw as Record<string, unknown>));
    expect(
      check(
        {
          a: "2025-01-01",
          b: "2025-01-02",
          c: "2025-02-30",
          d: null,
          e: 20250102,
        },
        "2025-01-01",
      ),
    ).toEqual([
      {
        path: "b",
        code: "after_as_of",
        message: "is after asOf: the library does not judge the future",
      },
    ]);
  });
});

describe("ageUnder", () => {
  it("is exact with a birth date, the birthday itself counting as the new age", () => {
    expect(ageUnder(18, "2026-03-09", "2008-03-10", null)).toBe("holds");
    expect(ageUnder(18, "2026-03-10", "2008-03-10", null)).toBe("fails");
  });

  it("with only a birth year, is unknown just in the year the limit is reached", () => {
    expect(ageUnder(18, "2025-12-31", null, 2008)).toBe("holds");
    expect(ageUnder(18, "2026-01-01", null, 2008)).toBe("unknown");
    expect(ageUnder(18, "2027-01-01", null, 2008)).toBe("fails");
    expect(ageUnder(18, "2026-01-01", undefined, undefined)).toBe("unknown");
  });
});
