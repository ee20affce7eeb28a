import type { AreaMessages, Catalogue, Msg } from "../core/explain.js";
import type { Formatter } from "../core/format.js";
import { deepFreeze } from "../core/freeze.js";
import type { Locale } from "../core/types.js";
import { OT_AGE_LIMIT } from "./age-limit.js";
import { OT_CONTACT_TRIGGERS, type OtContactTrigger } from "./contact-triggers.js";
import { OT_COORDINATION } from "./coordination.js";
import { OT_NOTIFY_ON_DROPOUT } from "./notify-on-dropout.js";
import { OT_OFFER_AIMS } from "./offer-aims.js";
import { OT_PARAMETERS } from "./parameters.js";
import { OT_SERVICE_FACTS } from "./service-facts.js";
import { OT_TARGET_GROUP } from "./target-group.js";
import { OT_VERSIONS } from "./versions.js";
import { OT_YEARLY_CONTACT } from "./yearly-contact.js";

type S3 = "holds" | "fails" | "unknown";
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
  | `ot.notify-on-dropout/${"notified" | "not-yet-notified"}/${"holds" | "fails"}`;

const TRIGGER_LABEL: Readonly<Record<Locale, Readonly<Record<OtContactTrigger, string>>>> = {
  nb: {
    "not-applied": "har ikke søkt videregående opplæring",
    "no-place-offered": "fikk ikke tilbud om skole- eller læreplass",
    "place-not-accepted": "har ikke tatt imot tildelt elev- eller læreplass",
    "dropped-out": "har avbrutt opplæringen før den er fullført",
    "not-in-work": "er ikke i arbeid",
    "lost-right": "har tapt retten ved bortvisning eller heving av kontrakt",
  },
  nn: {
    "not-applied": "har ikkje søkt vidaregåande opplæring",
    "no-place-offered": "fekk ikkje tilbod om skule- eller læreplass",
    "place-not-accepted": "har ikkje teke imot tildelt elev- eller læreplass",
    "dropped-out": "har avbrote opplæringa før ho er fullført",
    "not-in-work": "er ikkje i arbeid",
    "lost-right": "har tapt retten ved bortvising eller heving av kontrakt",
  },
  en: {
    "not-applied": "has not applied for upper secondary education",
    "no-place-offered": "was not offered a school or apprenticeship place",
    "place-not-accepted": "has not accepted an assigned student place or apprenticeship",
    "dropped-out": "has broken off education before completing it",
    "not-in-work": "is not in work",
    "lost-right": "lost the right through expulsion or contract termination",
  },
};

const num = (v: unknown): number => (typeof v === "number" ? v : Number(v));
/**
 * The same situations with the word order of a subordinate clause ("fordi personen ikke
 * har søkt …"), where Norwegian puts «ikke» before the verb.
 */
const TRIGGER_CLAUSE: Readonly<Record<Locale, Readonly<Record<OtContactTrigger, string>>>> = {
  nb: {
    "not-applied": "ikke har søkt videregående opplæring",
    "no-place-offered": "ikke fikk tilbud om skole- eller læreplass",
    "place-not-accepted": "ikke har tatt imot tildelt elev- eller læreplass",
    "dropped-out": "har avbrutt opplæringen før den er fullført",
    "not-in-work": "ikke er i arbeid",
    "lost-right": "har tapt retten ved bortvisning eller heving av kontrakt",
  },
  nn: {
    "not-applied": "ikkje har søkt vidaregåande opplæring",
    "no-place-offered": "ikkje fekk tilbod om skule- eller læreplass",
    "place-not-accepted": "ikkje har teke imot tildelt elev- eller læreplass",
    "dropped-out": "har avbrote opplæringa før ho er fullført",
    "not-in-work": "ikkje er i arbeid",
    "lost-right": "har tapt retten ved bortvising eller heving av kontrakt",
  },
  en: {
    "not-applied": "has not applied for upper secondary education",
    "no-place-offered": "was not offered a school or apprenticeship place",
    "place-not-accepted": "has not accepted an assigned student place or apprenticeship",
    "dropped-out": "has broken off education before completing it",
    "not-in-work": "is not in work",
    "lost-right": "lost the right through expulsion or contract termination",
  },
};

const date = (f: Formatter, v: unknown): string => (typeof v === "string" ? f.date(v) : "—");

