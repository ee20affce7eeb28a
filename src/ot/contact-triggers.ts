import type { Decision } from "../core/decision.js";
import { UngrettInputError } from "../core/errors.js";
import type { EvaluationOptions } from "../core/evaluation.js";
import { birthCheck, birthYearOf } from "../core/person.js";
import { allOf, defineRule, factIs, needsOf, type Reason } from "../core/rule.js";
import type { Facts, IsoDate, Status } from "../core/types.js";
import { ageLimitReason } from "./age-limit.js";
import { OT } from "./area.js";
import { OT_LOST_RIGHT_GROUNDS } from "./parameters.js";
import { type OtContactTriggersInput, otSituationSchema } from "./schemas.js";
import { lostRightStatus } from "./target-group.js";
import { OT_2006 } from "./versions.js";

/** A situation in which OT shall contact a young person. */
export type OtContactTrigger =
  | "not-applied"
  | "no-place-offered"
  | "place-not-accepted"
  | "dropped-out"
  | "not-in-work"
  | "lost-right";

/** The triggers each version lists, in the order the sources list them. */
export const OT_TRIGGERS_BY_VERSION: Readonly<Record<string, readonly OtContactTrigger[]>> = {
  "ot-2006": ["not-applied", "place-not-accepted", "dropped-out", "not-in-work", "lost-right"],
  "ot-2024": ["not-applied", "no-place-offered", "place-not-accepted", "dropped-out", "not-in-work"],
};

/** `ot.contact-triggers`: the situations in which OT shall contact a young person. */
export const OT_CONTACT_TRIGGERS = /* @__PURE__ */ defineRule({
  id: "ot.contact-triggers",
  area: "ot",
  strength: "regulation",
  sources: [
    {
      ref: "forskrift-opplaringslova-2006/13-2",
      versions: ["ot-2006"],
    },
    { ref: "ung-no-ot", locator: "«Oppfølgingstjenesten skal kontakte deg hvis du: …»", versions: ["ot-2006"] },
    { ref: "opplaringsforskrifta-2024/8-3", versions: ["ot-2024"] },
  ],
  parameters: [OT_LOST_RIGHT_GROUNDS],
  evaluatedBy: "otContactTriggers",
});

/** What `otContactTriggers` reports beside the outcome. */
export type OtContactTriggersDetails = {
  /**
   * Whether OT owes the young person contact: `true` when a situation applies and the
   * person is in the target group (not in work, within the age limit), `false` when none
   * applies or the person is outside it, `null` while unknown.
   */
  readonly owed: boolean | null;
  /** Why no contact is owed although the person may be in a listed situation. */
  readonly outside: "in-work" | "past-age-limit" | null;
  /** The last day OT covers the person by age (`null` when the birth year is unknown). */
  readonly coveredThrough: IsoDate | null;
};

/**
 * Every situation, from the list in the version in force, in which OT shall contact the
 * young person. The outcome lists the triggers that hold while the duty exists: it is
 * empty for someone in work or past the age limit (the duty is owed only to the target
 * group). `needs` names facts that could change the list. Rules `ot.contact-triggers`
 * and `ot.age-limit`.
 *
 * @example
 * otContactTriggers({ applied: true, offeredPlace: false, inWork: false }, { asOf: "2025-09-01" }).outcome
 * // ["no-place-offered", "not-in-work"]
 */
export function otContactTriggers(
  situation: OtContactTriggersInput,
  options: EvaluationOptions,
): Decision<OtContactTriggersOutcome, OtContactTriggersDetails> {
  const { ev, input: s } = OT.begin("otContactTriggers", otSituationSchema, situation, options, birthCheck);
  if (s.offeredPlace === false && s.acceptedPlace != null) {
    // «ikke har tatt imot tildelt elev- eller læreplass» presupposes a place was assigned.
    throw new UngrettInputError(
      [
        {
          path: "acceptedPlace",
          code: "contradicts_offered_place",
          message: "says whether an offered place was accepted, but offeredPlace is false: leave it out or null",
        },
      ],
      "otContactTriggers",
    );
  }
  const rule = OT_CONTACT_TRIGGERS;
  const triggers = OT_TRIGGERS_BY_VERSION[ev.version.id] ?? OT_TRIGGERS_BY_VERSION[OT_2006.id] ?? [];
  const reasons: Reason[] = [];
  for (const t of triggers) {
    let status: Status;
    let facts: Facts;
    let needs: string[];
    switch (t) {
      case "not-applied":
        status = factIs(s.applied, false);
        facts = { applied: s.applied ?? null };
        needs = ["applied"];
        break;
      case "no-place-offered":
        status = factIs(s.offeredPlace, false);
        facts = { offeredPlace: s.offeredPlace ?? null };
        needs = ["offeredPlace"];
        break;
      case "place-not-accepted":
        status = s.offeredPlace === false ? "fails" : factIs(s.acceptedPlace, false);
        facts = { offeredPlace: s.offeredPlace ?? null, acceptedPlace: s.acceptedPlace ?? null };
        needs = ["acceptedPlace"];
        break;
      case "dropped-out":
        status = factIs(s.droppedOut, true);
        facts = { droppedOut: s.droppedOut ?? null };
        needs = ["droppedOut"];
        break;
      case "not-in-work":
        status = factIs(s.inWork, false);
        facts = { inWork: s.inWork ?? null };
        needs = ["inWork"];
        break;
      case "lost-right": {
        // Contract termination counts only until § 4-6 was repealed (ot.lost-right-grounds).
        const grounds = ev.param(OT_LOST_RIGHT_GROUNDS);
        status = lostRightStatus(s.lostRight, grounds);
        facts = { lostRight: s.lostRight ?? null, grounds: [...grounds] };
        needs = ["lostRight"];
        break;
      }
    }
    reasons.push(ev.reason(rule, t, status, facts, needs));
  }
  // The duty is owed only to the target group: not in work, and within the age limit.
  const age = ageLimitReason(ev, birthYearOf(s));
  reasons.push(age.reason);
  const inGroup = allOf([factIs(s.inWork, false), age.reason.status]);
  const triggered = reasons.filter((r) => r.rule === rule.id && r.status === "holds");
  const open = reasons.some((r) => r.rule === rule.id && r.status === "unknown");
  const outcome = inGroup === "fails" ? [] : triggered.map((r) => r.condition as OtContactTrigger);
  const owed =
    inGroup === "fails" || (triggered.length === 0 && !open)
      ? false
      : inGroup === "holds" && triggered.length > 0
        ? true
        : null;
  const needs = owed === false ? [] : needsOf(reasons);
  const outside = s.inWork === true ? "in-work" : age.reason.status === "fails" ? "past-age-limit" : null;
  return ev.decide(rule, outcome, reasons, needs, { owed, outside, coveredThrough: age.coveredThrough });
}

/** The outcome of `otContactTriggers`: the triggers that apply. */
export type OtContactTriggersOutcome = OtContactTrigger[];
