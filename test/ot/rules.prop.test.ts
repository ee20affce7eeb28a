import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UngrettInputError } from "../../src/core/errors.js";
import {
  explain,
  OT_TRIGGERS_BY_VERSION,
  type OtContactTriggersInput,
  otContactTriggers,
  otCoverageEnd,
  otNotifyOnDropout,
  otYearlyContact,
} from "../../src/index.js";
import {
  compact,
  inZone,
  isoDateBetween,
  known,
  maybeOf,
  otAsOf,
  roundTrip,
  ZONES,
  ZONES_SWITCH,
} from "../helpers/arbitraries.js";
import { TEXTS } from "../helpers/texts.js";

/** OT's upper age on `asOf` under the version in force: 21 until 2024-07-31, 24 from 2024-08-01. */
const upperAgeOn = (asOf: string): number => (asOf < "2024-08-01" ? 21 : 24);
const yearOf = (asOf: string): number => Number(asOf.slice(0, 4));

/** The situation facts other than the birth year, each possibly unknown. */
const factsOf = fc
  .record({
    applied: maybeOf(fc.boolean()),
    offeredPlace: maybeOf(fc.boolean()),
    acceptedPlace: maybeOf(fc.boolean()),
  })
  .map((s) => (s.offeredPlace === false ? { ...s, acceptedPlace: undefined } : s))
  .chain((base) =>
    fc
      .record({
        droppedOut: maybeOf(fc.boolean()),
        inWork: maybeOf(fc.boolean()),
        lostRight: maybeOf(
          fc.constantFrom("expulsion", "contract-termination", "none") as fc.Arbitrary<
            "expulsion" | "contract-termination" | "none"
          >,
        ),
      })
      .map((rest) => ({ ...base, ...rest })),
  );

/** A birth year within OT's age limit on `asOf` (and not after it). */
const birthYearWithin = (asOf: string): fc.Arbitrary<number> =>
  fc.integer({ min: yearOf(asOf) - upperAgeOn(asOf), max: yearOf(asOf) });

/** A situation and a date; the birth year, when known, is on or before asOf, within the limit or past it. */
const situationOn = otAsOf.chain((asOf) =>
  fc
    .tuple(factsOf, maybeOf(fc.oneof(birthYearWithin(asOf), fc.integer({ min: 1950, max: yearOf(asOf) }))))
    .map(([facts, birthYear]) => ({ situation: compact({ ...facts, birthYear }) as OtContactTriggersInput, asOf })),
);

