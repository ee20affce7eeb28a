import type { Msg } from "../../core/explain.js";
import { dateOf, type Formatter, lower, num } from "../../core/format.js";
import type { AreaTexts, RulebookTexts } from "../../core/texts.js";
import type { Json, Settled, Status } from "../../core/types.js";
import type { ConsentGuardianDisclosureOutcome } from "../guardian-confidentiality.js";
import type { ConsentGuardianConfidentialityFrom } from "../parameters.js";
import type { ConsentInformationKind, ConsentOtherLegalBasis } from "../schemas.js";
import type { ConsentToShareOutcome } from "../share-with-agency.js";
import {
  type CONSENT_THRESHOLD_RULE,
  CONSENT_THRESHOLDS,
  type ConsentThreshold,
  type ConsentThresholdId,
  type ConsentTimelineNext,
} from "../timeline.js";

type S3 = Status;
type S2 = Settled;
type ThresholdKey = {
  [I in ConsentThresholdId]: `${(typeof CONSENT_THRESHOLD_RULE)[I]}/${I}/${S2}`;
}[ConsentThresholdId];

/** Every message key of the consent area. A catalogue missing one does not compile. */
export type ConsentMessageKey =
  | `consent.share-with-agency/outcome/${ConsentToShareOutcome}`
  | `consent.anonymous-forum/not-identifiable/${S3}`
  | `consent.duty-to-report/triggered/${S3}`
  | `consent.other-legal-basis/applies/${S3}`
  | `consent.share-with-agency/youth-consents/${S3}`
  | `consent.guardian-confidentiality/outcome/${ConsentGuardianDisclosureOutcome}`
  | `consent.guardian-confidentiality/confidentiality-age/${S3}`
  | `consent.majority/of-age/${S3}`
  | `consent.guardian-confidentiality/exempt-information/${S3}`
  | `consent.guardian-confidentiality/serious/${S2}`
  | "consent.guardian-confidentiality/agreed-with-youth/holds"
  | "consent.timeline/outcome"
  | ThresholdKey;

/** The id of every rule of the area. */
export type ConsentRuleId =
  | "consent.share-with-agency"
  | "consent.duty-to-report"
  | "consent.other-legal-basis"
  | "consent.anonymous-forum"
  | "consent.guardian-confidentiality"
  | "consent.majority"
  | "consent.timeline"
  | "consent.child-views"
  | "consent.information-society"
  | "consent.education-choice"
  | "consent.health"
  | "consent.aftercare";

/** The id of every parameter of the area. */
export type ConsentParameterId =
  | "consent.heard-age"
  | "consent.great-weight-age"
  | "consent.health-privacy-age"
  | "consent.information-society-age"
  | "consent.education-choice-age"
  | "consent.guardian-confidentiality-from"
  | "consent.vital-information"
  | "consent.share-consent-age"
  | "consent.health-consent-age"
  | "consent.majority-age"
  | "consent.aftercare-upper-age";

/** The id of every version of the area. */
export type ConsentVersionId = "consent-2006";

/** The consent area's texts in one language: a catalogue missing a key or an id does not compile. */
export type ConsentTexts = AreaTexts<ConsentMessageKey, ConsentRuleId, ConsentParameterId, ConsentVersionId>;

/** What the consent rulebook says beyond an explanation, in one language. */
export type ConsentRulebook = RulebookTexts<ConsentRuleId, ConsentParameterId>;

/** Each kind of information, in words. */
export type KindWords = Readonly<Record<ConsentInformationKind, string>>;
/** Each legal basis other than consent: its name and how far it reaches. */
export type BasisWords = Readonly<
  Record<Exclude<ConsentOtherLegalBasis, "none">, { readonly title: string; readonly limit: string }>
>;
/** Each reading of «over 15 år». */
export type ReadingWords = Readonly<Record<ConsentGuardianConfidentialityFrom, string>>;
/** Each age threshold: its name and what changes when it is reached. */
export type ThresholdWords = Readonly<Record<ConsentThresholdId, { readonly title: string; readonly changes: string }>>;

const own = <T>(table: Readonly<Record<string, T>>, v: Json | undefined): T | undefined =>
  typeof v === "string" && Object.hasOwn(table, v) ? table[v] : undefined;

/** The kind of information a fact names, in words ("—" when it names none). */
export const kindTitle = (words: KindWords, v: Json | undefined): string => own(words, v) ?? "—";
/** The legal basis a fact names, in words. */
export const basisTitle = (words: BasisWords, v: Json | undefined): string => own(words, v)?.title ?? "—";
/** How far the legal basis a fact names reaches, in words. */
export const basisLimit = (words: BasisWords, v: Json | undefined): string => own(words, v)?.limit ?? "—";
/** Every other legal basis, as a list whose last item is joined by `last` ("eller", "or", "nor"). */
export const allBases = (words: BasisWords, last: string): string => {
  const titles = Object.values(words).map((b) => b.title);
  return `${titles.slice(0, -1).join(", ")} ${last} ${titles.at(-1) ?? ""}`;
};
/** The reading of «over 15 år» a fact names (the 15th birthday unless it says the 16th). */
export const reading = (words: ReadingWords, v: Json | undefined): string =>
  v === "16th-birthday" ? words["16th-birthday"] : words["15th-birthday"];

/** The threshold messages of a language, from its words and two frames. */
export function thresholdMessages(
  words: ThresholdWords,
  holds: (age: number, when: string, changes: string) => string,
  fails: (age: number, when: string, changes: string) => string,
): Record<ThresholdKey, Msg> {
  const out = {} as Record<ThresholdKey, Msg>;
  for (const d of CONSENT_THRESHOLDS) {
    const changes = words[d.id].changes;
    out[`${d.rule.id}/${d.id}/holds` as ThresholdKey] = (x, f) => holds(num(x.age), dateOf(f, x.date), changes);
    out[`${d.rule.id}/${d.id}/fails` as ThresholdKey] = (x, f) => fails(num(x.age), dateOf(f, x.date), changes);
  }
  return out;
}

/** The outcome line of a timeline, from its entries and `next`. */
export function timelineOutcome(
  words: ThresholdWords,
  f: Formatter,
  x: Record<string, Json>,
  frame: {
    readonly passed: (n: number, total: number, age: number) => string;
    readonly next: (when: string, age: number, what: string) => string;
    readonly done: string;
  },
): string {
  const entries = (Array.isArray(x.outcome) ? x.outcome : []) as unknown as readonly ConsentThreshold[];
  const passed = entries.filter((e) => e.passed).length;
  const head = frame.passed(passed, entries.length, num(x.age));
  const next = x.next as ConsentTimelineNext | null | undefined;
  if (next == null) return `${head} ${frame.done}`;
  const what = f.list(next.ids.map((id) => lower(own(words, id)?.title ?? id)));
  return `${head} ${frame.next(dateOf(f, next.date), next.age, what)}`;
}

/** Each age threshold as a statement: its name ("Blir hørt"). */
export function thresholdConditions(words: ThresholdWords): Record<ThresholdCondition, string> {
  const out = {} as Record<ThresholdCondition, string>;
  for (const d of CONSENT_THRESHOLDS) out[`${d.rule.id}/${d.id}` as ThresholdCondition] = words[d.id].title;
  return out;
}

type ThresholdCondition = {
  [I in ConsentThresholdId]: `${(typeof CONSENT_THRESHOLD_RULE)[I]}/${I}`;
}[ConsentThresholdId];
