import type { AreaMessages, Catalogue, Msg } from "../core/explain.js";
import type { Formatter } from "../core/format.js";
import { deepFreeze } from "../core/freeze.js";
import type { Facts, Locale, Localized } from "../core/types.js";
import { OUTREACH_AGE_BAND, type OutreachAgeBandOutcome } from "./age-band.js";
import { type AssessmentOutcome, OUTREACH_ASSESSMENT } from "./assessment.js";
import { OUTREACH_DIVERSITY } from "./diversity.js";
import { OUTREACH_DOCUMENTATION, type OutreachDocumentationOutcome } from "./documentation.js";
import { type FieldTimeBand, OUTREACH_FIELD_TIME } from "./field-time.js";
import { OUTREACH_LEADERSHIP } from "./leadership.js";
import { OUTREACH_MANDATE, OUTREACH_MANDATE_CRITERIA } from "./mandate.js";
import { OUTREACH_MATERIAL, OUTREACH_MATERIAL_CRITERIA } from "./material.js";
import { OUTREACH_PAIRS } from "./pairs.js";
import { OUTREACH_PARAMETERS } from "./parameters.js";
import { OUTREACH_PREVALENCE } from "./prevalence.js";
import { OUTREACH_QUALIFICATIONS } from "./qualifications.js";
import { OUTREACH_STAFFING } from "./staffing.js";
import { OUTREACH_STRUCTURE, OUTREACH_STRUCTURE_CRITERIA } from "./structure.js";
import { OUTREACH_SUPERVISION } from "./supervision.js";
import { OUTREACH_TARGET_GROUP, type OutreachCategory, type OutreachTargetGroupOutcome } from "./target-group.js";
import { OUTREACH_VERSIONS } from "./versions.js";
import { OUTREACH_VOLUNTARY, type OutreachVoluntaryOutcome } from "./voluntary.js";

type S3 = "holds" | "fails" | "unknown";
type StructureId = (typeof OUTREACH_STRUCTURE_CRITERIA)[number]["id"];
type MaterialId = (typeof OUTREACH_MATERIAL_CRITERIA)[number]["id"];
type MandateId = (typeof OUTREACH_MANDATE_CRITERIA)[number]["id"];
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
  | `outreach.field-time/outcome/${FieldTimeBand}`
  | `outreach.field-time/within-range/${S3}`
  | `outreach.voluntary/outcome/${OutreachVoluntaryOutcome}`
  | `outreach.voluntary/agreement/${S3}`
  | `outreach.documentation/outcome/${OutreachDocumentationOutcome}`
  | `outreach.documentation/within-consent/${S3}`
  | `outreach.assessment/outcome/${AssessmentOutcome}`
  | `outreach.leadership/leader-or-coordinator/${S3}`
  | `outreach.qualifications/social-work-majority/${S3}`
  | `outreach.diversity/team-composition/${S3}`
  | `outreach.supervision/supervision-and-reflection/${S3}`
  | CriterionKeys;

type Labels<Id extends string> = Readonly<Record<Locale, Readonly<Record<Id, string>>>>;

const STRUCTURE_LABEL: Labels<StructureId> = {
  nb: {
    "mandate-defined": "mandat og oppgaver klart definert politisk eller på rådmannsnivå",
    "field-time-frame": "klare rammer for forholdet mellom oppsøkende og oppfølgende arbeid (20–40 % utetid)",
    "independent-basis": "rom og tid til å arbeide på et selvstendig faglig grunnlag",
    "not-case-workers": "vern mot å bli trukket inn som saksbehandlere for barnevernet eller andre instanser",
    "responsibilities-clarified": "ansvar og myndighet avklart mellom tjenestens leder og overordnet ledelse",
  },
  nn: {
    "mandate-defined": "mandat og oppgåver klart definerte politisk eller på rådmannsnivå",
    "field-time-frame": "klare rammer for forholdet mellom oppsøkjande og oppfølgjande arbeid (20–40 % utetid)",
    "independent-basis": "rom og tid til å arbeide på eit sjølvstendig fagleg grunnlag",
    "not-case-workers": "vern mot å bli trekte inn som saksbehandlarar for barnevernet eller andre instansar",
    "responsibilities-clarified": "ansvar og mynde avklart mellom leiaren for tenesta og overordna leiing",
  },
  en: {
    "mandate-defined": "mandate and tasks clearly defined politically or at chief-executive level",
    "field-time-frame": "a clear frame for the balance of outreach and follow-up work (20–40 % field time)",
    "independent-basis": "room and time to work on an independent professional basis",
    "not-case-workers": "protection from being drawn in as case workers for child welfare or other agencies",
    "responsibilities-clarified":
      "responsibilities and authority clarified between the service's leader and management",
  },
};

const MATERIAL_LABEL: Labels<MaterialId> = {
  nb: {
    "operating-budget": "eget driftsbudsjett",
    car: "egen kommunal tjenestebil eller faste avtaler om lån av bil",
    premises: "egne egnede lokaler atskilt fra øvrige kommunale kontorer",
    "mobile-phones": "mobiltelefon til hver ansatt",
    "data-storage": "eget datalagringsverktøy for sensitive brukeropplysninger",
  },
  nn: {
    "operating-budget": "eige driftsbudsjett",
    car: "eigen kommunal tenestebil eller faste avtalar om lån av bil",
    premises: "eigne eigna lokale skilde frå andre kommunale kontor",
    "mobile-phones": "mobiltelefon til kvar tilsett",
    "data-storage": "eige datalagringsverktøy for sensitive brukaropplysningar",
  },
  en: {
    "operating-budget": "its own operating budget",
    car: "its own municipal car or fixed agreements to borrow one",
    premises: "its own suitable premises apart from other municipal offices",
    "mobile-phones": "a mobile phone for every employee",
    "data-storage": "its own data storage tool for sensitive user data",
  },
};

const MANDATE_LABEL: Labels<MandateId> = {
  nb: {
    "target-groups": "målgrupper",
    responsibilities: "definerte ansvarsoppgaver i kommunen",
    "staffing-and-operating-conditions": "personal- og driftsmessige rammevilkår",
    confidentiality: "anvendelse av taushetsplikten",
    "age-span": "aldersspennet tjenesten skal arbeide med",
    "politically-anchored": "politisk forankring",
  },
  nn: {
    "target-groups": "målgrupper",
    responsibilities: "definerte ansvarsoppgåver i kommunen",
    "staffing-and-operating-conditions": "personal- og driftsmessige rammevilkår",
    confidentiality: "bruken av teieplikta",
    "age-span": "aldersspennet tenesta skal arbeide med",
    "politically-anchored": "politisk forankring",
  },
  en: {
    "target-groups": "target groups",
    responsibilities: "defined responsibilities in the municipality",
    "staffing-and-operating-conditions": "staffing and operating conditions",
    confidentiality: "how confidentiality is applied",
    "age-span": "the age span the service works with",
    "politically-anchored": "political anchoring",
  },
};

type Frames = {
  readonly holds: (l: string) => string;
  readonly fails: (l: string) => string;
  readonly unknown: (l: string) => string;
};

/** Builds the three messages of each criterion of a list from its labels and sentence frames. */
function criterionMessages<Id extends string, K extends string>(
  rule: string,
  labels: Readonly<Record<Id, string>>,
  frames: Frames,
): Record<K, Msg> {
  const out: Record<string, Msg> = {};
  for (const [id, label] of Object.entries(labels) as [Id, string][]) {
    out[`${rule}/${id}/holds`] = () => frames.holds(label);
    out[`${rule}/${id}/fails`] = () => frames.fails(label);
    out[`${rule}/${id}/unknown`] = () => frames.unknown(label);
  }
  return out as Record<K, Msg>;
}

