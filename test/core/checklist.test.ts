import { describe, expect, it } from "vitest";
import { type ChecklistStatus, checklistResult, checklistStatus } from "../../src/core/checklist.js";

const items = (...statuses: ChecklistStatus[]) => statuses.map((status) => ({ status }));

describe("checklistStatus", () => {
  it("reads a condition that holds as met, one that fails as falling short, and unknown as unknown", () => {
    expect(checklistStatus("holds")).toBe("meets");
    expect(checklistStatus("fails")).toBe("falls-short");
    expect(checklistStatus("unknown")).toBe("unknown");
  });
});

describe("checklistResult", () => {
  it("meets all when every item is met", () => {
    expect(checklistResult(items("meets", "meets"))).toEqual({
      counts: { meets: 2, fallsShort: 0, unknown: 0, total: 2 },
      outcome: "meets-all",
    });
  });

  it("falls short when any item does, whatever else is unknown", () => {
    expect(checklistResult(items("unknown", "falls-short", "meets"))).toEqual({
      counts: { meets: 1, fallsShort: 1, unknown: 1, total: 3 },
      outcome: "falls-short",
    });
  });

  it("is incomplete when nothing falls short but some item is unknown", () => {
    expect(checklistResult(items("meets", "unknown", "unknown"))).toEqual({
      counts: { meets: 1, fallsShort: 0, unknown: 2, total: 3 },
      outcome: "incomplete",
    });
  });

  it("meets all of an empty list, with nothing counted", () => {
    expect(checklistResult([])).toEqual({
      counts: { meets: 0, fallsShort: 0, unknown: 0, total: 0 },
      outcome: "meets-all",
    });
  });
});
