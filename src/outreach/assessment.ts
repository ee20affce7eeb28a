import type * as z from "zod/mini";
import {
  type ChecklistCounts,
  type ChecklistOutcome,
  type ChecklistStatus,
  checklistResult,
  checklistStatus,
} from "../core/checklist.js";
import type { Decision } from "../core/decision.js";
import type { InputIssue } from "../core/errors.js";
import type { Evaluation, EvaluationOptions } from "../core/evaluation.js";
import { type CrossCheck, rawField } from "../core/person.js";
import { allOf, anyOf, defineRule, factIs, needsOf, type Reason, type RuleDef } from "../core/rule.js";
import { cite } from "../core/sources.js";
import type { Facts, Source, Status, Strength } from "../core/types.js";
import { OUTREACH } from "./area.js";
import { FLOAT_TOLERANCE } from "./checks.js";
import type { OutreachCriterion } from "./criteria.js";
import { OUTREACH_DIVERSITY } from "./diversity.js";
import { fieldTimeReason, OUTREACH_FIELD_TIME } from "./field-time.js";
import { OUTREACH_LEADERSHIP } from "./leadership.js";
import { OUTREACH_MANDATE, OUTREACH_MANDATE_CRITERIA } from "./mandate.js";
import { OUTREACH_MATERIAL, OUTREACH_MATERIAL_CRITERIA } from "./material.js";
import { OUTREACH_PAIRS } from "./pairs.js";
import { OUTREACH_PAIR_SIZE, OUTREACH_SOCIAL_WORK_MAJORITY, OUTREACH_STAFFING_MINIMUM_FTE } from "./parameters.js";
import { OUTREACH_QUALIFICATIONS } from "./qualifications.js";
import { type OutreachAssessServiceInput, outreachServiceSchema } from "./schemas.js";
import { OUTREACH_STAFFING, staffingNeed } from "./staffing.js";
import { OUTREACH_STRUCTURE, OUTREACH_STRUCTURE_CRITERIA } from "./structure.js";
import { OUTREACH_SUPERVISION } from "./supervision.js";

/** `outreach.assessment`: a whole service against every norm of the guide. */
export const OUTREACH_ASSESSMENT = /* @__PURE__ */ defineRule({
  id: "outreach.assessment",
  area: "outreach",
  strength: "recommendation",
  sources: [
    {
      ref: "losu-korus-veileder",
      locator:
        "«Det bør ligge til grunn noen minimumskrav til personal, ledelse og rammevilkår for at mål og forventninger knyttet til en oppsøkende ungdomstjeneste, skal kunne innfris»",
    },
    {
      ref: "losu-korus-veileder",
      locator:
        "«Det finnes per i dag ingen ungdomslov eller annen rettighetslov som pålegger kommunen å opprette en oppsøkende ungdomstjeneste»",
    },
  ],
  parameters: [],
  evaluatedBy: "outreachAssessService",
});

/** The outcomes of `outreachAssessService`: a checklist's (`falls-short` decides; `incomplete` while items are unknown). */
export type OutreachAssessServiceOutcome = ChecklistOutcome;

/** One norm the service is held against. */
export type OutreachAssessmentItem = {
  /** A stable key: `staffing`, `pairs`, `structure.mandate-defined`, `material.car`, … */
  readonly id: string;
  /** The rule id, e.g. `outreach.structure`. */
  readonly rule: string;
  readonly status: ChecklistStatus;
  /** How binding the norm is (a recommendation for every item). */
  readonly strength: Strength;
  readonly sources: readonly Source[];
  /** The facts that would settle an `unknown` item. */
  readonly needs: readonly string[];
};

/** What `outreachAssessService` reports beside the outcome. */
export type OutreachAssessServiceDetails = {
  readonly items: readonly OutreachAssessmentItem[];
  readonly counts: ChecklistCounts;
  /** The FTE the population calls for (`null` without a population). */
  readonly requiredFte: number | null;
  /** The service's FTE, given or summed from the staff list (`null` when unknown). */
  readonly fte: number | null;
  /** The number of outreach workers (`null` when unknown). */
  readonly headcount: number | null;
};

