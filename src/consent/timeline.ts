import { ageOn, birthdayOrNull } from "../core/dates.js";
import type { Decision } from "../core/decision.js";
import type { Evaluation, EvaluationOptions } from "../core/evaluation.js";
import { deepFreeze } from "../core/freeze.js";
import type { ParameterDef } from "../core/parameters.js";
import { birthCheck } from "../core/person.js";
import { defineRule, type Reason, type RuleDef } from "../core/rule.js";
import { resolveSource } from "../core/sources.js";
import type { IsoDate, Localized, Source, Strength } from "../core/types.js";
import { CONSENT_AFTERCARE } from "./aftercare.js";
import { CONSENT } from "./area.js";
import { CONSENT_CHILD_VIEWS } from "./child-views.js";
import { CONSENT_EDUCATION_CHOICE } from "./education-choice.js";
import { CONSENT_GUARDIAN_CONFIDENTIALITY, consentGuardianConfidentialityAge } from "./guardian-confidentiality.js";
import { CONSENT_HEALTH } from "./health.js";
import { CONSENT_INFORMATION_SOCIETY } from "./information-society.js";
import { CONSENT_MAJORITY } from "./majority.js";
import {
  CONSENT_AFTERCARE_UPPER_AGE,
  CONSENT_EDUCATION_CHOICE_AGE,
  CONSENT_GREAT_WEIGHT_AGE,
  CONSENT_GUARDIAN_CONFIDENTIALITY_FROM,
  CONSENT_HEALTH_CONSENT_AGE,
  CONSENT_HEALTH_PRIVACY_AGE,
  CONSENT_HEARD_AGE,
  CONSENT_INFORMATION_SOCIETY_AGE,
  CONSENT_MAJORITY_AGE,
  CONSENT_SHARE_AGE,
} from "./parameters.js";
import { type ConsentTimelineInput, consentTimelineSchema } from "./schemas.js";
import { CONSENT_SHARE_WITH_AGENCY } from "./share-with-agency.js";

/** An age threshold that matters to a youth service. */
export type ConsentThresholdId =
  | "heard"
  | "great-weight"
  | "health-privacy"
  | "information-society-consent"
  | "education-choice"
  | "guardian-confidentiality"
  | "share-consent"
  | "health-consent"
  | "majority"
  | "aftercare-ends";

/** The rule each threshold belongs to (its reasons are keyed `rule/threshold/status`). */
export const CONSENT_THRESHOLD_RULE = {
  heard: "consent.child-views",
  "great-weight": "consent.child-views",
  "health-privacy": "consent.health",
  "information-society-consent": "consent.information-society",
  "education-choice": "consent.education-choice",
  "guardian-confidentiality": "consent.guardian-confidentiality",
  "share-consent": "consent.share-with-agency",
  "health-consent": "consent.health",
  majority: "consent.majority",
  "aftercare-ends": "consent.aftercare",
} as const satisfies Readonly<Record<ConsentThresholdId, string>>;

/** A threshold as data: its rule, its parameter, what changes, and how its age is read. */
export interface ConsentThresholdDef {
  readonly id: ConsentThresholdId;
  readonly rule: RuleDef;
  readonly parameter: ParameterDef;
  readonly title: Localized;
  /** What changes on the day the threshold is reached. */
  readonly changes: Localized;
  /**
   * The age in completed years for a person born on `birthDate`, or `null` when no rule
   * sets one on the evaluation's date. Most ages are the parameter's value on `asOf`; the
   * end of aftercare is the value in force on the day the person reaches it.
   */
  readonly age: (ev: Evaluation, birthDate: IsoDate) => number | null;
}

