import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween } from "../../src/core/dates.js";
import { UngrettInputError } from "../../src/core/errors.js";
import {
  explain,
  NAV_CASELOAD_CLASSES,
  NAV_REACTION_CLASSES,
  NAV_TARGETS,
  type NavAssessCloseFollowUpInput,
  type NavDayCount,
  type NavProblem,
  navApproach,
  navAssessCloseFollowUp,
  navCaseload,
  navInclusionApproach,
  navPartners,
  navPublicHolidays,
  navReactionTime,
} from "../../src/nav/index.js";
import { countDays } from "../../src/nav/working-days.js";
import {
  compact,
  inZone,
  isoDateBetween,
  known,
  maybeOf,
  roundTrip,
  ZONES,
  ZONES_SWITCH,
} from "../helpers/arbitraries.js";
import { TEXTS } from "../helpers/texts.js";

const navAsOf = isoDateBetween("2006-07-01", "2100-12-31");
const MODES: readonly NavDayCount[] = ["calendar-days", "working-days", "norwegian-working-days"];
const mode = fc.constantFrom(...MODES);
const PROBLEMS: readonly NavProblem[] = [
  "substance-use-or-crime",
  "mental-ill-health",
  "lack-of-motivation-or-dropout",
  "learning-difficulties",
  "poor-finances-or-living-conditions",
];

const subsetOf = <T>(xs: readonly T[]) => fc.subarray([...xs]);
/** Each fact of a follow-up, known. */
const FOLLOW_UP_FACTS = {
  models: subsetOf(["los", "motivation", "maturation"] as const),
  actors: subsetOf(["youth", "employer", "school", "family"] as const),
  themes: subsetOf(["social-inclusion", "tasks", "health", "life-otherwise"] as const),
  phases: subsetOf(["before", "during", "after"] as const),
  naturalSupport: fc.boolean(),
  reachableByMobile: fc.boolean(),
  reactionDays: fc.integer({ min: 0, max: 10 }),
  meetingPlace: fc.constantFrom(
    "ordinary-reception",
    "youth-branch",
    "youth-reception",
    "youth-counsellor",
    "other-safe-place",
  ) as fc.Arbitrary<"youth-branch">,
  youthPerCounsellor: fc.integer({ min: 0, max: 200 }),
  oneToOnePeriods: fc.boolean(),
  activeOutreach: fc.boolean(),
  prevention: fc.constantFrom("reactive", "proactive", "health-promoting") as fc.Arbitrary<"proactive">,
  problemFocus: fc.boolean(),
  futureFocus: fc.boolean(),
};
/** A follow-up with every fact known. */
const knownFollowUp: fc.Arbitrary<NavAssessCloseFollowUpInput> = fc.record(FOLLOW_UP_FACTS);
/** A follow-up with any fact possibly unknown (absent or null). */
const followUp: fc.Arbitrary<NavAssessCloseFollowUpInput> = fc
  .record(Object.fromEntries(Object.entries(FOLLOW_UP_FACTS).map(([k, a]) => [k, maybeOf(a as fc.Arbitrary<unknown>)])))
  .map((f) => compact(f) as NavAssessCloseFollowUpInput);

/** A person and the date they are assessed on (born on or before it). */
const personOn = navAsOf.chain((asOf) =>
  fc
    .record({
      birthDate: maybeOf(isoDateBetween("1960-01-01", asOf)),
      problems: maybeOf(fc.array(fc.constantFrom(...PROBLEMS), { maxLength: 6 })),
    })
    .map((p) => ({ person: compact(p), asOf })),
);

/** A contact, a response on or after it (or none), and an asOf on or after both. */
const reactionOn = isoDateBetween("2006-07-01", "2090-12-31").chain((contactDate) =>
  fc
    .record({ delay: fc.integer({ min: 0, max: 40 }), extra: fc.integer({ min: 0, max: 40 }), responded: fc.boolean() })
    .map(({ delay, extra, responded }) => {
      const responseDate = addDays(contactDate, delay);
      const asOf = addDays(responseDate, extra);
      return { input: responded ? { contactDate, responseDate } : { contactDate }, asOf };
    }),
);

