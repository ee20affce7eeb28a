import type { Decision } from "../core/decision.js";
import type { Evaluation, EvaluationOptions, PreparedOptions } from "../core/evaluation.js";
import { birthCheck, birthYearOf } from "../core/person.js";
import { allOf, anyOf, defineRule, factIs, needsOf, type Reason } from "../core/rule.js";
import type { IsoDate, Status } from "../core/types.js";
import { ageLimitReason } from "./age-limit.js";
import { OT } from "./area.js";
import { OT_LOST_RIGHT_GROUNDS } from "./parameters.js";
import {
  type OtLostRight,
  type OtTargetGroupInput,
  type OtTargetGroupValidatedInput,
  otPersonSchema,
} from "./schemas.js";
import { OT_2006 } from "./versions.js";

/** `ot.target-group`: who OT must reach. */
export const OT_TARGET_GROUP = /* @__PURE__ */ defineRule({
  id: "ot.target-group",
  area: "ot",
  title: {
    nb: "Målgruppen for oppfølgingstjenesten",
    nn: "Målgruppa for oppfølgingstenesta",
    en: "Target group of the follow-up service",
  },
  summary: {
    nb: "Ungdom som har rett til videregående opplæring, som verken er i opplæring eller i arbeid, og som er innenfor aldersgrensen. Etter reglene til 2024-07-31 gjelder det også dem som har tapt retten ved bortvisning for resten av skoleåret, og til 2017 ved heving av lærekontrakt eller opplæringskontrakt.",
    nn: "Ungdom som har rett til vidaregåande opplæring, som verken er i opplæring eller i arbeid, og som er innanfor aldersgrensa. Etter reglane til 2024-07-31 gjeld det òg dei som har tapt retten ved bortvising for resten av skuleåret, og til 2017 ved heving av lærekontrakt eller opplæringskontrakt.",
    en: "Young people who hold the right to upper secondary education, are neither in education nor in work, and are within the age limit. Under the rules until 2024-07-31 it also covers those who lost the right through expulsion for the rest of the school year, and until 2017 through termination of the apprenticeship or training contract.",
  },
  strength: "statute",
  sources: [
    { ref: "opplaringslova-1998/3-6", versions: ["ot-2006"] },
    {
      ref: "udir-11-2012",
      locator: "«Tenesta omfattar også ungdom som har tapt opplæringsretten etter § 3-8 eller § 4-6.»",
      versions: ["ot-2006"],
    },
    {
      ref: "ot-numedal-kongsberg",
      locator:
        "«rettighetselever (de som har rett til opplæring etter § 3-1 i opplæringsloven) som ikke er i opplæring eller arbeid»",
      versions: ["ot-2006"],
    },
    {
      ref: "ung-no-ot",
      locator:
        "«har tapt opplæringsretten som følge av vedtak om bortvisning for resten av skoleåret eller heving av lærekontrakten/opplæringskontrakt»",
      versions: ["ot-2006"],
    },
    { ref: "opplaringslova-2023/5-1", versions: ["ot-2024"] },
    { ref: "opplaringslova-2023/9-4", versions: ["ot-2024"] },
  ],
  parameters: [OT_LOST_RIGHT_GROUNDS],
  interpretation: {
    nb: "Tapt rett er med bare i versjonen til 2024-07-31, og heving av kontrakt (§ 4-6) bare til den ble opphevet i 2017 (parameteren `ot.lost-right-grounds`). 2023-loven § 9-4 gjelder «dei som har rett til opplæring etter § 5-1 og ikkje er i opplæring eller arbeid», uten noe ledd om tapt rett: biblioteket leser det slik at bortvisning ikke lenger gir plass i målgruppen (tolkning; ingen tekst om bortvisning og ungdomsretten i 2023-loven er lest). Ungdomsretten varer til personen har studie- eller yrkeskompetanse. Om deltidsarbeid tar noen ut av målgruppen, er et åpent spørsmål: `inWork` er det vertssystemet som avgjør.",
    nn: "Tapt rett er med berre i versjonen til 2024-07-31, og heving av kontrakt (§ 4-6) berre til han vart oppheva i 2017 (parameteren `ot.lost-right-grounds`). 2023-lova § 9-4 gjeld «dei som har rett til opplæring etter § 5-1 og ikkje er i opplæring eller arbeid», utan noko ledd om tapt rett: biblioteket les det slik at bortvising ikkje lenger gir plass i målgruppa (tolking; ingen tekst om bortvising og ungdomsretten i 2023-lova er lesen). Ungdomsretten varer til personen har studie- eller yrkeskompetanse. Om deltidsarbeid tek nokon ut av målgruppa, er eit ope spørsmål: `inWork` er det vertssystemet som avgjer.",
    en: "A lost right counts only in the version until 2024-07-31, and contract termination (§ 4-6) only until its repeal in 2017 (parameter `ot.lost-right-grounds`). The 2023 act § 9-4 covers «dei som har rett til opplæring etter § 5-1 og ikkje er i opplæring eller arbeid», with no limb for a lost right: the library reads it so that expulsion no longer brings anyone into the group (interpretation; no text of the 2023 act on expulsion and the youth right was read). The youth right lasts until the person has study or vocational competence. Whether part-time work takes someone out of the group is an open question: the host system decides `inWork`.",
  },
  evaluatedBy: "otTargetGroup",
});

