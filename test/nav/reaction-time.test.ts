import { describe, expect, it } from "vitest";
import { UngrettInputError } from "../../src/core/errors.js";
import { explain, type NavReactionTimeInput, navReactionTime } from "../../src/nav/index.js";
import { countDays } from "../../src/nav/working-days.js";
import { issuesOf, pathsOf } from "../helpers/errors.js";
import { TEXTS } from "../helpers/texts.js";

const asOf = "2025-05-10";
const bad = (input: unknown) => () => navReactionTime(input as NavReactionTimeInput, { asOf });

const react = (contactDate: string, responseDate: string | null, asOf: string, dayCount?: string) =>
  navReactionTime(
    responseDate === null ? { contactDate } : { contactDate, responseDate },
    dayCount === undefined ? { asOf } : { asOf, parameters: { "nav.reaction-day-count": dayCount } },
  );

describe("nav.reaction-time: calendar days (the default)", () => {
  it.each([
    ["2025-05-06", 0, "ideal"],
    ["2025-05-07", 1, "ideal"],
    ["2025-05-08", 2, "within"],
    ["2025-05-09", 3, "late"],
  ])("contact Tuesday 2025-05-06, response %s: %i days, %s", (response, days, outcome) => {
    const d = react("2025-05-06", response, "2025-05-20");
    expect(d.details.days).toBe(days);
    expect(d.outcome).toBe(outcome);
    expect(d.details.responded).toBe(true);
  });

  it("contacted Friday 2025-05-02, follow-up Monday 2025-05-05: late (3 calendar days), the spec's worked example", () => {
    const d = react("2025-05-02", "2025-05-05", "2025-05-05");
    expect(d.outcome).toBe("late");
    expect(d.details).toMatchObject({
      days: 3,
      dayCount: "calendar-days",
      idealBy: "2025-05-03",
      deadline: "2025-05-04",
      strength: "recommendation",
      legalDuty: false,
    });
    expect(d.reasons.map((r) => `${r.condition}:${r.status}`)).toEqual(["ideal:fails", "within-max:fails"]);
  });

  it("counts across a month, a year and a leap day", () => {
    expect(react("2024-02-28", "2024-03-01", "2024-03-01").details.days).toBe(2);
    expect(react("2023-02-28", "2023-03-01", "2023-03-01").details.days).toBe(1);
    expect(react("2025-12-31", "2026-01-02", "2026-01-02").outcome).toBe("within");
  });
});

describe("nav.reaction-time: working days (a parameter)", () => {
  it("the same Friday–Monday case is ideal in working days: Monday is the next working day", () => {
    const d = react("2025-05-02", "2025-05-05", "2025-05-05", "working-days");
    expect(d.outcome).toBe("ideal");
    expect(d.details).toMatchObject({ days: 1, idealBy: "2025-05-05", deadline: "2025-05-06" });
    expect(d.parameters).toContainEqual({
      id: "nav.reaction-day-count",
      value: "working-days",
      from: null,
      to: null,
      overridden: true,
    });
  });

  it("counts a weekend contact from the next working day", () => {
    expect(react("2025-05-03", "2025-05-04", "2025-05-05", "working-days").details.days).toBe(0);
    expect(react("2025-05-03", "2025-05-05", "2025-05-05", "working-days").details.days).toBe(1);
    expect(react("2025-05-02", "2025-05-07", "2025-05-07", "working-days").outcome).toBe("late");
  });

  it("skips Norwegian public holidays only when asked to: Easter 2025", () => {
    // Wednesday before Easter to the Tuesday after: Thursday, Friday and Monday are holidays.
    expect(react("2025-04-16", "2025-04-22", "2025-04-22", "working-days").details.days).toBe(4);
    const d = react("2025-04-16", "2025-04-22", "2025-04-22", "norwegian-working-days");
    expect(d.details.days).toBe(1);
    expect(d.outcome).toBe("ideal");
    expect(d.details.deadline).toBe("2025-04-23");
  });

  it("skips 17 May and Whit Monday when they fall on weekdays (2027: the same day)", () => {
    expect(countDays("2027-05-14", "2027-05-18", "norwegian-working-days")).toBe(1);
    expect(countDays("2027-05-14", "2027-05-18", "working-days")).toBe(2);
  });
});

describe("nav.reaction-time: no response yet", () => {
  it("is pending while time is left, late once it has run out", () => {
    expect(react("2025-05-06", null, "2025-05-06").outcome).toBe("pending");
    expect(react("2025-05-06", null, "2025-05-08").outcome).toBe("pending");
    const late = react("2025-05-06", null, "2025-05-09");
    expect(late.outcome).toBe("late");
    expect(late.details).toMatchObject({ days: 3, responded: false, deadline: "2025-05-08" });
    expect(late.reasons.map((r) => `${r.condition}:${r.status}`)).toEqual(["awaiting-response:fails"]);
  });

  it("treats null like an absent response", () => {
    expect(navReactionTime({ contactDate: "2025-05-06", responseDate: null }, { asOf: "2025-05-07" })).toEqual(
      react("2025-05-06", null, "2025-05-07"),
    );
  });
});

