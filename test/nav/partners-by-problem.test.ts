import { describe, expect, it } from "vitest";
import { NAV_PROBLEMS, navPartners } from "../../src/nav/index.js";

const asOf = "2026-03-02";
const problemReasons = (problems: (typeof NAV_PROBLEMS)[number][] | null) =>
  navPartners({ problems }, { asOf }).reasons.filter((r) => r.rule === "nav.partners-by-problem");

describe("nav.partners-by-problem: whether each problem is present", () => {
  it("records present true for the problems given and false for the others", () => {
    const [first] = NAV_PROBLEMS;
    if (first === undefined) throw new Error("no problems");
    const reasons = problemReasons([first]);
    expect(reasons.map((r) => r.condition)).toEqual([...NAV_PROBLEMS]);
    expect(reasons[0]).toMatchObject({ status: "holds", facts: { present: true } });
    for (const r of reasons.slice(1)) expect(r).toMatchObject({ status: "fails", facts: { present: false } });
  });

  it("records present null, and asks for the problems, when they are unknown", () => {
    for (const r of problemReasons(null)) {
      expect(r.status).toBe("unknown");
      expect(r.facts).toEqual({ present: null });
      expect(r.needs).toEqual(["problems"]);
    }
  });
});
