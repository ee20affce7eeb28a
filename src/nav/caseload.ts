import type { Decision } from "../core/decision.js";
import type { Evaluation, EvaluationOptions } from "../core/evaluation.js";
import { checkParameterOrder } from "../core/parameter-order.js";
import { defineRule, type Reason } from "../core/rule.js";
import { NAV } from "./area.js";
import { advisory, type NavAdvisory } from "./common.js";
import { NAV_CASELOAD_CLOSE_MAX, NAV_CASELOAD_LIMITED_OVER } from "./parameters.js";
import { type NavCaseloadInput, navCaseloadSchema } from "./schemas.js";

/** `nav.caseload`: how many young people a counsellor can follow up closely. */
export const NAV_CASELOAD = defineRule({
  id: "nav.caseload",
  area: "nav",
  strength: "estimate",
  sources: [
    {
      ref: "afi-tipshefte-2016",
      locator:
        "«En veileder som har over 100 ungdommer å følge opp, har begrenset mulighet til å følge tett opp. En veileder med 25 personer «på benken», har bedre muligheter.»",
    },
  ],
  parameters: [NAV_CASELOAD_CLOSE_MAX, NAV_CASELOAD_LIMITED_OVER],
  evaluatedBy: "navCaseload",
});

/** The caseload classes, from the most room for close follow-up to the least. */
export type NavCaseloadClass = "close-follow-up-possible" | "intermediate" | "limited";

/** Every caseload class, best first. */
export const NAV_CASELOAD_CLASSES: readonly NavCaseloadClass[] = [
  "close-follow-up-possible",
  "intermediate",
  "limited",
];

/** What `navCaseload` reports beside the class. */
export type NavCaseloadDetails = NavAdvisory & {
  readonly youthPerCounsellor: number;
  readonly closeMax: number;
  readonly limitedOver: number;
};

/** Classifies a caseload and records the two conditions; shared with `navAssessCloseFollowUp`. */
export function caseloadClass(
  ev: Evaluation,
  fn: string,
  youthPerCounsellor: number,
): { outcome: NavCaseloadClass; reasons: Reason[]; closeMax: number; limitedOver: number } {
  const closeMax = ev.param(NAV_CASELOAD_CLOSE_MAX);
  const limitedOver = ev.param(NAV_CASELOAD_LIMITED_OVER);
  checkParameterOrder(ev, fn, [NAV_CASELOAD_CLOSE_MAX, closeMax], [NAV_CASELOAD_LIMITED_OVER, limitedOver]);
  const facts = { youthPerCounsellor, closeMax, limitedOver };
  // «25 personer «på benken», har bedre muligheter»: 25 itself is close (nav.caseload-close-max = 24
  // reads it as fewer than 25); «over 100 ungdommer»: 100 itself is not over (nav.caseload-limited-over = 99).
  const close = youthPerCounsellor <= closeMax;
  const over = youthPerCounsellor > limitedOver;
  const reasons = [
    ev.reason(NAV_CASELOAD, "within-close", close ? "holds" : "fails", facts),
    ev.reason(NAV_CASELOAD, "over-limit", over ? "holds" : "fails", facts),
  ];
  const outcome: NavCaseloadClass = close ? "close-follow-up-possible" : over ? "limited" : "intermediate";
  return { outcome, reasons, closeMax, limitedOver };
}

/**
 * Classifies a counsellor's caseload: `close-follow-up-possible` up to about 25 young
 * people (25 included), `limited` over 100 (100 itself is `intermediate`), `intermediate`
 * between. Both thresholds are parameters. An estimate from the AFI report, not law.
 * Rule `nav.caseload`.
 *
 * @example
 * navCaseload({ youthPerCounsellor: 60 }, { asOf: "2026-03-02" }).outcome
 * // "intermediate"
 * navCaseload({ youthPerCounsellor: 25 }, { asOf: "2026-03-02" }).outcome
 * // "close-follow-up-possible"
 * navCaseload({ youthPerCounsellor: 101 }, { asOf: "2026-03-02" }).outcome
 * // "limited"
 */
export function navCaseload(
  input: NavCaseloadInput,
  options: EvaluationOptions,
): Decision<NavCaseloadOutcome, NavCaseloadDetails> {
  const { ev, input: c } = NAV.begin("navCaseload", navCaseloadSchema, input, options);
  const { outcome, reasons, closeMax, limitedOver } = caseloadClass(ev, "navCaseload", c.youthPerCounsellor);
  return ev.decide(NAV_CASELOAD, outcome, reasons, [], {
    ...advisory(NAV_CASELOAD.strength),
    youthPerCounsellor: c.youthPerCounsellor,
    closeMax,
    limitedOver,
  });
}

/** The outcome of `navCaseload`: the class of the caseload. */
export type NavCaseloadOutcome = NavCaseloadClass;
