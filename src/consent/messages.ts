import type { AreaMessages, Catalogue, Msg } from "../core/explain.js";
import type { Formatter } from "../core/format.js";
import { deepFreeze } from "../core/freeze.js";
import type { Json, Locale, Localized } from "../core/types.js";
import { CONSENT_AFTERCARE } from "./aftercare.js";
import { CONSENT_ANONYMOUS_FORUM } from "./anonymous-forum.js";
import { CONSENT_CHILD_VIEWS } from "./child-views.js";
import { CONSENT_DUTY_TO_REPORT } from "./duty-to-report.js";
import { CONSENT_EDUCATION_CHOICE } from "./education-choice.js";
import {
  CONSENT_GUARDIAN_CONFIDENTIALITY,
  type GuardianDisclosureOutcome,
  INFORMATION_KINDS,
} from "./guardian-confidentiality.js";
import { CONSENT_HEALTH } from "./health.js";
import { CONSENT_INFORMATION_SOCIETY } from "./information-society.js";
import { CONSENT_MAJORITY } from "./majority.js";
import { CONSENT_OTHER_LEGAL_BASIS, OTHER_LEGAL_BASES, type OtherLegalBasisDef } from "./other-legal-basis.js";
import { CONSENT_PARAMETERS, type GuardianConfidentialityFrom } from "./parameters.js";
import type { InformationKind } from "./schemas.js";
import { CONSENT_SHARE_WITH_AGENCY, type ConsentToShareOutcome } from "./share-with-agency.js";
import {
  type CONSENT_THRESHOLD_RULE,
  CONSENT_THRESHOLDS,
  CONSENT_TIMELINE,
  type ConsentThreshold,
  type ConsentThresholdId,
  type ConsentTimelineNext,
} from "./timeline.js";
import { CONSENT_VERSIONS } from "./versions.js";

type S3 = "holds" | "fails" | "unknown";
type S2 = "holds" | "fails";
type ThresholdKey = {
  [I in ConsentThresholdId]: `${(typeof CONSENT_THRESHOLD_RULE)[I]}/${I}/${S2}`;
}[ConsentThresholdId];

/** Every message key of the consent area. A catalogue missing one does not compile. */
export type ConsentMessageKey =
  | `consent.share-with-agency/outcome/${ConsentToShareOutcome}`
  | `consent.anonymous-forum/not-identifiable/${S3}`
  | `consent.duty-to-report/triggered/${S3}`
  | `consent.other-legal-basis/applies/${S3}`
  | `consent.share-with-agency/youth-consents/${S3}`
  | `consent.guardian-confidentiality/outcome/${GuardianDisclosureOutcome}`
  | `consent.guardian-confidentiality/confidentiality-age/${S3}`
  | `consent.majority/of-age/${S3}`
  | `consent.guardian-confidentiality/exempt-information/${S3}`
  | `consent.guardian-confidentiality/serious/${S2}`
  | "consent.guardian-confidentiality/agreed-with-youth/holds"
  | "consent.timeline/outcome"
  | ThresholdKey;

const num = (v: Json | undefined): number => (typeof v === "number" ? v : Number(v));
const date = (f: Formatter, v: Json | undefined): string => (typeof v === "string" ? f.date(v) : "—");
const kindOf = (v: Json | undefined): InformationKind | null =>
  typeof v === "string" && v in INFORMATION_KINDS ? (v as InformationKind) : null;
const kindTitle = (f: Formatter, v: Json | undefined): string => {
  const k = kindOf(v);
  return k === null ? "—" : INFORMATION_KINDS[k].title[f.locale];
};

const basisOf = (v: Json | undefined): OtherLegalBasisDef | null =>
  typeof v === "string" && v in OTHER_LEGAL_BASES ? OTHER_LEGAL_BASES[v as keyof typeof OTHER_LEGAL_BASES] : null;
const basisTitle = (f: Formatter, v: Json | undefined): string => basisOf(v)?.title[f.locale] ?? "—";
const upper = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const basisLimit = (f: Formatter, v: Json | undefined): string => basisOf(v)?.limitText[f.locale] ?? "—";
/** Every other legal basis, as a list whose last item is joined by `last` ("eller", "or", "nor"). */
const allBases = (f: Formatter, last: string): string => {
  const titles = Object.values(OTHER_LEGAL_BASES).map((b) => b.title[f.locale]);
  return `${titles.slice(0, -1).join(", ")} ${last} ${titles.at(-1) ?? ""}`;
};

const READING: Readonly<Record<GuardianConfidentialityFrom, Localized>> = {
  "15th-birthday": { nb: "fra 15-årsdagen", nn: "frå 15-årsdagen", en: "from the 15th birthday" },
  "16th-birthday": { nb: "fra 16-årsdagen", nn: "frå 16-årsdagen", en: "from the 16th birthday" },
};
const reading = (f: Formatter, v: Json | undefined): string =>
  v === "16th-birthday" ? READING["16th-birthday"][f.locale] : READING["15th-birthday"][f.locale];

