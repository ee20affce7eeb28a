import { SCHOOL_YEAR_START } from "../core/calendar.js";
import type { Decision } from "../core/decision.js";
import {
  type DutiesOutcome,
  type Duty,
  dutiesOutcome,
  dutyEntry,
  dutyStatus,
  historyOf,
  latestFrom,
} from "../core/duties.js";
import type { Evaluation, EvaluationOptions } from "../core/evaluation.js";
import { ageUnder, birthCheck, birthYearOf, type CrossCheck, notAfterCheck, rawField } from "../core/person.js";
import { allOf, defineRule, notOf, type Reason } from "../core/rule.js";
import type { IsoDate, Status } from "../core/types.js";
import { OT } from "./area.js";
import {
  OT_EACH_SCHOOL_YEAR,
  OT_FOLLOW_UP_AFTER,
  OT_GUARDIAN_COLLISION,
  OT_GUARDIAN_INFORMATION_AGE,
  OT_LOST_RIGHT_GROUNDS,
  OT_OWN_EDUCATION_AGE,
  OT_UPPER_AGE,
} from "./parameters.js";
import { type OtDutiesInput, otDutiesSchema } from "./schemas.js";
import { targetGroupOf } from "./target-group.js";
import { schoolYear } from "./yearly-contact.js";

/**
 * `ot.duties`: what the follow-up service owes each young person in its target group: a
 * place in its running overview, written information about their rights (and the same to
 * the guardians of minors), contact, an offer, and follow-up of those given an offer.
 */
export const OT_DUTIES = /* @__PURE__ */ defineRule({
  id: "ot.duties",
  area: "ot",
  strength: "regulation",
  sources: [
    { ref: "forskrift-opplaringslova-2006/13-3", versions: ["ot-2006"] },
    {
      ref: "prop-57-l-2022-2023/45.2",
      locator:
        "«å ha løpande oversikt over alle i målgruppa …», «å gi skriftleg informasjon til alle i målgruppa om rettane dei har», «å etablere kontakt med kvar enkelt ungdom …», «å gi alle i målgruppa tilbod …», «å sørgje for nødvendig oppfølging ved behov for dei som har fått tilbod …»",
      versions: ["ot-2006"],
    },
    {
      ref: "kd-pressemelding-2012-ot",
      locator: "«Foresatte skal gis den samme informasjonen.»",
      versions: ["ot-2006"],
    },
    { ref: "opplaringsforskrifta-2024/8-3", versions: ["ot-2024"] },
    { ref: "opplaringslova-2023/9-4", versions: ["ot-2024"] },
    {
      ref: "ot-trondelag",
      locator:
        "«etter behov følge opp ungdom som tar imot tilbud gjennom oppfølgingstjenesten med veiledningssamtaler»",
      versions: ["ot-2024"],
    },
    {
      ref: "ot-numedal-kongsberg",
      locator:
        "«skal kontaktes og få tilbud hvert skoleår så lenge de er omfattet av retten til videregående opplæring»",
    },
    { ref: "udir-ot-statuskoder", locator: "a letter, SMS or e-mail without reply is not established contact" },
  ],
  parameters: [
    OT_UPPER_AGE,
    OT_LOST_RIGHT_GROUNDS,
    OT_GUARDIAN_INFORMATION_AGE,
    OT_EACH_SCHOOL_YEAR,
    OT_FOLLOW_UP_AFTER,
    SCHOOL_YEAR_START,
  ],
  evaluatedBy: "otDuties",
});

/**
 * `ot.guardian-confidentiality`: OT's staff have a duty of confidentiality (forvaltningsloven
 * § 13), and from 15 a young person decides on their own education (barnelova § 32): what
 * the guardians of a 15- to 17-year-old are told may be confidential towards them.
 */
export const OT_GUARDIAN_CONFIDENTIALITY = /* @__PURE__ */ defineRule({
  id: "ot.guardian-confidentiality",
  area: "ot",
  strength: "statute",
  sources: [
    { ref: "forvaltningsloven/13" },
    { ref: "barnelova/32" },
    { ref: "ot-trondelag", locator: "«med mindre denne er underlagt taushetsplikt»" },
    {
      ref: "opplaringsforskrifta-2024/8-3",
      locator: "«med mindre denne er underlagt taushetsplikt» (a county's summary)",
      versions: ["ot-2024"],
    },
    { ref: "ung-no-ot", locator: "«Alle ansatte i OT har taushetsplikt.»" },
  ],
  parameters: [OT_OWN_EDUCATION_AGE, OT_GUARDIAN_COLLISION],
});

/** The tasks OT owes a young person in its target group, in the regulation's order. */
export type OtDuty = "overview" | "written-information" | "guardian-information" | "contact" | "offer" | "follow-up";

/** Every task, in the regulation's order. */
export const OT_DUTY_IDS: readonly OtDuty[] = /* @__PURE__ */ Object.freeze([
  "overview",
  "written-information",
  "guardian-information",
  "contact",
  "offer",
  "follow-up",
] as const);

