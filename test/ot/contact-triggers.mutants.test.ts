import { describe, expect, it } from "vitest";
import { UngrettInputError } from "../../src/core/errors.js";
import { type OtSituation, otContactTriggers } from "../../src/ot/index.js";

const OLD = "2023-09-01"; // ot-2006
const NEW = "2025-09-01"; // ot-2024
const RULE = "ot.contact-triggers";
const factsOf = (s: OtSituation, asOf: string) =>
  Object.fromEntries(
    otContactTriggers(s, { asOf })
      .reasons.filter((r) => r.rule === RULE)
      .map((r) => [r.condition, r.facts]),
  );
const ageFacts = (s: OtSituation, asOf: string) =>
  otContactTriggers(s, { asOf }).reasons.find((r) => r.rule === "ot.age-limit")?.facts;

describe("ot.contact-triggers: the facts each trigger records", () => {
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
  const call = (s: unknown) => () => otContactTriggers(s as OtSituation, { asOf: NEW });

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
