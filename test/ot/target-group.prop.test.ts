import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UngrettInputError } from "../../src/core/errors.js";
import {
  explain,
  type OtTargetGroupInput,
  otPersonSchema,
  otPrepare,
  otTargetGroup,
  otTargetGroupValidated,
} from "../../src/index.js";
import {
  compact,
  inZone,
  isoDateBetween,
  maybeOf,
  otAsOf,
  roundTrip,
  ZONES,
  ZONES_SWITCH,
} from "../helpers/arbitraries.js";
import { TEXTS } from "../helpers/texts.js";

const lostRight = fc.constantFrom("expulsion", "contract-termination", "none") as fc.Arbitrary<
  "expulsion" | "contract-termination" | "none"
>;

/** A person and a date they can be assessed on (born on or before asOf). */
const personOn = otAsOf.chain((asOf) =>
  fc
    .record({
      birthYear: maybeOf(fc.integer({ min: 1960, max: Number(asOf.slice(0, 4)) })),
      hasYouthRight: maybeOf(fc.boolean()),
      inEducation: maybeOf(fc.boolean()),
      inWork: maybeOf(fc.boolean()),
      lostRight: maybeOf(lostRight),
    })
    .map((p) => ({ person: compact(p) as OtTargetGroupInput, asOf })),
);

const FACTS = ["birthYear", "hasYouthRight", "inEducation", "inWork", "lostRight"] as const;

