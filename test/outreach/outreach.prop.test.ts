import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { isUngrettInputError } from "../../src/core/errors.js";
import {
  type Decision,
  explain,
  LOCALES,
  type OutreachAssessServiceInput,
  outreachAgeBand,
  outreachAssessService,
  outreachDocumentation,
  outreachFieldTimeBand,
  outreachFieldTimeShare,
  outreachPrevalence,
  outreachStaffing,
  outreachTargetGroup,
  outreachVoluntaryFollowUp,
} from "../../src/outreach/index.js";
import { known, ZONES_SWITCH } from "../helpers/arbitraries.js";
import { TEXTS } from "../helpers/texts.js";

const iso = (d: Date): string => d.toISOString().slice(0, 10);
const dateIn = (min: string, max: string) =>
  fc.date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true }).map(iso);
const asOfArb = dateIn("2006-08-01", "2100-12-31");
const maybeBool = fc.option(fc.boolean(), { nil: null });
const population = fc.integer({ min: 1, max: 2_000_000 });
const up = { "outreach.staffing-rounding": "whole-up" } as const;

/** A person for the target group: any fact may be absent or null. */
const personArb = fc.record(
  {
    birthDate: fc.option(dateIn("1980-01-01", "2025-12-31"), { nil: null }),
    atRisk: maybeBool,
    hasProblems: maybeBool,
    inContactWithServices: maybeBool,
    needsSupplement: maybeBool,
  },
  { requiredKeys: [] },
);

const periodArb = fc
  .record({
    totalHours: fc.double({ min: 0.5, max: 800, noNaN: true }),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ totalHours, share }) => ({ fieldHours: Math.min(totalHours, share * totalHours), totalHours }));

const flags = <K extends string>(keys: readonly K[]) =>
  fc.option(
    fc.record(Object.fromEntries(keys.map((k) => [k, maybeBool])) as Record<K, typeof maybeBool>, { requiredKeys: [] }),
    {
      nil: null,
    },
  );

/** A service: every fact may be unknown; staff as a list or as counts, never both. */
const serviceArb: fc.Arbitrary<OutreachAssessServiceInput> = fc
  .record(
    {
      population: fc.option(population, { nil: null }),
      staffing: fc.oneof(
        fc.record({
          staff: fc.array(
            fc.record(
              { fte: fc.option(fc.constantFrom(0.2, 0.5, 0.8, 1), { nil: null }), socialWorkEducation: maybeBool },
              { requiredKeys: [] },
            ),
            { maxLength: 8 },
          ),
        }),
        fc
          .record({ headcount: fc.integer({ min: 0, max: 20 }), educated: fc.integer({ min: 0, max: 20 }) })
          .map(({ headcount, educated }) => ({ headcount, socialWorkEducated: Math.min(headcount, educated) })),
        fc.constant({}),
      ),
      fieldTime: fc.option(fc.array(periodArb, { minLength: 1, maxLength: 6 }), { nil: null }),
      workInPairs: maybeBool,
      teamWorkSecuredOtherwise: maybeBool,
      leaderOrCoordinator: maybeBool,
      mixedGender: maybeBool,
      ethnicityConsidered: maybeBool,
      supervision: maybeBool,
      structure: flags([
        "mandateDefined",
        "fieldTimeFrame",
        "independentBasis",
        "notCaseWorkers",
        "responsibilitiesClarified",
      ]),
      material: flags(["operatingBudget", "car", "premises", "mobilePhones", "dataStorage"]),
      mandate: flags([
        "targetGroups",
        "responsibilities",
        "staffingAndOperatingConditions",
        "confidentiality",
        "ageSpan",
        "politicallyAnchored",
      ]),
    },
    { requiredKeys: ["staffing"] },
  )
  .map(({ staffing, ...rest }) => ({ ...rest, ...staffing }) as OutreachAssessServiceInput);

