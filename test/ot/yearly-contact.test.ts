import { describe, expect, it } from "vitest";
import { UngrettInputError } from "../../src/core/errors.js";
import { explain, otSchoolYearOf, otYearlyContact } from "../../src/index.js";
import { TEXTS } from "../helpers/texts.js";

describe("ot.yearly-contact", () => {
  it("worked example: last established contact 2025-09-10, asked 2026-05-20: done", () => {
    const d = otYearlyContact({ contacts: [{ date: "2025-09-10", established: true }] }, { asOf: "2026-05-20" });
    expect(d.outcome).toBe("done");
    expect(d.details).toEqual({
      schoolYearStart: "2025-08-01",
      schoolYearEnd: "2026-07-31",
      dueBy: "2026-07-31",
      coveredThrough: null,
      countedContact: "2025-09-10",
    });
  });

  it("worked example: only an unanswered letter on 2025-09-10: due by 2026-07-31", () => {
    const d = otYearlyContact({ contacts: [{ date: "2025-09-10", established: false }] }, { asOf: "2026-05-20" });
    expect(d.outcome).toBe("due");
    expect(d.details.dueBy).toBe("2026-07-31");
    expect(d.reasons[0]?.facts.attemptsWithoutReply).toBe(1);
  });

  it("does not count a contact from the previous school year", () => {
    const c = { contacts: [{ date: "2025-07-31", established: true }] };
    expect(otYearlyContact(c, { asOf: "2025-07-31" }).outcome).toBe("done");
    expect(otYearlyContact(c, { asOf: "2025-08-01" }).outcome).toBe("due");
  });

  it("counts the latest established contact of the school year", () => {
    const d = otYearlyContact(
      {
        contacts: [
          { date: "2025-08-01", established: true },
          { date: "2026-01-10", established: true },
          { date: "2026-02-01", established: false },
        ],
      },
      { asOf: "2026-03-01" },
    );
    expect(d.details.countedContact).toBe("2026-01-10");
  });

  it("is due with no contacts at all", () => {
    expect(otYearlyContact({ contacts: [] }, { asOf: "2026-03-01" }).outcome).toBe("due");
  });

  it("follows an overridden school-year start", () => {
    const d = otYearlyContact(
      { contacts: [{ date: "2025-08-10", established: true }] },
      { asOf: "2025-09-01", parameters: { "core.school-year-start": "08-15" } },
    );
    expect(d.outcome).toBe("due");
    expect(d.details.schoolYearStart).toBe("2025-08-15");
    expect(d.details.dueBy).toBe("2026-08-14");
  });

  it("computes school years across the turn of the year and in leap years", () => {
    expect(otSchoolYearOf("2024-02-29", "08-01")).toEqual({ start: "2023-08-01", end: "2024-07-31" });
    expect(otSchoolYearOf("2024-08-01", "08-01")).toEqual({ start: "2024-08-01", end: "2025-07-31" });
    expect(otSchoolYearOf("2024-07-31", "08-01")).toEqual({ start: "2023-08-01", end: "2024-07-31" });
    expect(otSchoolYearOf("2024-03-15", "03-01")).toEqual({ start: "2024-03-01", end: "2025-02-28" });
    expect(otSchoolYearOf("2023-03-15", "03-01")).toEqual({ start: "2023-03-01", end: "2024-02-29" });
  });

  it("rejects contacts after asOf, bad dates and missing fields, naming each", () => {
    try {
      otYearlyContact(
        {
          contacts: [
            { date: "2026-06-01", established: true },
            { date: "2026-02-30", established: true },
          ],
        },
        { asOf: "2026-05-20" },
      );
      expect.unreachable();
    } catch (e) {
      // The schema's issue and the date check's issue come in one error.
      expect((e as UngrettInputError).issues.map((i) => `${i.path}:${i.code}`)).toEqual([
        "contacts[1].date:invalid_date",
        "contacts[0].date:after_as_of",
      ]);
    }
    try {
      otYearlyContact({ contacts: [{ date: "2026-06-01", established: true }] }, { asOf: "2026-05-20" });
      expect.unreachable();
    } catch (e) {
      expect((e as UngrettInputError).issues.map((i) => `${i.path}:${i.code}`)).toEqual([
        "contacts[0].date:after_as_of",
      ]);
    }
    expect(() => otYearlyContact({ contacts: [{ date: "2026-01-01" }] } as never, { asOf: "2026-05-20" })).toThrow(
      /contacts\[0\]\.established: is required/,
    );
    expect(() =>
      otYearlyContact({ contacts: [] }, { asOf: "2026-05-20", parameters: { "core.school-year-start": "02-29" } }),
    ).toThrow(UngrettInputError);
  });

  it("explains why an unanswered letter does not count", () => {
    const d = otYearlyContact({ contacts: [{ date: "2025-09-10", established: false }] }, { asOf: "2026-05-20" });
    expect(explain(d, TEXTS.nb)).toContain("skal skje innen 31. juli 2026");
    expect(explain(d, TEXTS.nb)).toContain("1 forsøk uten svar teller ikke");
  });
});

