import { isIsoDate } from "../core/dates.js";
import type { Decision } from "../core/decision.js";
import type { InputIssue } from "../core/errors.js";
import type { Evaluation, EvaluationOptions } from "../core/evaluation.js";
import { checkParameterOrder } from "../core/parameter-order.js";
import { type CrossCheck, notAfterCheck, rawField } from "../core/person.js";
import { defineRule, type Reason } from "../core/rule.js";
import type { IsoDate } from "../core/types.js";
import { NAV } from "./area.js";
import { advisory, type NavAdvisory } from "./common.js";
import {
  NAV_REACTION_DAY_COUNT,
  NAV_REACTION_IDEAL_MAX_DAYS,
  NAV_REACTION_MAX_DAYS,
  type NavDayCount,
} from "./parameters.js";
import { type NavReactionTimeInput, navReactionSchema } from "./schemas.js";
import { countDays, lastDayWithin } from "./working-days.js";

/** `nav.reaction-time`: trigger a measure or offer follow-up within 1–2 days, ideally the same or next day. */
export const NAV_REACTION_TIME = defineRule({
  id: "nav.reaction-time",
  area: "nav",
  strength: "recommendation",
  sources: [
    {
      ref: "afi-tipshefte-2016",
      locator: "«Viktig å ha mulighet til å raskt (innen 1–2 dager) utløse tiltak eller tilby oppfølging.»",
    },
    {
      ref: "afi-tipshefte-2016",
      locator: "«som kan utløses raskt og gjerne samme dag eller dagen etter, er et fortrinn»",
    },
  ],
  parameters: [NAV_REACTION_IDEAL_MAX_DAYS, NAV_REACTION_MAX_DAYS, NAV_REACTION_DAY_COUNT],
  evaluatedBy: "navReactionTime",
});

/** The outcomes of `navReactionTime`: `pending` while there is no response yet and time is left. */
export type NavReactionTimeOutcome = "ideal" | "within" | "late" | "pending";

/** The classes of a reaction that happened, quickest first. */
export const NAV_REACTION_CLASSES: readonly Exclude<NavReactionTimeOutcome, "pending">[] = ["ideal", "within", "late"];

/** What `navReactionTime` reports beside the outcome. */
export type NavReactionTimeDetails = NavAdvisory & {
  /** Days from contact to response (or to `asOf` while there is none). */
  readonly days: number;
  readonly dayCount: NavDayCount;
  readonly responded: boolean;
  readonly idealMaxDays: number;
  readonly maxDays: number;
  /** The last day a response is still ideal (`null` when after 9999-12-31). */
  readonly idealBy: IsoDate | null;
  /** The last day a response is still within the recommended time (`null` when after 9999-12-31). */
  readonly deadline: IsoDate | null;
};

/** Reads the reaction thresholds, checking that overrides keep them in order. */
export function reactionThresholds(ev: Evaluation, fn: string): { idealMaxDays: number; maxDays: number } {
  const idealMaxDays = ev.param(NAV_REACTION_IDEAL_MAX_DAYS);
  const maxDays = ev.param(NAV_REACTION_MAX_DAYS);
  checkParameterOrder(ev, fn, [NAV_REACTION_IDEAL_MAX_DAYS, idealMaxDays], [NAV_REACTION_MAX_DAYS, maxDays]);
  return { idealMaxDays, maxDays };
}

/** The class of a reaction of `days` days; shared with `navAssessCloseFollowUp`. */
export function reactionClass(
  ev: Evaluation,
  days: number,
  idealMaxDays: number,
  maxDays: number,
  facts: Record<string, string | number | boolean | null>,
): { outcome: Exclude<NavReactionTimeOutcome, "pending">; reasons: Reason[] } {
  const all = { ...facts, days, idealMaxDays, maxDays };
  // «samme dag eller dagen etter» is day 0 or 1, «innen 1–2 dager» up to day 2; the days are
  // calendar days unless nav.reaction-day-count selects working days.
  const ideal = days <= idealMaxDays;
  const within = days <= maxDays;
  return {
    outcome: ideal ? "ideal" : within ? "within" : "late",
    reasons: [
      ev.reason(NAV_REACTION_TIME, "ideal", ideal ? "holds" : "fails", all),
      ev.reason(NAV_REACTION_TIME, "within-max", within ? "holds" : "fails", all),
    ],
  };
}

