import { numberArg } from "../core/args.js";
import type { Decision } from "../core/decision.js";
import type { Evaluation, EvaluationOptions } from "../core/evaluation.js";
import { checkParameterOrder } from "../core/parameter-order.js";
import { defineRule, type Reason } from "../core/rule.js";
import { OUTREACH } from "./area.js";
import { OUTREACH_FIELD_TIME_MAIN, OUTREACH_FIELD_TIME_MAX, OUTREACH_FIELD_TIME_MIN } from "./parameters.js";
import {
  type OutreachFieldTimeShareInput,
  outreachFieldTimePeriodSchema,
  outreachFieldTimePeriodsSchema,
} from "./schemas.js";

/** `outreach.field-time`: 20–40 % of working time in the field, about 30 % as the main rule. */
export const OUTREACH_FIELD_TIME = /* @__PURE__ */ defineRule({
  id: "outreach.field-time",
  area: "outreach",
  strength: "recommendation",
  sources: [
    {
      ref: "losu-korus-veileder",
      locator: "«Det anbefales å bruke mellom 20 og 40 % av arbeidstiden på oppsøkende arbeid»",
    },
    {
      ref: "losu-korus-veileder",
      locator: "«rundt 30 % utetid (arbeidstid brukt til oppsøkende arbeid) bør fungere som en hovedregel»",
    },
    {
      ref: "losu-korus-veileder",
      locator: "«graden av det oppsøkende arbeidet vil variere i perioder. Blant annet vil årstidene påvirke»",
    },
  ],
  parameters: [OUTREACH_FIELD_TIME_MIN, OUTREACH_FIELD_TIME_MAX, OUTREACH_FIELD_TIME_MAIN],
  evaluatedBy: "outreachFieldTimeShare",
});

/** Where a share of field time falls against the recommended band. */
export type OutreachFieldTimeBand = "below" | "within" | "above";

/** One period as reported back, with its own share and band. */
export type OutreachFieldTimePeriodResult = {
  readonly label: string | null;
  readonly fieldHours: number;
  readonly totalHours: number;
  readonly share: number;
  readonly band: OutreachFieldTimeBand;
};

/** What `outreachFieldTimeShare` reports beside the band. */
export type OutreachFieldTimeShareDetails = {
  /** Field hours over working hours for all periods together (0.32 is 32 %). */
  readonly share: number;
  readonly fieldHours: number;
  readonly totalHours: number;
  readonly min: number;
  readonly max: number;
  /** The main rule, about 30 %. */
  readonly mainRule: number;
  /** The share minus the main rule (positive: more field time than the main rule). */
  readonly fromMainRule: number;
  /** Each period's own share: the seasons show here. */
  readonly periods: readonly OutreachFieldTimePeriodResult[];
};

// Shares are rounded to 12 decimals before they are compared, so that hours such as
// 7.4 of 37 (exactly 20 %) are not pushed below the band by binary fractions.
const settle = (share: number): number => Math.round(share * 1e12) / 1e12;

/** Whether a value is an array: `false` for a revoked Proxy, which the schema then reports. */
const isArray = (v: unknown): boolean => {
  try {
    return Array.isArray(v);
  } catch {
    return false;
  }
};

/**
 * The band of a share: `within` from `min` through `max`, both ends included. Pure, with no
 * parameters read: `outreachFieldTimeShare` passes the recommended 20 % and 40 %.
 *
 * @example
 * outreachFieldTimeBand(0.32, 0.2, 0.4) // "within"
 * outreachFieldTimeBand(0.4, 0.2, 0.4)  // "within"
 * outreachFieldTimeBand(0.15, 0.2, 0.4) // "below"
 */
export function outreachFieldTimeBand(share: number, min: number, max: number): OutreachFieldTimeBand {
  const fn = "outreachFieldTimeBand";
  return band(numberArg(fn, "share", share), numberArg(fn, "min", min), numberArg(fn, "max", max));
}

function band(share: number, min: number, max: number): OutreachFieldTimeBand {
  // «mellom 20 og 40 %» is read with both ends within; a mandate that reads it otherwise sets
  // `outreach.field-time-min` / `outreach.field-time-max` a little inside the ends.
  const s = settle(share);
  return s < min ? "below" : s > max ? "above" : "within";
}