describe("ot.yearly-contact: the age limit", () => {
  it("without a birth year, is due by the end of the school year and reports no coverage", () => {
    const d = otYearlyContact({ contacts: [] }, { asOf: "2026-09-01" });
    expect(d.outcome).toBe("due");
    expect(d.details.dueBy).toBe("2027-07-31");
    expect(d.details.coveredThrough).toBeNull();
    expect(d.reasons.map((r) => r.rule)).toEqual(["ot.yearly-contact"]);
  });

  it("caps dueBy at the last day of coverage when it comes before the end of the school year", () => {
    // Born 2002: covered through 2026-12-31 (the year of turning 24); the school year ends 2027-07-31.
    const d = otYearlyContact({ birthYear: 2002, contacts: [] }, { asOf: "2026-09-01" });
    expect(d.outcome).toBe("due");
    expect(d.details).toEqual({
      schoolYearStart: "2026-08-01",
      schoolYearEnd: "2027-07-31",
      dueBy: "2026-12-31",
      coveredThrough: "2026-12-31",
      countedContact: null,
    });
    expect(d.reasons.find((r) => r.rule === "ot.age-limit")?.status).toBe("holds");
  });

  it("keeps dueBy at the end of the school year when coverage lasts longer", () => {
    const d = otYearlyContact({ birthYear: 2005, contacts: [] }, { asOf: "2026-05-20" });
    expect(d.details.dueBy).toBe("2026-07-31");
    expect(d.details.coveredThrough).toBe("2029-12-31");
  });

  it("caps dueBy under the old limit of 21 too", () => {
    const d = otYearlyContact({ birthYear: 2000, contacts: [] }, { asOf: "2021-09-01" });
    expect(d.details.coveredThrough).toBe("2021-12-31");
    expect(d.details.dueBy).toBe("2021-12-31");
  });

  it("is owed on the last covered day and not-owed the day after", () => {
    const h = { birthYear: 2002, contacts: [] };
    const last = otYearlyContact(h, { asOf: "2026-12-31" });
    expect(last.outcome).toBe("due");
    expect(last.details.dueBy).toBe("2026-12-31");
    const next = otYearlyContact(h, { asOf: "2027-01-01" });
    expect(next.outcome).toBe("not-owed");
    expect(next.details.dueBy).toBeNull();
    expect(next.details.coveredThrough).toBe("2026-12-31");
    expect(next.reasons.find((r) => r.rule === "ot.age-limit")?.status).toBe("fails");
  });

  it("is not-owed past the age limit even with an established contact, which it still reports", () => {
    const d = otYearlyContact(
      { birthYear: 2002, contacts: [{ date: "2026-09-10", established: true }] },
      { asOf: "2027-01-01" },
    );
    expect(d.outcome).toBe("not-owed");
    expect(d.details.countedContact).toBe("2026-09-10");
    expect(d.details.dueBy).toBeNull();
  });

  it("takes the year from a birth date when no birth year is given", () => {
    const d = otYearlyContact({ birthDate: "2002-12-31", contacts: [] }, { asOf: "2026-09-01" });
    expect(d.details.coveredThrough).toBe("2026-12-31");
    expect(d.details.dueBy).toBe("2026-12-31");
  });

  it("rejects a birth after asOf together with a contact after asOf, naming both", () => {
    try {
      otYearlyContact(
        { birthYear: 2027, contacts: [{ date: "2026-06-01", established: true }] },
        { asOf: "2026-05-20" },
      );
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UngrettInputError);
      expect((e as UngrettInputError).issues.map((i) => `${i.path}:${i.code}`)).toEqual([
        "birthYear:after_as_of",
        "contacts[0].date:after_as_of",
      ]);
    }
  });
});

describe("ot.yearly-contact: the order of the history", () => {
  it("counts the latest established contact whatever order the history is in", () => {
    const d = otYearlyContact(
      {
        contacts: [
          { date: "2026-01-10", established: true },
          { date: "2025-09-01", established: true },
        ],
      },
      { asOf: "2026-03-01" },
    );
    expect(d.details.countedContact).toBe("2026-01-10");
  });
});

describe("ot.yearly-contact: the contact that counts", () => {
  it("counts the latest established contact whatever the order given", () => {
    const d = otYearlyContact(
      {
        contacts: [
          { date: "2026-03-01", established: true },
          { date: "2025-10-01", established: true },
        ],
      },
      { asOf: "2026-05-20" },
    );
    expect(d.outcome).toBe("done");
    expect(d.details.countedContact).toBe("2026-03-01");
    expect(d.reasons[0]?.facts.countedContact).toBe("2026-03-01");
  });
});
