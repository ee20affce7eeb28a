import { describe, expect, it } from "vitest";
import { UngrettInputError } from "../../src/core/errors.js";
import { explain, type OtContactTriggersInput, otContactTriggers } from "../../src/index.js";
import { TEXTS } from "../helpers/texts.js";

const NEW = { asOf: "2025-09-01" } as const;
const OLD = { asOf: "2023-09-01" } as const;
/** A birth year well within the age limit on both dates above (21 under the old rules, 24 under the new). */
const young = { birthYear: 2006 } as const;

const RULE = "ot.contact-triggers";
const factsOf = (s: OtContactTriggersInput, asOf: string) =>
  Object.fromEntries(
    otContactTriggers(s, { asOf })
      .reasons.filter((r) => r.rule === RULE)
      .map((r) => [r.condition, r.facts]),
  );
const ageFacts = (s: OtContactTriggersInput, asOf: string) =>
  otContactTriggers(s, { asOf }).reasons.find((r) => r.rule === "ot.age-limit")?.facts;

describe("ot.contact-triggers", () => {
  it("returns every trigger that applies, in the order the sources list them", () => {
    const d = otContactTriggers(
      { ...young, applied: false, offeredPlace: true, acceptedPlace: false, droppedOut: true, inWork: false },
      NEW,
    );
    expect(d.outcome).toEqual(["not-applied", "place-not-accepted", "dropped-out", "not-in-work"]);
    expect(d.needs).toEqual([]);
    expect(d.details).toEqual({ owed: true, outside: null, coveredThrough: "2030-12-31" });
  });

  it("lists 'no-place-offered' under the new rules only", () => {
    expect(otContactTriggers({ offeredPlace: false }, NEW).outcome).toEqual(["no-place-offered"]);
    expect(otContactTriggers({ offeredPlace: false }, OLD).outcome).toEqual([]);
    expect(otContactTriggers({ offeredPlace: false }, OLD).reasons.map((r) => r.condition)).not.toContain(
      "no-place-offered",
    );
  });

  it("lists 'lost-right' under the old rules only", () => {
    expect(otContactTriggers({ ...young, lostRight: "expulsion" }, OLD).outcome).toEqual(["lost-right"]);
    expect(otContactTriggers({ ...young, lostRight: "expulsion" }, NEW).outcome).toEqual([]);
    expect(otContactTriggers({ ...young, lostRight: "expulsion" }, NEW).reasons.map((r) => r.condition)).not.toContain(
      "lost-right",
    );
    expect(otContactTriggers({ ...young, lostRight: "none" }, OLD).outcome).toEqual([]);
  });

  it("counts contract termination as 'lost-right' through 2017-07-31 and not from 2017-08-01", () => {
    const s = { birthYear: 1998, inWork: false, lostRight: "contract-termination" } as const;
    const before = otContactTriggers(s, { asOf: "2017-07-31" });
    expect(before.outcome).toEqual(["not-in-work", "lost-right"]);
    expect(before.reasons.find((r) => r.condition === "lost-right")?.facts).toEqual({
      lostRight: "contract-termination",
      grounds: ["expulsion", "contract-termination"],
    });
    const after = otContactTriggers(s, { asOf: "2017-08-01" });
    expect(after.outcome).toEqual(["not-in-work"]);
    expect(after.reasons.find((r) => r.condition === "lost-right")).toMatchObject({
      status: "fails",
      facts: { lostRight: "contract-termination", grounds: ["expulsion"] },
    });
    // Expulsion still counts after the repeal of § 4-6.
    expect(otContactTriggers({ ...s, lostRight: "expulsion" }, { asOf: "2017-08-01" }).outcome).toEqual([
      "not-in-work",
      "lost-right",
    ]);
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
      { ...young, applied: true, offeredPlace: true, acceptedPlace: true, droppedOut: false, inWork: true },
      NEW,
    );
    expect(d.outcome).toEqual([]);
    expect(d.needs).toEqual([]);
    expect(d.reasons.filter((r) => r.rule === "ot.contact-triggers").every((r) => r.status === "fails")).toBe(true);
    expect(d.details.owed).toBe(false);
  });

  it("names the facts that could change the list", () => {
    const d = otContactTriggers({ ...young, applied: true, inWork: false }, NEW);
    expect(d.outcome).toEqual(["not-in-work"]);
    expect(d.needs).toEqual(["offeredPlace", "acceptedPlace", "droppedOut"]);
    expect(otContactTriggers(young, OLD).needs).toEqual([
      "applied",
      "acceptedPlace",
      "droppedOut",
      "inWork",
      "lostRight",
    ]);
  });

  it("explains the triggers", () => {
    const d = otContactTriggers({ ...young, applied: true, offeredPlace: false, inWork: false }, NEW);
    expect(explain(d, TEXTS.en)).toContain(
      "OT shall make contact because the person was not offered a school or apprenticeship place and is not in work.",
    );
    expect(explain(otContactTriggers(young, NEW), TEXTS.nb)).toContain("ingen av situasjonene");
  });
});

