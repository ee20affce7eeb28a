import { ageOn, birthdayOrNull, dayBeforeBirthday } from "../core/dates.js";
import type { Decision } from "../core/decision.js";
import type { Evaluation, EvaluationOptions } from "../core/evaluation.js";
import { checkParameterOrder } from "../core/parameter-order.js";
import { birthCheck } from "../core/person.js";
import { defineRule, type Reason } from "../core/rule.js";
import type { IsoDate } from "../core/types.js";
import { OUTREACH } from "./area.js";
import { OUTREACH_AGE_MAX, OUTREACH_AGE_MIN } from "./parameters.js";
import { type OutreachAgeBandInput, outreachAgeBandSchema } from "./schemas.js";

/** `outreach.age-band`: the service is for young people aged 13 to 25. */
export const OUTREACH_AGE_BAND = /* @__PURE__ */ defineRule({
  id: "outreach.age-band",
  area: "outreach",
  strength: "recommendation",
  sources: [
    {
      ref: "losu-korus-veileder",
      locator: "«En oppsøkende kommunal ungdomstjeneste bør være et tilbud til unge mellom 13 og 25 år»",
    },
    {
      ref: "losu-korus-veileder",
      locator: "«Mandatet bør også definere hvilket aldersspenn tjenesten skal arbeide med»",
    },
    { ref: "losu-horing-ot", locator: "«sårbare unge i alderen 13-23»" },
  ],
  parameters: [OUTREACH_AGE_MIN, OUTREACH_AGE_MAX],
  evaluatedBy: "outreachAgeBand",
});

/** The outcomes of `outreachAgeBand`. */
export type OutreachAgeBandOutcome = "below" | "within" | "above";

/** What `outreachAgeBand` reports beside the outcome. */
export type OutreachAgeBandDetails = {
  /** Age in completed years on `asOf`. */
  readonly age: number;
  readonly minAge: number;
  readonly maxAge: number;
  /** The first day within the band: the birthday at `minAge` (`null` when after 9999-12-31). */
  readonly from: IsoDate | null;
  /** The last day within the band: the day before the birthday at `maxAge + 1` (`null` when after 9999-12-31). */
  readonly through: IsoDate | null;
};

/** Reads the band, rejecting a mandate's overrides that put its ends out of order. */
export function readAgeBand(fn: string, ev: Evaluation): { minAge: number; maxAge: number } {
  const minAge = ev.param(OUTREACH_AGE_MIN);
  const maxAge = ev.param(OUTREACH_AGE_MAX);
  checkParameterOrder(ev, fn, [OUTREACH_AGE_MIN, minAge], [OUTREACH_AGE_MAX, maxAge]);
  return { minAge, maxAge };
}

/** The age-band condition, `unknown` without a birth date. */
export function ageBandReason(
  fn: string,
  ev: Evaluation,
  birthDate: IsoDate | null | undefined,
): { reason: Reason; age: number | null; minAge: number; maxAge: number } {
  const { minAge, maxAge } = readAgeBand(fn, ev);
  if (birthDate == null) {
    return {
      reason: ev.reason(OUTREACH_AGE_BAND, "within-age-band", "unknown", { age: null, minAge, maxAge }, ["birthDate"]),
      age: null,
      minAge,
      maxAge,
    };
  }
  // Completed years: someone born on 29 February turns a year older on 1 March in common years.
  const age = ageOn(birthDate, ev.asOf);
  // «mellom 13 og 25 år» is read with both ends included in completed years, so a 25-year-old
  // is within until the 26th birthday; `outreach.age-max` = 24 selects the exclusive reading.
  const status = age >= minAge && age <= maxAge ? "holds" : "fails";
  return {
    // The age is all the condition needs: the birth date itself stays out of the decision.
    reason: ev.reason(OUTREACH_AGE_BAND, "within-age-band", status, { age, minAge, maxAge }),
    age,
    minAge,
    maxAge,
  };
}

/**
 * Whether a young person is below, within or above the outreach service's age band on
 * `asOf` (13 to 25 in completed years by default; a mandate narrows it through the
 * parameters), with the first and last day within it. A recommendation, not law.
 * Rule `outreach.age-band`.
 *
 * @example
 * outreachAgeBand({ birthDate: "2000-06-15" }, { asOf: "2026-06-14" })
 * // outcome "within", details { age: 25, minAge: 13, maxAge: 25, from: "2013-06-15", through: "2026-06-14" }
 * outreachAgeBand({ birthDate: "2004-06-15" }, { asOf: "2026-01-10", parameters: { "outreach.age-max": 21 } }).outcome
 * // "within" (21 years old; a 13–21 mandate)
 */
export function outreachAgeBand(
  input: OutreachAgeBandInput,
  options: EvaluationOptions,
): Decision<OutreachAgeBandOutcome, OutreachAgeBandDetails> {
  const fn = "outreachAgeBand";
  const { ev, input: p } = OUTREACH.begin(fn, outreachAgeBandSchema, input, options, birthCheck);
  const { reason, minAge, maxAge } = ageBandReason(fn, ev, p.birthDate);
  const age = reason.facts.age as number;
  const outcome: OutreachAgeBandOutcome = age < minAge ? "below" : age > maxAge ? "above" : "within";
  return ev.decide(OUTREACH_AGE_BAND, outcome, [reason], [], {
    age,
    minAge,
    maxAge,
    from: birthdayOrNull(p.birthDate, minAge),
    through: dayBeforeBirthday(p.birthDate, maxAge + 1),
  });
}
