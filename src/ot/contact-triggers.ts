import type { Decision } from "../core/decision.js";
import { UngrettInputError } from "../core/errors.js";
import type { EvaluationOptions } from "../core/evaluation.js";
import { defineRule, factIs, needsOf, type Reason } from "../core/rule.js";
import type { Status } from "../core/types.js";
import { OT } from "./area.js";
import { type OtSituation, otSituationSchema } from "./schemas.js";
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
  title: {
    nb: "Når OT skal ta kontakt",
    nn: "Når OT skal ta kontakt",
    en: "When OT shall make contact",
  },
  summary: {
    nb: "OT skal kontakte ungdom som ikke har søkt videregående opplæring, ikke har tatt imot tildelt elev- eller læreplass, har avbrutt opplæringen, ikke er i arbeid, eller (til 2024-07-31) har tapt retten ved bortvisning eller heving av kontrakt. Fra 2024-08-01 er også ungdom som ikke fikk tilbud om skole- eller læreplass, med.",
    nn: "OT skal kontakte ungdom som ikkje har søkt vidaregåande opplæring, ikkje har teke imot tildelt elev- eller læreplass, har avbrote opplæringa, ikkje er i arbeid, eller (til 2024-07-31) har tapt retten ved bortvising eller heving av kontrakt. Frå 2024-08-01 er òg ungdom som ikkje fekk tilbod om skule- eller læreplass, med.",
    en: "OT shall contact young people who have not applied for upper secondary education, have not accepted an assigned student place or apprenticeship, have broken off education, are not in work, or (until 2024-07-31) lost the right through expulsion or contract termination. From 2024-08-01 those not offered a school or apprenticeship place are listed too.",
  },
  strength: "regulation",
  sources: [
    {
      ref: "forskrift-opplaringslova-2006/13-2",
      versions: ["ot-2006"],
    },
    { ref: "ung-no-ot", locator: "«Oppfølgingstjenesten skal kontakte deg hvis du: …»", versions: ["ot-2006"] },
    { ref: "opplaringsforskrifta-2024/8-3", versions: ["ot-2024"] },
  ],
  parameters: [],
  interpretation: {
    nb: "Listen leses bokstavelig: hver situasjon som gjelder, rapporteres. At personen ellers er i målgruppen, avgjøres av `otTargetGroup`. «Ikke tatt imot plass» gjelder ikke når personen ikke fikk tilbud om plass, og `acceptedPlace` sammen med `offeredPlace: false` er en inndatafeil.",
    nn: "Lista er lesen bokstavleg: kvar situasjon som gjeld, blir rapportert. At personen elles er i målgruppa, avgjer `otTargetGroup`. «Ikkje teke imot plass» gjeld ikkje når personen ikkje fekk tilbod om plass, og `acceptedPlace` saman med `offeredPlace: false` er ein inndatafeil.",
    en: "The list is read literally: every situation that applies is reported. Whether the person is otherwise in the target group is for `otTargetGroup`. “Place not accepted” does not apply when no place was offered, and `acceptedPlace` together with `offeredPlace: false` is an input error.",
  },
  evaluatedBy: "otContactTriggers",
});

/**
 * Every situation, from the list in the version in force, in which OT shall contact the
 * young person. The outcome lists the triggers that hold; `needs` names facts that could
 * add more. Rule `ot.contact-triggers`.
 *
 * @example
 * otContactTriggers({ applied: true, offeredPlace: false, inWork: false }, { asOf: "2025-09-01" }).outcome
 * // ["no-place-offered", "not-in-work"]
 */
export function otContactTriggers(
  situation: OtSituation,
  options: EvaluationOptions,
): Decision<OtContactTrigger[], null> {
  const { ev, input: s } = OT.begin("otContactTriggers", otSituationSchema, situation, options);
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
    let facts: Record<string, boolean | string | null>;
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
      case "lost-right":
        status = s.lostRight == null ? "unknown" : s.lostRight === "none" ? "fails" : "holds";
        facts = { lostRight: s.lostRight ?? null };
        needs = ["lostRight"];
        break;
    }
    reasons.push(ev.reason(rule, t, status, facts, needs));
  }
  const outcome = reasons.filter((r) => r.status === "holds").map((r) => r.condition as OtContactTrigger);
  return ev.decide(rule, outcome, reasons, needsOf(reasons), null);
}