/** Builds the 18 trigger messages of a locale from its labels and three sentence frames. */
function triggerMessages(
  locale: Locale,
  holds: (label: string) => string,
  fails: (label: string) => string,
  unknown: (clause: string) => string,
): Record<TriggerKeys, Msg> {
  const out = {} as Record<TriggerKeys, Msg>;
  for (const [t, label] of Object.entries(TRIGGER_LABEL[locale]) as [OtContactTrigger, string][]) {
    out[`ot.contact-triggers/${t}/holds`] = () => holds(label);
    out[`ot.contact-triggers/${t}/fails`] = () => fails(label);
    out[`ot.contact-triggers/${t}/unknown`] = () => unknown(TRIGGER_CLAUSE[locale][t]);
  }
  return out;
}

const triggerList = (locale: Locale, f: Formatter, v: unknown, none: string): string => {
  const list = Array.isArray(v) ? (v as OtContactTrigger[]) : [];
  return list.length === 0 ? none : f.list(list.map((t) => TRIGGER_CLAUSE[locale][t]));
};

const nb: Catalogue<OtMessageKey> = {
  "ot.target-group/outcome/in-target-group": () => "i målgruppen for oppfølgingstjenesten.",
  "ot.target-group/outcome/not-in-target-group": () => "ikke i målgruppen for oppfølgingstjenesten.",
  "ot.target-group/outcome/unknown": () => "kan ikke avgjøres før flere opplysninger er kjent.",
  "ot.target-group/youth-right/holds": () => "Personen har rett til videregående opplæring (ungdomsrett).",
  "ot.target-group/youth-right/fails": () => "Personen har ikke rett til videregående opplæring (ungdomsrett).",
  "ot.target-group/youth-right/unknown": () => "Det er ikke kjent om personen har ungdomsrett.",
  "ot.target-group/lost-right/holds": () =>
    "Personen har tapt retten ved bortvisning for resten av skoleåret eller heving av lære- eller opplæringskontrakt, og er likevel omfattet.",
  "ot.target-group/lost-right/fails": (x) =>
    x.lostRight === "none"
      ? "Personen har ikke tapt retten ved bortvisning eller heving av kontrakt."
      : `Personen har tapt retten ved ${x.lostRight === "expulsion" ? "bortvisning" : "heving av kontrakt"}, men det gir ikke plass i målgruppen etter reglene på denne datoen: heving av kontrakt telte bare til § 4-6 ble opphevet i 2017 (parameteren ot.lost-right-grounds).`,
  "ot.target-group/lost-right/unknown": () =>
    "Det er ikke kjent om personen har tapt retten ved bortvisning eller heving av kontrakt.",
  "ot.target-group/not-in-education/holds": () => "Personen er ikke i opplæring.",
  "ot.target-group/not-in-education/fails": () => "Personen er i opplæring.",
  "ot.target-group/not-in-education/unknown": () => "Det er ikke kjent om personen er i opplæring.",
  "ot.target-group/not-in-work/holds": () => "Personen er ikke i arbeid.",
  "ot.target-group/not-in-work/fails": () => "Personen er i arbeid.",
  "ot.target-group/not-in-work/unknown": () => "Det er ikke kjent om personen er i arbeid.",
  "ot.age-limit/within-age-limit/holds": (x, f) =>
    `Innenfor aldersgrensen: OT gjelder til og med ${date(f, x.coveredThrough)}, året personen fyller ${num(x.upperAge)} år.`,
  "ot.age-limit/within-age-limit/fails": (x, f) =>
    `Over aldersgrensen: OT gjaldt til og med ${date(f, x.coveredThrough)}, året personen fylte ${num(x.upperAge)} år.`,
  "ot.age-limit/within-age-limit/unknown": (x) =>
    `Fødselsåret er ikke kjent, så aldersgrensen (til og med året personen fyller ${num(x.upperAge)} år) kan ikke vurderes.`,
  "ot.age-limit/outcome": (x, f) =>
    `OT gjelder til og med ${date(f, x.outcome)}, året personen fyller ${num(x.upperAge)} år.`,
  "ot.contact-triggers/outcome": (x, f) =>
    x.outside === "in-work"
      ? "OT skal ikke ta kontakt: personen er i arbeid og dermed utenfor målgruppen."
      : x.outside === "past-age-limit"
        ? "OT skal ikke ta kontakt: personen er over aldersgrensen og dermed utenfor målgruppen."
        : triggerList("nb", f, x.outcome, "") === ""
          ? "ingen av situasjonene der OT skal ta kontakt, er kjent å gjelde."
          : `OT skal ta kontakt fordi personen ${triggerList("nb", f, x.outcome, "")}${x.owed === true ? "" : ", så sant personen er i målgruppen"}.`,
  .../* @__PURE__ */ triggerMessages(
    "nb",
    (l) => `Personen ${l}.`,
    (l) => `Gjelder ikke: «${l}».`,
    (l) => `Ukjent om personen ${l}.`,
  ),
  "ot.yearly-contact/outcome/due": (x, f) =>
    `kontakt er ikke etablert i skoleåret og skal skje innen ${date(f, x.dueBy)}.`,
  "ot.yearly-contact/outcome/done": (x, f) => `kontakt er etablert i skoleåret (${date(f, x.countedContact)}).`,
  "ot.yearly-contact/outcome/not-owed": (x, f) =>
    `ingen kontakt skyldes: OT gjaldt til og med ${date(f, x.coveredThrough)}, og personen er nå utenfor målgruppen.`,
  "ot.yearly-contact/established-contact/holds": (x, f) =>
    `Kontakt ble etablert ${date(f, x.countedContact)}, i skoleåret ${date(f, x.schoolYearStart)}–${date(f, x.schoolYearEnd)}.`,
  "ot.yearly-contact/established-contact/fails": (x, f) =>
    `Ingen etablert kontakt i skoleåret ${date(f, x.schoolYearStart)}–${date(f, x.schoolYearEnd)}; ${num(x.attemptsWithoutReply)} forsøk uten svar teller ikke.`,
  "ot.notify-on-dropout/outcome/timely": () => "OT ble varslet i tide.",
  "ot.notify-on-dropout/outcome/late": () => "OT ble varslet for sent.",
  "ot.notify-on-dropout/outcome/pending": (x, f) => `OT er ikke varslet ennå; fristen er ${date(f, x.deadline)}.`,
  "ot.notify-on-dropout/outcome/overdue": (x, f) => `OT er ikke varslet, og fristen gikk ut ${date(f, x.deadline)}.`,
  "ot.notify-on-dropout/notified/holds": (x, f) =>
    `OT ble varslet ${date(f, x.notifiedDate)}, ${num(x.days)} dager etter at eleven sluttet ${date(f, x.quitDate)} (høyst ${num(x.maxDays)}).`,
  "ot.notify-on-dropout/notified/fails": (x, f) =>
    `OT ble varslet ${date(f, x.notifiedDate)}, ${num(x.days)} dager etter at eleven sluttet ${date(f, x.quitDate)}; anbefalt er høyst ${num(x.maxDays)}.`,
  "ot.notify-on-dropout/not-yet-notified/holds": (x, f) =>
    `Eleven sluttet ${date(f, x.quitDate)}; det har gått ${num(x.days)} dager, og OT bør varsles innen ${date(f, x.deadline)}.`,
  "ot.notify-on-dropout/not-yet-notified/fails": (x, f) =>
    `Eleven sluttet ${date(f, x.quitDate)}; det har gått ${num(x.days)} dager uten varsel, mer enn ${num(x.maxDays)}.`,
};