const nullFacts = (facts: Readonly<Record<string, unknown>>): string[] =>
  Object.entries(facts)
    .filter(([, v]) => v == null)
    .map(([k]) => k);

const finite = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

/**
 * Facts that contradict each other are input errors, never a wrong report. Run on the copy
 * of the input by `begin`, so one error names these together with the schema's issues.
 */
const serviceCheck: CrossCheck = (raw) => {
  const issues: InputIssue[] = [];
  const staff = rawField(raw, "staff");
  const list: readonly unknown[] | undefined = Array.isArray(staff) ? staff : undefined;
  const headcount = finite(rawField(raw, "headcount"));
  const educated = finite(rawField(raw, "socialWorkEducated"));
  const fte = finite(rawField(raw, "fte"));
  if (list !== undefined) {
    for (const field of ["headcount", "socialWorkEducated"] as const) {
      if (rawField(raw, field) != null) {
        issues.push({
          path: field,
          code: "conflicts_with_staff",
          message: "give either the staff list or the counts (headcount, socialWorkEducated), not both",
        });
      }
    }
    const posts = list.map((m) => finite(rawField(m, "fte")));
    if (fte !== undefined && posts.every((x) => x !== undefined)) {
      const sum = posts.reduce<number>((a, x) => a + (x ?? 0), 0);
      if (Math.abs(sum - fte) > FLOAT_TOLERANCE) {
        issues.push({ path: "fte", code: "contradicts_staff", message: "differs from the sum of the staff's fte" });
      }
    }
  }
  if (headcount !== undefined && educated !== undefined && educated > headcount) {
    issues.push({
      path: "socialWorkEducated",
      code: "above_headcount",
      message: "is more than headcount",
    });
  }
  const people = list?.length ?? headcount;
  if (people !== undefined && fte !== undefined && fte > people + FLOAT_TOLERANCE) {
    issues.push({
      path: "fte",
      code: "above_headcount",
      message: "is more FTE than there are people to fill it (a post is at most one full-time position)",
    });
  }
  return issues;
};

/** No facts given: an object with nothing to inherit, so an absent fact reads as absent. */
const NONE: Readonly<Record<string, undefined>> = /* @__PURE__ */ Object.freeze(Object.create(null));

/**
 * A report on an outreach youth service against every norm of LOSU's guide: staffing for
 * its population, pair work, field time, leadership, the majority with social-work
 * education, diversity, supervision, the five structural and five material criteria, and
 * the mandate's contents. Each item `meets`, `falls-short` or is `unknown` (a fact is
 * missing), with its rule, strength and source; the outcome is `falls-short` if any item
 * falls short, `incomplete` if none does but some are unknown, else `meets-all`. These are
 * recommendations, not law. Rule `outreach.assessment` (and the rules of its items).
 *
 * @example
 * const d = outreachAssessService(
 *   { population: 25_000, fte: 2, staff: [{ fte: 1, socialWorkEducation: true }, { fte: 1, socialWorkEducation: false }],
 *     workInPairs: true, fieldTime: [{ fieldHours: 12, totalHours: 37.5 }] },
 *   { asOf: "2026-01-01" },
 * );
 * d.outcome // "falls-short" (2 FTE where 2.5 are recommended; 1 of 2 with social-work education is no majority)
 * d.details.counts // { meets: 3, fallsShort: 2, unknown: 19, total: 24 }
 */