/** Any decision of the area, from any of its functions. */
const decisionArb: fc.Arbitrary<() => Decision> = fc.oneof(
  fc.tuple(personArb, asOfArb).map(([p, asOf]) => () => {
    const person = p.birthDate != null && p.birthDate > asOf ? { ...p, birthDate: null } : p;
    return outreachTargetGroup(person, { asOf });
  }),
  fc.tuple(dateIn("1980-01-01", "2040-12-31"), asOfArb).map(
    ([birthDate, asOf]) =>
      () =>
        outreachAgeBand({ birthDate: [birthDate, asOf].sort()[0] as string }, { asOf }),
  ),
  fc.tuple(population, fc.option(fc.nat(), { nil: null }), asOfArb).map(
    ([pop, cohort, asOf]) =>
      () =>
        outreachPrevalence({ population: pop, cohort13to23: cohort === null ? null : cohort % (pop + 1) }, { asOf }),
  ),
  fc.tuple(population, maybeBool, fc.boolean(), asOfArb).map(
    ([pop, secured, round, asOf]) =>
      () =>
        outreachStaffing(
          { population: pop, teamWorkSecuredOtherwise: secured },
          round ? { asOf, parameters: up } : { asOf },
        ),
  ),
  fc.tuple(fc.array(periodArb, { minLength: 1, maxLength: 12 }), asOfArb).map(
    ([periods, asOf]) =>
      () =>
        outreachFieldTimeShare(periods, { asOf }),
  ),
  fc.tuple(maybeBool, asOfArb).map(
    ([agreed, asOf]) =>
      () =>
        outreachVoluntaryFollowUp({ agreed }, { asOf }),
  ),
  fc
    .tuple(
      fc.array(fc.constantFrom("contact log", "school", "health", "family"), { maxLength: 4 }),
      fc.option(fc.array(fc.constantFrom("contact log", "school", "health"), { maxLength: 3 }), { nil: null }),
      asOfArb,
    )
    .map(
      ([documented, consentedTo, asOf]) =>
        () =>
          outreachDocumentation({ documented, consentedTo }, { asOf }),
    ),
  fc.tuple(serviceArb, asOfArb).map(
    ([s, asOf]) =>
      () =>
        outreachAssessService(s, { asOf }),
  ),
);

describe("outreach.staffing: properties", () => {
  it("never below one position, and never decreasing as the population grows (both readings)", () => {
    fc.assert(
      fc.property(population, population, fc.boolean(), (a, b, round) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const opts = round ? { asOf: "2026-01-01", parameters: up } : { asOf: "2026-01-01" };
        const x = outreachStaffing({ population: lo }, opts).outcome;
        const y = outreachStaffing({ population: hi }, opts).outcome;
        expect(x.fte).toBeGreaterThanOrEqual(1);
        expect(y.fte).toBeGreaterThanOrEqual(x.fte);
        expect(y.minimumHeadcount).toBeGreaterThanOrEqual(x.minimumHeadcount);
      }),
    );
  });

  it("exact mode is population / 10,000 above 10,000 and one position at or below; rounding up is its ceiling", () => {
    fc.assert(
      fc.property(population, (pop) => {
        const exact = outreachStaffing({ population: pop }, { asOf: "2026-01-01" }).outcome.fte;
        expect(exact).toBe(pop > 10_000 ? pop / 10_000 : 1);
        const whole = outreachStaffing({ population: pop }, { asOf: "2026-01-01", parameters: up }).outcome.fte;
        expect(whole).toBe(Math.ceil(exact));
      }),
    );
  });

  it("splits exactly when the positions are too few for a pair, and the posts add up to the positions", () => {
    fc.assert(
      fc.property(population, (pop) => {
        const d = outreachStaffing({ population: pop }, { asOf: "2026-01-01" });
        expect(d.outcome.splitSinglePosition).toBe(d.outcome.fte <= 1);
        expect(d.outcome.minimumHeadcount).toBeGreaterThanOrEqual(2);
        const posts = d.details.splitPosts;
        if (posts !== null) expect(posts.reduce((s, p) => s + p, 0)).toBeCloseTo(d.outcome.fte, 12);
      }),
    );
  });
});

describe("outreach.prevalence: properties", () => {
  it("low ≤ estimate ≤ high, about 100 per 10,000, and never decreasing with the population", () => {
    fc.assert(
      fc.property(population, population, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const x = outreachPrevalence({ population: lo }, { asOf: "2026-01-01" }).outcome;
        const y = outreachPrevalence({ population: hi }, { asOf: "2026-01-01" }).outcome;
        expect(x.low).toBeLessThanOrEqual(x.estimate);
        expect(x.estimate).toBeLessThanOrEqual(x.high);
        expect(Math.abs(x.estimate - lo / 100)).toBeLessThanOrEqual(0.5);
        expect(y.estimate).toBeGreaterThanOrEqual(x.estimate);
        expect(y.high).toBeGreaterThanOrEqual(x.high);
      }),
    );
  });
});

