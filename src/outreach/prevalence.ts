import type { Decision } from "../core/decision.js";
import type { EvaluationOptions } from "../core/evaluation.js";
import { checkParameterOrder } from "../core/parameter-order.js";
import { defineRule, type Reason } from "../core/rule.js";
import { OUTREACH } from "./area.js";
import {
  OUTREACH_PREVALENCE_PER_10000,
  OUTREACH_RISK_SHARE_HIGH,
  OUTREACH_RISK_SHARE_LOW,
  OUTREACH_VERY_VULNERABLE_FRACTION,
} from "./parameters.js";
import { type OutreachPrevalenceInput, outreachPrevalenceSchema } from "./schemas.js";

/** The denominator of the unit `per-10000`. */
const PER_10000 = 10_000;

/** `outreach.prevalence`: about 100 very vulnerable young people aged 13–23 per 10,000 inhabitants. */
export const OUTREACH_PREVALENCE = /* @__PURE__ */ defineRule({
  id: "outreach.prevalence",
  area: "outreach",
  strength: "estimate",
  sources: [
    { ref: "losu-korus-veileder", locator: "«cirka 15–20 % av den totale ungdomspopulasjonen under 18 år»" },
    { ref: "losu-korus-veileder", locator: "«Omtrent halvparten av disse er svært sårbare»" },
    { ref: "losu-korus-veileder", locator: "«cirka 100 unge mellom 13 og 23 år i en kommune med 10 000 innbyggere»" },
  ],
  parameters: [
    OUTREACH_PREVALENCE_PER_10000,
    OUTREACH_RISK_SHARE_LOW,
    OUTREACH_RISK_SHARE_HIGH,
    OUTREACH_VERY_VULNERABLE_FRACTION,
  ],
  evaluatedBy: "outreachPrevalence",
});

/** An estimate with its range, in whole persons. */
export type OutreachPrevalenceOutcome = {
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
};

/** What `outreachPrevalence` reports beside the estimate. */
export type OutreachPrevalenceDetails = {
  /** What the outcome rests on: the 13–23 cohort when given, else the population. */
  readonly basis: "cohort" | "population";
  /** The estimate from the population alone (`null` without a population). */
  readonly fromPopulation: OutreachPrevalenceOutcome | null;
  /** The estimate from the cohort (`null` without a cohort). */
  readonly fromCohort: OutreachPrevalenceOutcome | null;
};

/**
 * The estimated number of very vulnerable young people aged 13–23 in a municipality:
 * about 100 per 10,000 inhabitants, or, from the 13–23 cohort when given, half of
 * 15–20 % of it, as `{ estimate, low, high }` in whole persons. An estimate for
 * planning, not law. Rule `outreach.prevalence`.
 *
 * @example
 * outreachPrevalence({ population: 30_000 }, { asOf: "2026-01-01" }).outcome
 * // { estimate: 300, low: 300, high: 400 }
 * outreachPrevalence({ population: 30_000, cohort13to23: 4_000 }, { asOf: "2026-01-01" }).outcome
 * // { estimate: 300, low: 300, high: 400 } (half of 15–20 % of 4,000)
 */
export function outreachPrevalence(
  input: OutreachPrevalenceInput,
  options: EvaluationOptions,
): Decision<OutreachPrevalenceOutcome, OutreachPrevalenceDetails> {
  const fn = "outreachPrevalence";
  const { ev, input: p } = OUTREACH.begin(fn, outreachPrevalenceSchema, input, options);
  const rule = OUTREACH_PREVALENCE;
  const low = ev.param(OUTREACH_RISK_SHARE_LOW);
  const high = ev.param(OUTREACH_RISK_SHARE_HIGH);
  checkParameterOrder(ev, fn, [OUTREACH_RISK_SHARE_LOW, low], [OUTREACH_RISK_SHARE_HIGH, high]);
  const fraction = ev.param(OUTREACH_VERY_VULNERABLE_FRACTION);
  const reasons: Reason[] = [];

  let fromPopulation: OutreachPrevalenceOutcome | null = null;
  if (p.population != null) {
    const per10000 = ev.param(OUTREACH_PREVALENCE_PER_10000);
    const estimate = (p.population * per10000) / PER_10000;
    // «15 % av ungdomspopulasjonen … Omtrent halvparten av disse … cirka 100 unge»: the 100 per
    // 10,000 rests on the 15 % share, so 20 % scales it up; `outreach.risk-share-high` = 0.15
    // selects a point estimate instead of this range.
    const scaleHigh = low === 0 ? 1 : high / low;
    fromPopulation = {
      estimate: Math.round(estimate),
      low: Math.round(estimate),
      high: Math.round(estimate * scaleHigh),
    };
    reasons.push(
      ev.reason(rule, "from-population", "holds", {
        population: p.population,
        per10000,
        shareLow: low,
        shareHigh: high,
        ...fromPopulation,
      }),
    );
  }
  let fromCohort: OutreachPrevalenceOutcome | null = null;
  if (p.cohort13to23 != null) {
    const lowCount = Math.round(p.cohort13to23 * low * fraction);
    fromCohort = { estimate: lowCount, low: lowCount, high: Math.round(p.cohort13to23 * high * fraction) };
    reasons.push(
      ev.reason(rule, "from-cohort", "holds", {
        cohort13to23: p.cohort13to23,
        shareLow: low,
        shareHigh: high,
        fraction,
        ...fromCohort,
      }),
    );
  }
  // The schema requires one of the two, so at least one estimate exists.
  const outcome = (fromCohort ?? fromPopulation) as OutreachPrevalenceOutcome;
  return ev.decide(rule, outcome, reasons, [], {
    basis: fromCohort === null ? "population" : "cohort",
    fromPopulation,
    fromCohort,
  });
}
