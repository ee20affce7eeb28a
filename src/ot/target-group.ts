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
  const t = targetGroupOf(ev, p);
  return ev.decide(OT_TARGET_GROUP, OUTCOME[t.status], t.reasons, t.needs, { coveredThrough: t.coveredThrough });
}

/** Whether a person is in the target group, with the reasons, the facts still needed and the age limit. */
export interface TargetGroupResult {
  readonly status: Status;
  readonly reasons: readonly Reason[];
  readonly needs: readonly string[];
  /** The age-limit condition's status alone (`fails`: past the age limit). */
  readonly ageStatus: Status;
  readonly coveredThrough: IsoDate | null;
}

/** The target-group test `otTargetGroup` decides by, for the rules that are owed only to the target group. */
export function targetGroupOf(ev: Evaluation, p: OtTargetGroupValidatedInput): TargetGroupResult {
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
  return { status, reasons, needs, ageStatus: age.reason.status, coveredThrough: age.coveredThrough };
}
