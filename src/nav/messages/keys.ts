import type { DutiesOutcome } from "../../core/duties.js";
import { type DutyWords, dutyConditions, dutyList, dutyMessages } from "../../core/duty-texts.js";
import type { Catalogue, Msg } from "../../core/explain.js";
import { arr, cap, type Formatter, labels, num } from "../../core/format.js";
import type { AreaTexts, RulebookTexts } from "../../core/texts.js";
import type { Facts, Settled, Status } from "../../core/types.js";
import { NAV_ROLES, type NavAgency, type NavRole } from "../agencies.js";
import type { NavApproachKind, NavApproachOutcome } from "../approach.js";
import type { NavCaseloadClass } from "../caseload.js";
import type { NavAssessCloseFollowUpOutcome, NavQuality } from "../close-follow-up.js";
import type { NavDuty, NavDutyBecause } from "../duties.js";
import type { NavInclusionApproachOutcome } from "../inclusion-approach.js";
import type { NavDayCount } from "../parameters.js";
import { NAV_AGE_BANDS, NAV_PARTNERS_FOR_BAND, type NavAgeBand } from "../partners-by-age.js";
import { NAV_PARTNERS_FOR_PROBLEM } from "../partners-by-problem.js";
import type { NavReactionTimeOutcome } from "../reaction-time.js";
import {
  NAV_PROBLEMS,
  type NavActor,
  type NavFollowUpModel,
  type NavMeetingPlace,
  type NavPhase,
  type NavPrevention,
  type NavProblem,
  type NavTheme,
} from "../schemas.js";

export { arr };

type S2 = Settled;
const S2S: readonly S2[] = ["holds", "fails"];
const S3S: readonly Status[] = ["holds", "fails", "unknown"];

const QUALITIES: readonly NavQuality[] = [
  "typology",
  "actors",
  "themes",
  "phases",
  "availability",
  "meeting-place",
  "capacity",
  "active-outreach",
  "prevention",
  "method",
];
const APPROACHES: readonly NavApproachKind[] = ["universal", "selective", "indicative"];

/** Every message key of the NAV area. A catalogue missing one does not compile. */
export type NavMessageKey =
  | `nav.caseload/outcome/${NavCaseloadClass}`
  | `nav.caseload/${"within-close" | "over-limit"}/${S2}`
  | `nav.reaction-time/outcome/${NavReactionTimeOutcome}`
  | `nav.reaction-time/${"ideal" | "within-max" | "awaiting-response"}/${S2}`
  | `nav.approach/outcome/${NavApproachOutcome}`
  | `nav.approach/${NavApproachKind}/${Status}`
  | `nav.approach/stigma-risk/${S2}`
  | "nav.partners/outcome"
  | `nav.partners-by-age/${NavAgeBand}/${Status}`
  | `nav.partners-by-problem/${NavProblem}/${Status}`
  | `nav.inclusion-approach/outcome/${NavInclusionApproachOutcome}`
  | `nav.inclusion-approach/integrated/${Status}`
  | `nav.close-follow-up/outcome/${NavAssessCloseFollowUpOutcome}`
  | `nav.close-follow-up/${NavQuality}/${Status}`
  | `nav.duties/outcome/${DutiesOutcome}`
  | `nav.needs-assessment/${NeedsAssessmentCondition}/${Status}`
  | `nav.individual-plan/${IndividualPlanCondition}/${Status}`
  | `nav.cooperation/${CooperationCondition}/${Status}`
  | `nav.youth-guarantee/${YouthGuaranteeCondition}/${Status}`;

type NeedsAssessmentCondition =
  | "sought-work-help"
  | "needs-help"
  | "needs-broader-assessment"
  | "needs-assessment"
  | "work-ability-assessment"
  | "activity-plan";
type IndividualPlanCondition = "long-term-coordinated-services" | "individual-plan";
type CooperationCondition = "cooperation-in-force" | "needs-other-services" | "cooperation";
type YouthGuaranteeCondition = "guarantee-in-force" | "within-age-band" | "contact-person";