/** Every threshold the timeline shows, in the order used for thresholds on the same day. */
export const CONSENT_THRESHOLDS: readonly ConsentThresholdDef[] = /* @__PURE__ */ deepFreeze([
  {
    id: "heard",
    rule: CONSENT_CHILD_VIEWS,
    parameter: CONSENT_HEARD_AGE as ParameterDef,
    title: { nb: "Blir hørt", nn: "Blir høyrd", en: "Heard" },
    changes: {
      nb: "Barnet skal få si sin mening før det tas avgjørelser om personlige forhold.",
      nn: "Barnet skal få seie meininga si før det blir teke avgjerder om personlege forhold.",
      en: "The child shall be heard before decisions on personal matters.",
    },
    age: (ev) => ev.param(CONSENT_HEARD_AGE),
  },
  {
    id: "great-weight",
    rule: CONSENT_CHILD_VIEWS,
    parameter: CONSENT_GREAT_WEIGHT_AGE as ParameterDef,
    title: { nb: "Stor vekt på meningen", nn: "Stor vekt på meininga", en: "Great weight" },
    changes: {
      nb: "Barnets mening skal tillegges stor vekt.",
      nn: "Det skal leggjast stor vekt på kva barnet meiner.",
      en: "The child's view carries great weight.",
    },
    age: (ev) => ev.param(CONSENT_GREAT_WEIGHT_AGE),
  },
  {
    id: "health-privacy",
    rule: CONSENT_HEALTH,
    parameter: CONSENT_HEALTH_PRIVACY_AGE as ParameterDef,
    title: { nb: "Helseopplysninger og foreldre", nn: "Helseopplysningar og foreldre", en: "Health privacy" },
    changes: {
      nb: "I helsehjelp kan ungdommen be om at foreldrene ikke får opplysninger, av grunner som bør respekteres; foreldrene får likevel det som er nødvendig for å oppfylle foreldreansvaret.",
      nn: "I helsehjelp kan ungdommen be om at foreldra ikkje får opplysningar, av grunnar som bør respekterast; foreldra får likevel det som er nødvendig for å oppfylle foreldreansvaret.",
      en: "In health care the young person may ask, for reasons that should be respected, that the parents are not told; the parents still get what they need to carry out parental responsibility.",
    },
    age: (ev) => ev.param(CONSENT_HEALTH_PRIVACY_AGE),
  },
  {
    id: "information-society-consent",
    rule: CONSENT_INFORMATION_SOCIETY,
    parameter: CONSENT_INFORMATION_SOCIETY_AGE as ParameterDef,
    title: { nb: "Apper og sosiale medier", nn: "Appar og sosiale medium", en: "Apps and social media" },
    changes: {
      nb: "Ungdommen samtykker selv til behandling av personopplysninger i informasjonssamfunnstjenester (apper, sosiale medier).",
      nn: "Ungdommen samtykkjer sjølv til behandling av personopplysningar i informasjonssamfunnstenester (appar, sosiale medium).",
      en: "The young person consents to information-society services (apps, social media) processing their personal data.",
    },
    age: (ev) => ev.param(CONSENT_INFORMATION_SOCIETY_AGE),
  },
  {
    id: "education-choice",
    rule: CONSENT_EDUCATION_CHOICE,
    parameter: CONSENT_EDUCATION_CHOICE_AGE as ParameterDef,
    title: { nb: "Velger utdanning", nn: "Vel utdanning", en: "Chooses education" },
    changes: {
      nb: "Ungdommen bestemmer selv valg av utdanning og innmelding i foreninger, og søker selv videregående opplæring.",
      nn: "Ungdommen avgjer sjølv val av utdanning og innmelding i foreiningar, og søkjer sjølv vidaregåande opplæring.",
      en: "The young person decides on their own education and on joining associations, and applies for upper secondary education themselves.",
    },
    age: (ev) => ev.param(CONSENT_EDUCATION_CHOICE_AGE),
  },
  {
    id: "guardian-confidentiality",
    rule: CONSENT_GUARDIAN_CONFIDENTIALITY,
    parameter: CONSENT_GUARDIAN_CONFIDENTIALITY_FROM as ParameterDef,
    title: {
      nb: "Taushetsplikt overfor foresatte",
      nn: "Teieplikt overfor føresette",
      en: "Confidential to guardians",
    },
    changes: {
      nb: "Tjenesten har taushetsplikt overfor de foresatte, unntatt livsviktig informasjon og hvor ungdommen oppholder seg; alvorlige opplysninger krever en skjønnsmessig vurdering.",
      nn: "Tenesta har teieplikt overfor dei føresette, unnateke livsviktig informasjon og kvar ungdommen oppheld seg; alvorlege opplysningar krev ei skjønnsmessig vurdering.",
      en: "The service is bound to confidentiality towards the guardians, except for vital information and whereabouts; serious information calls for a judgement.",
    },
    age: consentGuardianConfidentialityAge,
  },
  {
    id: "share-consent",
    rule: CONSENT_SHARE_WITH_AGENCY,
    parameter: CONSENT_SHARE_AGE as ParameterDef,
    title: { nb: "Samtykker til deling", nn: "Samtykkjer til deling", en: "Consents to sharing" },
    changes: {
      nb: "Ungdommen samtykker selv til at saken drøftes med andre instanser (før: de foresatte).",
      nn: "Ungdommen samtykkjer sjølv til at saka blir drøfta med andre instansar (før: dei føresette).",
      en: "The young person consents to being discussed with other agencies (before: the guardians).",
    },
    age: (ev) => ev.param(CONSENT_SHARE_AGE),
  },
  {
    id: "health-consent",
    rule: CONSENT_HEALTH,
    parameter: CONSENT_HEALTH_CONSENT_AGE as ParameterDef,
    title: { nb: "Samtykker til helsehjelp", nn: "Samtykkjer til helsehjelp", en: "Health consent" },
    changes: {
      nb: "Ungdommen samtykker selv til helsehjelp; foreldrene får bare det de trenger for å ivareta foreldreansvaret.",
      nn: "Ungdommen samtykkjer sjølv til helsehjelp; foreldra får berre det dei treng for å ta vare på foreldreansvaret.",
      en: "The young person consents to health care themselves; the parents get only what parental responsibility needs.",
    },
    age: (ev) => ev.param(CONSENT_HEALTH_CONSENT_AGE),
  },
  {
    id: "majority",
    rule: CONSENT_MAJORITY,
    parameter: CONSENT_MAJORITY_AGE as ParameterDef,
    title: { nb: "Myndig", nn: "Myndig", en: "Of age" },
    changes: {
      nb: "Ungdommen blir myndig: de foresatte har ikke lenger foreldreansvar eller rett til informasjon. Barnevernstiltak kan fortsette som ettervern med ungdommens samtykke.",
      nn: "Ungdommen blir myndig: dei føresette har ikkje lenger foreldreansvar eller rett til informasjon. Barnevernstiltak kan halde fram som ettervern med samtykke frå ungdommen.",
      en: "The young person comes of age: the guardians lose parental responsibility and the right to information. Child-welfare measures may continue as aftercare with the young person's consent.",
    },
    age: (ev) => ev.param(CONSENT_MAJORITY_AGE),
  },
  {
    id: "aftercare-ends",
    rule: CONSENT_AFTERCARE,
    parameter: CONSENT_AFTERCARE_UPPER_AGE as ParameterDef,
    title: { nb: "Ettervern slutter", nn: "Ettervern sluttar", en: "Aftercare ends" },
    changes: {
      nb: "Ettervern fra barnevernet (tiltak for ungdom over 18 år) tar slutt.",
      nn: "Ettervern frå barnevernet (tiltak for ungdom over 18 år) tek slutt.",
      en: "Child-welfare aftercare (measures for young people over 18) ends.",
    },
    // The limit that applies is the one in force on the day the person reaches it: those
    // who turned 23 before 2021-01-01 kept 23 (consent.aftercare).
    age: (ev, birthDate) => ev.ageLimitFor(CONSENT_AFTERCARE_UPPER_AGE, birthDate).age,
  },
]);