/** Days counted one by one: the reference the closed form must agree with. */
function countNaively(from: string, to: string, m: NavDayCount): number {
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
    const dow = new Date(`${d}T12:00:00Z`).getUTCDay();
    const weekend = dow === 0 || dow === 6;
    const holiday = navPublicHolidays(Number(d.slice(0, 4))).includes(d);
    if (m === "calendar-days" || (!weekend && (m === "working-days" || !holiday))) n++;
  }
  return n;
}

describe("navCaseload properties", () => {
  const thresholds = fc
    .tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 }))
    .map(([a, b]) => ({ "nav.caseload-close-max": Math.min(a, b), "nav.caseload-limited-over": Math.max(a, b) }));

  it("puts every non-negative count in exactly one class, by the thresholds", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), thresholds, navAsOf, (n, parameters, asOf) => {
        const d = navCaseload({ youthPerCounsellor: n }, { asOf, parameters });
        const close = n <= parameters["nav.caseload-close-max"];
        const limited = n > parameters["nav.caseload-limited-over"];
        const matches = NAV_CASELOAD_CLASSES.filter(
          (c) =>
            (c === "close-follow-up-possible" && close) ||
            (c === "limited" && limited) ||
            (c === "intermediate" && !close && !limited),
        );
        expect(matches).toEqual([d.outcome]);
        expect(roundTrip(d)).toEqual(d);
      }),
    );
  });

  it("never gives a larger caseload more room for close follow-up", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), thresholds, (a, b, p) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const rank = (n: number) =>
          NAV_CASELOAD_CLASSES.indexOf(
            navCaseload({ youthPerCounsellor: n }, { asOf: "2026-03-02", parameters: p }).outcome,
          );
        expect(rank(lo)).toBeLessThanOrEqual(rank(hi));
      }),
    );
  });

  it("rejects negative, fractional and non-finite counts as input errors naming the field", () => {
    const bad = fc.oneof(
      fc.integer({ max: -1 }),
      fc.double({ noInteger: true, noNaN: true }),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
    );
    fc.assert(
      fc.property(bad, (n) => {
        for (const call of [
          () => navCaseload({ youthPerCounsellor: n }, { asOf: "2026-03-02" }),
          () => navAssessCloseFollowUp({ youthPerCounsellor: n }, { asOf: "2026-03-02" }),
          () => navAssessCloseFollowUp({ reactionDays: n }, { asOf: "2026-03-02" }),
        ]) {
          try {
            call();
            expect.unreachable(`accepted ${n}`);
          } catch (e) {
            expect(e).toBeInstanceOf(UngrettInputError);
            expect((e as UngrettInputError).issues[0]?.path).toMatch(/^(youthPerCounsellor|reactionDays)$/);
          }
        }
      }),
    );
  });
});

describe("navReactionTime properties", () => {
  it("counts days like a day-by-day count, in every mode", () => {
    fc.assert(
      fc.property(isoDateBetween("1990-01-01", "2090-12-31"), fc.integer({ min: 0, max: 60 }), mode, (from, n, m) => {
        const to = addDays(from, n);
        expect(countDays(from, to, m)).toBe(countNaively(from, to, m));
      }),
    );
  });

  it("never gives a later response a better class, in every mode", () => {
    fc.assert(
      fc.property(
        isoDateBetween("2006-07-01", "2090-12-31"),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 30 }),
        mode,
        (contactDate, a, b, m) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const asOf = addDays(contactDate, hi);
          const options = { asOf, parameters: { "nav.reaction-day-count": m } };
          const rank = (delay: number) =>
            NAV_REACTION_CLASSES.indexOf(
              navReactionTime({ contactDate, responseDate: addDays(contactDate, delay) }, options)
                .outcome as (typeof NAV_REACTION_CLASSES)[number],
            );
          expect(rank(lo)).toBeLessThanOrEqual(rank(hi));
        },
      ),
    );
  });

  it("classifies by the days against the thresholds, and pending only while time is left", () => {
    fc.assert(
      fc.property(reactionOn, mode, ({ input, asOf }, m) => {
        const d = navReactionTime(input, { asOf, parameters: { "nav.reaction-day-count": m } });
        const to = "responseDate" in input ? input.responseDate : asOf;
        const days = countNaively(input.contactDate, to, m);
        expect(d.details.days).toBe(days);
        const expected = !d.details.responded
          ? days <= 2
            ? "pending"
            : "late"
          : days <= 1
            ? "ideal"
            : days <= 2
              ? "within"
              : "late";
        expect(d.outcome).toBe(expected);
        // The deadline is the last day a response is still in time.
        const deadline = known(d.details.deadline);
        expect(countNaively(input.contactDate, deadline, m)).toBeLessThanOrEqual(2);
        expect(countNaively(input.contactDate, addDays(deadline, 1), m)).toBe(3);
        expect(roundTrip(d)).toEqual(d);
      }),
    );
  });

  it("rejects a response before the contact or after asOf", () => {
    fc.assert(
      fc.property(isoDateBetween("2006-07-02", "2090-12-31"), fc.integer({ min: 1, max: 50 }), (contactDate, n) => {
        expect(() =>
          navReactionTime({ contactDate, responseDate: addDays(contactDate, -n) }, { asOf: addDays(contactDate, 60) }),
        ).toThrow(UngrettInputError);
        expect(() =>
          navReactionTime(
            { contactDate, responseDate: addDays(contactDate, n) },
            { asOf: addDays(contactDate, n - 1) },
          ),
        ).toThrow(UngrettInputError);
      }),
    );
  });
});

