import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UngrettInputError } from "../../src/core/errors.js";
import {
  explain,
  OT_TRIGGERS_BY_VERSION,
  type OtSituation,
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

const situationOn = otAsOf.chain((asOf) =>
  fc
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
            fc.constantFrom("expulsion", "contract-termination", "none") as fc.Arbitrary<"expulsion" | "none">,
          ),
        })
        .map((rest) => ({ ...base, ...rest })),
    )
    .map((s) => ({ situation: compact(s) as OtSituation, asOf })),
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

  it("never loses a trigger when an unknown fact becomes known", () => {
    fc.assert(
      fc.property(situationOn, fc.boolean(), ({ situation, asOf }, value) => {
        const d = otContactTriggers(situation, { asOf });
        const more = { ...situation } as Record<string, unknown>;
        for (const n of d.needs) more[n] = n === "lostRight" ? (value ? "expulsion" : "none") : value;
        // A known answer about accepting a place means a place was offered.
        if (more.acceptedPlace != null && d.needs.includes("offeredPlace")) more.offeredPlace = true;
        const e = otContactTriggers(more as OtSituation, { asOf });
        expect(e.needs).toEqual([]);
        for (const t of d.outcome) expect(e.outcome).toContain(t);
      }),
    );
  });

  it.runIf(ZONES_SWITCH)("does not change with the time zone", () => {
    fc.assert(
      fc.property(situationOn, fc.constantFrom(...ZONES), ({ situation, asOf }, tz) => {
        expect(inZone(tz, () => explain(otContactTriggers(situation, { asOf }), "en"))).toBe(
          inZone("UTC", () => explain(otContactTriggers(situation, { asOf }), "en")),
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

  it("is done exactly when an established contact falls in asOf's school year", () => {
    fc.assert(
      fc.property(history, ({ contacts, asOf }) => {
        const d = otYearlyContact({ contacts }, { asOf });
        const start = d.details.schoolYearStart;
        const end = known(d.details.schoolYearEnd);
        expect(start <= asOf && asOf <= end).toBe(true);
        const counted = contacts.some((c) => c.established && c.date >= start);
        expect(d.outcome).toBe(counted ? "done" : "due");
        expect(d.details.dueBy).toBe(end);
      }),
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
