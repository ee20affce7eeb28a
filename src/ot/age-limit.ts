import { formatIsoDate, yearOf } from "../core/dates.js";
import type { Decision } from "../core/decision.js";
import type { Evaluation, EvaluationOptions } from "../core/evaluation.js";
import { birthCheck, birthYearOf } from "../core/person.js";
import { defineRule, type Reason } from "../core/rule.js";
import type { IsoDate } from "../core/types.js";
import { OT } from "./area.js";
import { OT_UPPER_AGE } from "./parameters.js";
import { type OtCoverageEndInput, otCoverageEndSchema } from "./schemas.js";

/** `ot.age-limit`: OT covers a young person through the calendar year they turn 21 (old) / 24 (new). */
export const OT_AGE_LIMIT = /* @__PURE__ */ defineRule({
  id: "ot.age-limit",
  area: "ot",
  strength: "statute",
  sources: [
    { ref: "opplaringslova-1998/3-6", versions: ["ot-2006"] },
    { ref: "ot-numedal-kongsberg", locator: "«til og med det året personen fyller 21 år»", versions: ["ot-2006"] },
    { ref: "ung-no-ot", locator: "«til og med det året de fyller 21 år»", versions: ["ot-2006"] },
    {
      ref: "opplaringslova-2023/9-4",
      locator: "«Ein er omfatta av tenesta fram til utgangen av det året ein fyller 24 år.»",
      versions: ["ot-2024"],
    },
    {
      ref: "prop-57-l-2022-2023/kap-68",
      locator: "«utvida øvre aldersgrense for målgruppa for oppfølgingstenesta frå 21 til 24 år»",
      versions: ["ot-2024"],
    },
  ],
  parameters: [OT_UPPER_AGE],
  evaluatedBy: "otCoverageEnd",
});

/** The age-limit condition: holds through 31 December of the year the person turns the upper age. */
export function ageLimitReason(
  ev: Evaluation,
  birthYear: number | undefined,
): { reason: Reason; coveredThrough: IsoDate | null } {
  const upperAge = ev.param(OT_UPPER_AGE);
  if (birthYear === undefined) {
    return {
      reason: ev.reason(OT_AGE_LIMIT, "within-age-limit", "unknown", { upperAge }, ["birthYear"]),
      coveredThrough: null,
    };
  }
  const lastYear = birthYear + upperAge;
  const coveredThrough = formatIsoDate(lastYear, 12, 31);
  const status = yearOf(ev.asOf) <= lastYear ? "holds" : "fails";
  return {
    reason: ev.reason(OT_AGE_LIMIT, "within-age-limit", status, { birthYear, upperAge, coveredThrough }),
    coveredThrough,
  };
}

/** What `otCoverageEnd` reports beside the date. */
export type OtCoverageEndDetails = {
  /** Whether `asOf` is on or before the last covered day. */
  readonly coveredOnAsOf: boolean;
  readonly upperAge: number;
};

/**
 * The last date OT covers a person born in `birthYear`: 31 December of the year they turn
 * 21 (rules until 2024-07-31) or 24 (from 2024-08-01). Rule `ot.age-limit`.
 *
 * @example
 * otCoverageEnd({ birthYear: 2005 }, { asOf: "2026-04-15" }).outcome
 * // "2029-12-31"
 * otCoverageEnd({ birthYear: 2005 }, { asOf: "2026-04-15", version: "ot-2006" }).outcome
 * // "2026-12-31"
 */
export function otCoverageEnd(
  input: OtCoverageEndInput,
  options: EvaluationOptions,
): Decision<OtCoverageEndOutcome, OtCoverageEndDetails> {
  const { ev, input: p } = OT.begin("otCoverageEnd", otCoverageEndSchema, input, options, birthCheck);
  // The schema requires birthYear or birthDate, so the year is known here.
  const { reason, coveredThrough } = ageLimitReason(ev, birthYearOf(p));
  return ev.decide(OT_AGE_LIMIT, coveredThrough, [reason], [], {
    coveredOnAsOf: reason.status === "holds",
    upperAge: reason.facts.upperAge as number,
  });
}

/** The outcome of `otCoverageEnd`: the last day OT covers, or `null` when that cannot be given. */
export type OtCoverageEndOutcome = IsoDate | null;