const num = (v: unknown): number => (typeof v === "number" ? v : Number(v));
const n2 = (f: Formatter, v: unknown): string => (v == null ? "—" : f.number(num(v), 2));
const pct = (f: Formatter, v: unknown): string => (v == null ? "—" : f.percent(num(v), 1));
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** A range of shares with one percent sign: `20–40 %`. */
const range = (f: Formatter, a: unknown, b: unknown): string =>
  a == null || b == null ? "—" : `${f.number(num(a) * 100, 1)}–${pct(f, b)}`;
const date = (f: Formatter, v: unknown): string => (typeof v === "string" ? f.date(v) : "—");
const obj = (v: unknown): Facts => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Facts) : {});
const list = (f: Formatter, v: unknown): string => (Array.isArray(v) ? f.list(v.map(String)) : "—");

/** Every outcome says how binding it is. */
const REC: Localized = {
  nb: "Dette er en faglig anbefaling, ikke et lovkrav.",
  nn: "Dette er ei fagleg tilråding, ikkje eit lovkrav.",
  en: "This is a professional recommendation, not law.",
};
const EST: Localized = {
  nb: "Dette er et anslag for planlegging, ikke et lovkrav.",
  nn: "Dette er eit overslag for planlegging, ikkje eit lovkrav.",
  en: "This is a planning estimate, not law.",
};