/**
 * Why a task is not owed, or what leaves it unknown: outside the target group, past its
 * age limit, or not known to be in it; the young person is of age, or their age is not
 * known; no duty to inform guardians yet (before 2012-02-01); no offer given (or accepted)
 * to follow up, or the answer to the offer is not known; OT has judged that no follow-up is
 * needed, or whether it is needed is not known.
 */
export type OtDutyBecause =
  | "not-in-target-group"
  | "past-age-limit"
  | "target-group-unknown"
  | "of-age"
  | "age-unknown"
  | "not-in-force"
  | "no-offer"
  | "offer-answer-unknown"
  | "not-needed"
  | "need-unknown";

/**
 * Where one duty meets another rule: informing the guardians of a young person who decides
 * on their own education meets OT's confidentiality towards them. `resolution` says which
 * the law lets win (`confidentiality-wins`: inform them only of what is not confidential
 * towards them) or that it needs judgement.
 */
export type OtCollision = {
  readonly duty: "guardian-information";
  readonly rules: readonly ["ot.duties", "ot.guardian-confidentiality"];
  readonly resolution: "confidentiality-wins" | "judgement";
};

/** The outcomes of `otDuties` (see `DutiesOutcome`). */
export type OtDutiesOutcome = DutiesOutcome;

/** What `otDuties` reports beside the outcome. */
export type OtDutiesDetails = {
  /** Every task, in the regulation's order, each done, due, not owed or unknown. */
  readonly duties: readonly Duty<OtDuty, OtDutyBecause>[];
  /** Where a task owed meets another rule (none, or the guardians' information). */
  readonly collisions: readonly OtCollision[];
  /** The last day OT covers the person by age (`null` when the birth year is not given). */
  readonly coveredThrough: IsoDate | null;
};

// Every date of the history must be on or before asOf: the library does not judge the future.
const historyNotAfter = /* @__PURE__ */ notAfterCheck((raw) => {
  const h = rawField(raw, "history");
  const out: (readonly [string, unknown])[] = [];
  for (const k of ["registeredOn", "informedOn", "guardiansInformedOn"] as const) {
    out.push([`history.${k}`, rawField(h, k)]);
  }
  const lists = [
    ["contacts", (i: number, v: unknown) => [`history.contacts[${i}].date`, rawField(v, "date")] as const],
    ["offers", (i: number, v: unknown) => [`history.offers[${i}].date`, rawField(v, "date")] as const],
    ["followUps", (i: number, v: unknown) => [`history.followUps[${i}]`, v] as const],
  ] as const;
  for (const [key, at] of lists) {
    const list = rawField(h, key);
    if (Array.isArray(list)) for (const [i, v] of list.entries()) out.push(at(i, v));
  }
  return out;
});
const dutiesChecks: CrossCheck = (raw, asOf) => [...birthCheck(raw, asOf), ...historyNotAfter(raw, asOf)];

/**
 * What the follow-up service owes a young person on `asOf`, task by task, by the
 * regulation of the day (forskrift til opplæringslova 2006 § 13-3 until 2024-07-31,
 * opplæringsforskrifta § 8-3 from 2024-08-01): for each task, `done`, `due` (with the day
 * it is due by where a dated parameter gives one), `not-owed` (and why) or `unknown`
 * (and `needs` names the facts). Nothing is owed to someone outside the target group.
 * Contact and an offer are owed again each school year (`ot.each-school-year`); only
 * established contact counts. Where informing the guardians meets OT's confidentiality
 * towards a young person of 15 or more, `details.collisions` names both rules and which
 * the law lets win. Rules `ot.duties`, `ot.target-group`, `ot.age-limit` and
 * `ot.guardian-confidentiality`.
 *
 * @example
 * otDuties(
 *   { birthDate: "2009-03-01", hasYouthRight: true, inEducation: false, inWork: false,
 *     history: { registeredOn: "2025-09-01", informedOn: "2025-09-05" } },
 *   { asOf: "2025-10-01" },
 * ).details.duties.filter((d) => d.status === "due").map((d) => d.duty)
 * // ["guardian-information", "contact", "offer"]
 */
export function otDuties(input: OtDutiesInput, options: EvaluationOptions): Decision<OtDutiesOutcome, OtDutiesDetails> {
  const { ev, input: p } = OT.begin("otDuties", otDutiesSchema, input, options, dutiesChecks);
  return decideDuties(ev, p);
}

type Validated = ReturnType<typeof otDutiesSchema.parse>;

