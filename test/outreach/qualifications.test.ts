import { describe, expect, it } from "vitest";
import { reason, status } from "../helpers/outreach-service.js";

describe("outreach.qualifications: a majority with social-work education", () => {
  it("more than half, counted by persons", () => {
    expect(status({ headcount: 3, socialWorkEducated: 2 }, "qualifications")).toBe("meets");
    expect(status({ headcount: 4, socialWorkEducated: 2 }, "qualifications")).toBe("falls-short");
    expect(status({ headcount: 2, socialWorkEducated: 1 }, "qualifications")).toBe("falls-short");
  });

  it("persons, not FTE: two educated part-timers and one full-timer without", () => {
    const staff = [
      { fte: 0.2, socialWorkEducation: true },
      { fte: 0.2, socialWorkEducation: true },
      { fte: 1, socialWorkEducation: false },
    ];
    expect(status({ staff }, "qualifications")).toBe("meets");
  });

  it("decides with unknown educations when they cannot change the answer", () => {
    const staff = (...e: (boolean | null)[]) => e.map((socialWorkEducation) => ({ socialWorkEducation }));
    expect(status({ staff: staff(true, true, null) }, "qualifications")).toBe("meets");
    expect(status({ staff: staff(false, false, null) }, "qualifications")).toBe("falls-short");
    expect(status({ staff: staff(true, false, null) }, "qualifications")).toBe("unknown");
  });

  it("counts: unknown headcount or education", () => {
    expect(status({ socialWorkEducated: 2 }, "qualifications")).toBe("unknown");
    expect(status({ socialWorkEducated: 0 }, "qualifications")).toBe("falls-short");
    expect(status({ headcount: 3 }, "qualifications")).toBe("unknown");
  });

  it("a staff of nobody falls short, whether it is given as a headcount or as a list", () => {
    expect(status({ headcount: 0 }, "qualifications")).toBe("falls-short");
    expect(status({ headcount: 0, socialWorkEducated: 0 }, "qualifications")).toBe("falls-short");
    expect(status({ staff: [] }, "qualifications")).toBe("falls-short");
  });
});

describe("outreach.qualifications: the facts recorded", () => {
  it("counts every person of a known headcount as of unknown education when the count educated is unknown", () => {
    const r = reason({ headcount: 3 }, "social-work-majority");
    expect(r.status).toBe("unknown");
    expect(r.needs).toEqual(["socialWorkEducated"]);
    expect(r.facts).toEqual({ headcount: 3, socialWorkEducated: null, unknownEducation: 3, threshold: 0.5 });
  });

  it("counts no unknown education when the count educated is known", () => {
    expect(reason({ headcount: 3, socialWorkEducated: 1 }, "social-work-majority").facts).toEqual({
      headcount: 3,
      socialWorkEducated: 1,
      unknownEducation: 0,
      threshold: 0.5,
    });
  });
});
