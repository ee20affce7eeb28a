import { describe, expect, it } from "vitest";
import { OUTREACH_LEADERSHIP } from "../../src/outreach/index.js";
import { item, reason, status } from "../helpers/outreach-service.js";

describe("outreach.leadership: a leader or coordinator", () => {
  it("meets when it is so, falls short when it is not, and is unknown until it is said", () => {
    expect(status({ leaderOrCoordinator: true }, "leadership")).toBe("meets");
    expect(status({ leaderOrCoordinator: false }, "leadership")).toBe("falls-short");
    expect(status({}, "leadership")).toBe("unknown");
    expect(item({}, "leadership")?.needs).toEqual(["leaderOrCoordinator"]);
  });

  it("records the fact as given, null when unknown, under the rule's own id and strength", () => {
    expect(reason({ leaderOrCoordinator: true }, "leader-or-coordinator").facts).toEqual({ leaderOrCoordinator: true });
    expect(reason({}, "leader-or-coordinator").facts).toEqual({ leaderOrCoordinator: null });
    expect(item({}, "leadership")).toMatchObject({
      rule: OUTREACH_LEADERSHIP.id,
      strength: OUTREACH_LEADERSHIP.strength,
    });
  });
});