export function outreachAssessService(
  service: OutreachAssessServiceInput,
  options: EvaluationOptions,
): Decision<OutreachAssessServiceOutcome, OutreachAssessServiceDetails> {
  const fn = "outreachAssessService";
  const { ev, input: s } = OUTREACH.begin(fn, outreachServiceSchema, service, options, serviceCheck);
  const items: OutreachAssessmentItem[] = [];
  const reasons: Reason[] = [];
  const add = (
    id: string,
    rule: RuleDef,
    condition: string,
    status: Status,
    facts: Facts,
    needs: readonly string[],
    locators: readonly string[],
  ): void => {
    const reason = ev.reason(rule, condition, status, facts, needs);
    reasons.push(reason);
    items.push({
      id,
      rule: rule.id,
      status: checklistStatus(status),
      strength: rule.strength,
      sources: locators.map((locator) => cite("losu-korus-veileder", locator)),
      needs: reason.needs,
    });
  };
  const locatorOf = (rule: RuleDef, i = 0): string => rule.sources[i]?.locator ?? "";

  const headcount = s.staff?.length ?? s.headcount ?? null;
  const staffFte = s.staff?.every((m) => m.fte != null) ? sumFte(s.staff) : null;
  const fte = s.fte ?? staffFte;

  // Staffing for the population: a known FTE below the minimum falls short whatever the population.
  const staffing = staffingItem(ev, s.population ?? null, fte);
  add("staffing", OUTREACH_STAFFING, "positions-for-population", staffing.status, staffing.facts, staffing.needs, [
    locatorOf(OUTREACH_STAFFING),
  ]);

  // Enough people for a pair, or team work secured otherwise.
  const pairSize = ev.param(OUTREACH_PAIR_SIZE);
  const secured = s.teamWorkSecuredOtherwise ?? null;
  const enoughPeople: Status = headcount === null ? "unknown" : headcount >= pairSize ? "holds" : "fails";
  const twoPeople = anyOf([enoughPeople, factIs(secured, true)]);
  add(
    "pair-staffing",
    OUTREACH_PAIRS,
    "two-people",
    twoPeople,
    { headcount, pairSize, teamWorkSecuredOtherwise: secured },
    nullFacts({ headcount, teamWorkSecuredOtherwise: secured }),
    [locatorOf(OUTREACH_PAIRS, 1)],
  );
  add(
    "pairs",
    OUTREACH_PAIRS,
    "field-work-in-pairs",
    factIs(s.workInPairs, true),
    { workInPairs: s.workInPairs ?? null },
    ["workInPairs"],
    [locatorOf(OUTREACH_PAIRS)],
  );

  const field = fieldTimeReason(fn, ev, s.fieldTime);
  add(
    "field-time",
    OUTREACH_FIELD_TIME,
    field.reason.condition,
    field.reason.status,
    field.reason.facts,
    field.reason.needs,
    [locatorOf(OUTREACH_FIELD_TIME), locatorOf(OUTREACH_FIELD_TIME, 1)],
  );

  add(
    "leadership",
    OUTREACH_LEADERSHIP,
    "leader-or-coordinator",
    factIs(s.leaderOrCoordinator, true),
    { leaderOrCoordinator: s.leaderOrCoordinator ?? null },
    ["leaderOrCoordinator"],
    [locatorOf(OUTREACH_LEADERSHIP), locatorOf(OUTREACH_LEADERSHIP, 1)],
  );

  const qualified = qualificationsItem(ev, s);
  add(
    "qualifications",
    OUTREACH_QUALIFICATIONS,
    "social-work-majority",
    qualified.status,
    qualified.facts,
    qualified.needs,
    [locatorOf(OUTREACH_QUALIFICATIONS)],
  );

  const diversityFacts = { mixedGender: s.mixedGender ?? null, ethnicityConsidered: s.ethnicityConsidered ?? null };
  add(
    "diversity",
    OUTREACH_DIVERSITY,
    "team-composition",
    allOf([factIs(s.mixedGender, true), factIs(s.ethnicityConsidered, true)]),
    diversityFacts,
    nullFacts(diversityFacts),
    [locatorOf(OUTREACH_DIVERSITY)],
  );

  add(
    "supervision",
    OUTREACH_SUPERVISION,
    "supervision-and-reflection",
    factIs(s.supervision, true),
    { supervision: s.supervision ?? null },
    ["supervision"],
    [locatorOf(OUTREACH_SUPERVISION), locatorOf(OUTREACH_SUPERVISION, 1)],
  );

  const lists: readonly [
    string,
    RuleDef,
    readonly OutreachCriterion[],
    Readonly<Record<string, boolean | null | undefined>>,
  ][] = [
    ["structure", OUTREACH_STRUCTURE, OUTREACH_STRUCTURE_CRITERIA, s.structure ?? NONE],
    ["material", OUTREACH_MATERIAL, OUTREACH_MATERIAL_CRITERIA, s.material ?? NONE],
    ["mandate", OUTREACH_MANDATE, OUTREACH_MANDATE_CRITERIA, s.mandate ?? NONE],
  ];
  for (const [group, rule, criteria, facts] of lists) {
    for (const c of criteria) {
      const value = facts[c.fact] ?? null;
      add(
        `${group}.${c.id}`,
        rule,
        c.id,
        factIs(value, true),
        { [c.fact]: value },
        [`${group}.${c.fact}`],
        [c.locator],
      );
    }
  }

  const { counts, outcome } = checklistResult(items);
  return ev.decide(OUTREACH_ASSESSMENT, outcome, reasons, needsOf(reasons), {
    items,
    counts,
    requiredFte: staffing.requiredFte,
    fte,
    headcount,
  });
}