/**
 * Whether a lost right brings someone into the target group: `holds` when they lost it in
 * one of the ways `ot.lost-right-grounds` lists, `fails` when they did not lose it or lost
 * it in a way that no longer counts, `unknown` when not known.
 */
export function lostRightStatus(lostRight: OtLostRight | null | undefined, grounds: readonly string[]): Status {
  if (lostRight == null) return "unknown";
  return lostRight !== "none" && grounds.includes(lostRight) ? "holds" : "fails";
}

/** The outcomes of `otTargetGroup`. */
export type OtTargetGroupOutcome = "in-target-group" | "not-in-target-group" | "unknown";

/** What `otTargetGroup` reports beside the outcome. */
export type OtTargetGroupDetails = {
  /** The last day OT covers the person by age (`null` when the birth year is unknown). */
  readonly coveredThrough: IsoDate | null;
};

const RIGHT_LIMBS: ReadonlySet<string> = /* @__PURE__ */ new Set(["youth-right", "lost-right"]);

const OUTCOME: Readonly<Record<Status, OtTargetGroupOutcome>> = {
  holds: "in-target-group",
  fails: "not-in-target-group",
  unknown: "unknown",
};

/**
 * Whether a young person is in OT's target group on `asOf`. Asks for nothing more than
 * the rule needs: the age limit reads only the birth year. A definite failing condition
 * decides even when other facts are unknown; otherwise `needs` lists the missing facts.
 * Rules `ot.target-group` and `ot.age-limit`.
 *
 * @example
 * otTargetGroup(
 *   { birthYear: 2005, hasYouthRight: true, inEducation: false, inWork: false },
 *   { asOf: "2026-04-15" },
 * ).outcome
 * // "in-target-group" (covered through 2029-12-31, the year of turning 24)
 */
export function otTargetGroup(
  person: OtTargetGroupInput,
  options: EvaluationOptions,
): Decision<OtTargetGroupOutcome, OtTargetGroupDetails> {
  const { ev, input } = OT.begin("otTargetGroup", otPersonSchema, person, options, birthCheck);
  return decideTargetGroup(ev, input);
}

/**
 * The path for bulk screening: `otTargetGroup` under options prepared once with
 * `otPrepare`, which it requires. The person is still read once and checked by the
 * schema's compiled guard (zod words the issues only when it says no), so nothing
 * unvalidated reaches the decision; the decision is the same as `otTargetGroup`'s.
 *
 * @example
 * const prepared = otPrepare({ asOf: "2026-04-15" });
 * otTargetGroupValidated({ birthYear: 2005, hasYouthRight: true, inEducation: false, inWork: false }, prepared).outcome
 * // "in-target-group"
 */
export function otTargetGroupValidated(
  person: OtTargetGroupValidatedInput,
  prepared: PreparedOptions,
): Decision<OtTargetGroupOutcome, OtTargetGroupDetails> {
  const { ev, input } = OT.begin("otTargetGroupValidated", otPersonSchema, person, prepared, birthCheck, true);
  return decideTargetGroup(ev, input);
}

function decideTargetGroup(
  ev: Evaluation,
  p: OtTargetGroupValidatedInput,
): Decision<OtTargetGroupOutcome, OtTargetGroupDetails> {
  const birthYear = birthYearOf(p);
  const rule = OT_TARGET_GROUP;
  const reasons: Reason[] = [];

  const right = ev.reason(
    rule,
    "youth-right",
    factIs(p.hasYouthRight, true),
    { hasYouthRight: p.hasYouthRight ?? null },
    ["hasYouthRight"],
  );
  reasons.push(right);
  let rightStatus: Status = right.status;
  if (ev.version.id === OT_2006.id && right.status !== "holds") {
    // Old rules: those who lost the right by expulsion (§ 3-8) or, until § 4-6 was
    // repealed in 2017, by contract termination are covered too (`ot.lost-right-grounds`).
    const grounds = ev.param(OT_LOST_RIGHT_GROUNDS);
    const lost = lostRightStatus(p.lostRight, grounds);
    reasons.push(
      ev.reason(rule, "lost-right", lost, { lostRight: p.lostRight ?? null, grounds: [...grounds] }, ["lostRight"]),
    );
    rightStatus = anyOf([right.status, lost]);
  }
  const notInEducation = ev.reason(
    rule,
    "not-in-education",
    factIs(p.inEducation, false),
    {
      inEducation: p.inEducation ?? null,
    },
    ["inEducation"],
  );
  const notInWork = ev.reason(rule, "not-in-work", factIs(p.inWork, false), { inWork: p.inWork ?? null }, ["inWork"]);
  const age = ageLimitReason(ev, birthYear);
  reasons.push(notInEducation, notInWork, age.reason);

  const status = allOf([rightStatus, notInEducation.status, notInWork.status, age.reason.status]);
  // A fact is needed only while it can still change the outcome: when the right is
  // settled by either limb, the other limb's unknown fact is not asked for.
  const needs =
    status !== "unknown"
      ? []
      : needsOf(
          rightStatus === "unknown"
            ? reasons
            : reasons.filter((r) => r.rule !== rule.id || !RIGHT_LIMBS.has(r.condition)),
        );
  return ev.decide(rule, OUTCOME[status], reasons, needs, { coveredThrough: age.coveredThrough });
}