const TITLE: ReadonlyMap<string, Localized> = new Map(CONSENT_THRESHOLDS.map((d) => [d.id, d.title]));
const lower = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** The threshold messages of a locale, from the texts in CONSENT_THRESHOLDS and two frames. */
function thresholdMessages(
  locale: Locale,
  holds: (age: number, when: string, changes: string) => string,
  fails: (age: number, when: string, changes: string) => string,
): Record<ThresholdKey, Msg> {
  const out = {} as Record<ThresholdKey, Msg>;
  for (const d of CONSENT_THRESHOLDS) {
    const changes = d.changes[locale];
    out[`${d.rule.id}/${d.id}/holds` as ThresholdKey] = (x, f) => holds(num(x.age), date(f, x.date), changes);
    out[`${d.rule.id}/${d.id}/fails` as ThresholdKey] = (x, f) => fails(num(x.age), date(f, x.date), changes);
  }
  return out;
}

/** The outcome line of a timeline, from its entries and `next`. */
function timelineOutcome(
  f: Formatter,
  x: Record<string, Json>,
  frame: {
    readonly passed: (n: number, total: number, age: number) => string;
    readonly next: (when: string, age: number, what: string) => string;
    readonly done: string;
  },
): string {
  const entries = (Array.isArray(x.outcome) ? x.outcome : []) as unknown as readonly ConsentThreshold[];
  const passed = entries.filter((e) => e.passed).length;
  const head = frame.passed(passed, entries.length, num(x.age));
  const next = x.next as ConsentTimelineNext | null | undefined;
  if (next == null) return `${head} ${frame.done}`;
  const what = f.list(next.ids.map((id) => lower(TITLE.get(id)?.[f.locale] ?? id)));
  return `${head} ${frame.next(date(f, next.date), next.age, what)}`;
}