/** Each threshold parameter's sources, resolved once (decisions share these frozen arrays). */
const THRESHOLD_SOURCES: ReadonlyMap<string, readonly Source[]> = /* @__PURE__ */ new Map(
  CONSENT_THRESHOLDS.map((d) => [d.parameter.id, Object.freeze(d.parameter.sources.map(resolveSource))]),
);

/** `consent.timeline`: every age threshold that matters to a youth service, with its date. */
export const CONSENT_TIMELINE = defineRule({
  id: "consent.timeline",
  area: "consent",
  title: {
    nb: "Aldersgrenser for samtykke og taushetsplikt",
    nn: "Aldersgrenser for samtykke og teieplikt",
    en: "Age thresholds for consent and confidentiality",
  },
  summary: {
    nb: "Aldersgrensene som betyr noe for en ungdomstjeneste: hørt fra 7 år, stor vekt fra 12, helseopplysninger fra 12, apper og sosiale medier fra 13, valg av utdanning fra 15, taushetsplikt overfor foresatte fra 15, samtykke til deling og til helsehjelp fra 16, myndig ved 18 og ettervern til 25 år. Hver grense har datoen den nås, hva som endres og kilden.",
    nn: "Aldersgrensene som betyr noko for ei ungdomsteneste: høyrd frå 7 år, stor vekt frå 12, helseopplysningar frå 12, appar og sosiale medium frå 13, val av utdanning frå 15, teieplikt overfor føresette frå 15, samtykke til deling og til helsehjelp frå 16, myndig ved 18 og ettervern til 25 år. Kvar grense har datoen ho blir nådd, kva som endrar seg og kjelda.",
    en: "The age thresholds that matter to a youth service: heard from 7, great weight from 12, health privacy from 12, apps and social media from 13, choice of education from 15, confidentiality towards guardians from 15, consent to sharing and to health care from 16, majority at 18 and aftercare until 25. Each comes with the date it is reached, what changes and its source.",
  },
  strength: "statute",
  strengthNote: {
    nb: "hver grense har sin egen styrke",
    nn: "kvar grense har si eiga styrke",
    en: "each threshold carries its own strength",
  },
  sources: [
    { ref: "barnelova/31" },
    { ref: "barnelova/32" },
    { ref: "pasient-og-brukerrettighetsloven/3-4" },
    { ref: "pasient-og-brukerrettighetsloven/4-3" },
    { ref: "personopplysningsloven/5" },
    { ref: "vergemalsloven/2" },
    { ref: "barnevernsloven-2021/3-6" },
    { ref: "losu-korus-veileder", locator: "Taushetsplikt" },
  ],
  parameters: [...new Set(CONSENT_THRESHOLDS.map((d) => d.parameter))],
  interpretation: {
    nb: "Taushetsplikt overfor foresatte fra 15 år og samtykke til deling fra 16 år er LOSU-veilederens aldre, ikke lov, og har styrken anbefaling. Datoen er bursdagen da alderen er fylt (1. mars i vanlige år for dem som er født 29. februar). Tidslinjen bruker reglene som gjelder på `asOf`; den forutser ingen senere lovendringer. Slutten på ettervernet er unntaket: grensen som gjelder, er den som gjaldt den dagen personen nådde den (consent.aftercare). En grense ingen regel setter på `asOf` (samtykke til apper før 2018-07-20), er utelatt.",
    nn: "Teieplikt overfor føresette frå 15 år og samtykke til deling frå 16 år er aldrane i LOSU-rettleiaren, ikkje lov, og har styrken tilråding. Datoen er bursdagen då alderen er fylt (1. mars i vanlege år for dei som er fødde 29. februar). Tidslinja bruker reglane som gjeld på `asOf`; ho føreser ingen seinare lovendringar. Slutten på ettervernet er unntaket: grensa som gjeld, er den som galdt den dagen personen nådde henne (consent.aftercare). Ei grense som ingen regel set på `asOf` (samtykke til appar før 2018-07-20), er utelaten.",
    en: "Confidentiality towards the guardians from 15 and consent to sharing from 16 are the LOSU guide's ages, not statute, and carry the strength recommendation. The date is the birthday on which the age is reached (1 March in common years for those born on 29 February). The timeline applies the rules in force on `asOf`; it foresees no later reforms. The end of aftercare is the exception: the limit that applies is the one in force on the day the person reached it (consent.aftercare). A threshold no rule sets on `asOf` (consent to apps before 2018-07-20) is left out.",
  },
  evaluatedBy: "consentTimeline",
});

