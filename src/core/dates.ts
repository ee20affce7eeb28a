import { UTCDate } from "@date-fns/utc";
import { addDays as dfAddDays } from "date-fns/addDays";
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import type { IsoDate } from "./types.js";

/*
 * Calendar dates are handled as strings and integers, never as instants in the host's
 * zone. Where date-fns does the arithmetic it works on UTCDate, whose getters are UTC,
 * so the host's TZ can never move a date across midnight.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `year` is a leap year in the proleptic Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return MONTH_DAYS[month - 1] ?? 0;
}

/** A calendar date split into its parts. */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * Splits an ISO date into year, month and day, or returns `null` when the string is not a
 * real calendar date (`2024-02-30`, `2023-02-29`, `2024-13-01`, `24-01-01`).
 */
export function parseIsoDate(value: unknown): DateParts | null {
  if (typeof value !== "string") return null;
  const m = ISO_DATE.exec(value);
  if (m === null) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Whether a value is a string holding a real ISO calendar date. */
export function isIsoDate(value: unknown): value is IsoDate {
  return parseIsoDate(value) !== null;
}

function parts(date: IsoDate): DateParts {
  const p = parseIsoDate(date);
  if (p === null) throw new RangeError(`not an ISO calendar date: ${date}`);
  return p;
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");
const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * The dates the library represents: years 0001 to 9999, four digits each. A date a rule
 * computes beyond them (a birthday of someone born in 9990, say) is given as `null`.
 */
export const FIRST_DATE: IsoDate = "0001-01-01";
export const LAST_DATE: IsoDate = "9999-12-31";

/** Formats year, month and day as `YYYY-MM-DD`, or `null` for a year outside 1 to 9999. */
export function formatIsoDate(year: number, month: number, day: number): IsoDate | null {
  if (!(year >= 1 && year <= 9999)) return null;
  return `${year >= 1000 ? String(year) : pad(year, 4)}-${pad2(month)}-${pad2(day)}`;
}

/** The calendar year of an ISO date (its first four digits). */
export function yearOf(date: IsoDate): number {
  return (
    (date.charCodeAt(0) - 48) * 1000 +
    (date.charCodeAt(1) - 48) * 100 +
    (date.charCodeAt(2) - 48) * 10 +
    (date.charCodeAt(3) - 48)
  );
}

/**
 * Age in completed years on `asOf`. Someone born on 29 February reaches a new age on
 * 1 March in common years (and on 29 February in leap years): the birthday has passed
 * when (month, day) of `asOf` is at or after (month, day) of birth, and 29 February
 * never occurs in a common year.
 */
export function ageOn(birthDate: IsoDate, asOf: IsoDate): number {
  const b = parts(birthDate);
  const a = parts(asOf);
  const hadBirthday = a.month > b.month || (a.month === b.month && a.day >= b.day);
  return a.year - b.year - (hadBirthday ? 0 : 1);
}

/**
 * The date someone born on `birthDate` reaches `age` completed years: the birthday in
 * that year, or 1 March when the birthday is 29 February and the year is common; `null`
 * when that is after 9999-12-31.
 */
export function birthdayOrNull(birthDate: IsoDate, age: number): IsoDate | null {
  const b = birthdayParts(birthDate, age);
  return formatIsoDate(b.year, b.month, b.day);
}

/** {@link birthdayOrNull} for a birthday known to lie within the calendar (a `RangeError` otherwise). */
export function birthdayAt(birthDate: IsoDate, age: number): IsoDate {
  return within(birthdayOrNull(birthDate, age));
}

const within = (d: IsoDate | null): IsoDate => {
  if (d === null) throw new RangeError("the date lies outside 0001-01-01 to 9999-12-31");
  return d;
};

function birthdayParts(birthDate: IsoDate, age: number): DateParts {
  const b = parts(birthDate);
  const year = b.year + age;
  if (b.month === 2 && b.day === 29 && !isLeapYear(year)) return { year, month: 3, day: 1 };
  return { year, month: b.month, day: b.day };
}

/** The day before a date given by its parts (which may lie past 9999), or `null` when that is past 9999-12-31. */
export function dayBefore(p: DateParts): IsoDate | null {
  if (p.day > 1) return formatIsoDate(p.year, p.month, p.day - 1);
  if (p.month > 1) return formatIsoDate(p.year, p.month - 1, daysInMonth(p.year, p.month - 1));
  return formatIsoDate(p.year - 1, 12, 31);
}

/** The last day before the birthday at `age`: the last day of age `age - 1`, or `null` past 9999-12-31. */
export function dayBeforeBirthday(birthDate: IsoDate, age: number): IsoDate | null {
  return dayBefore(birthdayParts(birthDate, age));
}

/** Compares two ISO dates: negative, zero or positive. ISO dates sort as strings. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const toUtc = (date: IsoDate): UTCDate => {
  const p = parts(date);
  const d = new UTCDate(0, 0, 1);
  d.setFullYear(p.year, p.month - 1, p.day);
  return d;
};

const fromUtc = (d: Date): IsoDate | null => formatIsoDate(d.getFullYear(), d.getMonth() + 1, d.getDate());

/** `date` moved by `days` calendar days (negative moves back); `null` outside 0001-01-01 to 9999-12-31. */
export function addDaysOrNull(date: IsoDate, days: number): IsoDate | null {
  return fromUtc(dfAddDays(toUtc(date), days));
}

/** {@link addDaysOrNull} for a result known to lie within the calendar (a `RangeError` otherwise). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return within(addDaysOrNull(date, days));
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toUtc(to), toUtc(from));
}

/** The date in `year` with the month and day of a `MM-DD` string; `null` for a year outside 1 to 9999. */
export function onMonthDay(year: number, monthDay: string): IsoDate | null {
  if (!(year >= 1 && year <= 9999)) return null;
  return `${pad(year, 4)}-${monthDay}`;
}