const nb: Catalogue<ConsentMessageKey> = {
  "consent.share-with-agency/outcome/youth": (x, f) =>
    `ungdommen selv må samtykke før saken drøftes med andre instanser (fylte ${num(x.consentAge)} år ${date(f, x.youthConsentsFrom)}). Dokumenter bare det ungdommen har samtykket til (outreach.documentation).`,
  "consent.share-with-agency/outcome/guardians": (x, f) =>
    `de foresatte må samtykke før saken drøftes med andre instanser; fra ${date(f, x.youthConsentsFrom)} (${num(x.consentAge)} år) samtykker ungdommen selv. Dokumenter bare det som er samtykket til (outreach.documentation).`,
  "consent.share-with-agency/outcome/not-needed": (x, f) =>
    x.exemption === "duty-to-report"
      ? "samtykke trengs ikke: opplysningsplikten til barnevernet er utløst, så opplysningene skal gis til barnevernstjenesten. Unntaket dekker det som meldes dit; å dele med andre krever samtykke eller et annet lovlig grunnlag."
      : x.exemption === "other-legal-basis"
        ? `samtykke trengs ikke etter ${basisTitle(f, x.legalBasis)}, men bare innenfor grensen: ${basisLimit(f, x.legalBasis)}.`
        : "samtykke trengs ikke så lenge saken er anonymisert (for eksempel i SLT); navn eller opplysninger som kan identifisere personen, krever samtykke eller et annet lovlig grunnlag.",
  "consent.share-with-agency/outcome/unknown": (x, f) =>
    x.consentBy === "guardians"
      ? `kan ikke avgjøres før flere opplysninger er kjent. Gjelder ingen av unntakene, må de foresatte samtykke (fra ${date(f, x.youthConsentsFrom)} ungdommen selv).`
      : x.consentBy === "youth"
        ? "kan ikke avgjøres før flere opplysninger er kjent. Gjelder ingen av unntakene, må ungdommen selv samtykke."
        : "kan ikke avgjøres før flere opplysninger er kjent.",
  "consent.anonymous-forum/not-identifiable/holds": () =>
    "Saken drøftes uten navn og uten at personen kan kjennes igjen (anonymisert, for eksempel i SLT); anonymiserte opplysninger er ikke taushetsbelagt, så det krever ikke samtykke.",
  "consent.anonymous-forum/not-identifiable/fails": () =>
    "Den unge er navngitt eller kan kjennes igjen, så drøfting med andre instanser krever samtykke med mindre opplysningsplikten eller et annet lovlig grunnlag gir adgang til det.",
  "consent.anonymous-forum/not-identifiable/unknown": () => "Det er ikke kjent om den unge kan kjennes igjen.",
  "consent.duty-to-report/triggered/holds": () =>
    "Opplysningsplikten til barnevernet er utløst: opplysningene gis til barnevernstjenesten uten samtykke.",
  "consent.duty-to-report/triggered/fails": () =>
    "Opplysningsplikten til barnevernet er ikke utløst, så den opphever ikke taushetsplikten.",
  "consent.duty-to-report/triggered/unknown": () =>
    "Det er ikke kjent om opplysningsplikten til barnevernet er utløst.",
  "consent.other-legal-basis/applies/holds": (x, f) =>
    x.information === "vital"
      ? `Opplysningen er livsviktig: ${basisTitle(f, x.otherLegalBasis)} gir adgang til å dele den ${basisLimit(f, x.otherLegalBasis)}.`
      : `${upper(basisTitle(f, x.otherLegalBasis))} gjelder, så samtykke trengs ikke for denne delingen. Grensen: ${basisLimit(f, x.otherLegalBasis)}.`,
  "consent.other-legal-basis/applies/fails": (_x, f) =>
    `Etter tjenestens vurdering gjelder ikke noe annet lovlig grunnlag for å dele uten samtykke (verken ${allBases(f, "eller")}).`,
  "consent.other-legal-basis/applies/unknown": (_x, f) =>
    `Det er ikke kjent om et annet lovlig grunnlag gir adgang til å dele uten samtykke: ${allBases(f, "eller")}.`,
  "consent.share-with-agency/youth-consents/holds": (x, f) =>
    `Ungdommen fylte ${num(x.consentAge)} år ${date(f, x.youthConsentsFrom)} og samtykker selv.`,
  "consent.share-with-agency/youth-consents/fails": (x, f) =>
    `Ungdommen er ${num(x.age)} år og fyller ${num(x.consentAge)} år ${date(f, x.youthConsentsFrom)}; til da samtykker de foresatte.`,
  "consent.share-with-agency/youth-consents/unknown": (x) =>
    `Fødselsdatoen er ikke kjent, så det kan ikke avgjøres om ungdommen har fylt ${num(x.consentAge)} år og samtykker selv.`,
  "consent.guardian-confidentiality/outcome/may-inform": (x, f) => {
    if (x.information === "agreed")
      return "de foresatte kan informeres om det ungdommen har sagt seg enig i at kan deles.";
    if (x.band === "before-confidentiality")
      return `de foresatte kan informeres: tjenesten har ikke taushetsplikt overfor dem før ungdommen fyller ${num(x.confidentialityAge)} år (${date(f, x.confidentialFrom)}). Avtal med ungdommen hva som kan snakkes åpent om med foreldrene.`;
    if (x.information === "vital" && x.band === "of-age")
      return "de foresatte kan informeres, men bare så langt det er nødvendig for å unngå fare for liv eller helse (forvaltningsloven § 13 b første ledd nr. 7): ungdommen er myndig, og annet kan bare gis dem med ungdommens samtykke.";
    if (x.information === "vital" && x.band == null)
      return "de foresatte kan informeres så langt det er nødvendig for å unngå fare for liv eller helse, uansett alder (forvaltningsloven § 13 b første ledd nr. 7).";
    if (x.information === "vital")
      return "de foresatte kan informeres: taushetsplikten overfor dem gjelder ikke livsviktig informasjon, og forvaltningsloven § 13 b første ledd nr. 7 gir adgang til å dele den så langt det er nødvendig for å unngå fare for liv eller helse.";
    return `de foresatte kan informeres: taushetsplikten gjelder ikke ${kindTitle(f, x.information)}.`;
  },
  "consent.guardian-confidentiality/outcome/must-inform": (x) =>
    `de foresatte må informeres: opplysningen er livsviktig, og de foresatte skal kunne utøve foreldreansvaret til ungdommen fyller ${num(x.majorityAge)} år (lesemåten «must-inform» av consent.vital-information).`,
  "consent.guardian-confidentiality/outcome/confidential": (x, f) =>
    x.band === "of-age"
      ? "taushetsplikt: ungdommen er myndig, og de foresatte har verken foreldreansvar eller rett til informasjon. Opplysninger kan bare gis med ungdommens samtykke eller etter et annet lovlig grunnlag (livsviktig informasjon: så langt det er nødvendig for å unngå fare for liv eller helse)."
      : `taushetsplikt overfor de foresatte. Er opplysningen alvorlig, trengs en skjønnsmessig vurdering av om de foresatte trenger den for å utøve foreldreansvaret fram til ${date(f, x.majorityFrom)}.`,
  "consent.guardian-confidentiality/outcome/judgement-needed": (x, f) =>
    `en skjønnsmessig vurdering trengs: opplysningen er alvorlig, og de foresatte skal kunne utøve foreldreansvaret til ungdommen fyller ${num(x.majorityAge)} år (${date(f, x.majorityFrom)}). Vei det mot ungdommens tillit til tjenesten; jo alvorligere opplysningen er, desto sterkere taler det for å informere.`,
  "consent.guardian-confidentiality/outcome/unknown": () => "kan ikke avgjøres før flere opplysninger er kjent.",
  "consent.guardian-confidentiality/confidentiality-age/holds": (x, f) =>
    `Ungdommen fylte ${num(x.confidentialityAge)} år ${date(f, x.confidentialFrom)}: tjenesten har taushetsplikt overfor de foresatte («over 15 år» lest ${reading(f, x.reading)}).`,
  "consent.guardian-confidentiality/confidentiality-age/fails": (x, f) =>
    `Ungdommen fyller ${num(x.confidentialityAge)} år ${date(f, x.confidentialFrom)}; før det har tjenesten ikke taushetsplikt overfor de foresatte, men bør avtale med ungdommen hva som kan snakkes åpent om med foreldrene.`,
  "consent.guardian-confidentiality/confidentiality-age/unknown": (x) =>
    `Fødselsdatoen er ikke kjent, så det kan ikke avgjøres om ungdommen har fylt ${num(x.confidentialityAge)} år, da taushetsplikten overfor de foresatte begynner.`,
  "consent.majority/of-age/holds": (x, f) =>
    `Ungdommen ble myndig ${date(f, x.majorityFrom)} (${num(x.majorityAge)} år): de foresatte har ikke lenger foreldreansvar eller rett til informasjon.`,
  "consent.majority/of-age/fails": (x, f) =>
    `Ungdommen blir myndig ${date(f, x.majorityFrom)} (${num(x.majorityAge)} år); til da skal de foresatte kunne utøve foreldreansvaret.`,
  "consent.majority/of-age/unknown": (x) =>
    `Fødselsdatoen er ikke kjent, så det kan ikke avgjøres om ungdommen er myndig (${num(x.majorityAge)} år).`,
  "consent.guardian-confidentiality/exempt-information/holds": (x) =>
    x.information === "vital"
      ? `Opplysningen er livsviktig: taushetsplikten overfor de foresatte gjelder ikke livsviktig informasjon${x.vitalReading === "must-inform" ? ", og etter lesemåten «must-inform» må de foresatte informeres" : ""}.`
      : "Opplysningen gjelder hvor ungdommen oppholder seg: taushetsplikten overfor de foresatte gjelder ikke slik informasjon.",
  "consent.guardian-confidentiality/exempt-information/fails": (x, f) =>
    `Opplysningen (${kindTitle(f, x.information)}) er verken livsviktig eller om hvor ungdommen oppholder seg, så unntaket fra taushetsplikten gjelder ikke.`,
  "consent.guardian-confidentiality/exempt-information/unknown": () =>
    "Det er ikke kjent hva slags opplysning det gjelder (livsviktig, oppholdssted, alvorlig, annet, eller avtalt med ungdommen).",
  "consent.guardian-confidentiality/serious/holds": (x) =>
    `Opplysningen er alvorlig: om de foresatte skal informeres, er et skjønnsspørsmål knyttet til alvorlighetsgraden. Det som veies, er de foresattes mulighet til å utøve foreldreansvaret til ungdommen fyller ${num(x.majorityAge)} år, mot ungdommens tillit til tjenesten.`,
  "consent.guardian-confidentiality/serious/fails": (x) =>
    `Opplysningen er ikke oppgitt som alvorlig og er taushetsbelagt. Viser den seg å være alvorlig, må tjenesten vurdere om de foresatte trenger den for å utøve foreldreansvaret til ungdommen fyller ${num(x.majorityAge)} år.`,
  "consent.guardian-confidentiality/agreed-with-youth/holds": () =>
    "Ungdommen har sagt seg enig i at dette kan snakkes åpent om med foreldrene; samtykke opphever taushetsplikten.",
  "consent.timeline/outcome": (x, f) =>
    timelineOutcome(f, x, {
      passed: (n, total, age) => `${n} av ${total} aldersgrenser er nådd (ungdommen er ${age} år).`,
      next: (when, age, what) => `Neste endring ${when} (${age} år): ${what}.`,
      done: "Alle er nådd.",
    }),
  ...thresholdMessages(
    "nb",
    (age, when, changes) => `${age} år, fylt ${when}: ${changes}`,
    (age, when, changes) => `${age} år, fylles ${when}: ${changes}`,
  ),
};