const nb: Catalogue<OutreachMessageKey> = {
  "outreach.target-group/outcome/at-risk": () =>
    `i målgruppen, kategori (a) i NOU 1980:37: i faresonen for å utvikle problemer. ${REC.nb}`,
  "outreach.target-group/outcome/outside-services": () =>
    `i målgruppen, kategori (b) i NOU 1980:37: problembelastet uten kontakt med det ordinære hjelpeapparatet. ${REC.nb}`,
  "outreach.target-group/outcome/needs-supplement": () =>
    `i målgruppen, kategori (c) i NOU 1980:37: problembelastet i kontakt med hjelpeapparatet, med behov for tjenesten som supplement. ${REC.nb}`,
  "outreach.target-group/outcome/not-in-target-group": () =>
    `ikke i målgruppen for oppsøkende ungdomstjeneste. ${REC.nb}`,
  "outreach.target-group/outcome/unknown": () => `kan ikke avgjøres før flere opplysninger er kjent. ${REC.nb}`,
  "outreach.target-group/at-risk/holds": () =>
    "Personen er i faresonen for å utvikle problemer som truer den sosiale og/eller mentale funksjonsevnen (kategori a).",
  "outreach.target-group/at-risk/fails": () => "Personen er ikke i faresonen i denne forstand (kategori a).",
  "outreach.target-group/at-risk/unknown": () => "Det er ikke kjent om personen er i faresonen (kategori a).",
  "outreach.target-group/outside-services/holds": () =>
    "Personen er problembelastet og har ikke etablert kontakt med det ordinære hjelpeapparatet (kategori b).",
  "outreach.target-group/outside-services/fails": (x) =>
    x.hasProblems === false
      ? "Personen er ikke problembelastet, så kategori (b) gjelder ikke."
      : "Personen er i kontakt med det ordinære hjelpeapparatet, så kategori (b) gjelder ikke.",
  "outreach.target-group/outside-services/unknown": () =>
    "Det er ikke kjent om personen er problembelastet uten kontakt med hjelpeapparatet (kategori b).",
  "outreach.target-group/needs-supplement/holds": () =>
    "Personen er problembelastet, i kontakt med hjelpeapparatet og trenger tjenesten som supplement (kategori c).",
  "outreach.target-group/needs-supplement/fails": (x) =>
    x.hasProblems === false
      ? "Personen er ikke problembelastet, så kategori (c) gjelder ikke."
      : x.inContactWithServices === false
        ? "Personen er ikke i kontakt med hjelpeapparatet, så kategori (c) gjelder ikke."
        : "Personen trenger ikke tjenesten som supplement, så kategori (c) gjelder ikke.",
  "outreach.target-group/needs-supplement/unknown": () =>
    "Det er ikke kjent om personen trenger tjenesten som supplement til hjelpeapparatet (kategori c).",
  "outreach.age-band/within-age-band/holds": (x) =>
    `Personen er ${num(x.age)} år, innenfor aldersspennet ${num(x.minAge)}–${num(x.maxAge)} år.`,
  "outreach.age-band/within-age-band/fails": (x) =>
    `Personen er ${num(x.age)} år, utenfor aldersspennet ${num(x.minAge)}–${num(x.maxAge)} år.`,
  "outreach.age-band/within-age-band/unknown": (x) =>
    `Fødselsdatoen er ikke kjent, så aldersspennet ${num(x.minAge)}–${num(x.maxAge)} år kan ikke vurderes.`,
  "outreach.age-band/outcome/within": (x, f) =>
    `innenfor aldersspennet ${num(x.minAge)}–${num(x.maxAge)} år (${num(x.age)} år; fra ${date(f, x.from)} til og med ${date(f, x.through)}). ${REC.nb}`,
  "outreach.age-band/outcome/below": (x, f) =>
    `under aldersspennet ${num(x.minAge)}–${num(x.maxAge)} år (${num(x.age)} år; innenfor fra ${date(f, x.from)}). ${REC.nb}`,
  "outreach.age-band/outcome/above": (x, f) =>
    `over aldersspennet ${num(x.minAge)}–${num(x.maxAge)} år (${num(x.age)} år; var innenfor til og med ${date(f, x.through)}). ${REC.nb}`,
  "outreach.prevalence/outcome": (x, f) => {
    const o = obj(x.outcome);
    return `om lag ${f.number(num(o.estimate), 0)} svært sårbare unge 13–23 år (spenn ${f.number(num(o.low), 0)}–${f.number(num(o.high), 0)}), regnet ut fra ${x.basis === "cohort" ? "kullet 13–23 år" : "folketallet"}. ${EST.nb}`;
  },
  "outreach.prevalence/from-population/holds": (x, f) =>
    `${f.number(num(x.population), 0)} innbyggere med ${n2(f, x.per10000)} per 10 000 gir om lag ${f.number(num(x.estimate), 0)}; med ${pct(f, x.shareHigh)} i stedet for ${pct(f, x.shareLow)} blir det ${f.number(num(x.high), 0)}.`,
  "outreach.prevalence/from-cohort/holds": (x, f) =>
    `${pct(f, x.fraction)} av ${range(f, x.shareLow, x.shareHigh)} av ${f.number(num(x.cohort13to23), 0)} unge 13–23 år gir ${f.number(num(x.low), 0)}–${f.number(num(x.high), 0)}.`,
  "outreach.staffing/outcome": (x, f) => {
    const o = obj(x.outcome);
    const split = o.splitSinglePosition === true ? ", delt slik at arbeidet kan gjøres i par" : "";
    return `${n2(f, o.fte)} årsverk, minst ${num(o.minimumHeadcount)} personer${split}. ${REC.nb}`;
  },
  "outreach.staffing/minimum/holds": (x, f) =>
    `${f.number(num(x.population), 0)} innbyggere, høyst ${f.number(num(x.limit), 0)}: minstestandarden på ${n2(f, x.minimumFte)} årsverk gjelder.`,
  "outreach.staffing/per-inhabitants/holds": (x, f) =>
    `${f.number(num(x.population), 0)} innbyggere, over ${f.number(num(x.limit), 0)}: én stilling per ${f.number(num(x.inhabitantsPerFte), 0)} innbyggere gir ${n2(f, x.exactFte)} årsverk${x.rounding === "whole-up" ? `, rundet opp til ${n2(f, x.fte)}` : ""}.`,
  "outreach.staffing/positions-for-population/holds": (x, f) =>
    `Tjenesten har ${n2(f, x.fte)} årsverk; anbefalt for ${f.number(num(x.population), 0)} innbyggere er ${n2(f, x.requiredFte)}.`,
  "outreach.staffing/positions-for-population/fails": (x, f) =>
    x.requiredFte == null
      ? `Tjenesten har ${n2(f, x.fte)} årsverk, under minstestandarden på ${n2(f, x.minimumFte)} uansett folketall.`
      : `Tjenesten har ${n2(f, x.fte)} årsverk; anbefalt for ${f.number(num(x.population), 0)} innbyggere er ${n2(f, x.requiredFte)}.`,
  "outreach.staffing/positions-for-population/unknown": () =>
    "Folketallet eller tjenestens årsverk er ikke kjent, så bemanningen kan ikke vurderes.",
  "outreach.pairs/split-single-position/holds": (x, f) =>
    `${n2(f, x.fte)} årsverk er for lite til et par: del stillingen i ${num(x.pairSize)} stillinger på ${pct(f, x.postShare)}.`,
  "outreach.pairs/team-work-secured-otherwise/holds": () =>
    "Teamarbeid er sikret på annen måte, så stillingen trenger ikke deles.",
  "outreach.pairs/pair-without-split/holds": (x, f) =>
    `${n2(f, x.fte)} årsverk gir rom for minst ${num(x.minimumHeadcount)} personer, så arbeidet kan gjøres i par uten å dele en stilling.`,
  "outreach.pairs/two-people/holds": (x) =>
    x.headcount != null && num(x.headcount) >= num(x.pairSize)
      ? `Tjenesten har ${num(x.headcount)} oppsøkere, nok til å arbeide i par.`
      : "Teamarbeid er sikret på annen måte.",
  "outreach.pairs/two-people/fails": (x) =>
    `Tjenesten har ${num(x.headcount)} oppsøker(e), og teamarbeid er ikke sikret på annen måte: én stilling bør deles i to 50 %-stillinger.`,
  "outreach.pairs/two-people/unknown": () =>
    "Det er ikke kjent om tjenesten har nok folk til å arbeide i par, eller om teamarbeid er sikret på annen måte.",
  "outreach.pairs/field-work-in-pairs/holds": () => "Det oppsøkende arbeidet gjøres i par.",
  "outreach.pairs/field-work-in-pairs/fails": () =>
    "Det oppsøkende arbeidet gjøres ikke alltid i par; det skal ikke utøves alene.",
  "outreach.pairs/field-work-in-pairs/unknown": () => "Det er ikke kjent om det oppsøkende arbeidet gjøres i par.",
  "outreach.field-time/outcome/below": (x, f) =>
    `${pct(f, x.share)} utetid, under anbefalt ${range(f, x.min, x.max)} (hovedregel om lag ${pct(f, x.mainRule)}). ${REC.nb}`,
  "outreach.field-time/outcome/within": (x, f) =>
    `${pct(f, x.share)} utetid, innenfor anbefalt ${range(f, x.min, x.max)} (hovedregel om lag ${pct(f, x.mainRule)}). ${REC.nb}`,
  "outreach.field-time/outcome/above": (x, f) =>
    `${pct(f, x.share)} utetid, over anbefalt ${range(f, x.min, x.max)} (hovedregel om lag ${pct(f, x.mainRule)}). ${REC.nb}`,
  "outreach.field-time/within-range/holds": (x, f) =>
    `${n2(f, x.fieldHours)} av ${n2(f, x.totalHours)} arbeidstimer ute (${pct(f, x.share)}), innenfor ${range(f, x.min, x.max)}.`,
  "outreach.field-time/within-range/fails": (x, f) =>
    `${n2(f, x.fieldHours)} av ${n2(f, x.totalHours)} arbeidstimer ute (${pct(f, x.share)}), ${x.band === "below" ? "under" : "over"} ${range(f, x.min, x.max)}.`,
  "outreach.field-time/within-range/unknown": (x, f) =>
    `Utetiden er ikke kjent; anbefalt er ${range(f, x.min, x.max)} av arbeidstiden.`,
  "outreach.voluntary/outcome/may-follow-up": () => `tjenesten kan følge opp, fordi den unge er enig. ${REC.nb}`,
  "outreach.voluntary/outcome/no-follow-up": () =>
    `ingen oppfølging: kontakten er frivillig, og den unge er ikke enig. ${REC.nb}`,
  "outreach.voluntary/outcome/unknown": () => `kan ikke avgjøres før det er kjent om den unge er enig. ${REC.nb}`,
  "outreach.voluntary/agreement/holds": () => "Den unge er enig i oppfølgingen.",
  "outreach.voluntary/agreement/fails": () => "Den unge er ikke enig i oppfølgingen.",
  "outreach.voluntary/agreement/unknown": () => "Det er ikke kjent om den unge er enig i oppfølgingen.",
  "outreach.documentation/outcome/within-consent": () =>
    `det som er dokumentert, er i samsvar med samtykket. ${REC.nb}`,
  "outreach.documentation/outcome/beyond-consent": (x, f) =>
    `det er dokumentert mer enn klienten har samtykket til: ${list(f, x.beyondConsent)}. ${REC.nb}`,
  "outreach.documentation/outcome/unknown": () => `kan ikke avgjøres før samtykket er kjent. ${REC.nb}`,
  "outreach.documentation/within-consent/holds": () => "Alt som er dokumentert, dekkes av samtykket.",
  "outreach.documentation/within-consent/fails": (x, f) => `Dokumentert uten samtykke: ${list(f, x.beyondConsent)}.`,
  "outreach.documentation/within-consent/unknown": () =>
    "Samtykket er ikke kjent, så dokumentasjonen kan ikke holdes opp mot det.",
  "outreach.assessment/outcome/meets-all": (x) =>
    `tjenesten oppfyller alle ${num(obj(x.summary).total)} punktene. ${REC.nb}`,
  "outreach.assessment/outcome/falls-short": (x) => {
    const s = obj(x.summary);
    return `tjenesten oppfyller ikke ${num(s.fallsShort)} av ${num(s.total)} punkter (${num(s.meets)} oppfylt, ${num(s.unknown)} ukjent). ${REC.nb}`;
  },
  "outreach.assessment/outcome/incomplete": (x) => {
    const s = obj(x.summary);
    return `ingen punkter er kjent å svikte, men ${num(s.unknown)} av ${num(s.total)} er ukjent (${num(s.meets)} oppfylt). ${REC.nb}`;
  },
  "outreach.leadership/leader-or-coordinator/holds": () =>
    "Tjenesten har en faglig leder eller en med lederansvar eller definerte koordinatorfunksjoner.",
  "outreach.leadership/leader-or-coordinator/fails": () =>
    "Tjenesten har ingen faglig leder eller noen med lederansvar eller definerte koordinatorfunksjoner.",
  "outreach.leadership/leader-or-coordinator/unknown": () => "Det er ikke kjent om tjenesten har en faglig leder.",
  "outreach.qualifications/social-work-majority/holds": (x) =>
    `${num(x.socialWorkEducated)} av ${num(x.headcount)} oppsøkere har sosialfaglig utdanning: et flertall.`,
  "outreach.qualifications/social-work-majority/fails": (x) =>
    x.headcount == null
      ? "Ingen av oppsøkerne har sosialfaglig utdanning."
      : `${num(x.socialWorkEducated)} av ${num(x.headcount)} oppsøkere har sosialfaglig utdanning: ikke et flertall.`,
  "outreach.qualifications/social-work-majority/unknown": () =>
    "Utdanningen til oppsøkerne er ikke kjent nok til å si om flertallet har sosialfaglig utdanning.",
  "outreach.diversity/team-composition/holds": () =>
    "Teamet har mer enn ett kjønn, og det er tatt hensyn til etnisitet ved sammensetningen.",
  "outreach.diversity/team-composition/fails": (x) =>
    x.mixedGender === false
      ? "Teamet har bare ett kjønn."
      : "Det er ikke tatt hensyn til etnisitet ved sammensetningen av teamet.",
  "outreach.diversity/team-composition/unknown": () =>
    "Det er ikke kjent om teamet er satt sammen med hensyn til kjønn og etnisitet.",
  "outreach.supervision/supervision-and-reflection/holds": () => "De ansatte har tilgang til veiledning og refleksjon.",
  "outreach.supervision/supervision-and-reflection/fails": () =>
    "De ansatte har ikke tilgang til veiledning og refleksjon.",
  "outreach.supervision/supervision-and-reflection/unknown": () =>
    "Det er ikke kjent om de ansatte har tilgang til veiledning.",
  .../* @__PURE__ */ criterionMessages<StructureId, `outreach.structure/${StructureId}/${S3}`>(
    "outreach.structure",
    STRUCTURE_LABEL.nb,
    {
      holds: (l) => `På plass: ${l}.`,
      fails: (l) => `Ikke på plass: ${l}.`,
      unknown: (l) => `${cap(l)} – ikke opplyst.`,
    },
  ),
  .../* @__PURE__ */ criterionMessages<MaterialId, `outreach.material/${MaterialId}/${S3}`>(
    "outreach.material",
    MATERIAL_LABEL.nb,
    {
      holds: (l) => `På plass: ${l}.`,
      fails: (l) => `Ikke på plass: ${l}.`,
      unknown: (l) => `${cap(l)} – ikke opplyst.`,
    },
  ),
  .../* @__PURE__ */ criterionMessages<MandateId, `outreach.mandate/${MandateId}/${S3}`>(
    "outreach.mandate",
    MANDATE_LABEL.nb,
    {
      holds: (l) => `I mandatet: ${l}.`,
      fails: (l) => `Mangler i mandatet: ${l}.`,
      unknown: (l) => `Ikke opplyst om mandatet har ${l}.`,
    },
  ),
};

