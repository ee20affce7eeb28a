import type { Decision } from "../core/decision.js";
import type { EvaluationOptions } from "../core/evaluation.js";
import { defineRule, type Reason } from "../core/rule.js";
import type { Status } from "../core/types.js";
import { NAV } from "./area.js";
import { advisory, type NavAdvisory } from "./common.js";
import { NAV_TARGETS, type NavApproachInput, type NavTarget, navEffortSchema } from "./schemas.js";

/** `nav.approach`: universal, selective or indicative. */
export const NAV_APPROACH = defineRule({
  id: "nav.approach",
  area: "nav",
  strength: "recommendation",
  sources: [
    {
      ref: "afi-tipshefte-2016",
      locator:
        "«Universell tilnærming innebærer at man retter fokuset mot alle ungdommer i området … Selektiv tilnærming betyr at innsatsen rettes mot utsatte grupper som kanskje enda ikke har utviklet klare problemer, men som man basert på kunnskap vet at har forhøyet risiko. Indikativ tilnærming henspiller på tiltak som iverksettes først når enkeltpersoner viser tegn på vansker.»",
    },
    {
      ref: "afi-tipshefte-2016",
      locator:
        "«Tiltak som kun fokuserer på unge med utfordringer, kan lettere enn mer universelle tiltak gi stigmatiseringsutfordringer.»",
    },
  ],
  parameters: [],
  evaluatedBy: "navApproach",
});

/** The three approaches, from the widest to the narrowest. */
export type NavApproachKind = "universal" | "selective" | "indicative";

/** The outcomes of `navApproach`. */
export type NavApproachOutcome = NavApproachKind | "combined" | "unknown";

/** Which target makes which approach. */
export const NAV_APPROACH_BY_TARGET: Readonly<Record<NavTarget, NavApproachKind>> = {
  "all-youth-in-area": "universal",
  "groups-at-elevated-risk": "selective",
  "individuals-with-signs-of-difficulty": "indicative",
};

/** What `navApproach` reports beside the outcome. */
export type NavApproachDetails = NavAdvisory & {
  /** The approaches the effort takes, widest first (empty when unknown). */
  readonly approaches: readonly NavApproachKind[];
  /** Aimed only at groups or individuals with risk or problems, with no universal part: stigma is likelier. */
  readonly stigmaRisk: boolean | null;
};

/**
 * Classifies an effort by whom it is directed at: `universal` (all young people in an
 * area), `selective` (groups with known elevated risk, perhaps no clear problems yet),
 * `indicative` (individuals showing signs of difficulty), or `combined`. Efforts with no
 * universal part are flagged for stigma risk. A recommendation, not law. Rule `nav.approach`.
 *
 * @example
 * navApproach({ targets: ["groups-at-elevated-risk"] }, { asOf: "2026-03-02" })
 * // outcome "selective", details.stigmaRisk true
 * navApproach({ targets: ["all-youth-in-area", "individuals-with-signs-of-difficulty"] }, { asOf: "2026-03-02" })
 * // outcome "combined", details.approaches ["universal", "indicative"]
 */
export function navApproach(
  effort: NavApproachInput,
  options: EvaluationOptions,
): Decision<NavApproachOutcome, NavApproachDetails> {
  const { ev, input: e } = NAV.begin("navApproach", navEffortSchema, effort, options);
  const rule = NAV_APPROACH;
  const known = e.targets != null;
  const targets = e.targets ?? [];
  const reasons: Reason[] = [];
  const approaches: NavApproachKind[] = [];
  for (const t of NAV_TARGETS) {
    const kind = NAV_APPROACH_BY_TARGET[t];
    const status: Status = !known ? "unknown" : targets.includes(t) ? "holds" : "fails";
    if (status === "holds") approaches.push(kind);
    reasons.push(ev.reason(rule, kind, status, { targets: known ? targets.slice() : null }, ["targets"]));
  }
  let stigmaRisk: boolean | null = null;
  if (known) {
    stigmaRisk = !approaches.includes("universal");
    reasons.push(ev.reason(rule, "stigma-risk", stigmaRisk ? "holds" : "fails", { approaches: approaches.slice() }));
  }
  const outcome: NavApproachOutcome = !known
    ? "unknown"
    : approaches.length > 1
      ? "combined"
      : (approaches[0] as NavApproachKind);
  return ev.decide(rule, outcome, reasons, known ? [] : ["targets"], {
    ...advisory(rule.strength),
    approaches,
    stigmaRisk,
  });
}