const nn: Catalogue<ConsentMessageKey> = {
  "consent.share-with-agency/outcome/youth": (x, f) =>
    `ungdommen sjølv må samtykkje før saka blir drøfta med andre instansar (fylte ${num(x.consentAge)} år ${date(f, x.youthConsentsFrom)}). Dokumenter berre det ungdommen har samtykt til (outreach.documentation).`,
  "consent.share-with-agency/outcome/guardians": (x, f) =>
    `dei føresette må samtykkje før saka blir drøfta med andre instansar; frå ${date(f, x.youthConsentsFrom)} (${num(x.consentAge)} år) samtykkjer ungdommen sjølv. Dokumenter berre det som er samtykt til (outreach.documentation).`,
  "consent.share-with-agency/outcome/not-needed": (x, f) =>
    x.exemption === "duty-to-report"
      ? "samtykke trengst ikkje: opplysningsplikta til barnevernet er utløyst, så opplysningane skal givast til barnevernstenesta. Unntaket dekkjer det som blir meldt dit; å dele med andre krev samtykke eller eit anna lovleg grunnlag."
      : x.exemption === "other-legal-basis"
        ? `samtykke trengst ikkje etter ${basisTitle(f, x.legalBasis)}, men berre innanfor grensa: ${basisLimit(f, x.legalBasis)}.`
        : "samtykke trengst ikkje så lenge saka er anonymisert (til dømes i SLT); namn eller opplysningar som kan identifisere personen, krev samtykke eller eit anna lovleg grunnlag.",
  "consent.share-with-agency/outcome/unknown": (x, f) =>
    x.consentBy === "guardians"
      ? `kan ikkje avgjerast før fleire opplysningar er kjende. Gjeld ingen av unntaka, må dei føresette samtykkje (frå ${date(f, x.youthConsentsFrom)} ungdommen sjølv).`
      : x.consentBy === "youth"
        ? "kan ikkje avgjerast før fleire opplysningar er kjende. Gjeld ingen av unntaka, må ungdommen sjølv samtykkje."
        : "kan ikkje avgjerast før fleire opplysningar er kjende.",
  "consent.anonymous-forum/not-identifiable/holds": () =>
    "Saka blir drøfta utan namn og utan at personen kan kjennast att (anonymisert, til dømes i SLT); anonymiserte opplysningar er ikkje teiepliktige, så det krev ikkje samtykke.",
  "consent.anonymous-forum/not-identifiable/fails": () =>
    "Den unge er namngitt eller kan kjennast att, så drøfting med andre instansar krev samtykke med mindre opplysningsplikta eller eit anna lovleg grunnlag gir høve til det.",
  "consent.anonymous-forum/not-identifiable/unknown": () => "Det er ikkje kjent om den unge kan kjennast att.",
  "consent.duty-to-report/triggered/holds": () =>
    "Opplysningsplikta til barnevernet er utløyst: opplysningane blir gitt til barnevernstenesta utan samtykke.",
  "consent.duty-to-report/triggered/fails": () =>
    "Opplysningsplikta til barnevernet er ikkje utløyst, så ho opphevar ikkje teieplikta.",
  "consent.duty-to-report/triggered/unknown": () =>
    "Det er ikkje kjent om opplysningsplikta til barnevernet er utløyst.",
  "consent.other-legal-basis/applies/holds": (x, f) =>
    x.information === "vital"
      ? `Opplysninga er livsviktig: ${basisTitle(f, x.otherLegalBasis)} gir høve til å dele henne ${basisLimit(f, x.otherLegalBasis)}.`
      : `${upper(basisTitle(f, x.otherLegalBasis))} gjeld, så samtykke trengst ikkje for denne delinga. Grensa: ${basisLimit(f, x.otherLegalBasis)}.`,
  "consent.other-legal-basis/applies/fails": (_x, f) =>
    `Etter vurderinga til tenesta gjeld ikkje noko anna lovleg grunnlag for å dele utan samtykke (verken ${allBases(f, "eller")}).`,
  "consent.other-legal-basis/applies/unknown": (_x, f) =>
    `Det er ikkje kjent om eit anna lovleg grunnlag gir høve til å dele utan samtykke: ${allBases(f, "eller")}.`,
  "consent.share-with-agency/youth-consents/holds": (x, f) =>
    `Ungdommen fylte ${num(x.consentAge)} år ${date(f, x.youthConsentsFrom)} og samtykkjer sjølv.`,
  "consent.share-with-agency/youth-consents/fails": (x, f) =>
    `Ungdommen er ${num(x.age)} år og fyller ${num(x.consentAge)} år ${date(f, x.youthConsentsFrom)}; til då samtykkjer dei føresette.`,
  "consent.share-with-agency/youth-consents/unknown": (x) =>
    `Fødselsdatoen er ikkje kjend, så det kan ikkje avgjerast om ungdommen har fylt ${num(x.consentAge)} år og samtykkjer sjølv.`,
  "consent.guardian-confidentiality/outcome/may-inform": (x, f) => {
    if (x.information === "agreed")
      return "dei føresette kan informerast om det ungdommen har sagt seg samd i at kan delast.";
    if (x.band === "before-confidentiality")
      return `dei føresette kan informerast: tenesta har ikkje teieplikt overfor dei før ungdommen fyller ${num(x.confidentialityAge)} år (${date(f, x.confidentialFrom)}). Avtal med ungdommen kva som kan snakkast ope om med foreldra.`;
    if (x.information === "vital" && x.band === "of-age")
      return "dei føresette kan informerast, men berre så langt det er nødvendig for å unngå fare for liv eller helse (forvaltningslova § 13 b første ledd nr. 7): ungdommen er myndig, og anna kan berre givast dei med samtykke frå ungdommen.";
    if (x.information === "vital" && x.band == null)
      return "dei føresette kan informerast så langt det er nødvendig for å unngå fare for liv eller helse, same kva alder (forvaltningslova § 13 b første ledd nr. 7).";
    if (x.information === "vital")
      return "dei føresette kan informerast: teieplikta overfor dei gjeld ikkje livsviktig informasjon, og forvaltningslova § 13 b første ledd nr. 7 gir høve til å dele henne så langt det er nødvendig for å unngå fare for liv eller helse.";
    return `dei føresette kan informerast: teieplikta gjeld ikkje ${kindTitle(f, x.information)}.`;
  },
  "consent.guardian-confidentiality/outcome/must-inform": (x) =>
    `dei føresette må informerast: opplysninga er livsviktig, og dei føresette skal kunne utøve foreldreansvaret til ungdommen fyller ${num(x.majorityAge)} år (lesemåten «must-inform» av consent.vital-information).`,
  "consent.guardian-confidentiality/outcome/confidential": (x, f) =>
    x.band === "of-age"
      ? "teieplikt: ungdommen er myndig, og dei føresette har verken foreldreansvar eller rett til informasjon. Opplysningar kan berre givast med samtykke frå ungdommen eller etter eit anna lovleg grunnlag (livsviktig informasjon: så langt det er nødvendig for å unngå fare for liv eller helse)."
      : `teieplikt overfor dei føresette. Er opplysninga alvorleg, trengst ei skjønnsmessig vurdering av om dei føresette treng henne for å utøve foreldreansvaret fram til ${date(f, x.majorityFrom)}.`,
  "consent.guardian-confidentiality/outcome/judgement-needed": (x, f) =>
    `ei skjønnsmessig vurdering trengst: opplysninga er alvorleg, og dei føresette skal kunne utøve foreldreansvaret til ungdommen fyller ${num(x.majorityAge)} år (${date(f, x.majorityFrom)}). Veg det mot tilliten ungdommen har til tenesta; di meir alvorleg opplysninga er, di sterkare talar det for å informere.`,
  "consent.guardian-confidentiality/outcome/unknown": () => "kan ikkje avgjerast før fleire opplysningar er kjende.",
  "consent.guardian-confidentiality/confidentiality-age/holds": (x, f) =>
    `Ungdommen fylte ${num(x.confidentialityAge)} år ${date(f, x.confidentialFrom)}: tenesta har teieplikt overfor dei føresette («over 15 år» lese ${reading(f, x.reading)}).`,
  "consent.guardian-confidentiality/confidentiality-age/fails": (x, f) =>
    `Ungdommen fyller ${num(x.confidentialityAge)} år ${date(f, x.confidentialFrom)}; før det har tenesta ikkje teieplikt overfor dei føresette, men bør avtale med ungdommen kva som kan snakkast ope om med foreldra.`,
  "consent.guardian-confidentiality/confidentiality-age/unknown": (x) =>
    `Fødselsdatoen er ikkje kjend, så det kan ikkje avgjerast om ungdommen har fylt ${num(x.confidentialityAge)} år, då teieplikta overfor dei føresette byrjar.`,
  "consent.majority/of-age/holds": (x, f) =>
    `Ungdommen vart myndig ${date(f, x.majorityFrom)} (${num(x.majorityAge)} år): dei føresette har ikkje lenger foreldreansvar eller rett til informasjon.`,
  "consent.majority/of-age/fails": (x, f) =>
    `Ungdommen blir myndig ${date(f, x.majorityFrom)} (${num(x.majorityAge)} år); til då skal dei føresette kunne utøve foreldreansvaret.`,
  "consent.majority/of-age/unknown": (x) =>
    `Fødselsdatoen er ikkje kjend, så det kan ikkje avgjerast om ungdommen er myndig (${num(x.majorityAge)} år).`,
  "consent.guardian-confidentiality/exempt-information/holds": (x) =>
    x.information === "vital"
      ? `Opplysninga er livsviktig: teieplikta overfor dei føresette gjeld ikkje livsviktig informasjon${x.vitalReading === "must-inform" ? ", og etter lesemåten «must-inform» må dei føresette informerast" : ""}.`
      : "Opplysninga gjeld kvar ungdommen oppheld seg: teieplikta overfor dei føresette gjeld ikkje slik informasjon.",
  "consent.guardian-confidentiality/exempt-information/fails": (x, f) =>
    `Opplysninga (${kindTitle(f, x.information)}) er verken livsviktig eller om kvar ungdommen oppheld seg, så unntaket frå teieplikta gjeld ikkje.`,
  "consent.guardian-confidentiality/exempt-information/unknown": () =>
    "Det er ikkje kjent kva slags opplysning det gjeld (livsviktig, opphaldsstad, alvorleg, anna, eller avtalt med ungdommen).",
  "consent.guardian-confidentiality/serious/holds": (x) =>
    `Opplysninga er alvorleg: om dei føresette skal informerast, er eit skjønnsspørsmål knytt til kor alvorleg ho er. Det som blir vege, er høvet dei føresette har til å utøve foreldreansvaret til ungdommen fyller ${num(x.majorityAge)} år, mot tilliten ungdommen har til tenesta.`,
  "consent.guardian-confidentiality/serious/fails": (x) =>
    `Opplysninga er ikkje oppgitt som alvorleg og er teiepliktig. Viser ho seg å vere alvorleg, må tenesta vurdere om dei føresette treng henne for å utøve foreldreansvaret til ungdommen fyller ${num(x.majorityAge)} år.`,
  "consent.guardian-confidentiality/agreed-with-youth/holds": () =>
    "Ungdommen har sagt seg samd i at dette kan snakkast ope om med foreldra; samtykke opphevar teieplikta.",
  "consent.timeline/outcome": (x, f) =>
    timelineOutcome(f, x, {
      passed: (n, total, age) => `${n} av ${total} aldersgrenser er nådde (ungdommen er ${age} år).`,
      next: (when, age, what) => `Neste endring ${when} (${age} år): ${what}.`,
      done: "Alle er nådde.",
    }),
  ...thresholdMessages(
    "nn",
    (age, when, changes) => `${age} år, fylt ${when}: ${changes}`,
    (age, when, changes) => `${age} år, blir fylt ${when}: ${changes}`,
  ),
};

