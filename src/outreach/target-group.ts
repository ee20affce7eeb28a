import type { Decision } from "../core/decision.js";
import type { EvaluationOptions } from "../core/evaluation.js";
import { birthCheck } from "../core/person.js";
import { allOf, anyOf, defineRule, factIs, needsOf, type Reason } from "../core/rule.js";
import type { Status } from "../core/types.js";
import { ageBandReason } from "./age-band.js";
import { OUTREACH } from "./area.js";
import { type OutreachTargetGroupInput, outreachPersonSchema } from "./schemas.js";

/** `outreach.target-group`: the three categories of NOU 1980:37. */
export const OUTREACH_TARGET_GROUP = /* @__PURE__ */ defineRule({
  id: "outreach.target-group",
  area: "outreach",
  strength: "recommendation",
  sources: [
    {
      ref: "losu-korus-veileder",
      locator:
        "«Barn og ungdom som er i faresonen for å utvikle problemer i en slik grad at deres sosiale og/eller mentale funksjonsevne er truet»",
    },
    {
      ref: "losu-korus-veileder",
      locator: "«Problembelastede barn og ungdom som ikke har etablert kontakt med det ordinære hjelpeapparatet»",
    },
    {
      ref: "losu-korus-veileder",
      locator:
        "«Problembelastede barn og ungdom som har etablert kontakt med det ordinære hjelpeapparatet, men som trenger utekontaktens innsats som supplement»",
    },
    { ref: "nou-1980-37", locator: "(Sosialdepartementet 1980: 15), as quoted in the guide" },
  ],
  parameters: [],
  evaluatedBy: "outreachTargetGroup",
});

/** A category of NOU 1980:37. */
export type OutreachCategory = "at-risk" | "outside-services" | "needs-supplement";

/** The categories in order of precedence: the first that holds is the outcome. */
export const OUTREACH_CATEGORY_PRECEDENCE: readonly OutreachCategory[] = [
  "outside-services",
  "needs-supplement",
  "at-risk",
];

/** The outcomes of `outreachTargetGroup`. */
export type OutreachTargetGroupOutcome = OutreachCategory | "not-in-target-group" | "unknown";

/** What `outreachTargetGroup` reports beside the outcome. */
export type OutreachTargetGroupDetails = {
  /** Age in completed years on `asOf` (`null` without a birth date). */
  readonly age: number | null;
  readonly minAge: number;
  readonly maxAge: number;
  /** Every category known to hold, in order of precedence. */
  readonly categories: readonly OutreachCategory[];
  /** Categories of higher precedence than the outcome that unknown facts leave open. */
  readonly openCategories: readonly OutreachCategory[];
};

const nullFacts = (facts: Readonly<Record<string, boolean | null | undefined>>): string[] =>
  Object.entries(facts)
    .filter(([, v]) => v == null)
    .map(([k]) => k);

/**
 * Which of the three NOU 1980:37 categories a young person falls into on `asOf`, or that
 * they are outside the target group, within the age band (13–25 by default; a mandate
 * narrows it through `outreach.age-min` / `outreach.age-max`). When several categories
 * hold, `outside-services` and `needs-supplement` win over `at-risk`. An unknown fact never
 * yields a category: the outcome is then `unknown` and `needs` lists the missing facts,
 * unless a known fact already decides. A professional recommendation, not law.
 * Rules `outreach.target-group` and `outreach.age-band`.
 *
 * @example
 * outreachTargetGroup(
 *   { birthDate: "2009-03-01", hasProblems: true, inContactWithServices: false },
 *   { asOf: "2026-04-15" },
 * ).outcome
 * // "outside-services"
 * outreachTargetGroup({ birthDate: "2009-03-01", atRisk: true }, { asOf: "2026-04-15" }).outcome
 * // "at-risk" (details.openCategories: ["outside-services", "needs-supplement"])
 */
export function outreachTargetGroup(
  person: OutreachTargetGroupInput,
  options: EvaluationOptions,
): Decision<OutreachTargetGroupOutcome, OutreachTargetGroupDetails> {
  const fn = "outreachTargetGroup";
  const { ev, input: p } = OUTREACH.begin(fn, outreachPersonSchema, person, options, birthCheck);
  const rule = OUTREACH_TARGET_GROUP;
  const hasProblems = p.hasProblems ?? null;
  const inContact = p.inContactWithServices ?? null;
  const needsSupplement = p.needsSupplement ?? null;

  const atRisk = ev.reason(rule, "at-risk", factIs(p.atRisk, true), { atRisk: p.atRisk ?? null }, ["atRisk"]);
  const outside = ev.reason(
    rule,
    "outside-services",
    allOf([factIs(hasProblems, true), factIs(inContact, false)]),
    { hasProblems, inContactWithServices: inContact },
    nullFacts({ hasProblems, inContactWithServices: inContact }),
  );
  // «som har etablert kontakt med det ordinære hjelpeapparatet, men som trenger … som supplement»:
  // category (c) presupposes contact, so needsSupplement matters only when inContactWithServices
  // is true; outside the services the person is (b) or nothing. No parameter selects otherwise.
  const supplementFacts = { hasProblems, inContactWithServices: inContact, needsSupplement };
  const supplement = ev.reason(
    rule,
    "needs-supplement",
    allOf([factIs(hasProblems, true), factIs(inContact, true), factIs(needsSupplement, true)]),
    supplementFacts,
    nullFacts(supplementFacts),
  );
  const age = ageBandReason(fn, ev, p.birthDate);
  const categoryReasons = [atRisk, outside, supplement];
  const reasons: Reason[] = [...categoryReasons, age.reason];

  const byCategory: Readonly<Record<OutreachCategory, Status>> = {
    "at-risk": atRisk.status,
    "outside-services": outside.status,
    "needs-supplement": supplement.status,
  };
  const anyCategory = anyOf(categoryReasons.map((r) => r.status));
  const status = allOf([anyCategory, age.reason.status]);
  // NOU 1980:37 lists the categories without ranking them. «Problembelastede» youth are past
  // «i faresonen for å utvikle problemer», so (b) and (c) name the situation better than (a);
  // no parameter changes this, and `details.categories` lists every category that holds.
  const categories = OUTREACH_CATEGORY_PRECEDENCE.filter((c) => byCategory[c] === "holds");
  const first = categories[0];
  const openCategories =
    status === "holds" && first !== undefined
      ? OUTREACH_CATEGORY_PRECEDENCE.slice(0, OUTREACH_CATEGORY_PRECEDENCE.indexOf(first)).filter(
          (c) => byCategory[c] === "unknown",
        )
      : [];
  const outcome: OutreachTargetGroupOutcome =
    status === "fails" ? "not-in-target-group" : status === "unknown" || first === undefined ? "unknown" : first;
  // A fact is needed only while it can still change whether the person is in the group:
  // once a category holds, the unknown facts of the others are not asked for.
  const needs = outcome !== "unknown" ? [] : needsOf(anyCategory === "holds" ? [age.reason] : reasons);
  return ev.decide(rule, outcome, reasons, needs, {
    age: age.age,
    minAge: age.minAge,
    maxAge: age.maxAge,
    categories,
    openCategories,
  });
}