describe("navPartners properties", () => {
  it("lists each agency once, central before relevant, and never a less central one", () => {
    fc.assert(
      fc.property(personOn, ({ person, asOf }) => {
        const d = navPartners(person, { asOf });
        expect(new Set(d.outcome).size).toBe(d.outcome.length);
        const roles = d.outcome.map((a) => d.details.partners.find((p) => p.agency === a)?.role);
        expect(roles.every((r) => r === "central" || r === "relevant")).toBe(true);
        const rank = (r: string | undefined) => (r === "central" ? 0 : 1);
        expect([...roles].sort((x, y) => rank(x) - rank(y))).toEqual(roles);
        for (const p of d.details.partners)
          for (const r of p.reasons) expect(r.source.locator?.length).toBeGreaterThan(0);
        expect(roundTrip(d)).toEqual(d);
      }),
    );
  });

  it("only adds agencies when unknown facts become known", () => {
    fc.assert(
      fc.property(
        personOn,
        fc.integer({ min: 0, max: 60 * 365 }),
        fc.array(fc.constantFrom(...PROBLEMS)),
        ({ person, asOf }, ageDays, problems) => {
          const d = navPartners(person, { asOf });
          const filled = {
            birthDate: person.birthDate ?? addDays(asOf, -ageDays),
            problems: person.problems ?? problems,
          };
          const e = navPartners(filled, { asOf });
          expect(e.needs).toEqual([]);
          for (const a of d.outcome) expect(e.outcome).toContain(a);
        },
      ),
    );
  });

  it("puts every age in the bands its completed years give", () => {
    fc.assert(
      fc.property(personOn, ({ person, asOf }) => {
        const d = navPartners(person, { asOf });
        const age = d.details.age;
        if (age === null) {
          expect(d.details.ageBands).toEqual([]);
          return;
        }
        const aftercareUntil = asOf < "2021-01-01" ? 23 : 25;
        const want = [
          ...(age < 16 ? ["under-16"] : []),
          ...(age >= 16 && age < 20 ? ["16-19"] : []),
          ...(age >= 18 && age < aftercareUntil ? ["aftercare"] : []),
          ...(age >= 20 ? ["20-and-over"] : []),
        ];
        expect(d.details.ageBands).toEqual(want);
      }),
    );
  });
});