const nn: Catalogue<OutreachMessageKey> = {
  "outreach.target-group/outcome/at-risk": () =>
    `i målgruppa, kategori (a) i NOU 1980:37: i faresona for å utvikle problem. ${REC.nn}`,
  "outreach.target-group/outcome/outside-services": () =>
    `i målgruppa, kategori (b) i NOU 1980:37: problembelasta utan kontakt med det ordinære hjelpeapparatet. ${REC.nn}`,
  "outreach.target-group/outcome/needs-supplement": () =>
    `i målgruppa, kategori (c) i NOU 1980:37: problembelasta i kontakt med hjelpeapparatet, med behov for tenesta som supplement. ${REC.nn}`,
  "outreach.target-group/outcome/not-in-target-group": () =>
    `ikkje i målgruppa for oppsøkjande ungdomsteneste. ${REC.nn}`,
  "outreach.target-group/outcome/unknown": () => `kan ikkje avgjerast før fleire opplysningar er kjende. ${REC.nn}`,
  "outreach.target-group/at-risk/holds": () =>
    "Personen er i faresona for å utvikle problem som trugar den sosiale og/eller mentale funksjonsevna (kategori a).",
  "outreach.target-group/at-risk/fails": () => "Personen er ikkje i faresona i denne meininga (kategori a).",
  "outreach.target-group/at-risk/unknown": () => "Det er ikkje kjent om personen er i faresona (kategori a).",
  "outreach.target-group/outside-services/holds": () =>
    "Personen er problembelasta og har ikkje etablert kontakt med det ordinære hjelpeapparatet (kategori b).",
  "outreach.target-group/outside-services/fails": (x) =>
    x.hasProblems === false
      ? "Personen er ikkje problembelasta, så kategori (b) gjeld ikkje."
      : "Personen er i kontakt med det ordinære hjelpeapparatet, så kategori (b) gjeld ikkje.",
  "outreach.target-group/outside-services/unknown": () =>
    "Det er ikkje kjent om personen er problembelasta utan kontakt med hjelpeapparatet (kategori b).",
  "outreach.target-group/needs-supplement/holds": () =>
    "Personen er problembelasta, i kontakt med hjelpeapparatet og treng tenesta som supplement (kategori c).",
  "outreach.target-group/needs-supplement/fails": (x) =>
    x.hasProblems === false
      ? "Personen er ikkje problembelasta, så kategori (c) gjeld ikkje."
      : x.inContactWithServices === false
        ? "Personen er ikkje i kontakt med hjelpeapparatet, så kategori (c) gjeld ikkje."
        : "Personen treng ikkje tenesta som supplement, så kategori (c) gjeld ikkje.",
  "outreach.target-group/needs-supplement/unknown": () =>
    "Det er ikkje kjent om personen treng tenesta som supplement til hjelpeapparatet (kategori c).",
  "outreach.age-band/within-age-band/holds": (x) =>
    `Personen er ${num(x.age)} år, innanfor aldersspennet ${num(x.minAge)}–${num(x.maxAge)} år.`,
  "outreach.age-band/within-age-band/fails": (x) =>
    `Personen er ${num(x.age)} år, utanfor aldersspennet ${num(x.minAge)}–${num(x.maxAge)} år.`,
  "outreach.age-band/within-age-band/unknown": (x) =>
    `Fødselsdatoen er ikkje kjend, så aldersspennet ${num(x.minAge)}–${num(x.maxAge)} år kan ikkje vurderast.`,
  "outreach.age-band/outcome/within": (x, f) =>
    `innanfor aldersspennet ${num(x.minAge)}–${num(x.maxAge)} år (${num(x.age)} år; frå ${date(f, x.from)} til og med ${date(f, x.through)}). ${REC.nn}`,
  "outreach.age-band/outcome/below": (x, f) =>
    `under aldersspennet ${num(x.minAge)}–${num(x.maxAge)} år (${num(x.age)} år; innanfor frå ${date(f, x.from)}). ${REC.nn}`,
  "outreach.age-band/outcome/above": (x, f) =>
    `over aldersspennet ${num(x.minAge)}–${num(x.maxAge)} år (${num(x.age)} år; var innanfor til og med ${date(f, x.through)}). ${REC.nn}`,
  "outreach.prevalence/outcome": (x, f) => {
    const o = obj(x.outcome);
    return `om lag ${f.number(num(o.estimate), 0)} svært sårbare unge 13–23 år (spenn ${f.number(num(o.low), 0)}–${f.number(num(o.high), 0)}), rekna ut frå ${x.basis === "cohort" ? "kullet 13–23 år" : "folketalet"}. ${EST.nn}`;
  },
  "outreach.prevalence/from-population/holds": (x, f) =>
    `${f.number(num(x.population), 0)} innbyggjarar med ${n2(f, x.per10000)} per 10 000 gir om lag ${f.number(num(x.estimate), 0)}; med ${pct(f, x.shareHigh)} i staden for ${pct(f, x.shareLow)} blir det ${f.number(num(x.high), 0)}.`,
  "outreach.prevalence/from-cohort/holds": (x, f) =>
    `${pct(f, x.fraction)} av ${range(f, x.shareLow, x.shareHigh)} av ${f.number(num(x.cohort13to23), 0)} unge 13–23 år gir ${f.number(num(x.low), 0)}–${f.number(num(x.high), 0)}.`,
  "outreach.staffing/outcome": (x, f) => {
    const o = obj(x.outcome);
    const split = o.splitSinglePosition === true ? ", delt slik at arbeidet kan gjerast i par" : "";
    return `${n2(f, o.fte)} årsverk, minst ${num(o.minimumHeadcount)} personar${split}. ${REC.nn}`;
  },
  "outreach.staffing/minimum/holds": (x, f) =>
    `${f.number(num(x.population), 0)} innbyggjarar, høgst ${f.number(num(x.limit), 0)}: minstestandarden på ${n2(f, x.minimumFte)} årsverk gjeld.`,
  "outreach.staffing/per-inhabitants/holds": (x, f) =>
    `${f.number(num(x.population), 0)} innbyggjarar, over ${f.number(num(x.limit), 0)}: éin stilling per ${f.number(num(x.inhabitantsPerFte), 0)} innbyggjarar gir ${n2(f, x.exactFte)} årsverk${x.rounding === "whole-up" ? `, runda opp til ${n2(f, x.fte)}` : ""}.`,
  "outreach.staffing/positions-for-population/holds": (x, f) =>
    `Tenesta har ${n2(f, x.fte)} årsverk; tilrådd for ${f.number(num(x.population), 0)} innbyggjarar er ${n2(f, x.requiredFte)}.`,
  "outreach.staffing/positions-for-population/fails": (x, f) =>
    x.requiredFte == null
      ? `Tenesta har ${n2(f, x.fte)} årsverk, under minstestandarden på ${n2(f, x.minimumFte)} uansett folketal.`
      : `Tenesta har ${n2(f, x.fte)} årsverk; tilrådd for ${f.number(num(x.population), 0)} innbyggjarar er ${n2(f, x.requiredFte)}.`,
  "outreach.staffing/positions-for-population/unknown": () =>
    "Folketalet eller årsverka i tenesta er ikkje kjende, så bemanninga kan ikkje vurderast.",
  "outreach.pairs/split-single-position/holds": (x, f) =>
    `${n2(f, x.fte)} årsverk er for lite til eit par: del stillinga i ${num(x.pairSize)} stillingar på ${pct(f, x.postShare)}.`,
  "outreach.pairs/team-work-secured-otherwise/holds": () =>
    "Teamarbeid er sikra på annan måte, så stillinga treng ikkje delast.",
  "outreach.pairs/pair-without-split/holds": (x, f) =>
    `${n2(f, x.fte)} årsverk gir rom for minst ${num(x.minimumHeadcount)} personar, så arbeidet kan gjerast i par utan å dele ei stilling.`,
  "outreach.pairs/two-people/holds": (x) =>
    x.headcount != null && num(x.headcount) >= num(x.pairSize)
      ? `Tenesta har ${num(x.headcount)} oppsøkarar, nok til å arbeide i par.`
      : "Teamarbeid er sikra på annan måte.",
  "outreach.pairs/two-people/fails": (x) =>
    `Tenesta har ${num(x.headcount)} oppsøkar(ar), og teamarbeid er ikkje sikra på annan måte: éi stilling bør delast i to 50 %-stillingar.`,
  "outreach.pairs/two-people/unknown": () =>
    "Det er ikkje kjent om tenesta har nok folk til å arbeide i par, eller om teamarbeid er sikra på annan måte.",
  "outreach.pairs/field-work-in-pairs/holds": () => "Det oppsøkjande arbeidet blir gjort i par.",
  "outreach.pairs/field-work-in-pairs/fails": () =>
    "Det oppsøkjande arbeidet blir ikkje alltid gjort i par; det skal ikkje utøvast åleine.",
  "outreach.pairs/field-work-in-pairs/unknown": () =>
    "Det er ikkje kjent om det oppsøkjande arbeidet blir gjort i par.",
  "outreach.field-time/outcome/below": (x, f) =>
    `${pct(f, x.share)} utetid, under tilrådd ${range(f, x.min, x.max)} (hovudregel om lag ${pct(f, x.mainRule)}). ${REC.nn}`,
  "outreach.field-time/outcome/within": (x, f) =>
    `${pct(f, x.share)} utetid, innanfor tilrådd ${range(f, x.min, x.max)} (hovudregel om lag ${pct(f, x.mainRule)}). ${REC.nn}`,
  "outreach.field-time/outcome/above": (x, f) =>
    `${pct(f, x.share)} utetid, over tilrådd ${range(f, x.min, x.max)} (hovudregel om lag ${pct(f, x.mainRule)}). ${REC.nn}`,
  "outreach.field-time/within-range/holds": (x, f) =>
    `${n2(f, x.fieldHours)} av ${n2(f, x.totalHours)} arbeidstimar ute (${pct(f, x.share)}), innanfor ${range(f, x.min, x.max)}.`,
  "outreach.field-time/within-range/fails": (x, f) =>
    `${n2(f, x.fieldHours)} av ${n2(f, x.totalHours)} arbeidstimar ute (${pct(f, x.share)}), ${x.band === "below" ? "under" : "over"} ${range(f, x.min, x.max)}.`,
  "outreach.field-time/within-range/unknown": (x, f) =>
    `Utetida er ikkje kjend; tilrådd er ${range(f, x.min, x.max)} av arbeidstida.`,
  "outreach.voluntary/outcome/may-follow-up": () => `tenesta kan følgje opp, fordi den unge er samd. ${REC.nn}`,
  "outreach.voluntary/outcome/no-follow-up": () =>
    `inga oppfølging: kontakten er friviljug, og den unge er ikkje samd. ${REC.nn}`,
  "outreach.voluntary/outcome/unknown": () => `kan ikkje avgjerast før det er kjent om den unge er samd. ${REC.nn}`,
  "outreach.voluntary/agreement/holds": () => "Den unge er samd i oppfølginga.",
  "outreach.voluntary/agreement/fails": () => "Den unge er ikkje samd i oppfølginga.",
  "outreach.voluntary/agreement/unknown": () => "Det er ikkje kjent om den unge er samd i oppfølginga.",
  "outreach.documentation/outcome/within-consent": () =>
    `det som er dokumentert, er i samsvar med samtykket. ${REC.nn}`,
  "outreach.documentation/outcome/beyond-consent": (x, f) =>
    `det er dokumentert meir enn klienten har samtykt til: ${list(f, x.beyondConsent)}. ${REC.nn}`,
  "outreach.documentation/outcome/unknown": () => `kan ikkje avgjerast før samtykket er kjent. ${REC.nn}`,
  "outreach.documentation/within-consent/holds": () => "Alt som er dokumentert, er dekt av samtykket.",
  "outreach.documentation/within-consent/fails": (x, f) => `Dokumentert utan samtykke: ${list(f, x.beyondConsent)}.`,
  "outreach.documentation/within-consent/unknown": () =>
    "Samtykket er ikkje kjent, så dokumentasjonen kan ikkje haldast opp mot det.",
  "outreach.assessment/outcome/meets-all": (x) =>
    `tenesta oppfyller alle dei ${num(obj(x.summary).total)} punkta. ${REC.nn}`,
  "outreach.assessment/outcome/falls-short": (x) => {
    const s = obj(x.summary);
    return `tenesta oppfyller ikkje ${num(s.fallsShort)} av ${num(s.total)} punkt (${num(s.meets)} oppfylte, ${num(s.unknown)} ukjende). ${REC.nn}`;
  },
  "outreach.assessment/outcome/incomplete": (x) => {
    const s = obj(x.summary);
    return `ingen punkt er kjende for å svikte, men ${num(s.unknown)} av ${num(s.total)} er ukjende (${num(s.meets)} oppfylte). ${REC.nn}`;
  },
  "outreach.leadership/leader-or-coordinator/holds": () =>
    "Tenesta har ein fagleg leiar eller ein med leiaransvar eller definerte koordinatorfunksjonar.",
  "outreach.leadership/leader-or-coordinator/fails": () =>
    "Tenesta har ingen fagleg leiar eller nokon med leiaransvar eller definerte koordinatorfunksjonar.",
  "outreach.leadership/leader-or-coordinator/unknown": () => "Det er ikkje kjent om tenesta har ein fagleg leiar.",
  "outreach.qualifications/social-work-majority/holds": (x) =>
    `${num(x.socialWorkEducated)} av ${num(x.headcount)} oppsøkarar har sosialfagleg utdanning: eit fleirtal.`,
  "outreach.qualifications/social-work-majority/fails": (x) =>
    x.headcount == null
      ? "Ingen av oppsøkarane har sosialfagleg utdanning."
      : `${num(x.socialWorkEducated)} av ${num(x.headcount)} oppsøkarar har sosialfagleg utdanning: ikkje eit fleirtal.`,
  "outreach.qualifications/social-work-majority/unknown": () =>
    "Utdanninga til oppsøkarane er ikkje godt nok kjend til å seie om fleirtalet har sosialfagleg utdanning.",
  "outreach.diversity/team-composition/holds": () =>
    "Teamet har meir enn eitt kjønn, og det er teke omsyn til etnisitet ved samansetjinga.",
  "outreach.diversity/team-composition/fails": (x) =>
    x.mixedGender === false
      ? "Teamet har berre eitt kjønn."
      : "Det er ikkje teke omsyn til etnisitet ved samansetjinga av teamet.",
  "outreach.diversity/team-composition/unknown": () =>
    "Det er ikkje kjent om teamet er sett saman med omsyn til kjønn og etnisitet.",
  "outreach.supervision/supervision-and-reflection/holds": () =>
    "Dei tilsette har tilgang til rettleiing og refleksjon.",
  "outreach.supervision/supervision-and-reflection/fails": () =>
    "Dei tilsette har ikkje tilgang til rettleiing og refleksjon.",
  "outreach.supervision/supervision-and-reflection/unknown": () =>
    "Det er ikkje kjent om dei tilsette har tilgang til rettleiing.",
  .../* @__PURE__ */ criterionMessages<StructureId, `outreach.structure/${StructureId}/${S3}`>(
    "outreach.structure",
    STRUCTURE_LABEL.nn,
    {
      holds: (l) => `På plass: ${l}.`,
      fails: (l) => `Ikkje på plass: ${l}.`,
      unknown: (l) => `${cap(l)} – ikkje opplyst.`,
    },
  ),
  .../* @__PURE__ */ criterionMessages<MaterialId, `outreach.material/${MaterialId}/${S3}`>(
    "outreach.material",
    MATERIAL_LABEL.nn,
    {
      holds: (l) => `På plass: ${l}.`,
      fails: (l) => `Ikkje på plass: ${l}.`,
      unknown: (l) => `${cap(l)} – ikkje opplyst.`,
    },
  ),
  .../* @__PURE__ */ criterionMessages<MandateId, `outreach.mandate/${MandateId}/${S3}`>(
    "outreach.mandate",
    MANDATE_LABEL.nn,
    {
      holds: (l) => `I mandatet: ${l}.`,
      fails: (l) => `Manglar i mandatet: ${l}.`,
      unknown: (l) => `Ikkje opplyst om mandatet har ${l}.`,
    },
  ),
};