/** The conditions of the duty rules that are facts rather than duties, each with its rule. */
const DUTY_FACT_CONDITIONS = [
  ["nav.needs-assessment", "sought-work-help"],
  ["nav.needs-assessment", "needs-help"],
  ["nav.needs-assessment", "needs-broader-assessment"],
  ["nav.individual-plan", "long-term-coordinated-services"],
  ["nav.cooperation", "cooperation-in-force"],
  ["nav.cooperation", "needs-other-services"],
  ["nav.youth-guarantee", "guarantee-in-force"],
] as const;

/** The rule each duty rests on. */
const DUTY_RULE: Readonly<Record<NavDuty, string>> = {
  "needs-assessment": "nav.needs-assessment",
  "work-ability-assessment": "nav.needs-assessment",
  "activity-plan": "nav.needs-assessment",
  "individual-plan": "nav.individual-plan",
  cooperation: "nav.cooperation",
  "contact-person": "nav.youth-guarantee",
};

type Fn<A extends unknown[]> = (...args: A) => string;

/**
 * The words and sentence frames of one locale. Every locale must give every one, so a
 * missing translation does not compile; the catalogues are built from these by one
 * function, so every locale has every key.
 */
/** The words of `navDuties` in one locale: the duties' words every area shares, and NAV's own. */
export interface NavDutyWords extends DutyWords<NavDuty, NavDutyBecause> {
  /** Why a condition leaves a duty open, when it is not known. */
  readonly becauseUnknown: Readonly<Record<NavDutyBecause, string>>;
  /** The outcome's first words, before the list. */
  readonly outcome: Readonly<Record<DutiesOutcome, string>>;
  /**
   * The statements of the conditions that decide whether a duty is owed. A condition's
   * reason reads its statement when it holds and its `because` words otherwise.
   */
  readonly statement: Readonly<Record<NavDutyBecause, string>>;
  /** The age band's reasons, which read the age, the band and the last day in it. */
  readonly ageBand: Readonly<Record<Status, (x: Facts, f: Formatter) => string>>;
}