const nn: Catalogue<OtMessageKey> = {
  "ot.target-group/outcome/in-target-group": () => "i målgruppa for oppfølgingstenesta.",
  "ot.target-group/outcome/not-in-target-group": () => "ikkje i målgruppa for oppfølgingstenesta.",
  "ot.target-group/outcome/unknown": () => "kan ikkje avgjerast før fleire opplysningar er kjende.",
  "ot.target-group/youth-right/holds": () => "Personen har rett til vidaregåande opplæring (ungdomsrett).",
  "ot.target-group/youth-right/fails": () => "Personen har ikkje rett til vidaregåande opplæring (ungdomsrett).",
  "ot.target-group/youth-right/unknown": () => "Det er ikkje kjent om personen har ungdomsrett.",
  "ot.target-group/lost-right/holds": () =>
    "Personen har tapt retten ved bortvising for resten av skuleåret eller heving av lære- eller opplæringskontrakt, og er likevel omfatta.",
  "ot.target-group/lost-right/fails": (x) =>
    x.lostRight === "none"
      ? "Personen har ikkje tapt retten ved bortvising eller heving av kontrakt."
      : `Personen har tapt retten ved ${x.lostRight === "expulsion" ? "bortvising" : "heving av kontrakt"}, men det gir ikkje plass i målgruppa etter reglane på denne datoen: heving av kontrakt talde berre til § 4-6 vart oppheva i 2017 (parameteren ot.lost-right-grounds).`,
  "ot.target-group/lost-right/unknown": () =>
    "Det er ikkje kjent om personen har tapt retten ved bortvising eller heving av kontrakt.",
  "ot.target-group/not-in-education/holds": () => "Personen er ikkje i opplæring.",
  "ot.target-group/not-in-education/fails": () => "Personen er i opplæring.",
  "ot.target-group/not-in-education/unknown": () => "Det er ikkje kjent om personen er i opplæring.",
  "ot.target-group/not-in-work/holds": () => "Personen er ikkje i arbeid.",
  "ot.target-group/not-in-work/fails": () => "Personen er i arbeid.",
  "ot.target-group/not-in-work/unknown": () => "Det er ikkje kjent om personen er i arbeid.",
  "ot.age-limit/within-age-limit/holds": (x, f) =>
    `Innanfor aldersgrensa: OT gjeld til og med ${date(f, x.coveredThrough)}, året personen fyller ${num(x.upperAge)} år.`,
  "ot.age-limit/within-age-limit/fails": (x, f) =>
    `Over aldersgrensa: OT galdt til og med ${date(f, x.coveredThrough)}, året personen fylte ${num(x.upperAge)} år.`,
  "ot.age-limit/within-age-limit/unknown": (x) =>
    `Fødselsåret er ikkje kjent, så aldersgrensa (til og med året personen fyller ${num(x.upperAge)} år) kan ikkje vurderast.`,
  "ot.age-limit/outcome": (x, f) =>
    `OT gjeld til og med ${date(f, x.outcome)}, året personen fyller ${num(x.upperAge)} år.`,
  "ot.contact-triggers/outcome": (x, f) =>
    x.outside === "in-work"
      ? "OT skal ikkje ta kontakt: personen er i arbeid og dermed utanfor målgruppa."
      : x.outside === "past-age-limit"
        ? "OT skal ikkje ta kontakt: personen er over aldersgrensa og dermed utanfor målgruppa."
        : triggerList("nn", f, x.outcome, "") === ""
          ? "ingen av situasjonane der OT skal ta kontakt, er kjende å gjelde."
          : `OT skal ta kontakt fordi personen ${triggerList("nn", f, x.outcome, "")}${x.owed === true ? "" : ", så sant personen er i målgruppa"}.`,
  .../* @__PURE__ */ triggerMessages(
    "nn",
    (l) => `Personen ${l}.`,
    (l) => `Gjeld ikkje: «${l}».`,
    (l) => `Ukjent om personen ${l}.`,
  ),
  "ot.yearly-contact/outcome/due": (x, f) =>
    `kontakt er ikkje etablert i skuleåret og skal skje innan ${date(f, x.dueBy)}.`,
  "ot.yearly-contact/outcome/done": (x, f) => `kontakt er etablert i skuleåret (${date(f, x.countedContact)}).`,
  "ot.yearly-contact/outcome/not-owed": (x, f) =>
    `inga kontakt er skuldig: OT gjaldt til og med ${date(f, x.coveredThrough)}, og personen er no utanfor målgruppa.`,
  "ot.yearly-contact/established-contact/holds": (x, f) =>
    `Kontakt vart etablert ${date(f, x.countedContact)}, i skuleåret ${date(f, x.schoolYearStart)}–${date(f, x.schoolYearEnd)}.`,
  "ot.yearly-contact/established-contact/fails": (x, f) =>
    `Ingen etablert kontakt i skuleåret ${date(f, x.schoolYearStart)}–${date(f, x.schoolYearEnd)}; ${num(x.attemptsWithoutReply)} forsøk utan svar tel ikkje.`,
  "ot.notify-on-dropout/outcome/timely": () => "OT vart varsla i tide.",
  "ot.notify-on-dropout/outcome/late": () => "OT vart varsla for seint.",
  "ot.notify-on-dropout/outcome/pending": (x, f) => `OT er ikkje varsla enno; fristen er ${date(f, x.deadline)}.`,
  "ot.notify-on-dropout/outcome/overdue": (x, f) => `OT er ikkje varsla, og fristen gjekk ut ${date(f, x.deadline)}.`,
  "ot.notify-on-dropout/notified/holds": (x, f) =>
    `OT vart varsla ${date(f, x.notifiedDate)}, ${num(x.days)} dagar etter at eleven slutta ${date(f, x.quitDate)} (høgst ${num(x.maxDays)}).`,
  "ot.notify-on-dropout/notified/fails": (x, f) =>
    `OT vart varsla ${date(f, x.notifiedDate)}, ${num(x.days)} dagar etter at eleven slutta ${date(f, x.quitDate)}; tilrådd er høgst ${num(x.maxDays)}.`,
  "ot.notify-on-dropout/not-yet-notified/holds": (x, f) =>
    `Eleven slutta ${date(f, x.quitDate)}; det har gått ${num(x.days)} dagar, og OT bør varslast innan ${date(f, x.deadline)}.`,
  "ot.notify-on-dropout/not-yet-notified/fails": (x, f) =>
    `Eleven slutta ${date(f, x.quitDate)}; det har gått ${num(x.days)} dagar utan varsel, meir enn ${num(x.maxDays)}.`,
};