describe("nav.reaction-time: thresholds", () => {
  it("reads the ideal and recommended limits as parameters, kept in order", () => {
    const o = { asOf: "2025-05-20", parameters: { "nav.reaction-max-days": 3 } };
    expect(navReactionTime({ contactDate: "2025-05-02", responseDate: "2025-05-05" }, o).outcome).toBe("within");
    expect(
      pathsOf(() =>
        navReactionTime(
          { contactDate: "2025-05-02", responseDate: "2025-05-05" },
          { asOf: "2025-05-20", parameters: { "nav.reaction-ideal-max-days": 3 } },
        ),
      ),
    ).toEqual(["options.parameters.nav.reaction-ideal-max-days:parameters_out_of_order"]);
  });
});

describe("nav.reaction-time: bad input", () => {
  it("rejects a response before the contact", () => {
    expect(pathsOf(() => react("2025-05-06", "2025-05-05", "2025-05-20"))).toEqual([
      "responseDate:before_contact_date",
    ]);
  });

  it("rejects a response or a contact after asOf", () => {
    expect(pathsOf(() => react("2025-05-06", "2025-05-21", "2025-05-20"))).toEqual(["responseDate:after_as_of"]);
    expect(pathsOf(() => react("2025-05-21", null, "2025-05-20"))).toEqual(["contactDate:after_as_of"]);
  });

  it("rejects impossible dates, a missing contact and an unknown day count", () => {
    expect(pathsOf(() => react("2025-02-29", null, "2025-05-20"))).toEqual(["contactDate:invalid_date"]);
    expect(pathsOf(() => navReactionTime({} as never, { asOf: "2025-05-20" }))).toEqual(["contactDate:required"]);
    expect(pathsOf(() => react("2025-05-06", null, "2025-05-20", "business-days"))).toEqual([
      "options.parameters.nav.reaction-day-count:invalid_value",
    ]);
  });
});

describe("nav.reaction-time: a response before the contact", () => {
  it("is an input error naming both fields, not their dates", () => {
    const issues = issuesOf(bad({ contactDate: "2025-05-05", responseDate: "2025-05-02" }));
    expect(issues).toEqual([
      {
        path: "responseDate",
        code: "before_contact_date",
        message: "is before contactDate: a response cannot come before the contact",
      },
    ]);
  });

  it("is not checked when either date is not a string, whatever it looks like", () => {
    // A one-element array would read as its element if it were not checked to be a string.
    const contact = pathsOf(bad({ contactDate: ["2025-05-05"], responseDate: "2025-05-02" }));
    expect(contact.some((c) => c.startsWith("contactDate:"))).toBe(true);
    expect(contact).not.toContain("responseDate:before_contact_date");
    const response = pathsOf(bad({ contactDate: "2025-05-05", responseDate: ["2025-05-02"] }));
    expect(response.some((c) => c.startsWith("responseDate:"))).toBe(true);
    expect(response).not.toContain("responseDate:before_contact_date");
  });

  it("names navReactionTime in the input error", () => {
    expect(bad({ bogus: 1 })).toThrow(UngrettInputError);
    expect(bad({ bogus: 1 })).toThrow(/^Invalid input to navReactionTime: /);
  });
});

describe("nav.reaction-time: thresholds and needs", () => {
  it("accepts an ideal limit equal to the maximum", () => {
    const d = navReactionTime(
      { contactDate: "2025-05-05", responseDate: "2025-05-07" },
      { asOf, parameters: { "nav.reaction-ideal-max-days": 2, "nav.reaction-max-days": 2 } },
    );
    expect(d.outcome).toBe("ideal");
    expect(d.details.idealMaxDays).toBe(2);
    expect(d.details.maxDays).toBe(2);
  });

  it("needs nothing once responded, nor while awaiting a response", () => {
    expect(navReactionTime({ contactDate: "2025-05-08", responseDate: "2025-05-09" }, { asOf }).needs).toEqual([]);
    const pending = navReactionTime({ contactDate: "2025-05-09" }, { asOf });
    expect(pending.outcome).toBe("pending");
    expect(pending.needs).toEqual([]);
    const late = navReactionTime({ contactDate: "2025-05-01" }, { asOf });
    expect(late.outcome).toBe("late");
    expect(late.needs).toEqual([]);
  });
});

describe("nav.reaction-time: explanations", () => {
  it("say late, the days and that it is a recommendation", () => {
    const d = react("2025-05-02", "2025-05-05", "2025-05-05");
    expect(explain(d, TEXTS.nb)).toContain("for sent: svar etter 3 kalenderdager; anbefalt er høyst 2 kalenderdager");
    expect(explain(d, TEXTS.nb)).toContain("(en anbefaling, ikke et lovkrav)");
    expect(explain(d, TEXTS.nn)).toContain("for seint: svar etter 3 kalenderdagar");
    expect(explain(d, TEXTS.en)).toContain("late: response after 3 calendar days");
  });

  it("use the singular for one day and give the deadline while pending", () => {
    const d = react("2025-05-02", null, "2025-05-03");
    expect(explain(d, TEXTS.nb)).toContain("venter på svar etter 1 kalenderdag; bør skje innen 4. mai 2025");
    expect(explain(d, TEXTS.en)).toContain("awaiting a response after 1 calendar day; due by 4 May 2025");
  });
});