export interface NavWords {
  readonly duties: NavDutyWords;
  readonly agency: Readonly<Record<NavAgency, string>>;
  readonly model: Readonly<Record<NavFollowUpModel, string>>;
  readonly band: Readonly<Record<NavAgeBand, string>>;
  readonly problem: Readonly<Record<NavProblem, string>>;
  readonly approach: Readonly<Record<NavApproachKind, string>>;
  /** Whom each approach is directed at. */
  readonly aimedAt: Readonly<Record<NavApproachKind, string>>;
  readonly role: Readonly<Record<NavRole, string>>;
  readonly actor: Readonly<Record<NavActor, string>>;
  readonly theme: Readonly<Record<NavTheme, string>>;
  readonly phase: Readonly<Record<NavPhase, string>>;
  readonly place: Readonly<Record<NavMeetingPlace, string>>;
  readonly prevention: Readonly<Record<NavPrevention, string>>;
  readonly caseloadClass: Readonly<Record<NavCaseloadClass, string>>;
  /** The unit of a day count, plural and singular. */
  readonly unit: Readonly<Record<NavDayCount | "days", string>>;
  readonly unitOne: Readonly<Record<NavDayCount | "days", string>>;
  readonly none: string;
  /** Appended to every outcome: the NAV rules are recommendations and estimates, not law. */
  readonly notLaw: { readonly recommendation: string; readonly estimate: string };
  readonly caseload: {
    readonly outcome: Readonly<Record<NavCaseloadClass, Fn<[n: string, closeMax: string, limitedOver: string]>>>;
    readonly withinClose: Readonly<Record<S2, Fn<[n: string, closeMax: string]>>>;
    readonly overLimit: Readonly<Record<S2, Fn<[n: string, limitedOver: string]>>>;
  };
  readonly reaction: {
    readonly ideal: Fn<[days: string]>;
    readonly within: Fn<[days: string, max: string]>;
    readonly late: Fn<[days: string, max: string]>;
    readonly lateOpen: Fn<[days: string, deadline: string]>;
    readonly pending: Fn<[days: string, deadline: string, idealBy: string]>;
    readonly idealReason: Readonly<Record<S2, Fn<[days: string, idealMax: string]>>>;
    readonly withinReason: Readonly<Record<S2, Fn<[days: string, max: string]>>>;
    readonly awaiting: Readonly<Record<S2, Fn<[contact: string, days: string, deadline: string, max: string]>>>;
  };
  readonly approachText: {
    readonly single: Fn<[approach: string, aimedAt: string]>;
    readonly combined: Fn<[list: string]>;
    readonly unknown: string;
    readonly reason: Readonly<Record<Status, Fn<[aimedAt: string]>>>;
    readonly stigma: Readonly<Record<S2, string>>;
  };
  readonly partnersText: {
    readonly empty: string;
    readonly group: Fn<[role: string, list: string]>;
    readonly bandHolds: Readonly<Record<NavAgeBand, Fn<[age: string, from: string, until: string, list: string]>>>;
    readonly bandFails: Fn<[age: string, band: string]>;
    readonly bandUnknown: Fn<[band: string]>;
    readonly problem: Readonly<Record<Status, Fn<[problem: string, list: string]>>>;
  };
  readonly inclusion: {
    readonly integrated: Fn<[model: string]>;
    readonly shelteredOrGradual: Fn<[model: string]>;
    readonly unknown: string;
    readonly reason: Readonly<Record<Status, Fn<[model: string]>>>;
  };
  /** Frames for the statements of conditions named by a band, a problem type or an approach. */
  readonly conditionFrames: {
    readonly band: Fn<[band: string]>;
    readonly problem: Fn<[problem: string]>;
    readonly approach: Fn<[aimedAt: string]>;
  };
  readonly quality: {
    readonly title: Readonly<Record<NavQuality, string>>;
    readonly meets: Fn<[title: string, clause: string]>;
    /** The report's recommendation for each quality, given where one falls short. */
    readonly recommendation: Readonly<Record<NavQuality, string>>;
    readonly short: Fn<[title: string, clauses: string, recommendation: string]>;
    readonly unknown: Fn<[title: string]>;
    readonly holds: Readonly<Record<NavQuality, (x: Facts, w: NavWords, f: Formatter) => string>>;
    /** The parts known to fall short, one clause each. */
    readonly fails: Readonly<Record<NavQuality, (x: Facts, w: NavWords, f: Formatter) => string[]>>;
    readonly outcome: Readonly<
      Record<NavAssessCloseFollowUpOutcome, Fn<[meets: string, short: string, unknown: string]>>
    >;
  };
}

export const listOrNone = (w: NavWords, f: Formatter, items: readonly string[]): string =>
  items.length === 0 ? w.none : f.list(items);
/** A follow-up model a fact names, in words. */
export const modelTitle = (w: NavWords, m: unknown): string =>
  typeof m === "string" && Object.hasOwn(w.model, m) ? w.model[m as NavFollowUpModel] : String(m);
/** A number of days with the unit the decision counted in. */
export const days = (w: NavWords, f: Formatter, x: Facts, n: unknown): string => {
  const unit = typeof x.dayCount === "string" ? (x.dayCount as NavDayCount) : "days";
  return `${f.number(num(n))} ${num(n) === 1 ? w.unitOne[unit] : w.unit[unit]}`;
};

/** The id of every rule of the area. */
export type NavRuleId =
  | "nav.approach"
  | "nav.partners-by-age"
  | "nav.partners-by-problem"
  | "nav.partners"
  | "nav.inclusion-approach"
  | "nav.reaction-time"
  | "nav.caseload"
  | "nav.close-follow-up"
  | "nav.duties"
  | "nav.needs-assessment"
  | "nav.individual-plan"
  | "nav.cooperation"
  | "nav.youth-guarantee";