describe("otTargetGroup properties", () => {
  it("is total: every valid input yields a decision that survives a JSON round trip", () => {
    fc.assert(
      fc.property(personOn, ({ person, asOf }) => {
        const d = otTargetGroup(person, { asOf });
        expect(["in-target-group", "not-in-target-group", "unknown"]).toContain(d.outcome);
        expect(roundTrip(d)).toEqual(d);
        expect(d.needs.length > 0).toBe(d.outcome === "unknown");
      }),
    );
  });

  it("is deterministic: the same input gives the same decision", () => {
    fc.assert(
      fc.property(personOn, ({ person, asOf }) => {
        expect(otTargetGroup(person, { asOf })).toEqual(otTargetGroup(structuredClone(person), { asOf }));
      }),
    );
  });

  it("never says in-target-group while a needed fact is missing", () => {
    fc.assert(
      fc.property(personOn, ({ person, asOf }) => {
        const d = otTargetGroup(person, { asOf });
        const p = person as Record<string, unknown>;
        const rightKnown =
          p.hasYouthRight === true || (d.version.id === "ot-2006" && p.lostRight != null && p.lostRight !== "none");
        const allKnown = p.birthYear != null && rightKnown && p.inEducation != null && p.inWork != null;
        if (!allKnown) expect(d.outcome).not.toBe("in-target-group");
      }),
    );
  });

  it("is sound: a definite outcome stays the same whatever the unknown facts turn out to be", () => {
    const fill = fc.record({
      birthYear: fc.integer({ min: 1960, max: 2006 }),
      hasYouthRight: fc.boolean(),
      inEducation: fc.boolean(),
      inWork: fc.boolean(),
      lostRight,
    });
    fc.assert(
      fc.property(personOn, fill, ({ person, asOf }, filler) => {
        const d = otTargetGroup(person, { asOf });
        const completed = { ...person } as Record<string, unknown>;
        for (const k of FACTS) {
          if (completed[k] == null)
            completed[k] = k === "birthYear" ? Math.min(filler.birthYear, Number(asOf.slice(0, 4))) : filler[k];
        }
        const full = otTargetGroup(completed as OtTargetGroupInput, { asOf });
        expect(full.outcome).not.toBe("unknown");
        if (d.outcome !== "unknown") expect(full.outcome).toBe(d.outcome);
      }),
    );
  });

  it("asks for facts that settle it: supplying every fact in needs gives a definite outcome", () => {
    fc.assert(
      fc.property(personOn, fc.boolean(), ({ person, asOf }, value) => {
        const d = otTargetGroup(person, { asOf });
        if (d.outcome !== "unknown") return;
        const completed = { ...person } as Record<string, unknown>;
        for (const n of d.needs) {
          completed[n] =
            n === "birthYear"
              ? Number(asOf.slice(0, 4)) - 18
              : n === "lostRight"
                ? value
                  ? "expulsion"
                  : "none"
                : value;
        }
        expect(otTargetGroup(completed as OtTargetGroupInput, { asOf }).outcome).not.toBe("unknown");
      }),
    );
  });

  it("is monotone in age: out by age on a date means out on every later date of the same version", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1960, max: 2090 }),
        isoDateBetween("2006-08-01", "2100-12-31"),
        fc.integer({ min: 0, max: 4000 }),
        (birthYear, a, gap) => {
          if (Number(a.slice(0, 4)) < birthYear) return;
          const person = { birthYear, hasYouthRight: true, inEducation: false, inWork: false };
          const first = otTargetGroup(person, { asOf: a });
          if (first.outcome !== "not-in-target-group") return;
          const later = new Date(
            Date.UTC(Number(a.slice(0, 4)), Number(a.slice(5, 7)) - 1, Number(a.slice(8, 10)) + gap),
          )
            .toISOString()
            .slice(0, 10);
          if (later > "2100-12-31") return;
          const second = otTargetGroup(person, { asOf: later });
          if (second.version.id === first.version.id) expect(second.outcome).toBe("not-in-target-group");
        },
      ),
    );
  });

  it.runIf(ZONES_SWITCH)("does not change with the host's time zone", () => {
    fc.assert(
      fc.property(personOn, fc.constantFrom(...ZONES), fc.constantFrom(...ZONES), ({ person, asOf }, z1, z2) => {
        const a = inZone(z1, () => [
          otTargetGroup(person, { asOf }),
          explain(otTargetGroup(person, { asOf }), TEXTS.nb),
        ]);
        const b = inZone(z2, () => [
          otTargetGroup(person, { asOf }),
          explain(otTargetGroup(person, { asOf }), TEXTS.nb),
        ]);
        expect(a).toEqual(b);
      }),
      { numRuns: 200 },
    );
  });

  it("explains every decision in every language, with a text for every reason", () => {
    fc.assert(
      fc.property(personOn, ({ person, asOf }) => {
        const d = otTargetGroup(person, { asOf });
        for (const l of ["nb", "nn", "en"] as const) {
          const text = explain(d, TEXTS[l]);
          expect(text.split("\n").length).toBeGreaterThanOrEqual(2 + d.reasons.length);
          expect(text).not.toMatch(/ingen tekst|no text/);
        }
      }),
    );
  });

  it("answers arbitrary JSON with a decision or the library's input error, nothing else", () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.oneof(
          fc.jsonValue(),
          otAsOf.map((asOf) => ({ asOf })),
        ),
        (input, options) => {
          try {
            const d = otTargetGroup(input as OtTargetGroupInput, options as { asOf: string });
            expect(typeof d.outcome).toBe("string");
          } catch (e) {
            expect(e).toBeInstanceOf(UngrettInputError);
            expect((e as UngrettInputError).issues.length).toBeGreaterThan(0);
          }
        },
      ),
    );
  });
});

describe("otTargetGroupValidated", () => {
  it("gives exactly the decision otTargetGroup gives, on input validated at the edge and options prepared once", () => {
    fc.assert(
      fc.property(personOn, ({ person, asOf }) => {
        const prepared = otPrepare({ asOf });
        expect(otTargetGroupValidated(otPersonSchema.parse(person), prepared)).toEqual(otTargetGroup(person, { asOf }));
      }),
    );
  });

  it("reuses prepared options across calls without one call's reads leaking into another's decision", () => {
    const prepared = otPrepare({ asOf: "2026-04-15", parameters: { "ot.upper-age": 21 } });
    const a = otTargetGroupValidated(
      { birthYear: 2005, hasYouthRight: true, inEducation: false, inWork: false },
      prepared,
    );
    const b = otTargetGroupValidated({ birthYear: 2004 }, prepared);
    expect(a.parameters).toEqual(b.parameters);
    expect(a.parameters).toHaveLength(1);
    expect(a.outcome).toBe("in-target-group");
    expect(b.outcome).toBe("not-in-target-group");
  });

  it("validates prepared options like any call", () => {
    expect(() => otPrepare({ asOf: "2005-01-01" })).toThrow(UngrettInputError);
    expect(() => otPrepare({ asOf: "2026-01-01", parameters: { nope: 1 } } as never)).toThrow(
      /options.parameters.nope/,
    );
  });
});