const en: Catalogue<ConsentMessageKey> = {
  "consent.share-with-agency/outcome/youth": (x, f) =>
    `the young person must consent before the case is discussed with other agencies (turned ${num(x.consentAge)} on ${date(f, x.youthConsentsFrom)}). Document only what the young person consented to (outreach.documentation).`,
  "consent.share-with-agency/outcome/guardians": (x, f) =>
    `the guardians must consent before the case is discussed with other agencies; from ${date(f, x.youthConsentsFrom)} (age ${num(x.consentAge)}) the young person consents. Document only what was consented to (outreach.documentation).`,
  "consent.share-with-agency/outcome/not-needed": (x, f) =>
    x.exemption === "duty-to-report"
      ? "no consent needed: the duty to report to child welfare is triggered, so the information shall go to the child welfare service. The exemption covers what is reported there; sharing with others needs consent or another legal basis."
      : x.exemption === "other-legal-basis"
        ? `no consent needed under ${basisTitle(f, x.legalBasis)}, but only within its limit: ${basisLimit(f, x.legalBasis)}.`
        : "no consent needed while the case is anonymised (for instance in SLT); names or details that identify the person need consent or another legal basis.",
  "consent.share-with-agency/outcome/unknown": (x, f) =>
    x.consentBy === "guardians"
      ? `cannot be decided until more facts are known. If no exemption applies, the guardians must consent (from ${date(f, x.youthConsentsFrom)} the young person).`
      : x.consentBy === "youth"
        ? "cannot be decided until more facts are known. If no exemption applies, the young person must consent."
        : "cannot be decided until more facts are known.",
  "consent.anonymous-forum/not-identifiable/holds": () =>
    "The case is discussed without names and without the person being recognisable (anonymised, for instance in SLT); anonymised information is not confidential, so that needs no consent.",
  "consent.anonymous-forum/not-identifiable/fails": () =>
    "The young person is named or recognisable, so discussing them with other agencies needs consent unless the duty to report or another legal basis allows it.",
  "consent.anonymous-forum/not-identifiable/unknown": () => "It is not known whether the young person is recognisable.",
  "consent.duty-to-report/triggered/holds": () =>
    "The duty to report to child welfare is triggered: the information goes to the child welfare service without consent.",
  "consent.duty-to-report/triggered/fails": () =>
    "The duty to report to child welfare is not triggered, so it lifts no confidentiality.",
  "consent.duty-to-report/triggered/unknown": () =>
    "It is not known whether the duty to report to child welfare is triggered.",
  "consent.other-legal-basis/applies/holds": (x, f) =>
    x.information === "vital"
      ? `The information is vital: ${basisTitle(f, x.otherLegalBasis)} allows sharing it ${basisLimit(f, x.otherLegalBasis)}.`
      : `${upper(basisTitle(f, x.otherLegalBasis))} applies, so this sharing needs no consent. Its limit: ${basisLimit(f, x.otherLegalBasis)}.`,
  "consent.other-legal-basis/applies/fails": (_x, f) =>
    `As the service judges it, no other legal basis for sharing without consent applies (neither ${allBases(f, "nor")}).`,
  "consent.other-legal-basis/applies/unknown": (_x, f) =>
    `It is not known whether another legal basis allows sharing without consent: ${allBases(f, "or")}.`,
  "consent.share-with-agency/youth-consents/holds": (x, f) =>
    `The young person turned ${num(x.consentAge)} on ${date(f, x.youthConsentsFrom)} and consents themselves.`,
  "consent.share-with-agency/youth-consents/fails": (x, f) =>
    `The young person is ${num(x.age)} and turns ${num(x.consentAge)} on ${date(f, x.youthConsentsFrom)}; until then the guardians consent.`,
  "consent.share-with-agency/youth-consents/unknown": (x) =>
    `The birth date is not known, so it cannot be decided whether the young person has turned ${num(x.consentAge)} and consents themselves.`,
  "consent.guardian-confidentiality/outcome/may-inform": (x, f) => {
    if (x.information === "agreed") return "the guardians may be told what the young person has agreed may be shared.";
    if (x.band === "before-confidentiality")
      return `the guardians may be informed: the service owes them no confidentiality until the young person turns ${num(x.confidentialityAge)} (${date(f, x.confidentialFrom)}). Agree with the young person what may be discussed openly with the parents.`;
    if (x.information === "vital" && x.band === "of-age")
      return "the guardians may be informed, but only as far as necessary to avert danger to life or health (forvaltningsloven § 13 b første ledd nr. 7): the young person is of age, and anything else may be shared with them only with the young person's consent.";
    if (x.information === "vital" && x.band == null)
      return "the guardians may be informed as far as necessary to avert danger to life or health, whatever the young person's age (forvaltningsloven § 13 b første ledd nr. 7).";
    if (x.information === "vital")
      return "the guardians may be informed: confidentiality towards them does not cover vital information, and forvaltningsloven § 13 b første ledd nr. 7 allows sharing it as far as necessary to avert danger to life or health.";
    return `the guardians may be informed: confidentiality does not cover ${kindTitle(f, x.information)}.`;
  },
  "consent.guardian-confidentiality/outcome/must-inform": (x) =>
    `the guardians must be informed: the information is vital, and the guardians must be able to exercise parental responsibility until the young person turns ${num(x.majorityAge)} (the “must-inform” reading of consent.vital-information).`,
  "consent.guardian-confidentiality/outcome/confidential": (x, f) =>
    x.band === "of-age"
      ? "confidential: the young person is of age, and the guardians have neither parental responsibility nor a right to information. They may be told only with the young person's consent or under another legal basis (vital information: as far as necessary to avert danger to life or health)."
      : `confidential towards the guardians. If the information is serious, a judgement is needed on whether the guardians need it to exercise parental responsibility until ${date(f, x.majorityFrom)}.`,
  "consent.guardian-confidentiality/outcome/judgement-needed": (x, f) =>
    `a judgement is needed: the information is serious, and the guardians must be able to exercise parental responsibility until the young person turns ${num(x.majorityAge)} (${date(f, x.majorityFrom)}). Weigh that against the young person's trust in the service; the more serious the information, the stronger the case for informing them.`,
  "consent.guardian-confidentiality/outcome/unknown": () => "cannot be decided until more facts are known.",
  "consent.guardian-confidentiality/confidentiality-age/holds": (x, f) =>
    `The young person turned ${num(x.confidentialityAge)} on ${date(f, x.confidentialFrom)}: the service is bound to confidentiality towards the guardians (“over 15 år” read ${reading(f, x.reading)}).`,
  "consent.guardian-confidentiality/confidentiality-age/fails": (x, f) =>
    `The young person turns ${num(x.confidentialityAge)} on ${date(f, x.confidentialFrom)}; until then the service owes the guardians no confidentiality, but should agree with the young person what may be discussed openly with the parents.`,
  "consent.guardian-confidentiality/confidentiality-age/unknown": (x) =>
    `The birth date is not known, so it cannot be decided whether the young person has turned ${num(x.confidentialityAge)}, when confidentiality towards the guardians starts.`,
  "consent.majority/of-age/holds": (x, f) =>
    `The young person came of age on ${date(f, x.majorityFrom)} (${num(x.majorityAge)}): the guardians no longer hold parental responsibility or a right to information.`,
  "consent.majority/of-age/fails": (x, f) =>
    `The young person comes of age on ${date(f, x.majorityFrom)} (${num(x.majorityAge)}); until then the guardians must be able to exercise parental responsibility.`,
  "consent.majority/of-age/unknown": (x) =>
    `The birth date is not known, so it cannot be decided whether the young person is of age (${num(x.majorityAge)}).`,
  "consent.guardian-confidentiality/exempt-information/holds": (x) =>
    x.information === "vital"
      ? `The information is vital: confidentiality towards the guardians does not cover vital information${x.vitalReading === "must-inform" ? ", and under the “must-inform” reading the guardians must be informed" : ""}.`
      : "The information is about where the young person is staying: confidentiality towards the guardians does not cover it.",
  "consent.guardian-confidentiality/exempt-information/fails": (x, f) =>
    `The information (${kindTitle(f, x.information)}) is neither vital nor about where the young person is staying, so the exemption from confidentiality does not apply.`,
  "consent.guardian-confidentiality/exempt-information/unknown": () =>
    "It is not known what kind of information it is (vital, whereabouts, serious, other, or agreed with the young person).",
  "consent.guardian-confidentiality/serious/holds": (x) =>
    `The information is serious: whether to inform the guardians is a judgement tied to how serious it is. What is weighed is the guardians' ability to exercise parental responsibility until the young person turns ${num(x.majorityAge)}, against the young person's trust in the service.`,
  "consent.guardian-confidentiality/serious/fails": (x) =>
    `The information is not marked as serious and is confidential. If it turns out to be serious, the service must judge whether the guardians need it to exercise parental responsibility until the young person turns ${num(x.majorityAge)}.`,
  "consent.guardian-confidentiality/agreed-with-youth/holds": () =>
    "The young person has agreed that this may be discussed openly with the parents; consent lifts confidentiality.",
  "consent.timeline/outcome": (x, f) =>
    timelineOutcome(f, x, {
      passed: (n, total, age) => `${n} of ${total} thresholds reached (the young person is ${age}).`,
      next: (when, age, what) => `Next change on ${when} (age ${age}): ${what}.`,
      done: "All are reached.",
    }),
  ...thresholdMessages(
    "en",
    (age, when, changes) => `Age ${age}, reached on ${when}: ${changes}`,
    (age, when, changes) => `Age ${age}, to be reached on ${when}: ${changes}`,
  ),
};