function decideDuties(ev: Evaluation, p: Validated): Decision<OtDutiesOutcome, OtDutiesDetails> {
  const target = targetGroupOf(ev, p);
  const h = historyOf(p.history);
  const reasons: Reason[] = [...target.reasons];
  const needs: string[] = [...target.needs];
  const duties: Duty<OtDuty, OtDutyBecause>[] = [];
  const collisions: OtCollision[] = [];
  // Why a task of the whole target group is not owed or not known.
  const outside: OtDutyBecause | null =
    target.status === "fails"
      ? target.ageStatus === "fails"
        ? "past-age-limit"
        : "not-in-target-group"
      : target.status === "unknown"
        ? "target-group-unknown"
        : null;

  const add = (
    duty: OtDuty,
    owed: Status,
    doneOn: IsoDate | null,
    because: OtDutyBecause | null,
    dueBy: IsoDate | null = null,
    extraNeeds: readonly string[] = [],
  ) => {
    const status = dutyStatus(owed, doneOn);
    const e = dutyEntry(ev, OT_DUTIES, duty, status, { dueBy, doneOn, because }, extraNeeds);
    duties.push(e.duty);
    if (e.reason !== null) reasons.push(e.reason);
    if (status === "unknown") for (const n of extraNeeds) if (!needs.includes(n)) needs.push(n);
  };

  // The cycle contact and offers count in: the school year of asOf, or all time.
  const each = ev.param(OT_EACH_SCHOOL_YEAR);
  const year = schoolYear(ev.asOf, ev.param(SCHOOL_YEAR_START));
  const cycleStart = each ? year.start : null;
  const end = year.end;
  const covered = target.coveredThrough;
  const cycleDue = !each ? null : end === null || (covered !== null && covered < end) ? covered : end;

  add("overview", target.status, h.registeredOn ?? null, outside);
  add("written-information", target.status, h.informedOn ?? null, outside);

  // The guardians of minors get the same information (from 2012-02-01).
  const guardianAge = ev.param(OT_GUARDIAN_INFORMATION_AGE);
  const birthYear = birthYearOf(p);
  const minor: Status = guardianAge === 0 ? "fails" : ageUnder(guardianAge, ev.asOf, p.birthDate, birthYear);
  const guardiansOwed = allOf([target.status, minor]);
  const guardianWhy: OtDutyBecause | null =
    target.status === "fails"
      ? outside
      : minor === "fails"
        ? guardianAge === 0
          ? "not-in-force"
          : "of-age"
        : minor === "unknown"
          ? "age-unknown"
          : outside;
  add(
    "guardian-information",
    guardiansOwed,
    h.guardiansInformedOn ?? null,
    guardianWhy,
    null,
    minor === "unknown" ? ["birthDate"] : [],
  );

  // From the age a young person decides on their own education, the guardians' information meets confidentiality.
  if (guardiansOwed !== "fails") {
    const ownEducationAge = ev.param(OT_OWN_EDUCATION_AGE);
    const own = notOf(ageUnder(ownEducationAge, ev.asOf, p.birthDate, birthYear));
    if (own !== "fails") {
      const resolution = ev.param(OT_GUARDIAN_COLLISION);
      reasons.push(
        ev.reason(OT_GUARDIAN_CONFIDENTIALITY, "decides-own-education", own, { ownEducationAge, resolution }, [
          "birthDate",
        ]),
      );
      if (own === "unknown" && !needs.includes("birthDate")) needs.push("birthDate");
      if (own === "holds")
        collisions.push({
          duty: "guardian-information",
          rules: ["ot.duties", "ot.guardian-confidentiality"],
          resolution,
        });
    }
  }

  const contacts = h.contacts ?? [];
  const established = contacts.filter((c) => c.established).map((c) => c.date);
  add("contact", target.status, latestFrom(established, cycleStart), outside, cycleDue);
  const offers = h.offers ?? [];
  add(
    "offer",
    target.status,
    latestFrom(
      offers.map((o) => o.date),
      cycleStart,
    ),
    outside,
    cycleDue,
  );

  // Follow-up is owed, as needed («ved behov»), to those given an offer (or who accepted one, by the parameter).
  const after = ev.param(OT_FOLLOW_UP_AFTER);
  const counted = after === "offer" ? offers : offers.filter((o) => o.accepted === true);
  const open = after === "offer" ? -1 : offers.findIndex((o) => o.accepted == null);
  const lastOffer = latestFrom(counted.map((o) => o.date));
  const offerStatus: Status = lastOffer !== null ? "holds" : open >= 0 ? "unknown" : "fails";
  const need: Status = p.needsFollowUp === true ? "holds" : p.needsFollowUp === false ? "fails" : "unknown";
  const followUpOwed = allOf([target.status, offerStatus, need]);
  const followUpWhy: OtDutyBecause | null =
    target.status === "fails"
      ? outside
      : offerStatus === "fails"
        ? "no-offer"
        : need === "fails"
          ? "not-needed"
          : offerStatus === "unknown"
            ? "offer-answer-unknown"
            : need === "unknown"
              ? "need-unknown"
              : outside;
  const followedUp = lastOffer === null ? null : latestFrom(h.followUps ?? [], lastOffer);
  const followUpNeeds: string[] = [];
  if (offerStatus === "unknown") followUpNeeds.push(`history.offers[${open}].accepted`);
  if (need === "unknown" && offerStatus !== "fails") followUpNeeds.push("needsFollowUp");
  add("follow-up", followUpOwed, followedUp, followUpWhy, null, followUpNeeds);

  const outcome = dutiesOutcome(duties);
  // Facts are needed only while some task's status turns on them.
  return ev.decide(OT_DUTIES, outcome, reasons, outcome === "not-owed" ? [] : needs, {
    duties,
    collisions,
    coveredThrough: covered,
  });
}
