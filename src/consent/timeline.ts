import { ageOn, birthdayOrNull } from "../core/dates.js";
import type { Decision } from "../core/decision.js";
import type { Evaluation, EvaluationOptions } from "../core/evaluation.js";
import { deepFreeze } from "../core/freeze.js";
import type { ParameterDef } from "../core/parameters.js";
import { birthCheck } from "../core/person.js";
import { defineRule, type Reason, type RuleDef } from "../core/rule.js";
import { resolveSource } from "../core/sources.js";
import type { IsoDate, Source, Strength } from "../core/types.js";
import { CONSENT_AFTERCARE } from "./aftercare.js";
import { CONSENT } from "./area.js";
import { CONSENT_CHILD_VIEWS } from "./child-views.js";
import { CONSENT_EDUCATION_CHOICE } from "./education-choice.js";
import { CONSENT_GUARDIAN_CONFIDENTIALITY, consentGuardianConfidentialityAge } from "./guardian-confidentiality.js";
import { CONSENT_HEALTH } from "./health.js";
import { CONSENT_INFORMATION_SOCIETY } from "./information-society.js";
import { CONSENT_MAJORITY } from "./majority.js";
import {
  CONSENT_AFTERCARE_UPPER_AGE,
  CONSENT_EDUCATION_CHOICE_AGE,
  CONSENT_GREAT_WEIGHT_AGE,
  CONSENT_GUARDIAN_CONFIDENTIALITY_FROM,
  CONSENT_HEALTH_CONSENT_AGE,
  CONSENT_HEALTH_PRIVACY_AGE,
  CONSENT_HEARD_AGE,
  CONSENT_INFORMATION_SOCIETY_AGE,
  CONSENT_MAJORITY_AGE,
  CONSENT_SHARE_AGE,
} from "./parameters.js";
import { type ConsentTimelineInput, consentTimelineSchema } from "./schemas.js";
import { CONSENT_SHARE_WITH_AGENCY } from "./share-with-agency.js";

/** An age threshold that matters to a youth service. */
export type ConsentThresholdId =
  | "heard"
  | "great-weight"
  | "health-privacy"
  | "information-society-consent"
  | "education-choice"
  | "guardian-confidentiality"
  | "share-consent"
  | "health-consent"
  | "majority"
  | "aftercare-ends";

/** The rule each threshold belongs to (its reasons are keyed `rule/threshold/status`). */
export const CONSENT_THRESHOLD_RULE = {
  heard: "consent.child-views",
  "great-weight": "consent.child-views",
  "health-privacy": "consent.health",
  "information-society-consent": "consent.information-society",
  "education-choice": "consent.education-choice",
  "guardian-confidentiality": "consent.guardian-confidentiality",
  "share-consent": "consent.share-with-agency",
  "health-consent": "consent.health",
  majority: "consent.majority",
  "aftercare-ends": "consent.aftercare",
} as const satisfies Readonly<Record<ConsentThresholdId, string>>;

/** A threshold as data: its rule, its parameter, what changes, and how its age is read. */
export interface ConsentThresholdDef {
  readonly id: ConsentThresholdId;
  readonly rule: RuleDef;
  readonly parameter: ParameterDef;
  /**
   * The age in completed years for a person born on `birthDate`, or `null` when no rule
   * sets one on the evaluation's date. Most ages are the parameter's value on `asOf`; the
   * end of aftercare is the value in force on the day the person reaches it.
   */
  readonly age: (ev: Evaluation, birthDate: IsoDate) => number | null;
}