const en: Catalogue<OutreachMessageKey> = {
  "outreach.target-group/outcome/at-risk": () =>
    `in the target group, category (a) of NOU 1980:37: at risk of developing problems. ${REC.en}`,
  "outreach.target-group/outcome/outside-services": () =>
    `in the target group, category (b) of NOU 1980:37: problem-burdened without contact with the ordinary help services. ${REC.en}`,
  "outreach.target-group/outcome/needs-supplement": () =>
    `in the target group, category (c) of NOU 1980:37: problem-burdened, in contact with the help services and needing the service as a supplement. ${REC.en}`,
  "outreach.target-group/outcome/not-in-target-group": () =>
    `not in the target group of the outreach youth service. ${REC.en}`,
  "outreach.target-group/outcome/unknown": () => `cannot be decided until more facts are known. ${REC.en}`,
  "outreach.target-group/at-risk/holds": () =>
    "The person is at risk of developing problems that threaten their social and/or mental functioning (category a).",
  "outreach.target-group/at-risk/fails": () => "The person is not at risk in this sense (category a).",
  "outreach.target-group/at-risk/unknown": () => "It is not known whether the person is at risk (category a).",
  "outreach.target-group/outside-services/holds": () =>
    "The person is problem-burdened and has not established contact with the ordinary help services (category b).",
  "outreach.target-group/outside-services/fails": (x) =>
    x.hasProblems === false
      ? "The person is not problem-burdened, so category (b) does not apply."
      : "The person is in contact with the ordinary help services, so category (b) does not apply.",
  "outreach.target-group/outside-services/unknown": () =>
    "It is not known whether the person is problem-burdened without contact with the help services (category b).",
  "outreach.target-group/needs-supplement/holds": () =>
    "The person is problem-burdened, in contact with the help services and needs the service as a supplement (category c).",
  "outreach.target-group/needs-supplement/fails": (x) =>
    x.hasProblems === false
      ? "The person is not problem-burdened, so category (c) does not apply."
      : x.inContactWithServices === false
        ? "The person is not in contact with the help services, so category (c) does not apply."
        : "The person does not need the service as a supplement, so category (c) does not apply.",
  "outreach.target-group/needs-supplement/unknown": () =>
    "It is not known whether the person needs the service as a supplement to the help services (category c).",
  "outreach.age-band/within-age-band/holds": (x) =>
    `The person is ${num(x.age)}, within the age band ${num(x.minAge)}–${num(x.maxAge)}.`,
  "outreach.age-band/within-age-band/fails": (x) =>
    `The person is ${num(x.age)}, outside the age band ${num(x.minAge)}–${num(x.maxAge)}.`,
  "outreach.age-band/within-age-band/unknown": (x) =>
    `The birth date is not known, so the age band ${num(x.minAge)}–${num(x.maxAge)} cannot be assessed.`,
  "outreach.age-band/outcome/within": (x, f) =>
    `within the age band ${num(x.minAge)}–${num(x.maxAge)} (aged ${num(x.age)}; from ${date(f, x.from)} through ${date(f, x.through)}). ${REC.en}`,
  "outreach.age-band/outcome/below": (x, f) =>
    `below the age band ${num(x.minAge)}–${num(x.maxAge)} (aged ${num(x.age)}; within from ${date(f, x.from)}). ${REC.en}`,
  "outreach.age-band/outcome/above": (x, f) =>
    `above the age band ${num(x.minAge)}–${num(x.maxAge)} (aged ${num(x.age)}; was within through ${date(f, x.through)}). ${REC.en}`,
  "outreach.prevalence/outcome": (x, f) => {
    const o = obj(x.outcome);
    return `about ${f.number(num(o.estimate), 0)} very vulnerable young people aged 13–23 (range ${f.number(num(o.low), 0)}–${f.number(num(o.high), 0)}), from the ${x.basis === "cohort" ? "13–23 cohort" : "population"}. ${EST.en}`;
  },
  "outreach.prevalence/from-population/holds": (x, f) =>
    `${f.number(num(x.population), 0)} inhabitants at ${n2(f, x.per10000)} per 10,000 give about ${f.number(num(x.estimate), 0)}; with ${pct(f, x.shareHigh)} instead of ${pct(f, x.shareLow)} it is ${f.number(num(x.high), 0)}.`,
  "outreach.prevalence/from-cohort/holds": (x, f) =>
    `${pct(f, x.fraction)} of ${range(f, x.shareLow, x.shareHigh)} of ${f.number(num(x.cohort13to23), 0)} young people aged 13–23 gives ${f.number(num(x.low), 0)}–${f.number(num(x.high), 0)}.`,
  "outreach.staffing/outcome": (x, f) => {
    const o = obj(x.outcome);
    const split = o.splitSinglePosition === true ? ", split so that the work can be done in pairs" : "";
    return `${n2(f, o.fte)} FTE, at least ${num(o.minimumHeadcount)} people${split}. ${REC.en}`;
  },
  "outreach.staffing/minimum/holds": (x, f) =>
    `${f.number(num(x.population), 0)} inhabitants, at most ${f.number(num(x.limit), 0)}: the minimum of ${n2(f, x.minimumFte)} FTE applies.`,
  "outreach.staffing/per-inhabitants/holds": (x, f) =>
    `${f.number(num(x.population), 0)} inhabitants, above ${f.number(num(x.limit), 0)}: one position per ${f.number(num(x.inhabitantsPerFte), 0)} inhabitants gives ${n2(f, x.exactFte)} FTE${x.rounding === "whole-up" ? `, rounded up to ${n2(f, x.fte)}` : ""}.`,
  "outreach.staffing/positions-for-population/holds": (x, f) =>
    `The service has ${n2(f, x.fte)} FTE; ${n2(f, x.requiredFte)} are recommended for ${f.number(num(x.population), 0)} inhabitants.`,
  "outreach.staffing/positions-for-population/fails": (x, f) =>
    x.requiredFte == null
      ? `The service has ${n2(f, x.fte)} FTE, below the minimum of ${n2(f, x.minimumFte)} whatever the population.`
      : `The service has ${n2(f, x.fte)} FTE; ${n2(f, x.requiredFte)} are recommended for ${f.number(num(x.population), 0)} inhabitants.`,
  "outreach.staffing/positions-for-population/unknown": () =>
    "The population or the service's FTE is not known, so the staffing cannot be assessed.",
  "outreach.pairs/split-single-position/holds": (x, f) =>
    `${n2(f, x.fte)} FTE is too little for a pair: split the position into ${num(x.pairSize)} posts of ${pct(f, x.postShare)}.`,
  "outreach.pairs/team-work-secured-otherwise/holds": () =>
    "Team work is secured otherwise, so the position need not be split.",
  "outreach.pairs/pair-without-split/holds": (x, f) =>
    `${n2(f, x.fte)} FTE leave room for at least ${num(x.minimumHeadcount)} people, so the work can be done in pairs without splitting a position.`,
  "outreach.pairs/two-people/holds": (x) =>
    x.headcount != null && num(x.headcount) >= num(x.pairSize)
      ? `The service has ${num(x.headcount)} outreach workers, enough to work in pairs.`
      : "Team work is secured otherwise.",
  "outreach.pairs/two-people/fails": (x) =>
    `The service has ${num(x.headcount)} outreach worker(s), and team work is not secured otherwise: a single position should be split into two 50 % posts.`,
  "outreach.pairs/two-people/unknown": () =>
    "It is not known whether the service has enough people to work in pairs, or whether team work is secured otherwise.",
  "outreach.pairs/field-work-in-pairs/holds": () => "Outreach work is done in pairs.",
  "outreach.pairs/field-work-in-pairs/fails": () =>
    "Outreach work is not always done in pairs; it should never be done alone.",
  "outreach.pairs/field-work-in-pairs/unknown": () => "It is not known whether outreach work is done in pairs.",
  "outreach.field-time/outcome/below": (x, f) =>
    `${pct(f, x.share)} field time, below the recommended ${range(f, x.min, x.max)} (main rule about ${pct(f, x.mainRule)}). ${REC.en}`,
  "outreach.field-time/outcome/within": (x, f) =>
    `${pct(f, x.share)} field time, within the recommended ${range(f, x.min, x.max)} (main rule about ${pct(f, x.mainRule)}). ${REC.en}`,
  "outreach.field-time/outcome/above": (x, f) =>
    `${pct(f, x.share)} field time, above the recommended ${range(f, x.min, x.max)} (main rule about ${pct(f, x.mainRule)}). ${REC.en}`,
  "outreach.field-time/within-range/holds": (x, f) =>
    `${n2(f, x.fieldHours)} of ${n2(f, x.totalHours)} working hours in the field (${pct(f, x.share)}), within ${range(f, x.min, x.max)}.`,
  "outreach.field-time/within-range/fails": (x, f) =>
    `${n2(f, x.fieldHours)} of ${n2(f, x.totalHours)} working hours in the field (${pct(f, x.share)}), ${x.band === "below" ? "below" : "above"} ${range(f, x.min, x.max)}.`,
  "outreach.field-time/within-range/unknown": (x, f) =>
    `The field time is not known; ${range(f, x.min, x.max)} of working time is recommended.`,
  "outreach.voluntary/outcome/may-follow-up": () =>
    `the service may follow up, since the young person agrees. ${REC.en}`,
  "outreach.voluntary/outcome/no-follow-up": () =>
    `no follow-up: contact is voluntary and the young person does not agree. ${REC.en}`,
  "outreach.voluntary/outcome/unknown": () =>
    `cannot be decided until it is known whether the young person agrees. ${REC.en}`,
  "outreach.voluntary/agreement/holds": () => "The young person agrees to follow-up.",
  "outreach.voluntary/agreement/fails": () => "The young person does not agree to follow-up.",
  "outreach.voluntary/agreement/unknown": () => "It is not known whether the young person agrees to follow-up.",
  "outreach.documentation/outcome/within-consent": () => `what is documented matches the consent. ${REC.en}`,
  "outreach.documentation/outcome/beyond-consent": (x, f) =>
    `more is documented than the client consented to: ${list(f, x.beyondConsent)}. ${REC.en}`,
  "outreach.documentation/outcome/unknown": () => `cannot be decided until the consent is known. ${REC.en}`,
  "outreach.documentation/within-consent/holds": () => "Everything documented is covered by the consent.",
  "outreach.documentation/within-consent/fails": (x, f) => `Documented without consent: ${list(f, x.beyondConsent)}.`,
  "outreach.documentation/within-consent/unknown": () =>
    "The consent is not known, so the documentation cannot be checked against it.",
  "outreach.assessment/outcome/meets-all": (x) => `the service meets all ${num(obj(x.summary).total)} items. ${REC.en}`,
  "outreach.assessment/outcome/falls-short": (x) => {
    const s = obj(x.summary);
    return `the service falls short on ${num(s.fallsShort)} of ${num(s.total)} items (${num(s.meets)} met, ${num(s.unknown)} unknown). ${REC.en}`;
  },
  "outreach.assessment/outcome/incomplete": (x) => {
    const s = obj(x.summary);
    return `no item is known to fall short, but ${num(s.unknown)} of ${num(s.total)} are unknown (${num(s.meets)} met). ${REC.en}`;
  },
  "outreach.leadership/leader-or-coordinator/holds": () =>
    "The service has a professional leader, or someone with leadership responsibility or defined coordinator functions.",
  "outreach.leadership/leader-or-coordinator/fails": () =>
    "The service has no professional leader and nobody with leadership responsibility or defined coordinator functions.",
  "outreach.leadership/leader-or-coordinator/unknown": () =>
    "It is not known whether the service has a professional leader.",
  "outreach.qualifications/social-work-majority/holds": (x) =>
    `${num(x.socialWorkEducated)} of ${num(x.headcount)} outreach workers have social-work education: a majority.`,
  "outreach.qualifications/social-work-majority/fails": (x) =>
    x.headcount == null
      ? "None of the outreach workers has social-work education."
      : `${num(x.socialWorkEducated)} of ${num(x.headcount)} outreach workers have social-work education: no majority.`,
  "outreach.qualifications/social-work-majority/unknown": () =>
    "The staff's education is not known well enough to say whether the majority has social-work education.",
  "outreach.diversity/team-composition/holds": () =>
    "The team has more than one gender, and ethnicity was taken into account in composing it.",
  "outreach.diversity/team-composition/fails": (x) =>
    x.mixedGender === false
      ? "The team has only one gender."
      : "Ethnicity was not taken into account in composing the team.",
  "outreach.diversity/team-composition/unknown": () =>
    "It is not known whether the team was composed with regard to gender and ethnicity.",
  "outreach.supervision/supervision-and-reflection/holds": () => "Staff have access to supervision and reflection.",
  "outreach.supervision/supervision-and-reflection/fails": () => "Staff have no access to supervision and reflection.",
  "outreach.supervision/supervision-and-reflection/unknown": () =>
    "It is not known whether staff have access to supervision.",
  .../* @__PURE__ */ criterionMessages<StructureId, `outreach.structure/${StructureId}/${S3}`>(
    "outreach.structure",
    STRUCTURE_LABEL.en,
    {
      holds: (l) => `In place: ${l}.`,
      fails: (l) => `Not in place: ${l}.`,
      unknown: (l) => `${cap(l)} – not stated.`,
    },
  ),
  .../* @__PURE__ */ criterionMessages<MaterialId, `outreach.material/${MaterialId}/${S3}`>(
    "outreach.material",
    MATERIAL_LABEL.en,
    {
      holds: (l) => `In place: ${l}.`,
      fails: (l) => `Not in place: ${l}.`,
      unknown: (l) => `${cap(l)} – not stated.`,
    },
  ),
  .../* @__PURE__ */ criterionMessages<MandateId, `outreach.mandate/${MandateId}/${S3}`>(
    "outreach.mandate",
    MANDATE_LABEL.en,
    {
      holds: (l) => `In the mandate: ${l}.`,
      fails: (l) => `Missing from the mandate: ${l}.`,
      unknown: (l) => `Not stated whether the mandate has ${l}.`,
    },
  ),
};