describe("outreach.field-time: properties", () => {
  const ORDER = { below: 0, within: 1, above: 2 } as const;

  it("the three classes partition every share from 0 to 1, in order, with 20 % and 40 % within", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b) => {
        const [s, t] = a <= b ? [a, b] : [b, a];
        const band = outreachFieldTimeBand(s, 0.2, 0.4);
        expect(["below", "within", "above"]).toContain(band);
        expect(ORDER[outreachFieldTimeBand(t, 0.2, 0.4)]).toBeGreaterThanOrEqual(ORDER[band]);
        if (s >= 0.2 && s <= 0.4) expect(band).toBe("within");
        if (s < 0.2 - 1e-9) expect(band).toBe("below");
        if (s > 0.4 + 1e-9) expect(band).toBe("above");
      }),
    );
    for (const s of [0, 0.2, 0.3, 0.4, 1])
      expect(outreachFieldTimeBand(s, 0.2, 0.4)).toBe(s < 0.2 ? "below" : s > 0.4 ? "above" : "within");
  });

  it("judges the whole: the band of the summed hours, whatever the order of the periods", () => {
    fc.assert(
      fc.property(fc.array(periodArb, { minLength: 1, maxLength: 12 }), (periods) => {
        const d = outreachFieldTimeShare(periods, { asOf: "2026-01-01" });
        const field = periods.reduce((s, p) => s + p.fieldHours, 0);
        const total = periods.reduce((s, p) => s + p.totalHours, 0);
        expect(d.details.share).toBeCloseTo(field / total, 9);
        expect(d.outcome).toBe(outreachFieldTimeBand(field / total, 0.2, 0.4));
        expect(outreachFieldTimeShare([...periods].reverse(), { asOf: "2026-01-01" }).outcome).toBe(d.outcome);
      }),
    );
  });
});

describe("outreach.target-group: properties", () => {
  it("an unknown fact never yields a category, and more facts never overturn a definite answer", () => {
    fc.assert(
      fc.property(personArb, fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }), (p, fill) => {
        const asOf = "2026-04-15";
        const d = outreachTargetGroup(p, { asOf });
        const o = d.outcome;
        if (o !== "unknown" && o !== "not-in-target-group") expect(p.birthDate).not.toBeNull();
        if (o === "at-risk") expect(p.atRisk).toBe(true);
        if (o === "outside-services") {
          expect(p.hasProblems).toBe(true);
          expect(p.inContactWithServices).toBe(false);
        }
        if (o === "needs-supplement") {
          expect([p.hasProblems, p.inContactWithServices, p.needsSupplement]).toEqual([true, true, true]);
        }
        if (o === "unknown") expect(d.needs.length).toBeGreaterThan(0);
        else expect(d.needs).toEqual([]);
        // Fill every unknown fact: a definite answer stays, and a category with nothing open stays.
        const full = {
          birthDate: p.birthDate ?? "2009-03-01",
          atRisk: p.atRisk ?? fill[0],
          hasProblems: p.hasProblems ?? fill[1],
          inContactWithServices: p.inContactWithServices ?? fill[2],
          needsSupplement: p.needsSupplement ?? fill[3],
        };
        const e = outreachTargetGroup(full, { asOf });
        expect(e.outcome).not.toBe("unknown");
        if (o === "not-in-target-group") expect(e.outcome).toBe("not-in-target-group");
        if (o !== "unknown" && o !== "not-in-target-group") {
          expect(e.outcome).not.toBe("not-in-target-group");
          if (d.details.openCategories.length === 0) expect(e.outcome).toBe(o);
        }
      }),
    );
  });

  it("the age band is within exactly from the 13th birthday through the day before the 26th (29 February included)", () => {
    fc.assert(
      fc.property(dateIn("1990-01-01", "2030-12-31"), dateIn("2006-08-01", "2060-12-31"), (birthDate, asOf) => {
        fc.pre(birthDate <= asOf);
        const d = outreachAgeBand({ birthDate }, { asOf });
        const from = known(d.details.from);
        const within = from <= asOf && asOf <= known(d.details.through);
        expect(d.outcome === "within").toBe(within);
        expect(d.outcome === "below").toBe(asOf < from);
      }),
    );
    fc.assert(
      // Leap years whose 13th and 26th birthdays fall in common years (they always do, 13 and 26 not being multiples of 4).
      fc.property(
        fc.integer({ min: 1996, max: 2060 }).filter((y) => y % 4 === 0),
        (y) => {
          const birthDate = `${y}-02-29`;
          expect(outreachAgeBand({ birthDate }, { asOf: `${y + 13}-02-28` }).outcome).toBe("below");
          const d = outreachAgeBand({ birthDate }, { asOf: `${y + 13}-03-01` });
          expect(d.outcome).toBe("within");
          expect(d.details.from).toBe(`${y + 13}-03-01`);
          expect(d.details.through).toBe(`${y + 26}-02-28`);
          expect(outreachAgeBand({ birthDate }, { asOf: `${y + 26}-02-28` }).outcome).toBe("within");
          expect(outreachAgeBand({ birthDate }, { asOf: `${y + 26}-03-01` }).outcome).toBe("above");
        },
      ),
    );
  });
});

