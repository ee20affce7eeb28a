import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { optionsOf, VECTORS, type Vector } from "../src/conformance/index.js";
import { addDays, isIsoDate } from "../src/core/dates.js";
import { ERROR_LIMITS, UngrettInputError } from "../src/core/errors.js";
import { AREAS, FUNCTIONS } from "../src/index.js";
import { pathsOf, plant } from "./helpers/hostile.js";

/*
 * The library works on data about minors. An input error names the field, the rule broken
 * and the value's type and length, never the value; a decision keeps only the facts its
 * rule read, in the least revealing form (an age, not a birth date).
 */

/**
 * Every date the library itself knows (versions, parameter values, and 1900-01-01, the
 * earliest birth date, which its rule names): a value equal to one is no leak.
 */
const LIBRARY_DATES = new Set<string>([
  "1900-01-01",
  ...AREAS.flatMap((a) => [
    ...a.versions.flatMap((v) => [v.validFrom, v.validTo ?? ""]),
    ...a.parameters.flatMap((p) => p.values.flatMap((x) => [x.from, x.to ?? ""])),
  ]),
]);

/** A date of 1900–2100 that is none of the library's own. */
const someDate = fc
  .integer({ min: 0, max: 73_000 })
  .map((n) => addDays("1900-01-01", n))
  .filter((d) => !LIBRARY_DATES.has(d));

/** Values that could be personal data, distinctive enough that finding one in a message means it was quoted. */
const planted: fc.Arbitrary<string | number> = fc.oneof(
  fc
    .tuple(fc.stringMatching(/^[A-Z][a-z]{2,9}$/), fc.stringMatching(/^[0-3]\d[01]\d\d{7}$/))
    .map(([name, id]) => `${name} Nordmann ${id}`),
  fc.string({ minLength: 12, maxLength: 40 }).filter((s) => s.trim().length >= 10),
  fc.stringMatching(/^\d{11}$/),
  someDate,
  fc.integer({ min: 10_000_000, max: 2 ** 40 }),
  fc.double({ min: 100_000, max: 1e9, noNaN: true }).filter((n) => !Number.isInteger(n)),
);

const MEGABYTE = `Kari Nordmann ${"x".repeat(1_000_000)}`;

/** The input error `f` throws, or `undefined` when it decides. */
function errorOf(f: () => unknown): UngrettInputError | undefined {
  try {
    f();
    return undefined;
  } catch (e) {
    expect(e).toBeInstanceOf(UngrettInputError);
    return e as UngrettInputError;
  }
}

/** Every text of an error: its message and each issue's path, code and message. */
const textsOf = (e: UngrettInputError): string[] => [
  e.message,
  ...e.issues.flatMap((i) => [i.path, i.code, i.message]),
];

describe.each(FUNCTIONS.map((f) => [f.name, f] as const))("input errors of %s quote no value", (name, f) => {
  const vectors = VECTORS.filter((v) => v.function === name);
  const area = AREAS.find((a) => a.id === f.area);
  const optionFields = [
    ["asOf"],
    ["version"],
    ["parameters"],
    ...(area?.parameters ?? []).map((p) => ["parameters", p.id]),
  ] as const;

  it(`${name}: a value planted in any field of the input or the options is in no message, path or code`, () => {
    fc.assert(
      fc.property(fc.constantFrom(...vectors), fc.nat(), fc.boolean(), planted, (v, at, inOptions, value) => {
        let input: unknown = v.input;
        let options: unknown = optionsOf(v);
        if (inOptions) {
          const path = optionFields[at % optionFields.length] as readonly string[];
          options = plant(options, path, value);
        } else {
          const paths = pathsOf(v.input);
          input = plant(v.input, paths[at % paths.length] ?? [], value);
        }
        fc.pre(String(value) !== (options as { asOf?: unknown }).asOf);
        const e = errorOf(() => f.evaluate(input as never, options as never));
        if (e === undefined) return;
        for (const text of textsOf(e)) expect(text).not.toContain(String(value));
        expect(e.message.length).toBeLessThanOrEqual(ERROR_LIMITS.message);
      }),
      { numRuns: 200 },
    );
  });

  it(`${name}: a megabyte in any field gives a message of at most ${ERROR_LIMITS.message} characters`, () => {
    const v = vectors[0] as Vector;
    for (const path of pathsOf(v.input)) {
      const e = errorOf(() => f.evaluate(plant(v.input, path, MEGABYTE) as never, optionsOf(v)));
      if (e === undefined) continue;
      expect(e.message.length).toBeLessThanOrEqual(ERROR_LIMITS.message);
      for (const text of textsOf(e)) expect(text).not.toContain("Kari Nordmann");
    }
  });
});