/** Every rule object of the consent area, including those that compute nothing. */
export const CONSENT_RULES = /* @__PURE__ */ deepFreeze([
  CONSENT_SHARE_WITH_AGENCY,
  CONSENT_DUTY_TO_REPORT,
  CONSENT_OTHER_LEGAL_BASIS,
  CONSENT_ANONYMOUS_FORUM,
  CONSENT_GUARDIAN_CONFIDENTIALITY,
  CONSENT_MAJORITY,
  CONSENT_TIMELINE,
  CONSENT_CHILD_VIEWS,
  CONSENT_INFORMATION_SOCIETY,
  CONSENT_EDUCATION_CHOICE,
  CONSENT_HEALTH,
  CONSENT_AFTERCARE,
] as const);

/** The consent area's explanations. */
export const CONSENT_MESSAGES: AreaMessages<ConsentMessageKey> = /* @__PURE__ */ deepFreeze({
  area: "consent",
  catalogues: { nb, nn, en },
  facts: {
    birthDate: { nb: "fødselsdato", nn: "fødselsdato", en: "birth date" },
    identifiable: {
      nb: "om den unge kan kjennes igjen",
      nn: "om den unge kan kjennast att",
      en: "whether the young person is recognisable",
    },
    dutyToReport: {
      nb: "om opplysningsplikten til barnevernet er utløst",
      nn: "om opplysningsplikta til barnevernet er utløyst",
      en: "whether the duty to report to child welfare is triggered",
    },
    otherLegalBasis: {
      nb: "om et annet lovlig grunnlag gir adgang til å dele uten samtykke (forvaltningsloven § 13 b første ledd nr. 5–7, straffeloven § 196)",
      nn: "om eit anna lovleg grunnlag gir høve til å dele utan samtykke (forvaltningslova § 13 b første ledd nr. 5–7, straffelova § 196)",
      en: "whether another legal basis allows sharing without consent (forvaltningsloven § 13 b første ledd nr. 5–7, straffeloven § 196)",
    },
    information: {
      nb: "hva slags opplysning det gjelder",
      nn: "kva slags opplysning det gjeld",
      en: "the kind of information",
    },
  },
  rules: CONSENT_RULES,
  versions: CONSENT_VERSIONS,
  parameters: CONSENT_PARAMETERS,
});