describe("otContactTriggers properties", () => {
  it("returns only triggers of the version in force, in its order, and survives JSON", () => {
    fc.assert(
      fc.property(situationOn, ({ situation, asOf }) => {
        const d = otContactTriggers(situation, { asOf });
        const list = OT_TRIGGERS_BY_VERSION[d.version.id] ?? [];
        expect(d.outcome.every((t) => list.includes(t))).toBe(true);
        expect([...d.outcome].sort((a, b) => list.indexOf(a) - list.indexOf(b))).toEqual(d.outcome);
        expect(roundTrip(d)).toEqual(d);
      }),
    );
  });

  it("never loses a trigger when unknown facts become known while the person stays in the target group", () => {
    // Unknown facts are filled with any values, except that an unknown inWork becomes false and an
    // unknown birth year one within the limit: the person stays in the target group, where the
    // duty to make contact exists.
    const filler = fc.record({
      applied: fc.boolean(),
      offeredPlace: fc.boolean(),
      acceptedPlace: fc.boolean(),
      droppedOut: fc.boolean(),
      lostRight: fc.constantFrom("expulsion", "contract-termination", "none"),
      yearsOld: fc.integer({ min: 0, max: 21 }),
    });
    fc.assert(
      fc.property(situationOn, filler, ({ situation, asOf }, f) => {
        const d = otContactTriggers(situation, { asOf });
        const more = { ...situation } as Record<string, unknown>;
        more.applied ??= f.applied;
        more.droppedOut ??= f.droppedOut;
        more.lostRight ??= f.lostRight;
        more.inWork ??= false;
        more.birthYear ??= yearOf(asOf) - f.yearsOld;
        // A known answer about accepting a place means a place was offered; with no place
        // offered, whether it was accepted cannot be asked.
        more.offeredPlace ??= more.acceptedPlace != null ? true : f.offeredPlace;
        if (more.offeredPlace === true) more.acceptedPlace ??= f.acceptedPlace;
        const e = otContactTriggers(more as OtContactTriggersInput, { asOf });
        expect(e.needs).toEqual([]);
        for (const t of d.outcome) expect(e.outcome).toContain(t);
      }),
    );
  });

  it("owes no contact to anyone in work or past the age limit, whatever the situation and date", () => {
    const outside = otAsOf.chain((asOf) =>
      fc
        .oneof(
          // In work, with any birth year (or none).
          fc
            .tuple(factsOf, maybeOf(fc.integer({ min: 1950, max: yearOf(asOf) })))
            .map(([facts, birthYear]) => ({ ...facts, inWork: true, birthYear })),
          // Past the age limit, in work or not (or not known).
          fc
            .tuple(factsOf, fc.integer({ min: 1900, max: yearOf(asOf) - upperAgeOn(asOf) - 1 }))
            .map(([facts, birthYear]) => ({ ...facts, birthYear })),
        )
        .map((s) => ({ situation: compact(s) as OtContactTriggersInput, asOf })),
    );
    fc.assert(
      fc.property(outside, ({ situation, asOf }) => {
        const d = otContactTriggers(situation, { asOf });
        expect(d.outcome).toEqual([]);
        expect(d.details.owed).toBe(false);
        expect(d.needs).toEqual([]);
        expect(d.details.outside).toBe(situation.inWork === true ? "in-work" : "past-age-limit");
        expect(explain(d, TEXTS.en).split("\n")[0]).toContain("OT owes no contact");
      }),
    );
  });

  it("adding a birth year within the limit never removes a trigger, and settles the age limit", () => {
    fc.assert(
      fc.property(
        otAsOf.chain((asOf) => fc.tuple(fc.constant(asOf), factsOf, birthYearWithin(asOf))),
        ([asOf, facts, birthYear]) => {
          const without = compact(facts) as OtContactTriggersInput;
          const d = otContactTriggers(without, { asOf });
          const e = otContactTriggers({ ...without, birthYear }, { asOf });
          for (const t of d.outcome) expect(e.outcome).toContain(t);
          expect(e.needs).not.toContain("birthYear");
          expect(e.reasons.find((r) => r.rule === "ot.age-limit")?.status).toBe("holds");
        },
      ),
    );
  });

  it.runIf(ZONES_SWITCH)("does not change with the time zone", () => {
    fc.assert(
      fc.property(situationOn, fc.constantFrom(...ZONES), ({ situation, asOf }, tz) => {
        expect(inZone(tz, () => explain(otContactTriggers(situation, { asOf }), TEXTS.en))).toBe(
          inZone("UTC", () => explain(otContactTriggers(situation, { asOf }), TEXTS.en)),
        );
      }),
      { numRuns: 100 },
    );
  });
});

describe("otCoverageEnd properties", () => {
  it("ends on 31 December, 21 or 24 years after the birth year, and never before asOf's version allows", () => {
    fc.assert(
      fc.property(otAsOf, fc.integer({ min: 1900, max: 2100 }), (asOf, birthYear) => {
        if (birthYear > Number(asOf.slice(0, 4))) {
          expect(() => otCoverageEnd({ birthYear }, { asOf })).toThrow(UngrettInputError);
          return;
        }
        const d = otCoverageEnd({ birthYear }, { asOf });
        const expected = asOf < "2024-08-01" ? 21 : 24;
        expect(d.outcome).toBe(`${birthYear + expected}-12-31`);
        expect(d.details.coveredOnAsOf).toBe(asOf <= known(d.outcome));
      }),
    );
  });
});