const en: Catalogue<OtMessageKey> = {
  "ot.target-group/outcome/in-target-group": () => "in the target group of the follow-up service.",
  "ot.target-group/outcome/not-in-target-group": () => "not in the target group of the follow-up service.",
  "ot.target-group/outcome/unknown": () => "cannot be decided until more facts are known.",
  "ot.target-group/youth-right/holds": () => "The person holds the right to upper secondary education (youth right).",
  "ot.target-group/youth-right/fails": () =>
    "The person does not hold the right to upper secondary education (youth right).",
  "ot.target-group/youth-right/unknown": () => "It is not known whether the person holds the youth right.",
  "ot.target-group/lost-right/holds": () =>
    "The person lost the right through expulsion for the rest of the school year or termination of the apprenticeship or training contract, and is covered all the same.",
  "ot.target-group/lost-right/fails": (x) =>
    x.lostRight === "none"
      ? "The person did not lose the right through expulsion or contract termination."
      : `The person lost the right through ${x.lostRight === "expulsion" ? "expulsion" : "contract termination"}, but under the rules on this date that does not bring them into the target group: contract termination counted only until § 4-6 was repealed in 2017 (parameter ot.lost-right-grounds).`,
  "ot.target-group/lost-right/unknown": () =>
    "It is not known whether the person lost the right through expulsion or contract termination.",
  "ot.target-group/not-in-education/holds": () => "The person is not in education.",
  "ot.target-group/not-in-education/fails": () => "The person is in education.",
  "ot.target-group/not-in-education/unknown": () => "It is not known whether the person is in education.",
  "ot.target-group/not-in-work/holds": () => "The person is not in work.",
  "ot.target-group/not-in-work/fails": () => "The person is in work.",
  "ot.target-group/not-in-work/unknown": () => "It is not known whether the person is in work.",
  "ot.age-limit/within-age-limit/holds": (x, f) =>
    `Within the age limit: OT applies through ${date(f, x.coveredThrough)}, the year the person turns ${num(x.upperAge)}.`,
  "ot.age-limit/within-age-limit/fails": (x, f) =>
    `Past the age limit: OT applied through ${date(f, x.coveredThrough)}, the year the person turned ${num(x.upperAge)}.`,
  "ot.age-limit/within-age-limit/unknown": (x) =>
    `The birth year is not known, so the age limit (through the year the person turns ${num(x.upperAge)}) cannot be assessed.`,
  "ot.age-limit/outcome": (x, f) =>
    `OT applies through ${date(f, x.outcome)}, the year the person turns ${num(x.upperAge)}.`,
  "ot.contact-triggers/outcome": (x, f) =>
    x.outside === "in-work"
      ? "OT owes no contact: the person is in work and so outside the target group."
      : x.outside === "past-age-limit"
        ? "OT owes no contact: the person is past the age limit and so outside the target group."
        : triggerList("en", f, x.outcome, "") === ""
          ? "none of the situations in which OT shall make contact is known to apply."
          : `OT shall make contact because the person ${triggerList("en", f, x.outcome, "")}${x.owed === true ? "" : ", provided the person is in the target group"}.`,
  .../* @__PURE__ */ triggerMessages(
    "en",
    (l) => `The person ${l}.`,
    (l) => `Does not apply: “${l}”.`,
    (l) => `Unknown whether the person ${l}.`,
  ),
  "ot.yearly-contact/outcome/due": (x, f) => `no contact established this school year; due by ${date(f, x.dueBy)}.`,
  "ot.yearly-contact/outcome/done": (x, f) => `contact established this school year (${date(f, x.countedContact)}).`,
  "ot.yearly-contact/outcome/not-owed": (x, f) =>
    `no contact is owed: OT applied through ${date(f, x.coveredThrough)}, and the person is now outside the target group.`,
  "ot.yearly-contact/established-contact/holds": (x, f) =>
    `Contact was established on ${date(f, x.countedContact)}, in the school year ${date(f, x.schoolYearStart)} – ${date(f, x.schoolYearEnd)}.`,
  "ot.yearly-contact/established-contact/fails": (x, f) =>
    `No established contact in the school year ${date(f, x.schoolYearStart)} – ${date(f, x.schoolYearEnd)}; ${num(x.attemptsWithoutReply)} attempts without reply do not count.`,
  "ot.notify-on-dropout/outcome/timely": () => "OT was notified in time.",
  "ot.notify-on-dropout/outcome/late": () => "OT was notified late.",
  "ot.notify-on-dropout/outcome/pending": (x, f) =>
    `OT has not been notified yet; the deadline is ${date(f, x.deadline)}.`,
  "ot.notify-on-dropout/outcome/overdue": (x, f) =>
    `OT has not been notified, and the deadline passed on ${date(f, x.deadline)}.`,
  "ot.notify-on-dropout/notified/holds": (x, f) =>
    `OT was notified on ${date(f, x.notifiedDate)}, ${num(x.days)} days after the pupil quit on ${date(f, x.quitDate)} (at most ${num(x.maxDays)}).`,
  "ot.notify-on-dropout/notified/fails": (x, f) =>
    `OT was notified on ${date(f, x.notifiedDate)}, ${num(x.days)} days after the pupil quit on ${date(f, x.quitDate)}; at most ${num(x.maxDays)} is recommended.`,
  "ot.notify-on-dropout/not-yet-notified/holds": (x, f) =>
    `The pupil quit on ${date(f, x.quitDate)}; ${num(x.days)} days have passed, and OT should be notified by ${date(f, x.deadline)}.`,
  "ot.notify-on-dropout/not-yet-notified/fails": (x, f) =>
    `The pupil quit on ${date(f, x.quitDate)}; ${num(x.days)} days have passed without notice, more than ${num(x.maxDays)}.`,
};