function sumFte(staff: readonly { readonly fte?: number | null | undefined }[]): number {
  return staff.reduce((a, m) => a + (m.fte ?? 0), 0);
}

function staffingItem(
  ev: Evaluation,
  population: number | null,
  fte: number | null,
): { status: Status; facts: Facts; needs: string[]; requiredFte: number | null } {
  if (population === null) {
    const minimumFte = ev.param(OUTREACH_STAFFING_MINIMUM_FTE);
    const below = fte !== null && fte + FLOAT_TOLERANCE < minimumFte;
    return {
      status: below ? "fails" : "unknown",
      facts: { population, fte, requiredFte: null, minimumFte },
      needs: nullFacts({ population, fte }),
      requiredFte: null,
    };
  }
  const need = staffingNeed(ev, population);
  const status: Status = fte === null ? "unknown" : fte + FLOAT_TOLERANCE >= need.fte ? "holds" : "fails";
  return {
    status,
    facts: { population, fte, requiredFte: need.fte, rounding: need.rounding },
    needs: fte === null ? ["fte"] : [],
    requiredFte: need.fte,
  };
}

function qualificationsItem(
  ev: Evaluation,
  s: z.output<typeof outreachServiceSchema>,
): { status: Status; facts: Facts; needs: string[] } {
  const threshold = ev.param(OUTREACH_SOCIAL_WORK_MAJORITY);
  let people: number | null;
  let educated: number | null;
  let unknownEducation: number;
  let needs: string[];
  if (s.staff != null) {
    people = s.staff.length;
    educated = s.staff.filter((m) => m.socialWorkEducation === true).length;
    unknownEducation = s.staff.filter((m) => m.socialWorkEducation == null).length;
    needs = ["staff.socialWorkEducation"];
  } else {
    people = s.headcount ?? null;
    // A staff of nobody has nobody educated: the count follows from the headcount.
    educated = s.socialWorkEducated ?? (people === 0 ? 0 : null);
    unknownEducation = educated === null ? (people ?? 0) : 0;
    needs = nullFacts({ headcount: people, socialWorkEducated: educated });
  }
  // «Majoriteten av oppsøkerne» is read as more than half of the persons, not of the FTE;
  // `outreach.social-work-majority` sets the share to exceed (0.5).
  const facts = { headcount: people, socialWorkEducated: educated, unknownEducation, threshold };
  let status: Status;
  if (people === null) {
    // Nobody is no majority of an unknown staff that exists; anything more needs the headcount.
    status = educated === 0 ? "fails" : "unknown";
  } else if (educated === null) {
    status = "unknown";
  } else if (educated > threshold * people) {
    status = "holds";
  } else {
    // Fails only if even every unknown education being social work would leave no majority.
    status = educated + unknownEducation > threshold * people ? "unknown" : "fails";
  }
  return { status, facts, needs };
}
