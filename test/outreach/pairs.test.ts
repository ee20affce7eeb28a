import { describe, expect, it } from "vitest";
import { item, reason, status } from "../helpers/outreach-service.js";

describe("outreach.pairs: two people in the field", () => {
  it("one person falls short unless team work is secured otherwise", () => {
    expect(status({ headcount: 1, teamWorkSecuredOtherwise: false }, "pair-staffing")).toBe("falls-short");
    expect(status({ headcount: 1, teamWorkSecuredOtherwise: true }, "pair-staffing")).toBe("meets");
    expect(status({ headcount: 1 }, "pair-staffing")).toBe("unknown");
    expect(status({ headcount: 2 }, "pair-staffing")).toBe("meets");
    expect(status({ teamWorkSecuredOtherwise: true }, "pair-staffing")).toBe("meets");
    expect(status({}, "pair-staffing")).toBe("unknown");
  });

  it("field work done alone falls short", () => {
    expect(status({ workInPairs: false }, "pairs")).toBe("falls-short");
  });
});

describe("outreach.pairs: pair staffing", () => {
  it("stays unknown without a headcount even when team work is not secured otherwise", () => {
    const r = reason({ teamWorkSecuredOtherwise: false }, "two-people");
    expect(r.status).toBe("unknown");
    expect(r.needs).toEqual(["headcount"]);
    expect(r.facts).toEqual({ headcount: null, pairSize: 2, teamWorkSecuredOtherwise: false });
  });

  it("holds with two people even when team work is not secured otherwise", () => {
    const r = reason({ headcount: 2, teamWorkSecuredOtherwise: false }, "two-people");
    expect(r.status).toBe("holds");
    expect(r.facts).toEqual({ headcount: 2, pairSize: 2, teamWorkSecuredOtherwise: false });
    expect(item({ headcount: 2, teamWorkSecuredOtherwise: false }, "pair-staffing")?.status).toBe("meets");
  });
});

describe("outreach.pairs: the facts recorded", () => {
  it("records the work in pairs as given, and null when unknown", () => {
    expect(reason({ workInPairs: true }, "field-work-in-pairs").facts).toEqual({ workInPairs: true });
    expect(reason({}, "field-work-in-pairs").facts).toEqual({ workInPairs: null });
    expect(reason({}, "two-people").facts).toEqual({ headcount: null, pairSize: 2, teamWorkSecuredOtherwise: null });
  });
});