describe("otYearlyContact properties", () => {
  const history = otAsOf.chain((asOf) =>
    fc
      .array(fc.record({ date: isoDateBetween("2000-01-01", asOf), established: fc.boolean() }), { maxLength: 8 })
      .map((contacts) => ({ contacts, asOf })),
  );

  it("without a birth year, is done exactly when an established contact falls in asOf's school year, due by its end", () => {
    fc.assert(
      fc.property(history, ({ contacts, asOf }) => {
        const d = otYearlyContact({ contacts }, { asOf });
        const start = d.details.schoolYearStart;
        const end = known(d.details.schoolYearEnd);
        expect(start <= asOf && asOf <= end).toBe(true);
        const counted = contacts.some((c) => c.established && c.date >= start);
        expect(d.outcome).toBe(counted ? "done" : "due");
        expect(d.details.dueBy).toBe(end);
        expect(d.details.coveredThrough).toBeNull();
      }),
    );
  });

  it("with a birth year, never sets dueBy after coveredThrough, and is not-owed exactly when asOf is after it", () => {
    fc.assert(
      fc.property(
        history.chain((h) =>
          fc
            .oneof(
              // Often in or just past the last covered year, where the cap and the end of the duty bite.
              fc.integer({ min: yearOf(h.asOf) - upperAgeOn(h.asOf) - 1, max: yearOf(h.asOf) - upperAgeOn(h.asOf) }),
              fc.integer({ min: 1900, max: yearOf(h.asOf) }),
            )
            .map((birthYear) => ({ ...h, birthYear })),
        ),
        ({ contacts, asOf, birthYear }) => {
          const d = otYearlyContact({ birthYear, contacts }, { asOf });
          const { coveredThrough, dueBy, schoolYearEnd } = d.details;
          expect(coveredThrough).toBe(`${birthYear + upperAgeOn(asOf)}-12-31`);
          const past = asOf > (coveredThrough as string);
          expect(d.outcome === "not-owed").toBe(past);
          if (past) {
            expect(dueBy).toBeNull();
          } else {
            expect(dueBy).not.toBeNull();
            expect((dueBy as string) <= (coveredThrough as string)).toBe(true);
            // The earlier of the two, and never already past.
            // (otAsOf stays far from year 9999, so the school year ends within the calendar.)
            const end = schoolYearEnd as string;
            expect(dueBy).toBe((coveredThrough as string) < end ? coveredThrough : end);
            expect((dueBy as string) >= asOf).toBe(true);
            // Within the limit, the birth year changes nothing but the deadline.
            expect(d.outcome).toBe(otYearlyContact({ contacts }, { asOf }).outcome);
          }
        },
      ),
    );
  });

  it("ignores attempts without reply", () => {
    fc.assert(
      fc.property(history, ({ contacts, asOf }) => {
        const without = contacts.filter((c) => c.established);
        expect(otYearlyContact({ contacts }, { asOf }).outcome).toBe(
          otYearlyContact({ contacts: without }, { asOf }).outcome,
        );
      }),
    );
  });
});

describe("otNotifyOnDropout properties", () => {
  it("classifies by days against the threshold, for every threshold", () => {
    fc.assert(
      fc.property(
        isoDateBetween("2006-08-01", "2090-01-01"),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 366 }),
        fc.boolean(),
        (quitDate, delay, extra, maxDays, told) => {
          const notified = new Date(`${quitDate}T00:00:00Z`);
          notified.setUTCDate(notified.getUTCDate() + delay);
          const notifiedDate = notified.toISOString().slice(0, 10);
          const asOfD = new Date(notified);
          asOfD.setUTCDate(asOfD.getUTCDate() + extra);
          const asOf = asOfD.toISOString().slice(0, 10);
          const d = otNotifyOnDropout(told ? { quitDate, notifiedDate } : { quitDate }, {
            asOf,
            parameters: { "ot.notify-max-days": maxDays },
          });
          const days = told ? delay : delay + extra;
          expect(d.details.days).toBe(days);
          expect(d.outcome).toBe(
            told ? (days <= maxDays ? "timely" : "late") : days <= maxDays ? "pending" : "overdue",
          );
        },
      ),
    );
  });
});
