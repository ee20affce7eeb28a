import { describe, expect, it } from "vitest";
import { OUTREACH_SUPERVISION } from "../../src/outreach/index.js";
import { item, reason, status } from "../helpers/outreach-service.js";

describe("outreach.supervision: supervision and reflection", () => {
  it("meets when it is so, falls short when it is not, and is unknown until it is said", () => {
    expect(status({ supervision: true }, "supervision")).toBe("meets");
    expect(status({ supervision: false }, "supervision")).toBe("falls-short");
    expect(status({}, "supervision")).toBe("unknown");
    expect(item({}, "supervision")?.needs).toEqual(["supervision"]);
  });

  it("records the fact as given, null when unknown, under the rule's own id and strength", () => {
    expect(reason({ supervision: true }, "supervision-and-reflection").facts).toEqual({ supervision: true });
    expect(reason({}, "supervision-and-reflection").facts).toEqual({ supervision: null });
    expect(item({}, "supervision")).toMatchObject({
      rule: OUTREACH_SUPERVISION.id,
      strength: OUTREACH_SUPERVISION.strength,
    });
  });
});
