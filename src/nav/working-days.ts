import { intArg } from "../core/args.js";
import { addDays, addDaysOrNull, formatIsoDate, parseIsoDate } from "../core/dates.js";
import type { IsoDate } from "../core/types.js";
import type { NavDayCount } from "./parameters.js";

/*
 * Day counting for reaction times, in pure integer arithmetic: no Date, no zone. A day
 * number is the count of days since 1970-01-01 (Howard Hinnant's days_from_civil).
 */

const floorDiv = (a: number, b: number): number => Math.floor(a / b);
const mod = (a: number, b: number): number => ((a % b) + b) % b;

/** Days since 1970-01-01 (negative before). */
export function dayNumber(date: IsoDate): number {
  const p = parseIsoDate(date);
  if (p === null) throw new RangeError(`not an ISO calendar date: ${date}`);
  const y = p.month <= 2 ? p.year - 1 : p.year;
  const era = floorDiv(y, 400);
  const yoe = y - era * 400;
  const mp = (p.month + 9) % 12;
  const doy = floorDiv(153 * mp + 2, 5) + p.day - 1;
  const doe = yoe * 365 + floorDiv(yoe, 4) - floorDiv(yoe, 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The day of the week, Monday 0 … Sunday 6 (1970-01-01 was a Thursday). */
export function weekday(date: IsoDate): number {
  return mod(dayNumber(date) + 3, 7);
}

/**
 * Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm).
 *
 * @example
 * navEasterSunday(2025) // "2025-04-20"
 */
export function navEasterSunday(year: number): IsoDate {
  return easter(intArg("navEasterSunday", "year", year, 1, 9999));
}

function easter(year: number): IsoDate {
  const a = year % 19;
  const b = floorDiv(year, 100);
  const c = year % 100;
  const d = floorDiv(b, 4);
  const e = b % 4;
  const f = floorDiv(b + 8, 25);
  const g = floorDiv(b - f + 1, 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = floorDiv(c, 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = floorDiv(a + 11 * h + 22 * l, 451);
  const n = h + l - 7 * m + 114;
  // Easter falls in March or April, so for a year from 1 to 9999 the date exists.
  return formatIsoDate(year, floorDiv(n, 31), (n % 31) + 1) as IsoDate;
}

/** Days relative to Easter Sunday of the moveable Norwegian public holidays. */
const EASTER_OFFSETS = [-3, -2, 0, 1, 39, 49, 50] as const;
/** The fixed Norwegian public holidays, as `MM-DD`. */
const FIXED_HOLIDAYS = ["01-01", "05-01", "05-17", "12-25", "12-26"] as const;

/**
 * The Norwegian public holidays of a year (helligdagsfredloven § 2 and the 1947 act on 1
 * and 17 May): New Year's Day, Maundy Thursday, Good Friday, Easter Sunday and Monday,
 * 1 May, 17 May, Ascension Day, Whit Sunday and Monday, Christmas Day and Boxing Day.
 * Christmas Eve and New Year's Eve are not public holidays. Sorted, without duplicates.
 * Used when `nav.reaction-day-count` is `norwegian-working-days`.
 *
 * @example
 * navPublicHolidays(2025)
 * // ["2025-01-01", "2025-04-17", "2025-04-18", "2025-04-20", "2025-04-21", "2025-05-01",
 * //  "2025-05-17", "2025-05-29", "2025-06-08", "2025-06-09", "2025-12-25", "2025-12-26"]
 */
export function navPublicHolidays(year: number): IsoDate[] {
  return [...holidays(intArg("navPublicHolidays", "year", year, 1, 9999))];
}

/** The holidays of a year from 1 to 9999, as `navPublicHolidays` gives them. */
function holidays(year: number): readonly IsoDate[] {
  const sunday = easter(year);
  const all = new Set<IsoDate>([
    ...FIXED_HOLIDAYS.map((md) => `${String(year).padStart(4, "0")}-${md}`),
    // Maundy Thursday to Whit Monday lie within Easter's year.
    ...EASTER_OFFSETS.map((o) => addDays(sunday, o)),
  ]);
  return [...all].sort();
}

/** Weekdays (Monday–Friday) among day numbers up to and including `n`, from a fixed origin. */
const weekdaysThrough = (n: number): number => {
  const m = n + 3;
  return 5 * floorDiv(m, 7) + Math.min(mod(m, 7) + 1, 5);
};

/**
 * The days that count from `from` (exclusive) to `to` (inclusive): calendar days, or
 * Monday–Friday, or Monday–Friday that are not Norwegian public holidays. `to` before
 * `from` gives 0. So a response the next working day counts 1 whatever lies between.
 */
export function countDays(from: IsoDate, to: IsoDate, mode: NavDayCount): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (b <= a) return 0;
  if (mode === "calendar-days") return b - a;
  let n = weekdaysThrough(b) - weekdaysThrough(a);
  if (mode === "norwegian-working-days") {
    for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
      for (const h of holidays(y)) {
        const d = dayNumber(h);
        if (d > a && d <= b && weekday(h) < 5) n--;
      }
    }
  }
  return n;
}

/** Whether a date counts as a day under `mode`. */
export function countsAsDay(date: IsoDate, mode: NavDayCount): boolean {
  if (mode === "calendar-days") return true;
  if (weekday(date) >= 5) return false;
  return mode === "working-days" || !holidays(Number(date.slice(0, 4))).includes(date);
}

/**
 * The last date `d` with `countDays(from, d, mode) <= n`: the last day that is still in
 * time, or `null` when that is after 9999-12-31.
 */
export function lastDayWithin(from: IsoDate, n: number, mode: NavDayCount): IsoDate | null {
  if (mode === "calendar-days") return addDaysOrNull(from, n);
  let counted = 0;
  let d = from;
  for (;;) {
    const next = addDaysOrNull(d, 1);
    if (next === null) return null;
    if (countsAsDay(next, mode)) {
      if (counted === n) return d;
      counted++;
    }
    d = next;
  }
}