/** One threshold on a person's timeline, as plain JSON. */
export type ConsentThreshold = {
  readonly id: ConsentThresholdId;
  /** The rule it belongs to. */
  readonly rule: string;
  /** The parameter its age comes from. */
  readonly parameter: string;
  readonly age: number;
  /** The birthday on which it is reached (`null` when after 9999-12-31). */
  readonly date: IsoDate | null;
  /** Whether it is reached on `asOf` (on or after `date`). */
  readonly passed: boolean;
  readonly strength: Strength;
  /** Where the age comes from. */
  readonly sources: readonly Source[];
  /** What changes on `date`. */
  readonly changes: Localized;
};

/** The next day something changes, and what. */
export type ConsentTimelineNext = {
  /** The day (`null` when after 9999-12-31). */
  readonly date: IsoDate | null;
  readonly age: number;
  readonly ids: readonly ConsentThresholdId[];
};

/** What `consentTimeline` reports beside the thresholds. */
export type ConsentTimelineDetails = {
  /** Completed years on `asOf`. */
  readonly age: number;
  /** The first thresholds not yet reached (all on one day), or `null` when all are. */
  readonly next: ConsentTimelineNext | null;
};

/**
 * Every age threshold that matters to a youth service for a person born on `birthDate`,
 * sorted by date: heard at 7, great weight at 12, health privacy at 12, consent to
 * information-society services at 13 (from 2018-07-20), education choice at 15,
 * confidentiality towards the guardians (15th birthday, or 16th under the other reading),
 * consent to sharing and health consent at 16, majority at 18, and the end of child-welfare
 * aftercare at 25 (23 for those who turned 23 before 2021-01-01). Each has its date (exactly the birthday), whether
 * it is passed on `asOf`, what changes then and its source; `details.next` says what
 * changes next, and when. Rule `consent.timeline`.
 *
 * @example
 * const t = consentTimeline({ birthDate: "2010-09-01" }, { asOf: "2026-01-10" });
 * t.outcome.map((x) => `${x.date} ${x.id} ${x.passed}`)
 * // ["2017-09-01 heard true", "2022-09-01 great-weight true", "2022-09-01 health-privacy true",
 * //  "2023-09-01 information-society-consent true", "2025-09-01 education-choice true",
 * //  "2025-09-01 guardian-confidentiality true", "2026-09-01 share-consent false",
 * //  "2026-09-01 health-consent false", "2028-09-01 majority false", "2035-09-01 aftercare-ends false"]
 * t.details.next
 * // { date: "2026-09-01", age: 16, ids: ["share-consent", "health-consent"] }
 */
