import { dateArg, parsedArg } from "../core/args.js";
import { SCHOOL_YEAR_START } from "../core/calendar.js";
import { dayBefore, onMonthDay, yearOf } from "../core/dates.js";
import type { Decision } from "../core/decision.js";
import type { EvaluationOptions } from "../core/evaluation.js";
import { birthCheck, birthYearOf, type CrossCheck, notAfterCheck, rawField } from "../core/person.js";
import { defineRule, type Reason } from "../core/rule.js";
import { monthDaySchema } from "../core/schema.js";
import type { IsoDate } from "../core/types.js";
import { ageLimitReason } from "./age-limit.js";
import { OT } from "./area.js";
import { type OtYearlyContactInput, otYearlyContactSchema } from "./schemas.js";

/** `ot.yearly-contact`: contact and an offer every school year while covered. */
export const OT_YEARLY_CONTACT = /* @__PURE__ */ defineRule({
  id: "ot.yearly-contact",
  area: "ot",
  strength: "guidance",
  sources: [
    {
      ref: "ot-numedal-kongsberg",
      locator:
        "«skal kontaktes og få tilbud hvert skoleår så lenge de er omfattet av retten til videregående opplæring»",
    },
    { ref: "udir-ot-statuskoder", locator: "a letter, SMS or e-mail without reply is not established contact" },
  ],
  parameters: [SCHOOL_YEAR_START],
  evaluatedBy: "otYearlyContact",
});

/**
 * The outcomes of `otYearlyContact`: `done` (established contact this school year), `due`
 * (none yet), or `not-owed` (the person is past OT's age limit, so no contact is owed).
 */
export type OtYearlyContactOutcome = "due" | "done" | "not-owed";

/** What `otYearlyContact` reports beside the outcome. */
export type OtYearlyContactDetails = {
  readonly schoolYearStart: IsoDate;
  /** The last day of the school year (`null` for the school year that begins in 9999). */
  readonly schoolYearEnd: IsoDate | null;
  /**
   * The date a contact is due by: the last day of the school year, or the last day of
   * OT's coverage if that comes first; `null` when no contact is owed (or both lie past 9999).
   */
  readonly dueBy: IsoDate | null;
  /** The last day OT covers the person by age (`null` when the birth year is not given). */
  readonly coveredThrough: IsoDate | null;
  /** The established contact that counts this school year, if any. */
  readonly countedContact: IsoDate | null;
};

// Every contact's date must be on or before asOf: the library does not judge the future.
const contactsNotAfter = /* @__PURE__ */ notAfterCheck((raw) => {
  const contacts = rawField(raw, "contacts");
  return Array.isArray(contacts) ? contacts.map((c, i) => [`contacts[${i}].date`, rawField(c, "date")] as const) : [];
});
const yearlyContactChecks: CrossCheck = (raw, asOf) => [...birthCheck(raw, asOf), ...contactsNotAfter(raw, asOf)];

/**
 * The school year containing `date`, given its first day as `MM-DD`. A day outside the
 * years 0001 to 9999 is given as `null`: the end of a school year that begins in 9999,
 * or the start of one that began before year 1.
 */
export function otSchoolYearOf(date: IsoDate, startMonthDay: string): { start: IsoDate | null; end: IsoDate | null } {
  const fn = "otSchoolYearOf";
  return schoolYear(dateArg(fn, "date", date), parsedArg(fn, "startMonthDay", monthDaySchema, startMonthDay));
}

/** The school year containing `date` (arguments already validated). */
export function schoolYear(date: IsoDate, startMonthDay: string): { start: IsoDate | null; end: IsoDate | null } {
  const year = yearOf(date);
  const startYear = date >= `${date.slice(0, 4)}-${startMonthDay}` ? year : year - 1;
  const month = Number(startMonthDay.slice(0, 2));
  const day = Number(startMonthDay.slice(3, 5));
  return { start: onMonthDay(startYear, startMonthDay), end: dayBefore({ year: startYear + 1, month, day }) };
}

/**
 * Whether OT's yearly contact is `done` or `due` in the school year of `asOf`, and the
 * date it is due by. Only established contact counts: an attempt with no reply
 * (`established: false`) does not. The duty is owed only within the age limit: with a
 * birth year, `dueBy` is never after the last day of coverage, and past it the outcome is
 * `not-owed`. Contacts after `asOf` are an input error. Rules `ot.yearly-contact` and
 * `ot.age-limit`.
 *
 * @example
 * otYearlyContact({ contacts: [{ date: "2025-09-10", established: false }] }, { asOf: "2026-05-20" })
 * // outcome "due", details.dueBy "2026-07-31"
 */
export function otYearlyContact(
  input: OtYearlyContactInput,
  options: EvaluationOptions,
): Decision<OtYearlyContactOutcome, OtYearlyContactDetails> {
  const { ev, input: h } = OT.begin("otYearlyContact", otYearlyContactSchema, input, options, yearlyContactChecks);
  const year = schoolYear(ev.asOf, ev.param(SCHOOL_YEAR_START));
  // Every OT version begins in 2006, so the school year of asOf starts within the calendar.
  const start = year.start as IsoDate;
  const end = year.end;
  let counted: IsoDate | null = null;
  let attempts = 0;
  for (const c of h.contacts) {
    if (c.date < start) continue;
    if (c.established) {
      if (counted === null || c.date > counted) counted = c.date;
    } else attempts++;
  }
  const status = counted === null ? "fails" : "holds";
  const reasons: Reason[] = [
    ev.reason(OT_YEARLY_CONTACT, "established-contact", status, {
      schoolYearStart: start,
      schoolYearEnd: end,
      countedContact: counted,
      attemptsWithoutReply: attempts,
    }),
  ];
  // The duty is owed only to the target group: with a birth year, never past the age limit.
  const birthYear = birthYearOf(h);
  const age = birthYear === undefined ? null : ageLimitReason(ev, birthYear);
  if (age !== null) reasons.push(age.reason);
  const coveredThrough = age?.coveredThrough ?? null;
  const owed = age === null || age.reason.status === "holds";
  const outcome: OtYearlyContactOutcome = !owed ? "not-owed" : counted === null ? "due" : "done";
  // The earlier of the school year's end and the last day of coverage (either may lie past 9999).
  const dueBy = !owed ? null : end === null || (coveredThrough !== null && coveredThrough < end) ? coveredThrough : end;
  return ev.decide(OT_YEARLY_CONTACT, outcome, reasons, [], {
    schoolYearStart: start,
    schoolYearEnd: end,
    dueBy,
    coveredThrough,
    countedContact: counted,
  });
}