/** Every rule object of the OT area, including those that compute nothing. */
export const OT_RULES = /* @__PURE__ */ deepFreeze([
  OT_TARGET_GROUP,
  OT_AGE_LIMIT,
  OT_CONTACT_TRIGGERS,
  OT_OFFER_AIMS,
  OT_YEARLY_CONTACT,
  OT_COORDINATION,
  OT_SERVICE_FACTS,
  OT_NOTIFY_ON_DROPOUT,
] as const);

/** The OT area's explanations. */
export const OT_MESSAGES: AreaMessages<OtMessageKey> = /* @__PURE__ */ deepFreeze({
  area: "ot",
  catalogues: { nb, nn, en },
  facts: {
    birthYear: { nb: "fødselsår", nn: "fødselsår", en: "birth year" },
    birthDate: { nb: "fødselsdato", nn: "fødselsdato", en: "birth date" },
    hasYouthRight: { nb: "ungdomsrett", nn: "ungdomsrett", en: "youth right" },
    inEducation: { nb: "om personen er i opplæring", nn: "om personen er i opplæring", en: "whether in education" },
    inWork: { nb: "om personen er i arbeid", nn: "om personen er i arbeid", en: "whether in work" },
    lostRight: { nb: "tapt rett", nn: "tapt rett", en: "lost right" },
    applied: { nb: "om personen har søkt", nn: "om personen har søkt", en: "whether the person applied" },
    offeredPlace: {
      nb: "om personen fikk tilbud om plass",
      nn: "om personen fekk tilbod om plass",
      en: "whether a place was offered",
    },
    acceptedPlace: {
      nb: "om plassen ble tatt imot",
      nn: "om plassen vart teken imot",
      en: "whether the place was accepted",
    },
    droppedOut: { nb: "om personen har avbrutt", nn: "om personen har avbrote", en: "whether the person dropped out" },
  },
  rules: OT_RULES,
  versions: OT_VERSIONS,
  parameters: OT_PARAMETERS,
});