describe("ot.contact-triggers: the duty is owed only to the target group", () => {
  it("owes no contact to someone in work, though listed situations hold, and asks for nothing", () => {
    const d = otContactTriggers({ applied: false, droppedOut: true, inWork: true }, NEW);
    expect(d.outcome).toEqual([]);
    expect(d.details).toEqual({ owed: false, outside: "in-work", coveredThrough: null });
    // Nothing, not even the birth year, could bring the duty back.
    expect(d.needs).toEqual([]);
    // The situations are still recorded as they are.
    expect(d.reasons.find((r) => r.condition === "not-applied")?.status).toBe("holds");
    expect(d.reasons.find((r) => r.condition === "dropped-out")?.status).toBe("holds");
  });

  it("owes no contact to someone in work within the age limit either", () => {
    const d = otContactTriggers({ ...young, applied: false, inWork: true }, NEW);
    expect(d.outcome).toEqual([]);
    expect(d.details).toEqual({ owed: false, outside: "in-work", coveredThrough: "2030-12-31" });
  });

  it("owes no contact past the age limit, whatever else is unknown", () => {
    const d = otContactTriggers({ birthYear: 2000, applied: false }, NEW);
    expect(d.outcome).toEqual([]);
    expect(d.details).toEqual({ owed: false, outside: "past-age-limit", coveredThrough: "2024-12-31" });
    expect(d.needs).toEqual([]);
    expect(d.reasons.find((r) => r.rule === "ot.age-limit")?.status).toBe("fails");
  });

  it("owes contact through 31 December of the year the person turns 24, and not the day after", () => {
    const s = { birthYear: 2000, applied: false, inWork: false } as const;
    const last = otContactTriggers(s, { asOf: "2024-12-31" });
    expect(last.outcome).toEqual(["not-applied", "not-in-work"]);
    expect(last.details.owed).toBe(true);
    const next = otContactTriggers(s, { asOf: "2025-01-01" });
    expect(next.outcome).toEqual([]);
    expect(next.details.outside).toBe("past-age-limit");
  });

  it("uses the limit of 21 under the old rules: 2021-12-31 owed, 2022-01-01 not", () => {
    const s = { birthYear: 2000, applied: false, inWork: false } as const;
    expect(otContactTriggers(s, { asOf: "2021-12-31" }).details).toEqual({
      owed: true,
      outside: null,
      coveredThrough: "2021-12-31",
    });
    expect(otContactTriggers(s, { asOf: "2022-01-01" }).details).toEqual({
      owed: false,
      outside: "past-age-limit",
      coveredThrough: "2021-12-31",
    });
  });

  it("takes the year from a birth date when no birth year is given", () => {
    const d = otContactTriggers({ birthDate: "2000-12-31", applied: false, inWork: false }, { asOf: "2025-01-01" });
    expect(d.details).toEqual({ owed: false, outside: "past-age-limit", coveredThrough: "2024-12-31" });
  });

  it("without a birth year, lists the triggers but leaves owed open and asks for the birth year", () => {
    const d = otContactTriggers(
      { applied: false, offeredPlace: true, acceptedPlace: true, droppedOut: false, inWork: false },
      NEW,
    );
    expect(d.outcome).toEqual(["not-applied", "not-in-work"]);
    expect(d.details).toEqual({ owed: null, outside: null, coveredThrough: null });
    expect(d.needs).toEqual(["birthYear"]);
  });

  it("asks for the birth year while a trigger is unknown, even when none holds yet", () => {
    const d = otContactTriggers({ applied: true, offeredPlace: true, acceptedPlace: true, droppedOut: false }, NEW);
    expect(d.outcome).toEqual([]);
    expect(d.details.owed).toBeNull();
    expect(d.needs).toEqual(["inWork", "birthYear"]);
  });

  it("leaves owed open while work is unknown, even within the age limit", () => {
    const d = otContactTriggers({ ...young, applied: false }, NEW);
    expect(d.outcome).toEqual(["not-applied"]);
    expect(d.details).toEqual({ owed: null, outside: null, coveredThrough: "2030-12-31" });
    expect(d.needs).toContain("inWork");
    expect(d.needs).not.toContain("birthYear");
  });

  it("always reports the age-limit condition, known or not", () => {
    const reason = (s: Parameters<typeof otContactTriggers>[0]) =>
      otContactTriggers(s, NEW).reasons.filter((r) => r.rule === "ot.age-limit");
    expect(reason({})).toEqual([expect.objectContaining({ condition: "within-age-limit", status: "unknown" })]);
    expect(reason(young)).toEqual([expect.objectContaining({ condition: "within-age-limit", status: "holds" })]);
    expect(reason({ birthYear: 2000, inWork: true })).toEqual([
      expect.objectContaining({ condition: "within-age-limit", status: "fails" }),
    ]);
  });

  it("rejects a birth after asOf, naming the field", () => {
    expect(() => otContactTriggers({ birthYear: 2026 }, NEW)).toThrow(/^Invalid input to otContactTriggers: birthYear/);
  });
});

