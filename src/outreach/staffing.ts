import type { Decision } from "../core/decision.js";
import type { Evaluation, EvaluationOptions } from "../core/evaluation.js";
import { defineRule, type Reason } from "../core/rule.js";
import { OUTREACH } from "./area.js";
import { OUTREACH_PAIRS } from "./pairs.js";
import {
  OUTREACH_PAIR_SIZE,
  OUTREACH_STAFFING_INHABITANTS_PER_FTE,
  OUTREACH_STAFFING_MINIMUM_FTE,
  OUTREACH_STAFFING_ROUNDING,
} from "./parameters.js";
import { type OutreachStaffingInput, outreachStaffingSchema } from "./schemas.js";

/** `outreach.staffing`: one position up to 10,000 inhabitants, then one per 10,000. */
export const OUTREACH_STAFFING = /* @__PURE__ */ defineRule({
  id: "outreach.staffing",
  area: "outreach",
  strength: "recommendation",
  sources: [
    {
      ref: "losu-korus-veileder",
      locator:
        "«Som en minstestandard bør man ha en 100 %-stilling i kommuner med inntil 10 000 innbyggere. Deretter en stilling per 10 000 innbygger»",
    },
    {
      ref: "losu-korus-veileder",
      locator:
        "«Ved kun én stillingshjemmel bør denne fordeles på to ansatte der teamarbeid ikke er mulig på annen måte»",
    },
    {
      ref: "losu-korus-veileder",
      locator:
        "«Det finnes per i dag ingen ungdomslov eller annen rettighetslov som pålegger kommunen å opprette en oppsøkende ungdomstjeneste»",
    },
  ],
  parameters: [
    OUTREACH_STAFFING_MINIMUM_FTE,
    OUTREACH_STAFFING_INHABITANTS_PER_FTE,
    OUTREACH_STAFFING_ROUNDING,
    OUTREACH_PAIR_SIZE,
  ],
  evaluatedBy: "outreachStaffing",
});

/** What `outreachStaffing` returns as its outcome. */
export type OutreachStaffingOutcome = {
  /** Full-time equivalents the municipality needs (exact, or rounded up to whole positions). */
  readonly fte: number;
  /** The fewest people who can fill them and still work in pairs. */
  readonly minimumHeadcount: number;
  /** Whether the positions, too few for a pair, are split (one position into two 50 % posts). */
  readonly splitSinglePosition: boolean;
};

/** What `outreachStaffing` reports beside the outcome. */
export type OutreachStaffingDetails = {
  /** The need before rounding: the minimum, or population / inhabitants per position. */
  readonly exactFte: number;
  readonly rounding: "exact" | "whole-up";
  /** Whether the population is at or below the minimum's limit (10,000 by default). */
  readonly minimumApplies: boolean;
  /** The posts a split gives (`[0.5, 0.5]` for one position), or `null` without a split. */
  readonly splitPosts: readonly number[] | null;
};

/** The staffing need for a population, with its trace (used by the service assessment too). */
export function staffingNeed(
  ev: Evaluation,
  population: number,
): { exactFte: number; fte: number; rounding: "exact" | "whole-up"; minimumApplies: boolean; reason: Reason } {
  const minimumFte = ev.param(OUTREACH_STAFFING_MINIMUM_FTE);
  const inhabitantsPerFte = ev.param(OUTREACH_STAFFING_INHABITANTS_PER_FTE);
  const rounding = ev.param(OUTREACH_STAFFING_ROUNDING);
  // «Deretter en stilling per 10 000 innbygger» is read of the whole population, in exact FTE
  // (25,000 give 2.5); `outreach.staffing-rounding` = "whole-up" selects whole positions (3).
  const perPopulation = population / inhabitantsPerFte;
  const minimumApplies = perPopulation <= minimumFte;
  const exactFte = minimumApplies ? minimumFte : perPopulation;
  const fte = rounding === "whole-up" ? Math.ceil(exactFte) : exactFte;
  // Each branch of the rule is its own condition, so the trace states the branch applied.
  const reason = ev.reason(OUTREACH_STAFFING, minimumApplies ? "minimum" : "per-inhabitants", "holds", {
    population,
    minimumFte,
    inhabitantsPerFte,
    limit: minimumFte * inhabitantsPerFte,
    exactFte,
    rounding,
    fte,
  });
  return { exactFte, fte, rounding, minimumApplies, reason };
}

/**
 * The positions an outreach youth service needs for a municipality's population: one
 * full-time position up to 10,000 inhabitants, then one per 10,000 (exact by default;
 * `outreach.staffing-rounding: "whole-up"` rounds up to whole positions). Outreach is done
 * in pairs, so positions too few for two people are split (one position into two 50 %
 * posts) unless `teamWorkSecuredOtherwise`. LOSU's recommendation, not law: there is no
 * statutory staffing norm. Rules `outreach.staffing` and `outreach.pairs`.
 *
 * @example
 * outreachStaffing({ population: 4_500 }, { asOf: "2026-01-01" }).outcome
 * // { fte: 1, minimumHeadcount: 2, splitSinglePosition: true } (details.splitPosts [0.5, 0.5])
 * outreachStaffing({ population: 55_000 }, { asOf: "2026-01-01" }).outcome
 * // { fte: 5.5, minimumHeadcount: 6, splitSinglePosition: false }
 * outreachStaffing({ population: 55_000 }, { asOf: "2026-01-01", parameters: { "outreach.staffing-rounding": "whole-up" } }).outcome
 * // { fte: 6, minimumHeadcount: 6, splitSinglePosition: false }
 */
export function outreachStaffing(
  input: OutreachStaffingInput,
  options: EvaluationOptions,
): Decision<OutreachStaffingOutcome, OutreachStaffingDetails> {
  const { ev, input: p } = OUTREACH.begin("outreachStaffing", outreachStaffingSchema, input, options);
  const need = staffingNeed(ev, p.population);
  const pairSize = ev.param(OUTREACH_PAIR_SIZE);
  // Each post is at most one full-time position, so the FTE need at least ceil(fte) people.
  const wholePeople = Math.ceil(need.fte);
  const secured = p.teamWorkSecuredOtherwise ?? null;
  const split = wholePeople < pairSize && secured !== true;
  const minimumHeadcount = split ? pairSize : wholePeople;
  const splitPosts = split ? Array.from({ length: pairSize }, () => need.fte / pairSize) : null;
  const branch = split
    ? "split-single-position"
    : wholePeople < pairSize
      ? "team-work-secured-otherwise"
      : "pair-without-split";
  const pairs = ev.reason(OUTREACH_PAIRS, branch, "holds", {
    fte: need.fte,
    pairSize,
    teamWorkSecuredOtherwise: secured,
    minimumHeadcount,
    postShare: split ? need.fte / pairSize : null,
  });
  return ev.decide(
    OUTREACH_STAFFING,
    { fte: need.fte, minimumHeadcount, splitSinglePosition: split },
    [need.reason, pairs],
    [],
    { exactFte: need.exactFte, rounding: need.rounding, minimumApplies: need.minimumApplies, splitPosts },
  );
}