/** The id of every parameter of the area. */
export type NavParameterId =
  | "nav.caseload-close-max"
  | "nav.caseload-limited-over"
  | "nav.reaction-ideal-max-days"
  | "nav.reaction-max-days"
  | "nav.reaction-day-count"
  | "nav.capacity-caseload-standard"
  | "nav.band-16-19-from"
  | "nav.band-20-from"
  | "nav.aftercare-from"
  | "nav.aftercare-until"
  | "nav.cooperation-in-force"
  | "nav.youth-guarantee-from-age"
  | "nav.youth-guarantee-until-age"
  | "nav.activity-plan-owed-to";

/** The id of every version of the area. */
export type NavVersionId = "nav-2006";

/** The NAV area's texts in one language: a catalogue missing a key or an id does not compile. */
export type NavTexts = AreaTexts<NavMessageKey, NavRuleId, NavParameterId, NavVersionId>;

/** What the NAV rulebook says beyond an explanation, in one language. */
export type NavRulebook = RulebookTexts<NavRuleId, NavParameterId>;

/** Messages for every `${prefix}/${a}/${b}`, built from one function. */
function each<P extends string, A extends string, B extends string>(
  prefix: P,
  as: readonly A[],
  bs: readonly B[],
  make: (a: A, b: B) => Msg,
): Record<`${P}/${A}/${B}`, Msg> {
  const out: Record<string, Msg> = {};
  for (const a of as) for (const b of bs) out[`${prefix}/${a}/${b}`] = make(a, b);
  return out as Record<`${P}/${A}/${B}`, Msg>;
}