/** Every threshold the timeline shows, in the order used for thresholds on the same day. */
export const CONSENT_THRESHOLDS: readonly ConsentThresholdDef[] = /* @__PURE__ */ deepFreeze([
  {
    id: "heard",
    rule: CONSENT_CHILD_VIEWS,
    parameter: CONSENT_HEARD_AGE as ParameterDef,
    age: (ev) => ev.param(CONSENT_HEARD_AGE),
  },
  {
    id: "great-weight",
    rule: CONSENT_CHILD_VIEWS,
    parameter: CONSENT_GREAT_WEIGHT_AGE as ParameterDef,
    age: (ev) => ev.param(CONSENT_GREAT_WEIGHT_AGE),
  },
  {
    id: "health-privacy",
    rule: CONSENT_HEALTH,
    parameter: CONSENT_HEALTH_PRIVACY_AGE as ParameterDef,
    age: (ev) => ev.param(CONSENT_HEALTH_PRIVACY_AGE),
  },
  {
    id: "information-society-consent",
    rule: CONSENT_INFORMATION_SOCIETY,
    parameter: CONSENT_INFORMATION_SOCIETY_AGE as ParameterDef,
    age: (ev) => ev.param(CONSENT_INFORMATION_SOCIETY_AGE),
  },
  {
    id: "education-choice",
    rule: CONSENT_EDUCATION_CHOICE,
    parameter: CONSENT_EDUCATION_CHOICE_AGE as ParameterDef,
    age: (ev) => ev.param(CONSENT_EDUCATION_CHOICE_AGE),
  },
  {
    id: "guardian-confidentiality",
    rule: CONSENT_GUARDIAN_CONFIDENTIALITY,
    parameter: CONSENT_GUARDIAN_CONFIDENTIALITY_FROM as ParameterDef,
    age: consentGuardianConfidentialityAge,
  },
  {
    id: "share-consent",
    rule: CONSENT_SHARE_WITH_AGENCY,
    parameter: CONSENT_SHARE_AGE as ParameterDef,
    age: (ev) => ev.param(CONSENT_SHARE_AGE),
  },
  {
    id: "health-consent",
    rule: CONSENT_HEALTH,
    parameter: CONSENT_HEALTH_CONSENT_AGE as ParameterDef,
    age: (ev) => ev.param(CONSENT_HEALTH_CONSENT_AGE),
  },
  {
    id: "majority",
    rule: CONSENT_MAJORITY,
    parameter: CONSENT_MAJORITY_AGE as ParameterDef,
    age: (ev) => ev.param(CONSENT_MAJORITY_AGE),
  },
  {
    id: "aftercare-ends",
    rule: CONSENT_AFTERCARE,
    parameter: CONSENT_AFTERCARE_UPPER_AGE as ParameterDef,
    // The limit that applies is the one in force on the day the person reaches it: those
    // who turned 23 before 2021-01-01 kept 23 (consent.aftercare).
    age: (ev, birthDate) => ev.ageLimitFor(CONSENT_AFTERCARE_UPPER_AGE, birthDate).age,
  },
]);

/** Each threshold parameter's sources, resolved once (decisions share these frozen arrays). */
const THRESHOLD_SOURCES: ReadonlyMap<string, readonly Source[]> = /* @__PURE__ */ new Map(
  CONSENT_THRESHOLDS.map((d) => [d.parameter.id, Object.freeze(d.parameter.sources.map(resolveSource))]),
);

/** `consent.timeline`: every age threshold that matters to a youth service, with its date. */
export const CONSENT_TIMELINE = defineRule({
  id: "consent.timeline",
  area: "consent",
  strength: "statute",
  sources: [
    { ref: "barnelova/31" },
    { ref: "barnelova/32" },
    { ref: "pasient-og-brukerrettighetsloven/3-4" },
    { ref: "pasient-og-brukerrettighetsloven/4-3" },
    { ref: "personopplysningsloven/5" },
    { ref: "vergemalsloven/2" },
    { ref: "barnevernsloven-2021/3-6" },
    { ref: "losu-korus-veileder", locator: "Taushetsplikt" },
  ],
  parameters: [...new Set(CONSENT_THRESHOLDS.map((d) => d.parameter))],
  evaluatedBy: "consentTimeline",
});

/** One threshold on a person's timeline, as plain JSON. */
export type ConsentThreshold = {
  readonly id: ConsentThresholdId;
  /** The rule it belongs to. */
  readonly rule: string;
  /** The parameter its age comes from. */
  readonly parameter: string;
  readonly age: number;
  /** The birthday on which it is reached (`null` when after 9999-12-31). */
  readonly date: IsoDate | null;
  /** Whether it is reached on `asOf` (on or after `date`). */
  readonly passed: boolean;
  readonly strength: Strength;
  /** Where the age comes from. */
  readonly sources: readonly Source[];
};