describe("ot.contact-triggers: the facts each trigger records", () => {
  // Dates, not the options objects OLD and NEW above.
  const OLD = "2023-09-01"; // ot-2006
  const NEW = "2025-09-01"; // ot-2024

  it("records known facts as given (old rules)", () => {
    expect(
      factsOf(
        {
          applied: true,
          offeredPlace: true,
          acceptedPlace: true,
          droppedOut: true,
          inWork: true,
          lostRight: "expulsion",
        },
        OLD,
      ),
    ).toEqual({
      "not-applied": { applied: true },
      "place-not-accepted": { offeredPlace: true, acceptedPlace: true },
      "dropped-out": { droppedOut: true },
      "not-in-work": { inWork: true },
      "lost-right": { lostRight: "expulsion", grounds: ["expulsion"] },
    });
  });

  it("records the grounds in force beside a lost right: both until 2017-07-31", () => {
    expect(factsOf({ lostRight: "contract-termination" }, "2016-09-01")["lost-right"]).toEqual({
      lostRight: "contract-termination",
      grounds: ["expulsion", "contract-termination"],
    });
  });

  it("records the age limit's facts: birth year, upper age and last covered day", () => {
    expect(ageFacts({ birthYear: 2003 }, OLD)).toEqual({ birthYear: 2003, upperAge: 21, coveredThrough: "2024-12-31" });
    expect(ageFacts({ birthYear: 2003 }, NEW)).toEqual({ birthYear: 2003, upperAge: 24, coveredThrough: "2027-12-31" });
    expect(ageFacts({}, NEW)).toEqual({ upperAge: 24 });
  });

  it("records known facts as given (new rules)", () => {
    expect(
      factsOf({ applied: true, offeredPlace: true, acceptedPlace: true, droppedOut: true, inWork: true }, NEW),
    ).toEqual({
      "not-applied": { applied: true },
      "no-place-offered": { offeredPlace: true },
      "place-not-accepted": { offeredPlace: true, acceptedPlace: true },
      "dropped-out": { droppedOut: true },
      "not-in-work": { inWork: true },
    });
  });

  it("records unknown facts as null", () => {
    expect(factsOf({}, OLD)).toEqual({
      "not-applied": { applied: null },
      "place-not-accepted": { offeredPlace: null, acceptedPlace: null },
      "dropped-out": { droppedOut: null },
      "not-in-work": { inWork: null },
      "lost-right": { lostRight: null, grounds: ["expulsion"] },
    });
    expect(factsOf({}, NEW)).toEqual({
      "not-applied": { applied: null },
      "no-place-offered": { offeredPlace: null },
      "place-not-accepted": { offeredPlace: null, acceptedPlace: null },
      "dropped-out": { droppedOut: null },
      "not-in-work": { inWork: null },
    });
  });
});

describe("ot.contact-triggers: bad input", () => {
  // A date, not the options object NEW above.
  const NEW = "2025-09-01"; // ot-2024
  const call = (s: unknown) => () => otContactTriggers(s as OtContactTriggersInput, { asOf: NEW });

  it("rejects an accepted place when no place was offered, naming the code and the function", () => {
    let error: unknown;
    try {
      call({ offeredPlace: false, acceptedPlace: false })();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UngrettInputError);
    const e = error as UngrettInputError;
    expect(e.issues.map((i) => `${i.path}:${i.code}`)).toEqual(["acceptedPlace:contradicts_offered_place"]);
    expect(e.message).toMatch(/^Invalid input to otContactTriggers: /);
  });

  it("names otContactTriggers in a schema error", () => {
    expect(call({ bogus: 1 })).toThrow(/^Invalid input to otContactTriggers: /);
  });
});
