import type { DutiesOutcome } from "../../core/duties.js";
import type { DutyWords } from "../../core/duty-texts.js";
import type { Msg } from "../../core/explain.js";
import type { Formatter } from "../../core/format.js";
import type { AreaTexts, RulebookTexts } from "../../core/texts.js";
import type { Status } from "../../core/types.js";
import type { OtContactTrigger } from "../contact-triggers.js";
import type { OtCollision, OtDuty, OtDutyBecause } from "../duties.js";

type S3 = Status;
type TriggerKeys = `ot.contact-triggers/${OtContactTrigger}/${S3}`;

/** Every message key of the OT area. A catalogue missing one does not compile. */
export type OtMessageKey =
  | "ot.target-group/outcome/in-target-group"
  | "ot.target-group/outcome/not-in-target-group"
  | "ot.target-group/outcome/unknown"
  | `ot.target-group/${"youth-right" | "lost-right" | "not-in-education" | "not-in-work"}/${S3}`
  | `ot.age-limit/within-age-limit/${S3}`
  | "ot.age-limit/outcome"
  | "ot.contact-triggers/outcome"
  | TriggerKeys
  | "ot.yearly-contact/outcome/due"
  | "ot.yearly-contact/outcome/done"
  | "ot.yearly-contact/outcome/not-owed"
  | `ot.yearly-contact/established-contact/${"holds" | "fails"}`
  | `ot.notify-on-dropout/outcome/${"timely" | "late" | "pending" | "overdue"}`
  | `ot.notify-on-dropout/${"notified" | "not-yet-notified"}/${"holds" | "fails"}`
  | `ot.duties/outcome/${DutiesOutcome}`
  | `ot.duties/${OtDuty}/${S3}`
  | `ot.guardian-confidentiality/decides-own-education/${"holds" | "unknown"}`;

/** The id of every rule of the area. */
export type OtRuleId =
  | "ot.target-group"
  | "ot.age-limit"
  | "ot.contact-triggers"
  | "ot.offer-aims"
  | "ot.yearly-contact"
  | "ot.coordination"
  | "ot.service-facts"
  | "ot.notify-on-dropout"
  | "ot.duties"
  | "ot.guardian-confidentiality"
  | "ot.fixed-yearly-lists"
  | "ot.full-time-positions"
  | "ot.cooperation-meetings"
  | "ot.case-tool-access";

/** The id of every parameter of the area. */
export type OtParameterId =
  | "ot.upper-age"
  | "ot.notify-max-days"
  | "ot.lost-right-grounds"
  | "ot.guardian-information-age"
  | "ot.own-education-age"
  | "ot.guardian-collision"
  | "ot.each-school-year"
  | "ot.follow-up-after";

/** The id of every version of the area. */
export type OtVersionId = "ot-2006" | "ot-2024";

/** The OT area's texts in one language: a catalogue missing a key or an id does not compile. */
export type OtTexts = AreaTexts<OtMessageKey, OtRuleId, OtParameterId, OtVersionId>;

/** What the OT rulebook says beyond an explanation, in one language. */
export type OtRulebook = RulebookTexts<OtRuleId, OtParameterId>;

/** Builds the 18 trigger messages of a language from its labels and three sentence frames. */
export function triggerMessages(
  label: Readonly<Record<OtContactTrigger, string>>,
  clause: Readonly<Record<OtContactTrigger, string>>,
  holds: (label: string) => string,
  fails: () => string,
  unknown: (clause: string) => string,
): Record<TriggerKeys, Msg> {
  const out = {} as Record<TriggerKeys, Msg>;
  for (const [t, l] of Object.entries(label) as [OtContactTrigger, string][]) {
    out[`ot.contact-triggers/${t}/holds`] = () => holds(l);
    out[`ot.contact-triggers/${t}/fails`] = () => fails();
    out[`ot.contact-triggers/${t}/unknown`] = () => unknown(clause[t]);
  }
  return out;
}

/** The triggers a decision lists, as subordinate clauses joined by "and" (or `none`). */
export const triggerList = (
  clause: Readonly<Record<OtContactTrigger, string>>,
  f: Formatter,
  v: unknown,
  none: string,
): string => {
  const list = Array.isArray(v) ? (v as OtContactTrigger[]) : [];
  return list.length === 0 ? none : f.list(list.map((t) => clause[t]));
};

/** Each trigger as a statement about the person ("Personen har ikke søkt …"). */
export function triggerConditions(
  label: Readonly<Record<OtContactTrigger, string>>,
  person: string,
): Record<`ot.contact-triggers/${OtContactTrigger}`, string> {
  const out = {} as Record<`ot.contact-triggers/${OtContactTrigger}`, string>;
  for (const [t, l] of Object.entries(label) as [OtContactTrigger, string][])
    out[`ot.contact-triggers/${t}`] = `${person} ${l}`;
  return out;
}

/** A language's words for OT's duties (see `DutyWords`). */
export type OtDutyWords = DutyWords<OtDuty, OtDutyBecause>;

/** A language's words for the collision between informing guardians and confidentiality. */
export type OtCollisionWords = Readonly<Record<OtCollision["resolution"], string>>;

/** The outcome of `otDuties`: a lead, the duties grouped by status, and each collision. */
export function dutiesOutcomeMessages(
  lead: Readonly<Record<DutiesOutcome, string>>,
  words: OtDutyWords,
  collision: OtCollisionWords,
  list: (w: OtDutyWords, f: Formatter, v: unknown) => string,
): Record<`ot.duties/outcome/${DutiesOutcome}`, Msg> {
  const out = {} as Record<`ot.duties/outcome/${DutiesOutcome}`, Msg>;
  for (const o of Object.keys(lead) as DutiesOutcome[]) {
    out[`ot.duties/outcome/${o}`] = (x, f) => {
      const collisions = Array.isArray(x.collisions) ? (x.collisions as { resolution?: unknown }[]) : [];
      const parts = [lead[o], list(words, f, x.duties)];
      for (const c of collisions) {
        if (c.resolution === "judgement" || c.resolution === "confidentiality-wins")
          parts.push(collision[c.resolution]);
      }
      return parts.filter((p) => p !== "").join(" ");
    };
  }
  return out;
}