export function consentTimeline(
  input: ConsentTimelineInput,
  options: EvaluationOptions,
): Decision<ConsentTimelineOutcome, ConsentTimelineDetails> {
  const { ev, input: p } = CONSENT.begin("consentTimeline", consentTimelineSchema, input, options, birthCheck);
  const age = ageOn(p.birthDate, ev.asOf);
  const rows: { rule: RuleDef; entry: ConsentThreshold }[] = [];
  for (const def of CONSENT_THRESHOLDS) {
    const at = def.age(ev, p.birthDate);
    if (at === null) continue;
    rows.push({
      rule: def.rule,
      entry: {
        id: def.id,
        rule: def.rule.id,
        parameter: def.parameter.id,
        age: at,
        date: birthdayOrNull(p.birthDate, at),
        // Compared in completed years, not as strings: a birthday past year 9999 has no
        // four-digit ISO form, but its age still orders correctly.
        passed: age >= at,
        strength: def.rule.strength,
        sources: THRESHOLD_SOURCES.get(def.parameter.id) ?? [],
        changes: def.changes,
      },
    });
  }
  // Birthdays grow with age, so sorting by age sorts by date; the sort is stable, so
  // thresholds on the same day keep the order of CONSENT_THRESHOLDS.
  rows.sort((a, b) => a.entry.age - b.entry.age);
  const entries = rows.map((r) => r.entry);
  const reasons: Reason[] = rows.map(({ rule, entry: e }) =>
    ev.reason(rule, e.id, e.passed ? "holds" : "fails", { age: e.age, date: e.date }),
  );
  const first = entries.find((e) => !e.passed);
  const next: ConsentTimelineNext | null =
    first === undefined
      ? null
      : {
          date: first.date,
          age: first.age,
          ids: entries.filter((e) => e.age === first.age).map((e) => e.id),
        };
  return ev.decide(CONSENT_TIMELINE, entries, reasons, [], { age, next });
}

/** The outcome of `consentTimeline`: every threshold with the date it is reached. */
export type ConsentTimelineOutcome = ConsentThreshold[];