/** Every rule object of the outreach area, including those that compute nothing on their own. */
export const OUTREACH_RULES = /* @__PURE__ */ deepFreeze([
  OUTREACH_TARGET_GROUP,
  OUTREACH_AGE_BAND,
  OUTREACH_PREVALENCE,
  OUTREACH_VOLUNTARY,
  OUTREACH_PAIRS,
  OUTREACH_FIELD_TIME,
  OUTREACH_STAFFING,
  OUTREACH_LEADERSHIP,
  OUTREACH_QUALIFICATIONS,
  OUTREACH_DIVERSITY,
  OUTREACH_SUPERVISION,
  OUTREACH_STRUCTURE,
  OUTREACH_MATERIAL,
  OUTREACH_MANDATE,
  OUTREACH_DOCUMENTATION,
  OUTREACH_ASSESSMENT,
] as const);

/** Labels of the facts a criterion list reads, as `group.fact`. */
function criterionFacts(
  group: string,
  criteria: readonly { readonly id: string; readonly fact: string }[],
  labels: Labels<string>,
): Record<string, Localized> {
  const out: Record<string, Localized> = {};
  for (const c of criteria) {
    out[`${group}.${c.fact}`] = {
      nb: labels.nb[c.id] ?? c.id,
      nn: labels.nn[c.id] ?? c.id,
      en: labels.en[c.id] ?? c.id,
    };
  }
  return out;
}

