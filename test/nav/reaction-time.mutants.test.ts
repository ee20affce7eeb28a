import { describe, expect, it } from "vitest";
import { UngrettInputError } from "../../src/core/errors.js";
import { type NavReactionInput, navReactionTime } from "../../src/nav/index.js";
import { codes, issuesOf } from "./helpers.js";

const asOf = "2025-05-10";
const bad = (input: unknown) => () => navReactionTime(input as NavReactionInput, { asOf });

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
    const contact = codes(bad({ contactDate: ["2025-05-05"], responseDate: "2025-05-02" }));
    expect(contact.some((c) => c.startsWith("contactDate:"))).toBe(true);
    expect(contact).not.toContain("responseDate:before_contact_date");
    const response = codes(bad({ contactDate: "2025-05-05", responseDate: ["2025-05-02"] }));
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
