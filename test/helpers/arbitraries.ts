import fc from "fast-check";
import { VECTORS } from "../../src/conformance/index.js";
import { addDays, daysBetween } from "../../src/core/dates.js";

/** Any ISO date between two ISO dates, inclusive. */
export const isoDateBetween = (from: string, to: string): fc.Arbitrary<string> =>
  fc.integer({ min: 0, max: daysBetween(from, to) }).map((n) => addDays(from, n));

/** A date the OT rules can be asked about. */
export const otAsOf = isoDateBetween("2006-08-01", "2100-12-31");

/** A fact that may be unknown: absent (undefined), null or a value. */
export const maybeOf = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null | undefined> =>
  fc.oneof(arb, fc.constant(null), fc.constant(undefined));

/** Drops undefined fields, as JSON would. */
export const compact = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** A JSON round trip. */
export const roundTrip = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** Time zones far apart, including ones that skipped whole days. */
export const ZONES = ["UTC", "Europe/Oslo", "Pacific/Kiritimati", "America/Adak", "Pacific/Apia", "Asia/Kathmandu"];

/** Runs `f` with the process time zone set to `tz` (Node re-reads TZ on assignment). */
export function inZone<T>(tz: string, f: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = tz;
  try {
    return f();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

/**
 * Whether this process can change its time zone at runtime. A forked vitest worker can;
 * a worker thread (as Stryker runs the suite) cannot, and there the runtime-zone tests
 * would compare one zone with itself, so they run only where this holds. The four-zone
 * runner (test/tools/run-tz.mjs) checks the same independence across processes.
 */
export const ZONES_SWITCH: boolean = (() => {
  const before = process.env.TZ;
  try {
    process.env.TZ = "Pacific/Kiritimati";
    const a = new Date(2026, 0, 1).getTimezoneOffset();
    process.env.TZ = "America/Adak";
    const b = new Date(2026, 0, 1).getTimezoneOffset();
    return a !== b;
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
})();

/** Inputs near the real ones: a vector's input with fields dropped, replaced or added. */
export const nearVectors = (fn: string) => {
  const seeds = VECTORS.filter((v) => v.function === fn).map((v) => v.input);
  return fc
    .tuple(
      fc.constantFrom(...(seeds.length > 0 ? seeds : [{}])),
      fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue(), { maxKeys: 3 }),
      fc.boolean(),
    )
    .map(([seed, extra, replace]) => {
      if (seed === null || typeof seed !== "object" || Array.isArray(seed)) return extra;
      const keys = Object.keys(seed);
      if (replace && keys.length > 0) {
        const k = keys[0] as string;
        return { ...seed, [k]: Object.values(extra)[0] ?? null };
      }
      return { ...seed, ...extra };
    });
};

/** The value, which the test knows is there (a date within the calendar, say); fails the test otherwise. */
export function known<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error("expected a value, got nothing");
  return value;
}