/** The catalogue of one language: every key, from the language's words. */
export function navCatalogue(w: NavWords): Catalogue<NavMessageKey> {
  const rec = w.notLaw.recommendation;
  const est = w.notLaw.estimate;
  const n = (f: Formatter, v: unknown): string => f.number(num(v));
  const caseloadOutcome =
    (c: NavCaseloadClass): Msg =>
    (x, f) =>
      `${w.caseload.outcome[c](n(f, x.youthPerCounsellor), n(f, x.closeMax), n(f, x.limitedOver))}${est}.`;
  const maxText = (x: Facts, f: Formatter): string => days(w, f, x, x.maxDays);
  const bandList = (band: NavAgeBand, roles: readonly NavRole[], f: Formatter): string =>
    f.list(NAV_PARTNERS_FOR_BAND[band].filter((e) => roles.includes(e.role)).map((e) => w.agency[e.agency]));
  return {
    "nav.caseload/outcome/close-follow-up-possible": caseloadOutcome("close-follow-up-possible"),
    "nav.caseload/outcome/intermediate": caseloadOutcome("intermediate"),
    "nav.caseload/outcome/limited": caseloadOutcome("limited"),
    ...each(
      "nav.caseload",
      ["within-close"],
      S2S,
      (_c, s) => (x, f) => w.caseload.withinClose[s](n(f, x.youthPerCounsellor), n(f, x.closeMax)),
    ),
    ...each(
      "nav.caseload",
      ["over-limit"],
      S2S,
      (_c, s) => (x, f) => w.caseload.overLimit[s](n(f, x.youthPerCounsellor), n(f, x.limitedOver)),
    ),
    "nav.reaction-time/outcome/ideal": (x, f) => `${w.reaction.ideal(days(w, f, x, x.days))}${rec}.`,
    "nav.reaction-time/outcome/within": (x, f) => `${w.reaction.within(days(w, f, x, x.days), maxText(x, f))}${rec}.`,
    "nav.reaction-time/outcome/late": (x, f) =>
      x.responded === false
        ? `${w.reaction.lateOpen(days(w, f, x, x.days), f.date(String(x.deadline)))}${rec}.`
        : `${w.reaction.late(days(w, f, x, x.days), maxText(x, f))}${rec}.`,
    "nav.reaction-time/outcome/pending": (x, f) =>
      `${w.reaction.pending(days(w, f, x, x.days), f.date(String(x.deadline)), f.date(String(x.idealBy)))}${rec}.`,
    ...each(
      "nav.reaction-time",
      ["ideal"],
      S2S,
      (_c, s) => (x, f) => w.reaction.idealReason[s](days(w, f, x, x.days), days(w, f, x, x.idealMaxDays)),
    ),
    ...each(
      "nav.reaction-time",
      ["within-max"],
      S2S,
      (_c, s) => (x, f) => w.reaction.withinReason[s](days(w, f, x, x.days), maxText(x, f)),
    ),
    ...each(
      "nav.reaction-time",
      ["awaiting-response"],
      S2S,
      (_c, s) => (x, f) =>
        w.reaction.awaiting[s](
          f.date(String(x.contactDate)),
          days(w, f, x, x.days),
          f.date(String(x.deadline)),
          maxText(x, f),
        ),
    ),
    "nav.approach/outcome/universal": () =>
      `${cap(w.approachText.single(w.approach.universal, w.aimedAt.universal))}${rec}.`,
    "nav.approach/outcome/selective": () =>
      `${cap(w.approachText.single(w.approach.selective, w.aimedAt.selective))}${rec}.`,
    "nav.approach/outcome/indicative": () =>
      `${cap(w.approachText.single(w.approach.indicative, w.aimedAt.indicative))}${rec}.`,
    "nav.approach/outcome/combined": (x, f) =>
      `${w.approachText.combined(f.list(labels(w.approach, x.approaches)))}${rec}.`,
    "nav.approach/outcome/unknown": () => `${w.approachText.unknown}${rec}.`,
    ...each("nav.approach", APPROACHES, S3S, (a, s) => () => w.approachText.reason[s](w.aimedAt[a])),
    ...each("nav.approach", ["stigma-risk"], S2S, (_c, s) => () => w.approachText.stigma[s]),
    "nav.partners/outcome": (x, f) => {
      const partners = Array.isArray(x.partners) ? (x.partners as { agency: NavAgency; role: NavRole }[]) : [];
      const groups = NAV_ROLES.map((role) => [role, partners.filter((p) => p.role === role)] as const)
        .filter(([, list]) => list.length > 0)
        .map(([role, list]) => w.partnersText.group(w.role[role], f.list(list.map((p) => w.agency[p.agency]))));
      return `${groups.length === 0 ? w.partnersText.empty : groups.join("; ")}${rec}.`;
    },
    ...each("nav.partners-by-age", NAV_AGE_BANDS, S3S, (band, s) => (x, f) => {
      if (s === "unknown") return w.partnersText.bandUnknown(w.band[band]);
      if (s === "fails") return w.partnersText.bandFails(n(f, x.age), w.band[band]);
      const roles: readonly NavRole[] = band === "20-and-over" ? ["less-central"] : ["central", "relevant"];
      // The 16–19 band is named by its first and last age, so "until" is shown one less.
      const until = x.until === null ? "" : n(f, band === "16-19" ? num(x.until) - 1 : x.until);
      return w.partnersText.bandHolds[band](n(f, x.age), n(f, x.from), until, bandList(band, roles, f));
    }),
    ...each(
      "nav.partners-by-problem",
      NAV_PROBLEMS,
      S3S,
      (p, s) => (_x, f) =>
        w.partnersText.problem[s](w.problem[p], f.list(NAV_PARTNERS_FOR_PROBLEM[p].map((e) => w.agency[e.agency]))),
    ),
    "nav.inclusion-approach/outcome/integrated": (x) => `${cap(w.inclusion.integrated(modelTitle(w, x.model)))}${rec}.`,
    "nav.inclusion-approach/outcome/sheltered-or-gradual": (x) =>
      `${cap(w.inclusion.shelteredOrGradual(modelTitle(w, x.model)))}${rec}.`,
    "nav.inclusion-approach/outcome/unknown": () => `${w.inclusion.unknown}${rec}.`,
    ...each(
      "nav.inclusion-approach",
      ["integrated"],
      S3S,
      (_c, s) => (x) => w.inclusion.reason[s](modelTitle(w, x.model)),
    ),
    "nav.close-follow-up/outcome/meets-all": (x, f) => `${closeOutcome(w, "meets-all", x, f)}${rec}.`,
    "nav.close-follow-up/outcome/falls-short": (x, f) => `${closeOutcome(w, "falls-short", x, f)}${rec}.`,
    "nav.close-follow-up/outcome/incomplete": (x, f) => `${closeOutcome(w, "incomplete", x, f)}${rec}.`,
    ...each("nav.close-follow-up", QUALITIES, S3S, (q, s) => (x, f) => {
      const title = w.quality.title[q];
      if (s === "unknown") return w.quality.unknown(title);
      if (s === "holds") return w.quality.meets(title, w.quality.holds[q](x, w, f));
      return w.quality.short(title, w.quality.fails[q](x, w, f).join("; "), w.quality.recommendation[q]);
    }),
    ...navDutyMessages(w.duties),
  };
}

