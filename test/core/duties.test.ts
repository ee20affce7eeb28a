import { describe, expect, it } from "vitest";
import { dutiesOutcome, dutyStatus, historyOf, latestFrom } from "../../src/core/duties.js";

describe("latestFrom", () => {
  it("takes the latest date, in any order", () => {
    expect(latestFrom(["2025-09-01", "2025-10-02", "2025-08-15"])).toBe("2025-10-02");
    expect(latestFrom(["2025-10-02", "2025-09-01"])).toBe("2025-10-02");
  });

  it("counts only dates on or after `from`, the day itself included", () => {
    expect(latestFrom(["2025-07-31", "2025-08-01"], "2025-08-01")).toBe("2025-08-01");
    expect(latestFrom(["2025-07-31"], "2025-08-01")).toBeNull();
    expect(latestFrom([], null)).toBeNull();
  });
});

describe("dutyStatus and dutiesOutcome", () => {
  it("reads a duty from whether it is owed and whether it is done", () => {
    expect(dutyStatus("holds", null)).toBe("due");
    expect(dutyStatus("holds", "2025-01-01")).toBe("done");
    expect(dutyStatus("unknown", "2025-01-01")).toBe("done");
    expect(dutyStatus("unknown", null)).toBe("unknown");
    expect(dutyStatus("fails", "2025-01-01")).toBe("not-owed");
  });

  it("puts what is due before what is unknown, and both before what is done", () => {
    expect(dutiesOutcome([{ status: "done" }, { status: "unknown" }, { status: "due" }])).toBe("due");
    expect(dutiesOutcome([{ status: "done" }, { status: "unknown" }])).toBe("unknown");
    expect(dutiesOutcome([{ status: "not-owed" }, { status: "done" }])).toBe("up-to-date");
    expect(dutiesOutcome([{ status: "not-owed" }])).toBe("not-owed");
    expect(dutiesOutcome([])).toBe("not-owed");
  });
});

describe("historyOf", () => {
  it("gives the host's history as it is, or an empty one on no prototype", () => {
    const h = { informedOn: "2025-01-01" };
    expect(historyOf(h)).toBe(h);
    expect(Object.getPrototypeOf(historyOf(undefined))).toBeNull();
    expect(Object.getPrototypeOf(historyOf(null))).toBeNull();
  });
});