describe("bounds of every input error", () => {
  it("keeps at most 100 issues and counts the rest, and cuts the message at 2,000 characters", () => {
    const f = FUNCTIONS.find((x) => x.name === "otYearlyContact");
    const e = errorOf(() =>
      f?.evaluate({ contacts: new Array(5_000).fill({ date: "Kari Nordmann" }) } as never, { asOf: "2026-01-01" }),
    );
    expect(e?.issues).toHaveLength(100);
    // Each contact has two bad fields: 10,000 issues in all.
    expect(e?.omitted).toBe(9_900);
    expect(e?.message.length).toBeLessThanOrEqual(2_000);
    expect(e?.message).toMatch(/; and \d[\d,]* more issues$/);
    expect(e?.message).not.toContain("Kari");
  });

  it("cuts a field name taken from the caller's object to 64 characters", () => {
    const f = FUNCTIONS.find((x) => x.name === "otTargetGroup");
    const key = `Kari Nordmann 01010112345 ${"x".repeat(100)}`;
    const e = errorOf(() => f?.evaluate({ [key]: true } as never, { asOf: "2026-01-01" }));
    expect(e?.issues[0]?.path).toBe(`${key.slice(0, 63)}…`);
  });
});

/*
 * The dates a rule genuinely needs in its decision, by input field: the date a contact
 * counted (otYearlyContact), the latest day each task counted was done (otDuties), the
 * days a notice is measured between (otNotifyOnDropout)
 * and those a response time is measured between (navReactionTime). These are dates of
 * the service's own acts. Every other input date, and every birth date, stays out: the
 * rules keep an age, a year or a count instead.
 */
const DATES_NEEDED: Readonly<Record<string, readonly string[]>> = {
  otYearlyContact: ["contacts[].date"],
  otDuties: [
    "history.registeredOn",
    "history.informedOn",
    "history.guardiansInformedOn",
    "history.contacts[].date",
    "history.offers[].date",
    "history.followUps[]",
  ],
  otNotifyOnDropout: ["quitDate", "notifiedDate"],
  navReactionTime: ["contactDate", "responseDate"],
  navDuties: [
    "history.needsAssessmentOn",
    "history.workAbilityAssessmentOn",
    "history.activityPlanOn",
    "history.individualPlanOn",
    "history.cooperationOn",
    "history.contactPersonOn",
  ],
};

describe.each(FUNCTIONS.map((f) => [f.name, f] as const))(
  "decisions of %s carry no date they do not need",
  (name, f) => {
    const vectors = VECTORS.filter((v) => v.function === name && !("error" in v.expected));
    const datePaths = (v: Vector) =>
      pathsOf(v.input).filter((p) => {
        let x: unknown = v.input;
        for (const k of p) x = (x as Record<string | number, unknown>)[k];
        return typeof x === "string" && isIsoDate(x);
      });
    const field = (p: readonly (string | number)[]) =>
      p
        .map((k) => (typeof k === "number" ? "[]" : k))
        .join(".")
        .replace(/\.\[\]/g, "[]");

    it(`${name}: no birth date, and no other input date but ${JSON.stringify(DATES_NEEDED[name] ?? [])}, in any decision`, () => {
      const withDates = vectors.filter((v) => datePaths(v).length > 0);
      if (withDates.length === 0) return; // the function reads no date but asOf
      fc.assert(
        fc.property(fc.constantFrom(...withDates), fc.array(someDate, { minLength: 8, maxLength: 8 }), (v, dates) => {
          const paths = datePaths(v);
          let input: unknown = v.input;
          const given = paths.map((p, i) => {
            const d = dates[i % dates.length] as string;
            input = plant(input, p, d);
            return [field(p), d] as const;
          });
          let text: string;
          try {
            text = JSON.stringify(f.evaluate(input as never, optionsOf(v)));
          } catch {
            return; // dates after asOf, or out of order: an input error, which quotes none either
          }
          for (const [path, d] of given) {
            if (d === v.asOf || !text.includes(`"${d}"`)) continue;
            // The same day planted in a field whose date the decision needs is no leak of this one.
            if (given.some(([p2, d2]) => d2 === d && p2 !== path && (DATES_NEEDED[name] ?? []).includes(p2))) continue;
            expect(path.endsWith("birthDate"), `${name}: the birth date ${path} in the decision`).toBe(false);
            expect(DATES_NEEDED[name] ?? [], `${name}: ${path} in the decision`).toContain(path);
          }
        }),
        { numRuns: 150 },
      );
    });
  },
);