/** The next day something changes, and what. */
export type ConsentTimelineNext = {
  /** The day (`null` when after 9999-12-31). */
  readonly date: IsoDate | null;
  readonly age: number;
  readonly ids: readonly ConsentThresholdId[];
};

/** What `consentTimeline` reports beside the thresholds. */
export type ConsentTimelineDetails = {
  /** Completed years on `asOf`. */
  readonly age: number;
  /** The first thresholds not yet reached (all on one day), or `null` when all are. */
  readonly next: ConsentTimelineNext | null;
};

/**
 * Every age threshold that matters to a youth service for a person born on `birthDate`,
 * sorted by date: heard at 7, great weight at 12, health privacy at 12, consent to
 * information-society services at 13 (from 2018-07-20), education choice at 15,
 * confidentiality towards the guardians (15th birthday, or 16th under the other reading),
 * consent to sharing and health consent at 16, majority at 18, and the end of child-welfare
 * aftercare at 25 (23 for those who turned 23 before 2021-01-01). Each has its date (exactly the birthday), whether
 * it is passed on `asOf`, what changes then and its source; `details.next` says what
 * changes next, and when. Rule `consent.timeline`.
 *
 * @example
 * const t = consentTimeline({ birthDate: "2010-09-01" }, { asOf: "2026-01-10" });
 * t.outcome.map((x) => `${x.date} ${x.id} ${x.passed}`)
 * // ["2017-09-01 heard true", "2022-09-01 great-weight true", "2022-09-01 health-privacy true",
 * //  "2023-09-01 information-society-consent true", "2025-09-01 education-choice true",
 * //  "2025-09-01 guardian-confidentiality true", "2026-09-01 share-consent false",
 * //  "2026-09-01 health-consent false", "2028-09-01 majority false", "2035-09-01 aftercare-ends false"]
 * t.details.next
 * // { date: "2026-09-01", age: 16, ids: ["share-consent", "health-consent"] }
 */
export function consentTimeline(
  input: ConsentTimelineInput,
  options: EvaluationOptions,
): Decision<ConsentTimelineOutcome, ConsentTimelineDetails> {
  const { ev, input: p } = CONSENT.begin("consentTimeline", consentTimelineSchema, input, options, birthCheck);
  const age = ageOn(p.birthDate, ev.asOf);
  const rows: { rule: RuleDef; entry: ConsentThreshold }[] = [];
  for (const def of CONSENT_THRESHOLDS) {
    const at = def.age(ev, p.birthDate);
    if (at === null) continue;
    rows.push({
      rule: def.rule,
      entry: {
        id: def.id,
        rule: def.rule.id,
        parameter: def.parameter.id,
        age: at,
        date: birthdayOrNull(p.birthDate, at),
        // Compared in completed years, not as strings: a birthday past year 9999 has no
        // four-digit ISO form, but its age still orders correctly.
        passed: age >= at,
        strength: def.rule.strength,
        sources: THRESHOLD_SOURCES.get(def.parameter.id) ?? [],
      },
    });
  }
  // Birthdays grow with age, so sorting by age sorts by date; the sort is stable, so
  // thresholds on the same day keep the order of CONSENT_THRESHOLDS.
  rows.sort((a, b) => a.entry.age - b.entry.age);
  const entries = rows.map((r) => r.entry);
  const reasons: Reason[] = rows.map(({ rule, entry: e }) =>
    ev.reason(rule, e.id, e.passed ? "holds" : "fails", { age: e.age, date: e.date }),
  );
  const first = entries.find((e) => !e.passed);
  const next: ConsentTimelineNext | null =
    first === undefined
      ? null
      : {
          date: first.date,
          age: first.age,
          ids: entries.filter((e) => e.age === first.age).map((e) => e.id),
        };
  return ev.decide(CONSENT_TIMELINE, entries, reasons, [], { age, next });
}

/** The outcome of `consentTimeline`: every threshold with the date it is reached. */
export type ConsentTimelineOutcome = ConsentThreshold[];