type Period = { readonly label?: string | null | undefined; readonly fieldHours: number; readonly totalHours: number };

/** The field-time condition over some periods (or `unknown` without them), with the details. */
export function fieldTimeReason(
  fn: string,
  ev: Evaluation,
  periods: readonly Period[] | null | undefined,
): { reason: Reason; details: OutreachFieldTimeShareDetails | null; band: OutreachFieldTimeBand | null } {
  const min = ev.param(OUTREACH_FIELD_TIME_MIN);
  const max = ev.param(OUTREACH_FIELD_TIME_MAX);
  const mainRule = ev.param(OUTREACH_FIELD_TIME_MAIN);
  checkParameterOrder(ev, fn, [OUTREACH_FIELD_TIME_MIN, min], [OUTREACH_FIELD_TIME_MAX, max]);
  if (periods == null || periods.length === 0) {
    return {
      reason: ev.reason(OUTREACH_FIELD_TIME, "within-range", "unknown", { min, max, mainRule }, ["fieldTime"]),
      details: null,
      band: null,
    };
  }
  let fieldHours = 0;
  let totalHours = 0;
  const results: OutreachFieldTimePeriodResult[] = [];
  for (const p of periods) {
    fieldHours += p.fieldHours;
    totalHours += p.totalHours;
    const share = settle(p.fieldHours / p.totalHours);
    results.push({
      label: p.label ?? null,
      fieldHours: p.fieldHours,
      totalHours: p.totalHours,
      share,
      band: band(share, min, max),
    });
  }
  const share = settle(fieldHours / totalHours);
  const overall = band(share, min, max);
  const details: OutreachFieldTimeShareDetails = {
    share,
    fieldHours,
    totalHours,
    min,
    max,
    mainRule,
    fromMainRule: settle(share - mainRule),
    periods: results,
  };
  const reason = ev.reason(OUTREACH_FIELD_TIME, "within-range", overall === "within" ? "holds" : "fails", {
    share,
    fieldHours,
    totalHours,
    min,
    max,
    mainRule,
    band: overall,
    periods: results.length,
  });
  return { reason, details, band: overall };
}

/**
 * The share of working time spent in the field, against the recommended 20–40 % (about
 * 30 % as the main rule): `below`, `within` (both ends included) or `above`. Give one
 * period or a list of periods (weeks, months): the share varies with the seasons, so the
 * whole is judged. Field hours above total hours, negative hours, NaN and zero total hours
 * are input errors. LOSU's recommendation, not law. Rule `outreach.field-time`.
 *
 * @example
 * outreachFieldTimeShare({ fieldHours: 12, totalHours: 37.5 }, { asOf: "2026-01-01" })
 * // outcome "within", details.share 0.32, details.mainRule 0.3
 * outreachFieldTimeShare(
 *   [{ label: "January", fieldHours: 20, totalHours: 150 }, { label: "June", fieldHours: 70, totalHours: 150 }],
 *   { asOf: "2026-07-01" },
 * ).outcome
 * // "within" (90 of 300 hours, 30 %; January alone is below, June alone above)
 */
export function outreachFieldTimeShare(
  input: OutreachFieldTimeShareInput,
  options: EvaluationOptions,
): Decision<OutreachFieldTimeShareOutcome, OutreachFieldTimeShareDetails> {
  const fn = "outreachFieldTimeShare";
  // One period or a list: dispatched here rather than by a schema union, so that an error
  // names the bad field (`[2].fieldHours`) instead of "no union member matched".
  let ev: Evaluation;
  let periods: readonly Period[];
  if (isArray(input)) {
    ({ ev, input: periods } = OUTREACH.begin(fn, outreachFieldTimePeriodsSchema, input, options));
  } else {
    const started = OUTREACH.begin(fn, outreachFieldTimePeriodSchema, input, options);
    ev = started.ev;
    periods = [started.input];
  }
  const { reason, details, band } = fieldTimeReason(fn, ev, periods);
  // The schemas require at least one period, so the band and details exist.
  return ev.decide(
    OUTREACH_FIELD_TIME,
    band as OutreachFieldTimeBand,
    [reason],
    [],
    details as OutreachFieldTimeShareDetails,
  );
}

/** The outcome of `outreachFieldTimeShare`: the band the share falls in. */
export type OutreachFieldTimeShareOutcome = OutreachFieldTimeBand;
