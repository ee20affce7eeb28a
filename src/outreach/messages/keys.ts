import type { Msg } from "../../core/explain.js";
import { cap, type Formatter, num } from "../../core/format.js";
import type { AreaTexts, RulebookTexts } from "../../core/texts.js";
import type { Facts, Status } from "../../core/types.js";
import type { OutreachAgeBandOutcome } from "../age-band.js";
import type { OutreachAssessServiceOutcome } from "../assessment.js";
import type { OutreachDocumentationOutcome } from "../documentation.js";
import type { OutreachFieldTimeBand } from "../field-time.js";
import type { OUTREACH_MANDATE_CRITERIA } from "../mandate.js";
import type { OUTREACH_MATERIAL_CRITERIA } from "../material.js";
import type { OUTREACH_STRUCTURE_CRITERIA } from "../structure.js";
import type { OutreachCategory, OutreachTargetGroupOutcome } from "../target-group.js";
import type { OutreachVoluntaryFollowUpOutcome } from "../voluntary.js";

/** The status of a condition (core's `Status`), under the name the key types use. */
export type S3 = Status;
export type StructureId = (typeof OUTREACH_STRUCTURE_CRITERIA)[number]["id"];
export type MaterialId = (typeof OUTREACH_MATERIAL_CRITERIA)[number]["id"];
export type MandateId = (typeof OUTREACH_MANDATE_CRITERIA)[number]["id"];
type CriterionKeys =
  | `outreach.structure/${StructureId}/${S3}`
  | `outreach.material/${MaterialId}/${S3}`
  | `outreach.mandate/${MandateId}/${S3}`;

/** Every message key of the outreach area. A catalogue missing one does not compile. */
export type OutreachMessageKey =
  | `outreach.target-group/outcome/${OutreachTargetGroupOutcome}`
  | `outreach.target-group/${OutreachCategory}/${S3}`
  | `outreach.age-band/within-age-band/${S3}`
  | `outreach.age-band/outcome/${OutreachAgeBandOutcome}`
  | "outreach.prevalence/outcome"
  | `outreach.prevalence/${"from-population" | "from-cohort"}/holds`
  | "outreach.staffing/outcome"
  | `outreach.staffing/${"minimum" | "per-inhabitants"}/holds`
  | `outreach.staffing/positions-for-population/${S3}`
  | `outreach.pairs/${"split-single-position" | "pair-without-split" | "team-work-secured-otherwise"}/holds`
  | `outreach.pairs/${"two-people" | "field-work-in-pairs"}/${S3}`
  | `outreach.field-time/outcome/${OutreachFieldTimeBand}`
  | `outreach.field-time/within-range/${S3}`
  | `outreach.voluntary/outcome/${OutreachVoluntaryFollowUpOutcome}`
  | `outreach.voluntary/agreement/${S3}`
  | `outreach.documentation/outcome/${OutreachDocumentationOutcome}`
  | `outreach.documentation/within-consent/${S3}`
  | `outreach.assessment/outcome/${OutreachAssessServiceOutcome}`
  | `outreach.leadership/leader-or-coordinator/${S3}`
  | `outreach.qualifications/social-work-majority/${S3}`
  | `outreach.diversity/team-composition/${S3}`
  | `outreach.supervision/supervision-and-reflection/${S3}`
  | CriterionKeys;

/** The id of every rule of the area. */
export type OutreachRuleId =
  | "outreach.target-group"
  | "outreach.age-band"
  | "outreach.prevalence"
  | "outreach.voluntary"
  | "outreach.pairs"
  | "outreach.field-time"
  | "outreach.staffing"
  | "outreach.leadership"
  | "outreach.qualifications"
  | "outreach.diversity"
  | "outreach.supervision"
  | "outreach.structure"
  | "outreach.material"
  | "outreach.mandate"
  | "outreach.documentation"
  | "outreach.assessment";

/** The id of every parameter of the area. */
export type OutreachParameterId =
  | "outreach.age-min"
  | "outreach.age-max"
  | "outreach.prevalence-per-10000"
  | "outreach.risk-share-low"
  | "outreach.risk-share-high"
  | "outreach.very-vulnerable-fraction"
  | "outreach.staffing-minimum-fte"
  | "outreach.staffing-inhabitants-per-fte"
  | "outreach.staffing-rounding"
  | "outreach.pair-size"
  | "outreach.field-time-min"
  | "outreach.field-time-max"
  | "outreach.field-time-main"
  | "outreach.social-work-majority";

/** The id of every version of the area. */
export type OutreachVersionId = "outreach-losu";

/** The outreach area's texts in one language: a catalogue missing a key or an id does not compile. */
export type OutreachTexts = AreaTexts<OutreachMessageKey, OutreachRuleId, OutreachParameterId, OutreachVersionId>;

/** What the outreach rulebook says beyond an explanation, in one language. */
export type OutreachRulebook = RulebookTexts<OutreachRuleId, OutreachParameterId>;

type Frames = {
  readonly holds: (l: string) => string;
  readonly fails: () => string;
  readonly unknown: (l: string) => string;
};

/** Builds the three messages of each criterion of a list from its labels and sentence frames. */
export function criterionMessages<Id extends string, K extends string>(
  rule: string,
  labels: Readonly<Record<Id, string>>,
  frames: Frames,
): Record<K, Msg> {
  const out: Record<string, Msg> = {};
  for (const [id, label] of Object.entries(labels) as [Id, string][]) {
    out[`${rule}/${id}/holds`] = () => frames.holds(label);
    out[`${rule}/${id}/fails`] = () => frames.fails();
    out[`${rule}/${id}/unknown`] = () => frames.unknown(label);
  }
  return out as Record<K, Msg>;
}

/** A number to two decimals ("—" when absent). */
export const n2 = (f: Formatter, v: unknown): string => (v == null ? "—" : f.number(num(v), 2));
/** A share as a percentage ("—" when absent). */
export const pct = (f: Formatter, v: unknown): string => (v == null ? "—" : f.percent(num(v), 1));
/** A range of shares with one percent sign: `20–40 %`. */
export const range = (f: Formatter, a: unknown, b: unknown): string =>
  a == null || b == null ? "—" : `${f.number(num(a) * 100, 1)}–${pct(f, b)}`;
/** A fact that is an object (empty when it is none). */
export const obj = (v: unknown): Facts =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Facts) : {};
/** A fact that is a list, joined in words ("—" when it is none). */
export const textList = (f: Formatter, v: unknown): string => (Array.isArray(v) ? f.list(v.map(String)) : "—");

/** Each criterion of a list as a statement: its label, capitalised ("Eget driftsbudsjett"). */
export function criterionConditions<R extends string, Id extends string>(
  rule: R,
  labels: Readonly<Record<Id, string>>,
): Record<`${R}/${Id}`, string> {
  const out = {} as Record<`${R}/${Id}`, string>;
  for (const [id, label] of Object.entries(labels) as [Id, string][]) out[`${rule}/${id}`] = cap(label);
  return out;
}
