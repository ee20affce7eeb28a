import type { Decision } from "../core/decision.js";
import type { EvaluationOptions } from "../core/evaluation.js";
import { birthCheck } from "../core/person.js";
import { defineRule, needsOf } from "../core/rule.js";
import type { Source } from "../core/types.js";
import { NAV_AGENCIES, NAV_ROLES, type NavAgency, type NavPartnerEntry, type NavRole } from "./agencies.js";
import { NAV } from "./area.js";
import { advisory, type NavAdvisory } from "./common.js";
import { ageBandReasons, type NavAgeBand } from "./partners-by-age.js";
import { problemReasons } from "./partners-by-problem.js";
import { NAV_PROBLEMS, type NavPartnersInput, type NavProblem, navPartnersSchema } from "./schemas.js";

/** `nav.partners`: the agencies to involve for one young person, by age and by problem. */
export const NAV_PARTNERS = defineRule({
  id: "nav.partners",
  area: "nav",
  strength: "recommendation",
  sources: [
    {
      ref: "afi-tipshefte-2016",
      locator:
        "«Målgruppa man velger å rette arbeidet mot, bestemmer hvilke instanser det er nødvendig å samarbeide med»",
    },
  ],
  parameters: [],
  evaluatedBy: "navPartners",
});

/** Why an agency is named: an age band or a problem type, with its role and source. */
export type NavPartnerBasis = {
  readonly by: "age" | "problem";
  /** The age band (`by: "age"`) or the problem type (`by: "problem"`). */
  readonly basis: NavAgeBand | NavProblem;
  readonly role: NavRole;
  readonly source: Source;
};

/** One agency to involve, with every reason for it. */
export type NavPartner = {
  readonly agency: NavAgency;
  /** The strongest role among the reasons. */
  readonly role: NavRole;
  readonly reasons: readonly NavPartnerBasis[];
};

/** What `navPartners` reports beside the list of agencies. */
export type NavPartnersDetails = NavAdvisory & {
  /** Age in completed years on `asOf`, `null` when the birth date is unknown. */
  readonly age: number | null;
  readonly ageBands: readonly NavAgeBand[];
  readonly problems: readonly NavProblem[] | null;
  /** Every agency named, the less central ones included, strongest role first. */
  readonly partners: readonly NavPartner[];
};

const rank = (r: NavRole): number => NAV_ROLES.indexOf(r);

/**
 * Which agencies NAV should involve for a young person, by age band (under 16; 16–19;
 * over 18 through child-welfare aftercare; 20 and over) and by problem type. The outcome
 * lists the central and relevant agencies, strongest first; `details.partners` gives each
 * agency's role, its reasons (age or problem) and their sources. With the birth date or the
 * problems unknown, the list is what the known facts give and `needs` names the rest.
 * A recommendation, not law. Rule `nav.partners` (with `nav.partners-by-age` and
 * `nav.partners-by-problem`).
 *
 * @example
 * navPartners({ birthDate: "2008-05-10", problems: ["learning-difficulties"] }, { asOf: "2026-03-02" }).outcome
 * // ["nav", "upper-secondary-school", "ot", "child-welfare", "ppt"] (17: the 16–19 band and a minor; PPT for learning difficulties)
 */
export function navPartners(
  input: NavPartnersInput,
  options: EvaluationOptions,
): Decision<NavPartnersOutcome, NavPartnersDetails> {
  const fn = "navPartners";
  const { ev, input: p } = NAV.begin(fn, navPartnersSchema, input, options, birthCheck);
  const byAge = ageBandReasons(ev, fn, p.birthDate);
  const byProblem = problemReasons(ev, p.problems);
  const collected = new Map<NavAgency, NavPartnerBasis[]>();
  const add = (by: "age" | "problem", basis: NavAgeBand | NavProblem, e: NavPartnerEntry): void => {
    const list = collected.get(e.agency) ?? [];
    list.push({ by, basis, role: e.role, source: e.source });
    collected.set(e.agency, list);
  };
  for (const { band, entry } of byAge.entries) add("age", band, entry);
  for (const { problem, entry } of byProblem.entries) add("problem", problem, entry);
  const partners: NavPartner[] = [];
  for (const agency of NAV_AGENCIES) {
    const reasons = collected.get(agency);
    if (reasons === undefined) continue;
    const role = NAV_ROLES[Math.min(...reasons.map((r) => rank(r.role)))] as NavRole;
    partners.push({ agency, role, reasons });
  }
  // Stable: within a role, agencies keep the order of NAV_AGENCIES.
  partners.sort((a, b) => rank(a.role) - rank(b.role));
  const reasons = [...byAge.reasons, ...byProblem.reasons];
  const given = p.problems;
  const problems = given == null ? null : NAV_PROBLEMS.filter((x) => given.includes(x));
  return ev.decide(
    NAV_PARTNERS,
    partners.filter((x) => x.role !== "less-central").map((x) => x.agency),
    reasons,
    needsOf(reasons),
    { ...advisory(NAV_PARTNERS.strength), age: byAge.age, ageBands: byAge.bands, problems, partners },
  );
}

/** The outcome of `navPartners`: the agencies to work with, in order. */
export type NavPartnersOutcome = NavAgency[];
