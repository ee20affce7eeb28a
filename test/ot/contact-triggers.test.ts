import { describe, expect, it } from "vitest";
import { explain, otContactTriggers } from "../../src/index.js";

const NEW = { asOf: "2025-09-01" } as const;
const OLD = { asOf: "2023-09-01" } as const;

describe("ot.contact-triggers", () => {
  it("returns every trigger that applies, in the order the sources list them", () => {
    const d = otContactTriggers(
      { applied: false, offeredPlace: true, acceptedPlace: false, droppedOut: true, inWork: false },
      NEW,
    );
    expect(d.outcome).toEqual(["not-applied", "place-not-accepted", "dropped-out", "not-in-work"]);
    expect(d.needs).toEqual([]);
  });

  it("lists 'no-place-offered' under the new rules only", () => {
    expect(otContactTriggers({ offeredPlace: false }, NEW).outcome).toEqual(["no-place-offered"]);
    expect(otContactTriggers({ offeredPlace: false }, OLD).outcome).toEqual([]);
    expect(otContactTriggers({ offeredPlace: false }, OLD).reasons.map((r) => r.condition)).not.toContain(
      "no-place-offered",
    );
  });

  it("lists 'lost-right' under the old rules only", () => {
    expect(otContactTriggers({ lostRight: "expulsion" }, OLD).outcome).toEqual(["lost-right"]);
    expect(otContactTriggers({ lostRight: "contract-termination" }, OLD).outcome).toEqual(["lost-right"]);
    expect(otContactTriggers({ lostRight: "expulsion" }, NEW).outcome).toEqual([]);
    expect(otContactTriggers({ lostRight: "none" }, OLD).outcome).toEqual([]);
  });

  it("switches lists between 2024-07-31 and 2024-08-01", () => {
    const s = { offeredPlace: false, lostRight: "expulsion" } as const;
    expect(otContactTriggers(s, { asOf: "2024-07-31" }).outcome).toEqual(["lost-right"]);
    expect(otContactTriggers(s, { asOf: "2024-08-01" }).outcome).toEqual(["no-place-offered"]);
  });

  it("does not call an unoffered place 'not accepted', nor ask whether it was accepted", () => {
    const d = otContactTriggers({ offeredPlace: false }, NEW);
    expect(d.outcome).toEqual(["no-place-offered"]);
    expect(d.reasons.find((r) => r.condition === "place-not-accepted")?.status).toBe("fails");
    expect(d.needs).not.toContain("acceptedPlace");
  });

  it("rejects acceptedPlace together with offeredPlace false as a contradiction", () => {
    expect(() => otContactTriggers({ offeredPlace: false, acceptedPlace: false }, NEW)).toThrow(
      /acceptedPlace: says whether an offered place was accepted, but offeredPlace is false/,
    );
  });

  it("returns no trigger when none applies and every fact is known", () => {
    const d = otContactTriggers(
      { applied: true, offeredPlace: true, acceptedPlace: true, droppedOut: false, inWork: true },
      NEW,
    );
    expect(d.outcome).toEqual([]);
    expect(d.needs).toEqual([]);
  });

  it("names the facts that could add triggers", () => {
    const d = otContactTriggers({ applied: true, inWork: false }, NEW);
    expect(d.outcome).toEqual(["not-in-work"]);
    expect(d.needs).toEqual(["offeredPlace", "acceptedPlace", "droppedOut"]);
    expect(otContactTriggers({}, OLD).needs).toEqual(["applied", "acceptedPlace", "droppedOut", "inWork", "lostRight"]);
  });

  it("explains the triggers", () => {
    const d = otContactTriggers({ applied: true, offeredPlace: false, inWork: false }, NEW);
    expect(explain(d, "en")).toContain(
      "OT shall make contact because the person was not offered a school or apprenticeship place and is not in work.",
    );
    expect(explain(otContactTriggers({}, NEW), "nb")).toContain("ingen av situasjonene");
  });
});