describe("outreach.assessment: properties", () => {
  it("every item has a source, a strength and a verdict; the counts and outcome agree with the items", () => {
    fc.assert(
      fc.property(serviceArb, (s) => {
        const d = outreachAssessService(s, { asOf: "2026-01-01" });
        const { items, counts } = d.details;
        expect(items).toHaveLength(24);
        expect(new Set(items.map((i) => i.id)).size).toBe(24);
        for (const i of items) {
          expect(i.sources.length).toBeGreaterThan(0);
          for (const src of i.sources) {
            expect(src.ref.length).toBeGreaterThan(0);
            expect(src.locator?.length).toBeGreaterThan(0);
          }
          expect(i.strength).toBe("recommendation");
          expect(["meets", "falls-short", "unknown"]).toContain(i.status);
          expect(i.needs.length > 0).toBe(i.status === "unknown");
        }
        expect(counts.meets + counts.fallsShort + counts.unknown).toBe(counts.total);
        expect(d.outcome).toBe(counts.fallsShort > 0 ? "falls-short" : counts.unknown > 0 ? "incomplete" : "meets-all");
        expect(d.needs.length > 0).toBe(counts.unknown > 0);
      }),
    );
  });
});

describe("outreach: bad numbers are input errors, never a wrong answer or a crash", () => {
  const bad = fc.oneof(
    fc.integer({ max: 0 }),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
    fc.double({ min: 1, max: 1e6, noNaN: true }).filter((x) => !Number.isInteger(x)),
  );
  const throwsInputError = (f: () => unknown): boolean => {
    try {
      f();
      return false;
    } catch (e) {
      return isUngrettInputError(e);
    }
  };

  it("a population that is not a whole number of at least 1", () => {
    fc.assert(
      fc.property(bad, (population) => {
        expect(throwsInputError(() => outreachStaffing({ population }, { asOf: "2026-01-01" }))).toBe(true);
        expect(throwsInputError(() => outreachPrevalence({ population }, { asOf: "2026-01-01" }))).toBe(true);
        expect(throwsInputError(() => outreachAssessService({ population }, { asOf: "2026-01-01" }))).toBe(true);
      }),
    );
  });

  it("field hours above total hours, negative hours, NaN or zero total hours", () => {
    const badPeriod = fc.oneof(
      fc.double({ min: 0.1, max: 100, noNaN: true }).map((t) => ({ fieldHours: t + 0.5, totalHours: t })),
      fc.double({ min: -100, max: -0.01, noNaN: true }).map((f) => ({ fieldHours: f, totalHours: 37.5 })),
      fc.constantFrom(
        { fieldHours: Number.NaN, totalHours: 37.5 },
        { fieldHours: 1, totalHours: Number.NaN },
        { fieldHours: 0, totalHours: 0 },
        { fieldHours: 1, totalHours: -37.5 },
      ),
    );
    fc.assert(
      fc.property(badPeriod, fc.array(periodArb, { maxLength: 3 }), (p, others) => {
        expect(throwsInputError(() => outreachFieldTimeShare(p, { asOf: "2026-01-01" }))).toBe(true);
        expect(throwsInputError(() => outreachFieldTimeShare([...others, p], { asOf: "2026-01-01" }))).toBe(true);
        expect(throwsInputError(() => outreachAssessService({ fieldTime: [p] }, { asOf: "2026-01-01" }))).toBe(true);
      }),
    );
  });
});

describe("outreach: decisions", () => {
  const zone = process.env.TZ;
  afterAll(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it.runIf(ZONES_SWITCH)("never depend on the host's time zone", () => {
    const zones = ["UTC", "Europe/Oslo", "Pacific/Kiritimati", "America/Adak", "Asia/Kathmandu"];
    fc.assert(
      fc.property(decisionArb, (make) => {
        const seen = zones.map((z) => {
          process.env.TZ = z;
          return JSON.stringify(make());
        });
        for (const s of seen) expect(s).toBe(seen[0]);
      }),
      { numRuns: 60 },
    );
  });

  it("are plain JSON, and explain every outcome in nb, nn and en with its strength and every missing fact", () => {
    const strength = /anbefaling|anslag|tilråding|overslag|recommendation|estimate/;
    fc.assert(
      fc.property(decisionArb, (make) => {
        const d = make();
        expect(JSON.parse(JSON.stringify(d))).toEqual(d);
        for (const l of LOCALES) {
          const text = explain(d, TEXTS[l]);
          expect(text.length).toBeGreaterThan(0);
          expect(text).not.toMatch(/\(ingen tekst|\(no text/);
          expect(text).toMatch(strength);
        }
        for (const n of d.needs) expect(TEXTS.nb.outreach?.facts[n], n).toBeDefined();
        expect(d.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
