import { describe, expect, it } from "vitest";
import { UngrettInputError } from "../../src/core/errors.js";
import { explain, NAV_TARGETS, type NavApproachInput, type NavTarget, navApproach } from "../../src/nav/index.js";
import { pathsOf } from "../helpers/errors.js";
import { TEXTS } from "../helpers/texts.js";

const asOf = "2026-03-02";
const approach = (...targets: NavTarget[]) => navApproach({ targets }, { asOf });
const RULE = "nav.approach";
const trace = (e: NavApproachInput) =>
  navApproach(e, { asOf }).reasons.map((r) => [r.rule, r.condition, r.status, r.facts, r.needs]);

describe("nav.approach", () => {
  it("all young people in an area: universal, with no stigma flag", () => {
    const d = approach("all-youth-in-area");
    expect(d.outcome).toBe("universal");
    expect(d.details).toEqual({
      strength: "recommendation",
      legalDuty: false,
      approaches: ["universal"],
      stigmaRisk: false,
    });
  });

  it("groups with known elevated risk but no clear problems: selective, flagged for stigma", () => {
    const d = approach("groups-at-elevated-risk");
    expect(d.outcome).toBe("selective");
    expect(d.details.stigmaRisk).toBe(true);
  });

  it("individuals showing signs of difficulty: indicative, flagged for stigma", () => {
    const d = approach("individuals-with-signs-of-difficulty");
    expect(d.outcome).toBe("indicative");
    expect(d.details.stigmaRisk).toBe(true);
    expect(d.reasons.map((r) => `${r.condition}:${r.status}`)).toEqual([
      "universal:fails",
      "selective:fails",
      "indicative:holds",
      "stigma-risk:holds",
    ]);
  });

  it("combined with an offer to all: combined, widest first, and the universal part tempers stigma", () => {
    const d = approach("individuals-with-signs-of-difficulty", "all-youth-in-area", "all-youth-in-area");
    expect(d.outcome).toBe("combined");
    expect(d.details.approaches).toEqual(["universal", "indicative"]);
    expect(d.details.stigmaRisk).toBe(false);
    expect(approach(...NAV_TARGETS).details.approaches).toEqual(["universal", "selective", "indicative"]);
  });

  it("is unknown, needing the targets, when they are not known", () => {
    for (const d of [navApproach({}, { asOf }), navApproach({ targets: null }, { asOf })]) {
      expect(d.outcome).toBe("unknown");
      expect(d.needs).toEqual(["targets"]);
      expect(d.details.stigmaRisk).toBeNull();
      expect(d.reasons.every((r) => r.status === "unknown")).toBe(true);
    }
  });

  it("rejects an empty list and an unknown target", () => {
    expect(pathsOf(() => navApproach({ targets: [] }, { asOf }))).toEqual(["targets:too_small"]);
    expect(pathsOf(() => navApproach({ targets: ["everyone" as NavTarget] }, { asOf }))).toEqual([
      "targets[0]:invalid_value",
    ]);
  });

  it("explains in three languages that it is a recommendation", () => {
    const d = approach("groups-at-elevated-risk");
    expect(explain(d, TEXTS.nb)).toContain("Selektiv tilnærming, rettet mot grupper med kjent forhøyet risiko");
    expect(explain(d, TEXTS.nb)).toContain("kan lettere gi stigmatisering");
    expect(explain(d, TEXTS.nn)).toContain("Selektiv tilnærming, retta mot grupper med kjend auka risiko");
    expect(explain(d, TEXTS.en)).toContain("(a recommendation, not a legal requirement)");
  });
});

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
    const bad = () => navApproach({ bogus: 1 } as unknown as NavApproachInput, { asOf });
    expect(bad).toThrow(UngrettInputError);
    expect(bad).toThrow(/^Invalid input to navApproach: /);
  });
});
