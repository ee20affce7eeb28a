import { type OutreachAssessServiceInput, outreachAssessService } from "../../src/outreach/index.js";

/*
 * The whole-service assessment as the tests of its items use it: outreach.assessment and
 * the rules it holds a service against (pairs, qualifications, diversity, …).
 */

export const asOf = "2026-01-01";

const yes = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, true])) as Record<K, true>;

/** A service that meets every norm. */
export const good: OutreachAssessServiceInput = {
  population: 25_000,
  staff: [
    { fte: 1, socialWorkEducation: true },
    { fte: 1, socialWorkEducation: true },
    { fte: 0.5, socialWorkEducation: false },
  ],
  fieldTime: [{ fieldHours: 12, totalHours: 37.5 }],
  workInPairs: true,
  leaderOrCoordinator: true,
  mixedGender: true,
  ethnicityConsidered: true,
  supervision: true,
  structure: yes([
    "mandateDefined",
    "fieldTimeFrame",
    "independentBasis",
    "notCaseWorkers",
    "responsibilitiesClarified",
  ]),
  material: yes(["operatingBudget", "car", "premises", "mobilePhones", "dataStorage"]),
  mandate: yes([
    "targetGroups",
    "responsibilities",
    "staffingAndOperatingConditions",
    "confidentiality",
    "ageSpan",
    "politicallyAnchored",
  ]),
};

export const assess = (s: OutreachAssessServiceInput) => outreachAssessService(s, { asOf });

/** The item `id` of the assessment of `s`. */
export const item = (s: OutreachAssessServiceInput, id: string) => assess(s).details.items.find((i) => i.id === id);

/** The status of the item `id` of the assessment of `s`. */
export const status = (s: OutreachAssessServiceInput, id: string) => item(s, id)?.status;

/** The reason for `condition` (of `rule`, when given) in the assessment of `s`. */
export const reason = (s: OutreachAssessServiceInput, condition: string, rule?: string) => {
  const r = assess(s).reasons.find((x) => x.condition === condition && (rule === undefined || x.rule === rule));
  if (r === undefined) throw new Error(`no reason ${condition}`);
  return r;
};
