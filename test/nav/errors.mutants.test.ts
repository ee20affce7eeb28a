import { describe, expect, it } from "vitest";
import { navCaseload, navPartners } from "../../src/nav/index.js";
import { thrown } from "../helpers/errors.js";
import { issuesOf } from "./helpers.js";

const asOf = "2026-03-02";

describe("nav: input errors name the function called", () => {
  it("navCaseload and navPartners name themselves for bad input", () => {
    expect(thrown(() => navCaseload({ bogus: 1 } as never, { asOf })).message).toMatch(
      /^Invalid input to navCaseload: /,
    );
    expect(thrown(() => navPartners({ bogus: 1 } as never, { asOf })).message).toMatch(
      /^Invalid input to navPartners: /,
    );
  });
});

describe("nav: parameters overridden out of order", () => {
  it("navCaseload names itself and says the close maximum must be at most the limit", () => {
    const e = thrown(() =>
      navCaseload(
        { youthPerCounsellor: 30 },
        { asOf, parameters: { "nav.caseload-close-max": 50, "nav.caseload-limited-over": 40 } },
      ),
    );
    expect(e.message).toMatch(/^Invalid input to navCaseload: /);
    expect(e.issues).toEqual([
      {
        path: "options.parameters.nav.caseload-close-max",
        code: "inconsistent_parameters",
        message: "must be at most nav.caseload-limited-over",
      },
    ]);
  });

  it("accepts a close maximum equal to the limit", () => {
    const d = navCaseload(
      { youthPerCounsellor: 30 },
      { asOf, parameters: { "nav.caseload-close-max": 40, "nav.caseload-limited-over": 40 } },
    );
    expect(d.outcome).toBe("close-follow-up-possible");
    expect(d.needs).toEqual([]);
  });

  it("navPartners says an age band must start below the next, equal not allowed", () => {
    const issues = issuesOf(() =>
      navPartners({ birthDate: "2008-05-10" }, { asOf, parameters: { "nav.band-16-19-from": 20 } }),
    );
    expect(issues).toEqual([
      {
        path: "options.parameters.nav.band-16-19-from",
        code: "inconsistent_parameters",
        message: "must be below nav.band-20-from",
      },
    ]);
  });

  it("navPartners rejects an aftercare that ends the year it starts", () => {
    const issues = issuesOf(() =>
      navPartners(
        { birthDate: "2008-05-10" },
        { asOf, parameters: { "nav.aftercare-from": 25, "nav.aftercare-until": 25 } },
      ),
    );
    expect(issues.map((i) => `${i.path}:${i.code}`)).toEqual([
      "options.parameters.nav.aftercare-from:inconsistent_parameters",
    ]);
  });
});
