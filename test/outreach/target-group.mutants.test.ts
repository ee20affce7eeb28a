import { describe, expect, it } from "vitest";
import { UngrettInputError } from "../../src/core/errors.js";
import { type OutreachPerson, outreachTargetGroup } from "../../src/outreach/index.js";

const asOf = "2026-01-01";
const find = (p: OutreachPerson, condition: string) =>
  outreachTargetGroup(p, { asOf }).reasons.find((r) => r.condition === condition);

describe("outreach.target-group: facts and open categories", () => {
  it("records whether the person is at risk", () => {
    expect(find({ atRisk: true }, "at-risk")?.facts).toEqual({ atRisk: true });
    expect(find({ atRisk: false }, "at-risk")?.facts).toEqual({ atRisk: false });
    expect(find({}, "at-risk")?.facts).toEqual({ atRisk: null });
  });

  it("records the problems and the contact with services for the outside-services category", () => {
    expect(find({ hasProblems: true, inContactWithServices: false }, "outside-services")?.facts).toEqual({
      hasProblems: true,
      inContactWithServices: false,
    });
    expect(find({}, "outside-services")?.facts).toEqual({ hasProblems: null, inContactWithServices: null });
  });

  it("lists no open categories while the person's place in the group is itself still unknown", () => {
    // At risk holds, but the age (birth date) is unknown: the outcome is unknown, nothing is "open".
    const d = outreachTargetGroup({ atRisk: true }, { asOf });
    expect(d.outcome).toBe("unknown");
    expect(d.details.categories).toEqual(["at-risk"]);
    expect(d.details.openCategories).toEqual([]);
  });

  it("names outreachTargetGroup in the input error", () => {
    const bad = () => outreachTargetGroup({ bogus: 1 } as unknown as OutreachPerson, { asOf });
    expect(bad).toThrow(UngrettInputError);
    expect(bad).toThrow(/^Invalid input to outreachTargetGroup: /);
  });
});