const datesNotAfter = notAfterCheck((raw) => [
  ["contactDate", rawField(raw, "contactDate")],
  ["responseDate", rawField(raw, "responseDate")],
]);

/** Neither date after `asOf`, and no response before the contact. */
const reactionDatesCheck: CrossCheck = (raw, asOf) => {
  const issues: InputIssue[] = datesNotAfter(raw, asOf);
  const contact = rawField(raw, "contactDate");
  const response = rawField(raw, "responseDate");
  if (
    typeof contact === "string" &&
    typeof response === "string" &&
    isIsoDate(contact) &&
    isIsoDate(response) &&
    response < contact
  ) {
    issues.push({
      path: "responseDate",
      code: "before_contact_date",
      message: "is before contactDate: a response cannot come before the contact",
    });
  }
  return issues;
};

/**
 * How quickly NAV responded to a young person: `ideal` the same or the next day, `within`
 * on the second day, `late` after that, counted in calendar days by default (the
 * parameter `nav.reaction-day-count` selects Monday–Friday, with or without the Norwegian
 * public holidays). With no response yet it is `pending` while time is left and `late`
 * once it has run out. A response before the contact or after `asOf` is an input error.
 * A recommendation, not law. Rule `nav.reaction-time`.
 *
 * @example
 * navReactionTime({ contactDate: "2025-05-02", responseDate: "2025-05-05" }, { asOf: "2025-05-06" })
 * // outcome "late", details.days 3 (Friday to Monday in calendar days)
 * navReactionTime(
 *   { contactDate: "2025-05-02", responseDate: "2025-05-05" },
 *   { asOf: "2025-05-06", parameters: { "nav.reaction-day-count": "working-days" } },
 * ).outcome
 * // "ideal" (the next working day)
 */
export function navReactionTime(
  input: NavReactionTimeInput,
  options: EvaluationOptions,
): Decision<NavReactionTimeOutcome, NavReactionTimeDetails> {
  const fn = "navReactionTime";
  const { ev, input: r } = NAV.begin(fn, navReactionSchema, input, options, reactionDatesCheck);
  const { idealMaxDays, maxDays } = reactionThresholds(ev, fn);
  const dayCount = ev.param(NAV_REACTION_DAY_COUNT);
  const responded = r.responseDate != null;
  const days = countDays(r.contactDate, r.responseDate ?? ev.asOf, dayCount);
  const idealBy = lastDayWithin(r.contactDate, idealMaxDays, dayCount);
  const deadline = lastDayWithin(r.contactDate, maxDays, dayCount);
  const facts = {
    contactDate: r.contactDate,
    responseDate: r.responseDate ?? null,
    dayCount,
    idealBy,
    deadline,
  };
  const details = {
    ...advisory(NAV_REACTION_TIME.strength),
    days,
    dayCount,
    responded,
    idealMaxDays,
    maxDays,
    idealBy,
    deadline,
  };
  if (responded) {
    const { outcome, reasons } = reactionClass(ev, days, idealMaxDays, maxDays, facts);
    return ev.decide(NAV_REACTION_TIME, outcome, reasons, [], details);
  }
  // No response yet: a known elapsed time past the limit already decides "late";
  // otherwise the case is still open.
  const inTime = days <= maxDays;
  const reason = ev.reason(NAV_REACTION_TIME, "awaiting-response", inTime ? "holds" : "fails", {
    ...facts,
    days,
    idealMaxDays,
    maxDays,
  });
  return ev.decide(NAV_REACTION_TIME, inTime ? "pending" : "late", [reason], [], details);
}
