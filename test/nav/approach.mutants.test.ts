import { describe, expect, it } from "vitest";
import { UngrettInputError } from "../../src/core/errors.js";
import { type NavEffort, navApproach } from "../../src/nav/index.js";

const asOf = "2026-03-02";
const RULE = "nav.approach";
const trace = (e: NavEffort) =>
  navApproach(e, { asOf }).reasons.map((r) => [r.rule, r.condition, r.status, r.facts, r.needs]);

describe("nav.approach: its reasons and needs", () => {
  it("records the targets in each approach's reason and the approaches in the stigma reason", () => {
    const targets = ["groups-at-elevated-risk", "individuals-with-signs-of-difficulty"] as const;
    const d = navApproach({ targets: [...targets] }, { asOf });
    expect(d.outcome).toBe("combined");
    expect(d.needs).toEqual([]);
    expect(trace({ targets: [...targets] })).toEqual([
      [RULE, "universal", "fails", { targets: [...targets] }, []],
      [RULE, "selective", "holds", { targets: [...targets] }, []],
      [RULE, "indicative", "holds", { targets: [...targets] }, []],
      [RULE, "stigma-risk", "holds", { approaches: ["selective", "indicative"] }, []],
    ]);
  });

  it("has no stigma risk with a universal part", () => {
    const d = navApproach({ targets: ["all-youth-in-area"] }, { asOf });
    expect(d.outcome).toBe("universal");
    expect(d.needs).toEqual([]);
    expect(d.reasons.at(-1)).toMatchObject({
      condition: "stigma-risk",
      status: "fails",
      facts: { approaches: ["universal"] },
    });
  });

  it("asks for the targets in every reason when they are unknown", () => {
    const d = navApproach({}, { asOf });
    expect(d.outcome).toBe("unknown");
    expect(d.needs).toEqual(["targets"]);
    expect(trace({})).toEqual([
      [RULE, "universal", "unknown", { targets: null }, ["targets"]],
      [RULE, "selective", "unknown", { targets: null }, ["targets"]],
      [RULE, "indicative", "unknown", { targets: null }, ["targets"]],
    ]);
  });

  it("names navApproach in the input error", () => {
    const bad = () => navApproach({ bogus: 1 } as unknown as NavEffort, { asOf });
    expect(bad).toThrow(UngrettInputError);
    expect(bad).toThrow(/^Invalid input to navApproach: /);
  });
});