const DUTY_OUTCOMES: readonly DutiesOutcome[] = ["due", "unknown", "up-to-date", "not-owed"];

/** The messages of `navDuties`: its outcomes, each duty's reason and each condition's. */
function navDutyMessages(
  d: NavDutyWords,
): Record<
  | `nav.duties/outcome/${DutiesOutcome}`
  | `nav.needs-assessment/${NeedsAssessmentCondition}/${Status}`
  | `nav.individual-plan/${IndividualPlanCondition}/${Status}`
  | `nav.cooperation/${CooperationCondition}/${Status}`
  | `nav.youth-guarantee/${YouthGuaranteeCondition}/${Status}`,
  Msg
> {
  const out: Record<string, Msg> = { ...dutyMessages(DUTY_RULE, d) };
  for (const o of DUTY_OUTCOMES)
    out[`nav.duties/outcome/${o}`] = (x, f) => `${d.outcome[o]} ${dutyList(d, f, x.duties)}`;
  for (const [rule, c] of DUTY_FACT_CONDITIONS) {
    out[`${rule}/${c}/holds`] = () => `${d.statement[c]}.`;
    out[`${rule}/${c}/fails`] = () => `${cap(d.because[c])}.`;
    out[`${rule}/${c}/unknown`] = () => `${cap(d.becauseUnknown[c])}.`;
  }
  for (const s of S3S) out[`nav.youth-guarantee/within-age-band/${s}`] = d.ageBand[s];
  return out as ReturnType<typeof navDutyMessages>;
}

function closeOutcome(w: NavWords, o: NavAssessCloseFollowUpOutcome, x: Facts, f: Formatter): string {
  const counts = (x.counts ?? {}) as { meets?: number; fallsShort?: number; unknown?: number };
  return w.quality.outcome[o](
    f.number(counts.meets ?? 0),
    f.number(counts.fallsShort ?? 0),
    f.number(counts.unknown ?? 0),
  );
}

/** The statements of the conditions named by a band, a problem type, an approach or a quality. */
export function navConditions(
  w: NavWords,
): Record<
  | `nav.partners-by-age/${NavAgeBand}`
  | `nav.partners-by-problem/${NavProblem}`
  | `nav.approach/${NavApproachKind}`
  | `nav.close-follow-up/${NavQuality}`
  | `nav.needs-assessment/${NeedsAssessmentCondition}`
  | `nav.individual-plan/${IndividualPlanCondition}`
  | `nav.cooperation/${CooperationCondition}`
  | `nav.youth-guarantee/${YouthGuaranteeCondition}`,
  string
> {
  const out: Record<string, string> = {};
  for (const b of NAV_AGE_BANDS) out[`nav.partners-by-age/${b}`] = w.conditionFrames.band(w.band[b]);
  for (const p of NAV_PROBLEMS) out[`nav.partners-by-problem/${p}`] = w.conditionFrames.problem(w.problem[p]);
  for (const a of APPROACHES) out[`nav.approach/${a}`] = w.conditionFrames.approach(w.aimedAt[a]);
  for (const q of QUALITIES) out[`nav.close-follow-up/${q}`] = w.quality.title[q];
  Object.assign(out, dutyConditions(DUTY_RULE, w.duties));
  for (const [rule, c] of DUTY_FACT_CONDITIONS) out[`${rule}/${c}`] = w.duties.statement[c];
  out["nav.youth-guarantee/within-age-band"] = w.duties.statement["within-age-band"];
  return out as ReturnType<typeof navConditions>;
}