/** The outreach area's explanations. */
export const OUTREACH_MESSAGES: AreaMessages<OutreachMessageKey> = /* @__PURE__ */ deepFreeze({
  area: "outreach",
  catalogues: { nb, nn, en },
  facts: {
    birthDate: { nb: "fødselsdato", nn: "fødselsdato", en: "birth date" },
    atRisk: { nb: "om personen er i faresonen", nn: "om personen er i faresona", en: "whether the person is at risk" },
    hasProblems: {
      nb: "om personen er problembelastet",
      nn: "om personen er problembelasta",
      en: "whether the person is problem-burdened",
    },
    inContactWithServices: {
      nb: "om personen er i kontakt med hjelpeapparatet",
      nn: "om personen er i kontakt med hjelpeapparatet",
      en: "whether the person is in contact with the help services",
    },
    needsSupplement: {
      nb: "om personen trenger tjenesten som supplement",
      nn: "om personen treng tenesta som supplement",
      en: "whether the person needs the service as a supplement",
    },
    agreed: { nb: "om den unge er enig", nn: "om den unge er samd", en: "whether the young person agrees" },
    consentedTo: {
      nb: "hva klienten har samtykket til",
      nn: "kva klienten har samtykt til",
      en: "what the client consented to",
    },
    population: { nb: "folketall", nn: "folketal", en: "population" },
    fte: { nb: "tjenestens årsverk", nn: "årsverka i tenesta", en: "the service's FTE" },
    headcount: {
      nb: "antall oppsøkere (eller listen over ansatte)",
      nn: "talet på oppsøkarar (eller lista over tilsette)",
      en: "number of outreach workers (or the staff list)",
    },
    socialWorkEducated: {
      nb: "antall med sosialfaglig utdanning",
      nn: "talet med sosialfagleg utdanning",
      en: "number with social-work education",
    },
    "staff.socialWorkEducation": {
      nb: "de ansattes utdanning",
      nn: "utdanninga til dei tilsette",
      en: "the staff's education",
    },
    fieldTime: { nb: "utetid og arbeidstid", nn: "utetid og arbeidstid", en: "field and working hours" },
    workInPairs: {
      nb: "om arbeidet ute gjøres i par",
      nn: "om arbeidet ute blir gjort i par",
      en: "whether field work is done in pairs",
    },
    teamWorkSecuredOtherwise: {
      nb: "om teamarbeid er sikret på annen måte",
      nn: "om teamarbeid er sikra på annan måte",
      en: "whether team work is secured otherwise",
    },
    leaderOrCoordinator: {
      nb: "om tjenesten har faglig leder eller koordinator",
      nn: "om tenesta har fagleg leiar eller koordinator",
      en: "whether the service has a leader or coordinator",
    },
    mixedGender: {
      nb: "om teamet har mer enn ett kjønn",
      nn: "om teamet har meir enn eitt kjønn",
      en: "whether the team has more than one gender",
    },
    ethnicityConsidered: {
      nb: "om det er tatt hensyn til etnisitet",
      nn: "om det er teke omsyn til etnisitet",
      en: "whether ethnicity was taken into account",
    },
    supervision: {
      nb: "om de ansatte har veiledning",
      nn: "om dei tilsette har rettleiing",
      en: "whether staff have supervision",
    },
    .../* @__PURE__ */ criterionFacts("structure", OUTREACH_STRUCTURE_CRITERIA, STRUCTURE_LABEL),
    .../* @__PURE__ */ criterionFacts("material", OUTREACH_MATERIAL_CRITERIA, MATERIAL_LABEL),
    .../* @__PURE__ */ criterionFacts("mandate", OUTREACH_MANDATE_CRITERIA, MANDATE_LABEL),
  },
  rules: OUTREACH_RULES,
  versions: OUTREACH_VERSIONS,
  parameters: OUTREACH_PARAMETERS,
});
