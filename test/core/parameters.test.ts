import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { defineParameter, describeParameter, type ParameterDef, valueOn } from "../../src/core/parameters.js";
import { OT_NOTIFY_MAX_DAYS, OT_UPPER_AGE } from "../../src/ot/parameters.js";

/** A parameter with a gap and a closed last value, to see every edge of `valueOn`. */
const STEPS = defineParameter<number>({
  id: "test.steps",
  unit: "days",
  strength: "estimate",
  sources: [{ ref: "nav-loven" }],
  schema: z.int(),
  values: [
    { from: "2010-01-01", to: "2010-12-31", value: 1 },
    { from: "2011-01-01", to: "2011-06-30", value: 2, source: { ref: "nav-loven", locator: "amending act" } },
    { from: "2012-01-01", to: "2012-12-31", value: 3 },
  ],
});

describe("valueOn", () => {
  it("finds the value in force on its first and its last day", () => {
    expect(valueOn(STEPS, "2010-01-01")?.value).toBe(1);
    expect(valueOn(STEPS, "2010-12-31")?.value).toBe(1);
    expect(valueOn(STEPS, "2011-01-01")?.value).toBe(2);
    expect(valueOn(STEPS, "2011-06-30")?.value).toBe(2);
  });

  it("returns the stored value entry itself, with its own source", () => {
    expect(valueOn(STEPS, "2011-03-01")).toEqual({
      from: "2011-01-01",
      to: "2011-06-30",
      value: 2,
      source: { ref: "nav-loven", locator: "amending act" },
    });
  });

  it("finds nothing before the first value, in a gap, or after a closed last value", () => {
    expect(valueOn(STEPS, "2009-12-31")).toBeUndefined();
    expect(valueOn(STEPS, "2011-07-01")).toBeUndefined();
    expect(valueOn(STEPS, "2011-12-31")).toBeUndefined();
    expect(valueOn(STEPS, "2013-01-01")).toBeUndefined();
  });

  it("reads an open-ended value on any later date", () => {
    expect(valueOn(OT_UPPER_AGE, "2024-07-31")?.value).toBe(21);
    expect(valueOn(OT_UPPER_AGE, "2024-08-01")?.value).toBe(24);
    expect(valueOn(OT_UPPER_AGE, "2100-12-31")?.value).toBe(24);
    expect(valueOn(OT_UPPER_AGE, "2006-07-31")).toBeUndefined();
  });
});

describe("describeParameter", () => {
  it("describes a parameter as plain JSON, without its schema", () => {
    const info = describeParameter(OT_UPPER_AGE as ParameterDef);
    expect(info).not.toHaveProperty("schema");
    expect(JSON.parse(JSON.stringify(info))).toEqual(info);
    expect(info).toMatchObject({
      id: "ot.upper-age",
      unit: "years",
      strength: "statute",
    });
    // Sources come out as a decision carries them: the citation read from the bibliography.
    expect(info.sources.map((s) => s.ref)).toEqual(OT_UPPER_AGE.sources.map((s) => s.ref));
    expect(info.sources[0]).toEqual({
      ref: "opplaringslova-1998/3-6",
      cite: "opplæringslova (1998) § 3-6",
      verified: true,
    });
    // It carries no prose: titles and readings are in the catalogues.
    expect(info).not.toHaveProperty("title");
    expect(info).not.toHaveProperty("interpretation");
  });

  it("gives an open end and a missing per-value source as null", () => {
    expect(describeParameter(OT_UPPER_AGE as ParameterDef).values).toEqual([
      {
        from: "2006-08-01",
        to: "2024-07-31",
        value: 21,
        source: { ref: "opplaringslova-1998/3-6", cite: "opplæringslova (1998) § 3-6", verified: true },
      },
      {
        from: "2024-08-01",
        to: null,
        value: 24,
        source: { ref: "opplaringslova-2023/9-4", cite: "opplæringslova (2023) § 9-4", verified: true },
      },
    ]);
    expect(describeParameter(OT_NOTIFY_MAX_DAYS as ParameterDef).values).toEqual([
      { from: "2006-08-01", to: null, value: 7, source: null },
    ]);
  });

  it("keeps every value in order", () => {
    const info = describeParameter(STEPS as ParameterDef);
    expect(info.values.map((v) => [v.value, v.to, v.source?.locator ?? null])).toEqual([
      [1, "2010-12-31", null],
      [2, "2011-06-30", "amending act"],
      [3, "2012-12-31", null],
    ]);
  });
});