describe("navAssessCloseFollowUp properties", () => {
  it("gives every item a source, a strength and the recommendation, and sums the counts", () => {
    fc.assert(
      fc.property(followUp, navAsOf, (f, asOf) => {
        const d = navAssessCloseFollowUp(f, { asOf });
        expect(d.details.items).toHaveLength(10);
        for (const i of d.details.items) {
          expect(i.source.ref).toBe("afi-tipshefte-2016");
          expect(i.source.locator?.length).toBeGreaterThan(0);
          expect(i.strength).toBe("recommendation");
          expect(i.needs.length > 0).toBe(i.status === "unknown");
        }
        const { meets, fallsShort, unknown } = d.details.counts;
        expect(meets + fallsShort + unknown).toBe(10);
        expect(d.details.counts.total).toBe(10);
        expect(d.outcome).toBe(fallsShort > 0 ? "falls-short" : unknown > 0 ? "incomplete" : "meets-all");
        expect(roundTrip(d)).toEqual(d);
      }),
    );
  });

  it("is sound: a definite item keeps its status whatever the unknown facts turn out to be", () => {
    fc.assert(
      fc.property(followUp, knownFollowUp, (f, fill) => {
        const d = navAssessCloseFollowUp(f, { asOf: "2026-03-02" });
        const known = Object.fromEntries(Object.entries(f).filter(([, v]) => v != null));
        const full = navAssessCloseFollowUp({ ...fill, ...known } as NavAssessCloseFollowUpInput, {
          asOf: "2026-03-02",
        });
        for (const [i, item] of d.details.items.entries()) {
          expect(full.details.items[i]?.status).not.toBe("unknown");
          if (item.status !== "unknown") expect(full.details.items[i]?.status).toBe(item.status);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("every NAV decision", () => {
  const decisions = fc.oneof(
    fc
      .tuple(fc.integer({ min: 0, max: 300 }), navAsOf)
      .map(([n, asOf]) => navCaseload({ youthPerCounsellor: n }, { asOf })),
    fc
      .tuple(reactionOn, mode)
      .map(([{ input, asOf }, m]) => navReactionTime(input, { asOf, parameters: { "nav.reaction-day-count": m } })),
    fc
      .tuple(maybeOf(fc.uniqueArray(fc.constantFrom(...NAV_TARGETS), { minLength: 1 })), navAsOf)
      .map(([targets, asOf]) => navApproach(compact({ targets }), { asOf })),
    personOn.map(({ person, asOf }) => navPartners(person, { asOf })),
    fc
      .tuple(maybeOf(fc.constantFrom("los", "motivation", "maturation") as fc.Arbitrary<"los">), navAsOf)
      .map(([model, asOf]) => navInclusionApproach(compact({ model }), { asOf })),
    fc.tuple(followUp, navAsOf).map(([f, asOf]) => navAssessCloseFollowUp(f, { asOf })),
  );

  it("says it is a recommendation or an estimate, never a legal duty", () => {
    fc.assert(
      fc.property(decisions, (d) => {
        const details = d.details as { strength: string; legalDuty: boolean };
        expect(["recommendation", "estimate"]).toContain(details.strength);
        expect(details.legalDuty).toBe(false);
        for (const r of d.reasons) expect(["recommendation", "estimate"]).toContain(r.strength);
        expect(explain(d, TEXTS.nb)).toMatch(/\((en anbefaling|et anslag), ikke et lovkrav\)/);
        expect(explain(d, TEXTS.nn)).toMatch(/\((ei tilråding|eit overslag), ikkje eit lovkrav\)/);
        expect(explain(d, TEXTS.en)).toMatch(/\((a recommendation|an estimate), not a legal requirement\)/);
      }),
    );
  });

  /** One input for every outcome, mixed into the random ones so that each outcome's text is checked. */
  const everyOutcome = fc.constantFrom(
    () => navCaseload({ youthPerCounsellor: 25 }, { asOf: "2026-03-02" }),
    () => navCaseload({ youthPerCounsellor: 60 }, { asOf: "2026-03-02" }),
    () => navCaseload({ youthPerCounsellor: 101 }, { asOf: "2026-03-02" }),
    () => navReactionTime({ contactDate: "2025-05-02", responseDate: "2025-05-03" }, { asOf: "2025-05-09" }),
    () => navReactionTime({ contactDate: "2025-05-02", responseDate: "2025-05-04" }, { asOf: "2025-05-09" }),
    () => navReactionTime({ contactDate: "2025-05-02", responseDate: "2025-05-05" }, { asOf: "2025-05-09" }),
    () => navReactionTime({ contactDate: "2025-05-02" }, { asOf: "2025-05-09" }),
    () => navReactionTime({ contactDate: "2025-05-02" }, { asOf: "2025-05-03" }),
    () => navApproach({ targets: ["all-youth-in-area"] }, { asOf: "2026-03-02" }),
    () => navApproach({ targets: ["groups-at-elevated-risk"] }, { asOf: "2026-03-02" }),
    () => navApproach({ targets: ["individuals-with-signs-of-difficulty"] }, { asOf: "2026-03-02" }),
    () => navApproach({ targets: [...NAV_TARGETS] }, { asOf: "2026-03-02" }),
    () => navApproach({}, { asOf: "2026-03-02" }),
    () => navPartners({}, { asOf: "2026-03-02" }),
    () => navInclusionApproach({ model: "los" }, { asOf: "2026-03-02" }),
    () => navInclusionApproach({ model: "maturation" }, { asOf: "2026-03-02" }),
    () => navInclusionApproach({}, { asOf: "2026-03-02" }),
    () => navAssessCloseFollowUp({ activeOutreach: false }, { asOf: "2026-03-02" }),
    () => navAssessCloseFollowUp({ activeOutreach: true }, { asOf: "2026-03-02" }),
  );

  it("is explained in nb, nn and en with a text for the outcome and every reason", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(
        fc.oneof(
          decisions,
          everyOutcome.map((f) => f()),
        ),
        (d) => {
          seen.add(`${d.rule}/${Array.isArray(d.outcome) ? "list" : String(d.outcome)}`);
          for (const l of ["nb", "nn", "en"] as const) {
            const text = explain(d, TEXTS[l]);
            const [head] = text.split("\n");
            expect(head?.split("): ")[1]?.trim().length ?? 0).toBeGreaterThan(1);
            expect(text).not.toMatch(/ingen tekst for denne|no text for this reason|undefined|NaN|\[object/);
            expect(text.split("\n").filter((x) => x.startsWith("- ")).length).toBe(d.reasons.length);
          }
        },
      ),
      { numRuns: 600 },
    );
    // Every outcome of every function was explained.
    expect([...seen].sort()).toEqual(
      [
        "nav.caseload/close-follow-up-possible",
        "nav.caseload/intermediate",
        "nav.caseload/limited",
        "nav.reaction-time/ideal",
        "nav.reaction-time/within",
        "nav.reaction-time/late",
        "nav.reaction-time/pending",
        "nav.approach/universal",
        "nav.approach/selective",
        "nav.approach/indicative",
        "nav.approach/combined",
        "nav.approach/unknown",
        "nav.partners/list",
        "nav.inclusion-approach/integrated",
        "nav.inclusion-approach/sheltered-or-gradual",
        "nav.inclusion-approach/unknown",
        "nav.close-follow-up/falls-short",
        "nav.close-follow-up/incomplete",
      ].sort(),
    );
  });

  it.runIf(ZONES_SWITCH)("does not depend on the host's time zone", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (tz, seed) => {
        const sample = () =>
          fc.sample(decisions, { numRuns: 5, seed }).map((d) => `${JSON.stringify(d)}\n${explain(d, TEXTS.nb)}`);
        // The decisions are computed inside the zone, not only formatted there.
        expect(inZone(tz, sample)).toEqual(inZone("UTC", sample));
      }),
      { numRuns: 60 },
    );
  });
});

describe("navAssessCloseFollowUp meets all when everything is met", () => {
  it("is reachable (so the meets-all text is exercised)", () => {
    const d = navAssessCloseFollowUp(
      {
        models: ["los"],
        actors: ["youth", "school"],
        themes: ["social-inclusion", "tasks", "health", "life-otherwise"],
        phases: ["before", "during", "after"],
        naturalSupport: true,
        reachableByMobile: true,
        reactionDays: 2,
        meetingPlace: "youth-counsellor",
        youthPerCounsellor: 25,
        oneToOnePeriods: true,
        activeOutreach: true,
        prevention: "health-promoting",
        problemFocus: true,
        futureFocus: true,
      },
      { asOf: "2026-03-02" },
    );
    expect(d.outcome).toBe("meets-all");
    for (const l of ["nb", "nn", "en"] as const)
      expect(explain(d, TEXTS[l]).split("\n")[0]?.length).toBeGreaterThan(40);
    expect(daysBetween("2026-03-02", d.asOf)).toBe(0);
  });
});
