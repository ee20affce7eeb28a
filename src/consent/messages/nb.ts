import { cap, dateOf, num } from "../../core/format.js";
import { deepFreeze } from "../../core/freeze.js";
import {
  allBases,
  type BasisWords,
  basisLimit,
  basisTitle,
  type ConsentRulebook,
  type ConsentTexts,
  type KindWords,
  kindTitle,
  type ReadingWords,
  reading,
  type ThresholdWords,
  thresholdConditions,
  thresholdMessages,
  timelineOutcome,
} from "./keys.js";

/** The kinds of information guardians may or may not be told. */
const KIND: KindWords = {
  vital: "livsviktig informasjon",
  whereabouts: "hvor ungdommen oppholder seg",
  serious: "alvorlig, men ikke livsviktig informasjon",
  other: "annen informasjon",
  agreed: "det ungdommen har sagt seg enig i at kan deles med foreldrene",
};

/** The legal bases other than consent, and how far each reaches. */
const BASIS: BasisWords = {
  "public-body": {
    title: "forvaltningsloven § 13 b første ledd nr. 5 (opplysninger til andre forvaltningsorganer)",
    limit:
      "bare til andre forvaltningsorganer, og bare det nr. 5 tillater (blant annet personens forbindelse med tjenesten og avgjørelser som er truffet); sektorregler som NAV-loven § 7 og sosialtjenesteloven § 44 kan begrense eller utelukke det",
  },
  "report-offence": {
    title: "forvaltningsloven § 13 b første ledd nr. 6 (anmeldelse av eller opplysninger om lovbrudd)",
    limit:
      "bare til påtalemyndigheten eller kontrollmyndigheten, om lovbrudd, når allmenne hensyn tilsier det eller forfølgning av lovbruddet har naturlig sammenheng med tjenestens oppgaver",
  },
  "avert-danger": {
    title: "forvaltningsloven § 13 b første ledd nr. 7 (fare for liv eller helse)",
    limit:
      "med hvem som helst og i alle aldre, men bare «så langt det er nødvendig for å unngå fare for liv eller helse» (før nr. 7 kom inn i loven i 2021, fulgte det samme av nødretten)",
  },
  "duty-to-avert": {
    title: "avvergeplikten i straffeloven § 196",
    limit:
      "bare det som trengs for å avverge den alvorlige straffbare handlingen eller følgene av den, ved anmeldelse eller på annen måte, når det er sikkert eller mest sannsynlig at den vil bli begått; plikten gjelder uten hensyn til taushetsplikten",
  },
};

/** The readings of «over 15 år». */
const READING: ReadingWords = {
  "15th-birthday": "fra 15-årsdagen",
  "16th-birthday": "fra 16-årsdagen",
};

/** The age thresholds of a timeline, and what changes at each. */
const THRESHOLD: ThresholdWords = {
  heard: { title: "Blir hørt", changes: "Barnet skal få si sin mening før det tas avgjørelser om personlige forhold." },
  "great-weight": { title: "Stor vekt på meningen", changes: "Barnets mening skal tillegges stor vekt." },
  "health-privacy": {
    title: "Helseopplysninger og foreldre",
    changes:
      "I helsehjelp kan ungdommen be om at foreldrene ikke får opplysninger, av grunner som bør respekteres; foreldrene får likevel det som er nødvendig for å oppfylle foreldreansvaret.",
  },
  "information-society-consent": {
    title: "Apper og sosiale medier",
    changes:
      "Ungdommen samtykker selv til behandling av personopplysninger i informasjonssamfunnstjenester (apper, sosiale medier).",
  },
  "education-choice": {
    title: "Velger utdanning",
    changes:
      "Ungdommen bestemmer selv valg av utdanning og innmelding i foreninger, og søker selv videregående opplæring.",
  },
  "guardian-confidentiality": {
    title: "Taushetsplikt overfor foresatte",
    changes:
      "Tjenesten har taushetsplikt overfor de foresatte, unntatt livsviktig informasjon og hvor ungdommen oppholder seg; alvorlige opplysninger krever en skjønnsmessig vurdering.",
  },
  "share-consent": {
    title: "Samtykker til deling",
    changes: "Ungdommen samtykker selv til at saken drøftes med andre instanser (før: de foresatte).",
  },
  "health-consent": {
    title: "Samtykker til helsehjelp",
    changes:
      "Ungdommen samtykker selv til helsehjelp; foreldrene får bare det de trenger for å ivareta foreldreansvaret.",
  },
  majority: {
    title: "Myndig",
    changes:
      "Ungdommen blir myndig: de foresatte har ikke lenger foreldreansvar eller rett til informasjon. Barnevernstiltak kan fortsette som ettervern med ungdommens samtykke.",
  },
  "aftercare-ends": {
    title: "Ettervern slutter",
    changes: "Ettervern fra barnevernet (tiltak for ungdom over 18 år) tar slutt.",
  },
};

/** The consent area's texts in Bokmål. */
export const consentNb: ConsentTexts = /* @__PURE__ */ deepFreeze({
  area: "consent",
  title: "Taushetsplikt og samtykke etter alder",
  rules: {
    "consent.share-with-agency": {
      title: "Samtykke til å drøfte en ung person med andre instanser",
      strengthNote: "LOSU-veilederens regel; ingen lov setter aldersgrensene for disse tjenestene",
    },
    "consent.duty-to-report": { title: "Opplysningsplikt til barnevernet" },
    "consent.other-legal-basis": { title: "Andre lovlige grunnlag for å dele uten samtykke" },
    "consent.anonymous-forum": { title: "Anonyme saker i tverrfaglige fora" },
    "consent.guardian-confidentiality": {
      title: "Taushetsplikt overfor foresatte",
      strengthNote: "LOSU-veilederens regel; ingen lov setter aldersgrensene for disse tjenestene",
    },
    "consent.majority": { title: "Myndighetsalder" },
    "consent.timeline": {
      title: "Aldersgrenser for samtykke og taushetsplikt",
      strengthNote: "hver grense har sin egen styrke",
    },
    "consent.child-views": {
      title: "Barnets rett til å bli hørt",
      strengthNote: "Grunnloven § 104 og barnekonvensjonen binder tjenestene; aldrene er fra barnelova § 31",
    },
    "consent.information-society": { title: "Samtykke til informasjonssamfunnstjenester" },
    "consent.education-choice": { title: "Valg av utdanning fra 15 år" },
    "consent.health": { title: "Samtykke og taushetsplikt i helsehjelp" },
    "consent.aftercare": { title: "Ettervern i barnevernet" },
  },
  parameters: {
    "consent.heard-age": { title: "Alder for å bli hørt i personlige forhold" },
    "consent.great-weight-age": { title: "Alder da barnets mening skal tillegges stor vekt" },
    "consent.health-privacy-age": { title: "Alder da ungdommen kan be om at foreldrene ikke får helseopplysninger" },
    "consent.information-society-age": { title: "Alder for samtykke til informasjonssamfunnstjenester" },
    "consent.education-choice-age": { title: "Alder for å bestemme selv over valg av utdanning" },
    "consent.guardian-confidentiality-from": { title: "Når taushetsplikten overfor foresatte begynner («over 15 år»)" },
    "consent.vital-information": { title: "Livsviktig informasjon til foresatte: kan eller må" },
    "consent.share-consent-age": { title: "Alder for å samtykke selv til at saken drøftes med andre instanser" },
    "consent.health-consent-age": { title: "Helserettslig myndighetsalder" },
    "consent.majority-age": { title: "Myndighetsalder" },
    "consent.aftercare-upper-age": { title: "Øvre alder for ettervern i barnevernet" },
  },
  versions: {
    "consent-2006": "reglene om taushetsplikt og samtykke etter alder",
  },
  conditions: {
    ...thresholdConditions(THRESHOLD),
    "consent.anonymous-forum/not-identifiable": "Saken drøftes uten at den unge kan kjennes igjen",
    "consent.duty-to-report/triggered": "Opplysningsplikten til barnevernet er utløst",
    "consent.other-legal-basis/applies": "Et annet lovlig grunnlag gir adgang til å dele uten samtykke",
    "consent.share-with-agency/youth-consents": "Ungdommen samtykker selv",
    "consent.guardian-confidentiality/confidentiality-age": "Taushetsplikt overfor de foresatte",
    "consent.majority/of-age": "Ungdommen er myndig",
    "consent.guardian-confidentiality/exempt-information":
      "Opplysningen er unntatt fra taushetsplikten (livsviktig eller om oppholdssted)",
    "consent.guardian-confidentiality/serious": "Opplysningen er alvorlig",
    "consent.guardian-confidentiality/agreed-with-youth": "Ungdommen har sagt seg enig i at det kan deles",
  },
  facts: {
    birthDate: "fødselsdato",
    identifiable: "om den unge kan kjennes igjen",
    dutyToReport: "om opplysningsplikten til barnevernet er utløst",
    otherLegalBasis:
      "om et annet lovlig grunnlag gir adgang til å dele uten samtykke (forvaltningsloven § 13 b første ledd nr. 5–7, straffeloven § 196)",
    information: "hva slags opplysning det gjelder",
  },
  values: {
    "consent.guardian-confidentiality-from": { "15th-birthday": "fra 15-årsdagen", "16th-birthday": "fra 16-årsdagen" },
    "consent.vital-information": { "may-inform": "kan informere", "must-inform": "må informere" },
  },
  messages: {
    "consent.share-with-agency/outcome/youth": (x, f) =>
      `ungdommen selv må samtykke før saken drøftes med andre instanser (fylte ${num(x.consentAge)} år ${dateOf(f, x.youthConsentsFrom)}). Dokumenter bare det ungdommen har samtykket til (outreach.documentation).`,
    "consent.share-with-agency/outcome/guardians": (x, f) =>
      `de foresatte må samtykke før saken drøftes med andre instanser; fra ${dateOf(f, x.youthConsentsFrom)} (${num(x.consentAge)} år) samtykker ungdommen selv. Dokumenter bare det som er samtykket til (outreach.documentation).`,
    "consent.share-with-agency/outcome/not-needed": (x) =>
      x.exemption === "duty-to-report"
        ? "samtykke trengs ikke: opplysningsplikten til barnevernet er utløst, så opplysningene skal gis til barnevernstjenesten. Unntaket dekker det som meldes dit; å dele med andre krever samtykke eller et annet lovlig grunnlag."
        : x.exemption === "other-legal-basis"
          ? `samtykke trengs ikke etter ${basisTitle(BASIS, x.legalBasis)}, men bare innenfor grensen: ${basisLimit(BASIS, x.legalBasis)}.`
          : "samtykke trengs ikke så lenge saken er anonymisert (for eksempel i SLT); navn eller opplysninger som kan identifisere personen, krever samtykke eller et annet lovlig grunnlag.",
    "consent.share-with-agency/outcome/unknown": (x, f) =>
      x.consentBy === "guardians"
        ? `kan ikke avgjøres før flere opplysninger er kjent. Gjelder ingen av unntakene, må de foresatte samtykke (fra ${dateOf(f, x.youthConsentsFrom)} ungdommen selv).`
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
    "consent.other-legal-basis/applies/holds": (x) =>
      x.information === "vital"
        ? `Opplysningen er livsviktig: ${basisTitle(BASIS, x.otherLegalBasis)} gir adgang til å dele den ${basisLimit(BASIS, x.otherLegalBasis)}.`
        : `${cap(basisTitle(BASIS, x.otherLegalBasis))} gjelder, så samtykke trengs ikke for denne delingen. Grensen: ${basisLimit(BASIS, x.otherLegalBasis)}.`,
    "consent.other-legal-basis/applies/fails": () =>
      `Etter tjenestens vurdering gjelder ikke noe annet lovlig grunnlag for å dele uten samtykke (verken ${allBases(BASIS, "eller")}).`,
    "consent.other-legal-basis/applies/unknown": () =>
      `Det er ikke kjent om et annet lovlig grunnlag gir adgang til å dele uten samtykke: ${allBases(BASIS, "eller")}.`,
    "consent.share-with-agency/youth-consents/holds": (x, f) =>
      `Ungdommen fylte ${num(x.consentAge)} år ${dateOf(f, x.youthConsentsFrom)} og samtykker selv.`,
    "consent.share-with-agency/youth-consents/fails": (x, f) =>
      `Ungdommen er ${num(x.age)} år og fyller ${num(x.consentAge)} år ${dateOf(f, x.youthConsentsFrom)}; til da samtykker de foresatte.`,
    "consent.share-with-agency/youth-consents/unknown": (x) =>
      `Fødselsdatoen er ikke kjent, så det kan ikke avgjøres om ungdommen har fylt ${num(x.consentAge)} år og samtykker selv.`,
    "consent.guardian-confidentiality/outcome/may-inform": (x, f) => {
      if (x.information === "agreed")
        return "de foresatte kan informeres om det ungdommen har sagt seg enig i at kan deles.";
      if (x.band === "before-confidentiality")
        return `de foresatte kan informeres: tjenesten har ikke taushetsplikt overfor dem før ungdommen fyller ${num(x.confidentialityAge)} år (${dateOf(f, x.confidentialFrom)}). Avtal med ungdommen hva som kan snakkes åpent om med foreldrene.`;
      if (x.information === "vital" && x.band === "of-age")
        return "de foresatte kan informeres, men bare så langt det er nødvendig for å unngå fare for liv eller helse (forvaltningsloven § 13 b første ledd nr. 7): ungdommen er myndig, og annet kan bare gis dem med ungdommens samtykke.";
      if (x.information === "vital" && x.band == null)
        return "de foresatte kan informeres så langt det er nødvendig for å unngå fare for liv eller helse, uansett alder (forvaltningsloven § 13 b første ledd nr. 7).";
      if (x.information === "vital")
        return "de foresatte kan informeres: taushetsplikten overfor dem gjelder ikke livsviktig informasjon, og forvaltningsloven § 13 b første ledd nr. 7 gir adgang til å dele den så langt det er nødvendig for å unngå fare for liv eller helse.";
      return `de foresatte kan informeres: taushetsplikten gjelder ikke ${kindTitle(KIND, x.information)}.`;
    },
    "consent.guardian-confidentiality/outcome/must-inform": (x) =>
      `de foresatte må informeres: opplysningen er livsviktig, og de foresatte skal kunne utøve foreldreansvaret til ungdommen fyller ${num(x.majorityAge)} år (lesemåten «må informere» av consent.vital-information).`,
    "consent.guardian-confidentiality/outcome/confidential": (x, f) =>
      x.band === "of-age"
        ? "taushetsplikt: ungdommen er myndig, og de foresatte har verken foreldreansvar eller rett til informasjon. Opplysninger kan bare gis med ungdommens samtykke eller etter et annet lovlig grunnlag (livsviktig informasjon: så langt det er nødvendig for å unngå fare for liv eller helse)."
        : `taushetsplikt overfor de foresatte. Er opplysningen alvorlig, trengs en skjønnsmessig vurdering av om de foresatte trenger den for å utøve foreldreansvaret fram til ${dateOf(f, x.majorityFrom)}.`,
    "consent.guardian-confidentiality/outcome/judgement-needed": (x, f) =>
      `en skjønnsmessig vurdering trengs: opplysningen er alvorlig, og de foresatte skal kunne utøve foreldreansvaret til ungdommen fyller ${num(x.majorityAge)} år (${dateOf(f, x.majorityFrom)}). Vei det mot ungdommens tillit til tjenesten; jo alvorligere opplysningen er, desto sterkere taler det for å informere.`,
    "consent.guardian-confidentiality/outcome/unknown": () => "kan ikke avgjøres før flere opplysninger er kjent.",
    "consent.guardian-confidentiality/confidentiality-age/holds": (x, f) =>
      `Ungdommen fylte ${num(x.confidentialityAge)} år ${dateOf(f, x.confidentialFrom)}: tjenesten har taushetsplikt overfor de foresatte («over 15 år» lest ${reading(READING, x.reading)}).`,
    "consent.guardian-confidentiality/confidentiality-age/fails": (x, f) =>
      `Ungdommen fyller ${num(x.confidentialityAge)} år ${dateOf(f, x.confidentialFrom)}; før det har tjenesten ikke taushetsplikt overfor de foresatte, men bør avtale med ungdommen hva som kan snakkes åpent om med foreldrene.`,
    "consent.guardian-confidentiality/confidentiality-age/unknown": (x) =>
      `Fødselsdatoen er ikke kjent, så det kan ikke avgjøres om ungdommen har fylt ${num(x.confidentialityAge)} år, da taushetsplikten overfor de foresatte begynner.`,
    "consent.majority/of-age/holds": (x, f) =>
      `Ungdommen ble myndig ${dateOf(f, x.majorityFrom)} (${num(x.majorityAge)} år): de foresatte har ikke lenger foreldreansvar eller rett til informasjon.`,
    "consent.majority/of-age/fails": (x, f) =>
      `Ungdommen blir myndig ${dateOf(f, x.majorityFrom)} (${num(x.majorityAge)} år); til da skal de foresatte kunne utøve foreldreansvaret.`,
    "consent.majority/of-age/unknown": (x) =>
      `Fødselsdatoen er ikke kjent, så det kan ikke avgjøres om ungdommen er myndig (${num(x.majorityAge)} år).`,
    "consent.guardian-confidentiality/exempt-information/holds": (x) =>
      x.information === "vital"
        ? `Opplysningen er livsviktig: taushetsplikten overfor de foresatte gjelder ikke livsviktig informasjon${x.vitalReading === "must-inform" ? ", og etter lesemåten «må informere» må de foresatte informeres" : ""}.`
        : "Opplysningen gjelder hvor ungdommen oppholder seg: taushetsplikten overfor de foresatte gjelder ikke slik informasjon.",
    "consent.guardian-confidentiality/exempt-information/fails": (x) =>
      `Opplysningen (${kindTitle(KIND, x.information)}) er verken livsviktig eller om hvor ungdommen oppholder seg, så unntaket fra taushetsplikten gjelder ikke.`,
    "consent.guardian-confidentiality/exempt-information/unknown": () =>
      "Det er ikke kjent hva slags opplysning det gjelder (livsviktig, oppholdssted, alvorlig, annet, eller avtalt med ungdommen).",
    "consent.guardian-confidentiality/serious/holds": (x) =>
      `Opplysningen er alvorlig: om de foresatte skal informeres, er et skjønnsspørsmål knyttet til alvorlighetsgraden. Det som veies, er de foresattes mulighet til å utøve foreldreansvaret til ungdommen fyller ${num(x.majorityAge)} år, mot ungdommens tillit til tjenesten.`,
    "consent.guardian-confidentiality/serious/fails": (x) =>
      `Opplysningen er ikke oppgitt som alvorlig og er taushetsbelagt. Viser den seg å være alvorlig, må tjenesten vurdere om de foresatte trenger den for å utøve foreldreansvaret til ungdommen fyller ${num(x.majorityAge)} år.`,
    "consent.guardian-confidentiality/agreed-with-youth/holds": () =>
      "Ungdommen har sagt seg enig i at dette kan snakkes åpent om med foreldrene; samtykke opphever taushetsplikten.",
    "consent.timeline/outcome": (x, f) =>
      timelineOutcome(THRESHOLD, f, x, {
        passed: (n, total, age) => `${n} av ${total} aldersgrenser er nådd (ungdommen er ${age} år).`,
        next: (when, age, what) => `Neste endring ${when} (${age} år): ${what}.`,
        done: "Alle er nådd.",
      }),
    ...thresholdMessages(
      THRESHOLD,
      (age, when, changes) => `${age} år, fylt ${when}: ${changes}`,
      (age, when, changes) => `${age} år, fylles ${when}: ${changes}`,
    ),
  },
});

/** What the consent rulebook says beyond an explanation, in Bokmål. */
export const consentRulebookNb: ConsentRulebook = /* @__PURE__ */ deepFreeze({
  rules: {
    "consent.share-with-agency": {
      summary:
        "Med mindre opplysningsplikten til barnevernet eller et annet lovlig grunnlag (consent.other-legal-basis) gir adgang til å dele, krever det samtykke å drøfte en navngitt eller identifiserbar ung person med andre instanser (barnevern, politi, ansatte på skolen): fra ungdommen selv fra 16 år, fra de foresatte under 16 år. Det som dokumenteres, skal samsvare med det som er samtykket til (outreach.documentation).",
      interpretation:
        "«Dersom ungdommen er under 16 år» leses i fullførte år: de foresatte samtykker til dagen før 16-årsdagen, ungdommen fra 16-årsdagen (parameteren `consent.share-consent-age`). Regelen er de oppsøkende tjenestenes praksis slik LOSU-veilederen beskriver den, og derfor en anbefaling; for OT er den en analogi. Ingen lov setter en alder for samtykke til deling for disse tjenestene: forvaltningsloven § 13 a nr. 1 lar den opplysningene gjelder samtykke, men nevner ingen alder. De nærmeste lovfestede aldersgrensene er i helseretten: pasient- og brukerrettighetsloven § 4-3 (samtykke til helsehjelp fra 16 år) og § 3-4 (hva foreldrene får vite: fra 12 år kan pasienten be om at de ikke får opplysninger, fra 16 år får de bare det som trengs for å ivareta foreldreansvaret). 16 år samsvarer med den helserettslige myndighetsalderen.",
    },
    "consent.duty-to-report": {
      summary:
        "Offentlig ansatte skal, uten hinder av taushetsplikten, gi opplysninger til barnevernstjenesten når det er grunn til å tro at et barn blir alvorlig omsorgssviktet eller mishandlet, har alvorlige atferdsvansker eller er utsatt for menneskehandel. Når plikten er utløst, går opplysningene til barnevernstjenesten uten samtykke.",
      interpretation:
        "Om plikten er utløst, er saksbehandlerens vurdering (`dutyToReport`); biblioteket prøver ikke grunnlaget. Plikten gjelder barn under 18 år, men barnet kan være den unge selv eller for eksempel den unges eget barn eller søsken, så alderen til den unge prøves ikke. Unntaket fra samtykke som plikten gir, dekker det som meldes til barnevernstjenesten. Å dele med andre krever samtykke eller et annet lovlig grunnlag (consent.other-legal-basis: forvaltningsloven § 13 b første ledd nr. 5–7, straffeloven § 196).",
    },
    "consent.other-legal-basis": {
      summary:
        "Samtykke er ikke den eneste veien til å dele taushetsbelagte opplysninger. En offentlig tjeneste kan også dele etter forvaltningsloven § 13 b første ledd nr. 5 (til andre forvaltningsorganer), nr. 6 (anmeldelse av eller opplysninger om lovbrudd til påtalemyndigheten eller kontrollmyndigheten) og nr. 7 (med hvem som helst, i alle aldre, så langt det er nødvendig for å unngå fare for liv eller helse), og avvergeplikten i straffeloven § 196 gjelder uten hensyn til taushetsplikten. Hvert grunnlag har sin grense.",
      interpretation:
        'Hvilket grunnlag som gjelder, er tjenestens vurdering (`otherLegalBasis`); biblioteket prøver ikke vilkårene. Sektorregler kan begrense eller utelukke nr. 5 og 6 (NAV-loven § 7 for ansatte i NAV, sosialtjenesteloven § 44); en tjeneste under slike regler oppgir da «none» for dem. Nr. 7 kom inn ved lov 18. juni 2021 nr. 127 (Prop. 166 L (2020–2021)). Dagen den trådte i kraft er ikke funnet, og den oppgis ikke; den var i kraft da departementets veileder om taushetsplikt forelå (senest mars 2023). Prop. 166 L sier at nr. 7 lovfester adgangen «som allerede følger av nødretten», så svaret er det samme før og etter, og reglene deles ikke i versjoner for den. Er grunnlaget ukjent og gjelder ingen andre unntak, er svaret «unknown» med `needs: ["otherLegalBasis"]`, og `details.consentBy` sier hvem som må samtykke hvis ingen andre grunnlag gjelder. Biblioteket svarer ikke «samtykke trengs» så lenge et annet grunnlag kan gjelde: et hastetilfelle (nr. 7, § 196) skal ikke vente på et samtykke loven ikke krever. En tjeneste som vet at ingen av grunnlagene gjelder, oppgir «none» og får svaret om samtykke. Livsviktig informasjon til de foresatte (`consentGuardianDisclosure`) hviler på nr. 7 i alle aldre.',
    },
    "consent.anonymous-forum": {
      summary:
        "Anonymiserte opplysninger er ikke taushetsbelagt, så miljøer, grupper og anonymiserte saker kan drøftes i tverrfaglige fora som SLT uten samtykke; navn eller identifiserbare personer kan ikke.",
      interpretation:
        "Anonymiserte opplysninger er ikke taushetsbelagt (forvaltningsloven § 13 a nr. 2); veilederen anvender det på tverrfaglige fora som SLT. En sak er anonym bare når ingen i forumet kan kjenne igjen personen (`identifiable: false`). «Identifiserbare grupperinger» regnes som identifiserbare.",
    },
    "consent.guardian-confidentiality": {
      summary:
        "Den oppsøkende ungdomstjenesten har taushetsplikt overfor foresatte til ungdom over 15 år, unntatt livsviktig informasjon og informasjon om hvor ungdommen oppholder seg. Fram til 18 år skal foresatte kunne utøve foreldreansvaret, så om de skal informeres, er et skjønnsspørsmål knyttet til hvor alvorlig opplysningen er. Med de yngste avtaler man hva som kan snakkes åpent om med foreldrene.",
      interpretation:
        "Regelen er de oppsøkende tjenestenes praksis slik LOSU-veilederen beskriver den, og derfor en anbefaling: ingen lov setter 15 år for disse tjenestene (forvaltningsloven § 13 a nevner ingen alder; de nærmeste lovfestede grensene er 12 og 16 år i pasient- og brukerrettighetsloven § 3-4 og 16 år i § 4-3). Myndighetsalderen (18 år) og livsviktig informasjon (forvaltningsloven § 13 b første ledd nr. 7) er lov. «Over 15 år» leses som fra 15-årsdagen; verdien «16th-birthday» av `consent.guardian-confidentiality-from` velger 16-årsdagen. «Taushetsplikten gjelder ikke livsviktig informasjon» leses som at tjenesten kan informere; verdien «must-inform» av `consent.vital-information` gjør det til en plikt. Biblioteket svarer aldri «må informeres» om annet: «informasjonsplikten er et skjønnsspørsmål», så alvorlige opplysninger gir «vurdering trengs». Før alderen for taushetsplikt kan foresatte informeres. Fra 18 år er alt taushetsbelagt overfor foresatte, med mindre ungdommen samtykker (`agreed`), unntatt livsviktig informasjon: den kan deles «så langt det er nødvendig for å unngå fare for liv eller helse» (forvaltningsloven § 13 b første ledd nr. 7, consent.other-legal-basis), så livsviktig informasjon er aldri bare taushetsbelagt.",
    },
    "consent.majority": {
      summary:
        "Ved 18 år er den unge myndig: de foresatte har ikke lenger foreldreansvar og ingen rett til informasjon. Opplysninger kan bare gis dem med den unges samtykke eller etter et annet lovlig grunnlag, som livsviktig informasjon så langt det er nødvendig for å unngå fare for liv eller helse (consent.other-legal-basis).",
    },
    "consent.timeline": {
      summary:
        "Aldersgrensene som betyr noe for en ungdomstjeneste: hørt fra 7 år, stor vekt fra 12, helseopplysninger fra 12, apper og sosiale medier fra 13, valg av utdanning fra 15, taushetsplikt overfor foresatte fra 15, samtykke til deling og til helsehjelp fra 16, myndig ved 18 og ettervern til 25 år. Hver grense har datoen den nås, hva som endres og kilden.",
      interpretation:
        "Taushetsplikt overfor foresatte fra 15 år og samtykke til deling fra 16 år er LOSU-veilederens aldre, ikke lov, og har styrken anbefaling. Datoen er bursdagen da alderen er fylt (1. mars i vanlige år for dem som er født 29. februar). Tidslinjen bruker reglene som gjelder på `asOf`; den forutser ingen senere lovendringer. Slutten på ettervernet er unntaket: grensen som gjelder, er den som gjaldt den dagen personen nådde den (consent.aftercare). En grense ingen regel setter på `asOf` (samtykke til apper før 2018-07-20), er utelatt.",
    },
    "consent.child-views": {
      summary:
        "Barn har rett til å bli hørt i saker som gjelder dem, og meningen deres skal tillegges vekt etter alder og modenhet (Grunnloven § 104, barnekonvensjonen artikkel 12); det binder offentlige tjenester. Barnelova § 31, som gjelder foreldrenes avgjørelser, setter aldrene: fra 7 år skal barnet få si sin mening før det tas avgjørelser om personlige forhold; fra 12 år skal barnets mening tillegges stor vekt.",
      interpretation:
        "Barnelova § 31 gjelder foreldrene; en ungdomstjeneste er bundet av Grunnloven § 104 og barnekonvensjonen artikkel 12 (gjennom menneskerettsloven), som ikke nevner noen alder, men sier at meningen skal tillegges vekt etter alder og modenhet. Biblioteket viser barnelovas aldre 7 og 12 år som felles holdepunkt. Yngre barn som kan danne seg egne synspunkter, skal også høres; 7 år er alderen da retten gjelder uansett. Sektorreglene om å høre barn i barnevernet og i forvaltningen ellers er ikke funnet i kildene som er lest.",
    },
    "consent.information-society": {
      summary:
        "Fra 13 år kan barnet selv samtykke til behandling av personopplysninger i informasjonssamfunnstjenester (apper, sosiale medier); for yngre barn samtykker foreldrene.",
      interpretation:
        "Et forslag fra 2025 om å heve alderen til 15 år er ikke vedtatt så langt det er kontrollert (parameteren `consent.information-society-age`).",
    },
    "consent.education-choice": {
      summary:
        "Fra 15 år bestemmer ungdommen selv valg av utdanning og innmelding i eller utmelding av foreninger, og søker selv videregående opplæring.",
    },
    "consent.health": {
      summary:
        "Fra 12 år kan pasienten be om at foreldrene ikke får opplysninger, av grunner som bør respekteres. Fra 16 år samtykker ungdommen selv til helsehjelp (helserettslig myndighetsalder). Så lenge pasienten er under 18 år, skal foreldrene likevel få informasjon som er nødvendig for å oppfylle foreldreansvaret (§ 3-4 fjerde ledd); fra 16 år får de bare det.",
    },
    "consent.aftercare": {
      summary:
        "Barnevernstiltak kan med ungdommens samtykke fortsette eller erstattes av andre tiltak etter 18 år, til ungdommen fyller 25 år. For den som fylte 23 år før 2021-01-01, tok ettervernet slutt på 23-årsdagen.",
      interpretation:
        "Ettervern «opp til 25 år» leses som at tiltakene kan vare mens ungdommen er under 25 år, og tar slutt på 25-årsdagen. Endringen fra 23 til 25 år gjelder etter Bufdir «med direkte virkning for unge voksne som fyller 23 år fra samme dato» (1. januar 2021). Derfor avgjøres aldersgrensen for en person av dagen personen når den, ikke av `asOf`: ettervernet slutter på den første fødselsdagen da personen har nådd grensen som gjaldt den dagen. Den som fylte 23 år 2020-12-31, fikk ettervernet avsluttet den dagen, også når det vurderes etter 2021; den som fylte 23 år 2021-01-01, har ettervern til 25 år. En fødselsdag etter `asOf` leser grensen som gjelder på `asOf`: en senere lovendring forutses ikke. Sett `consent.aftercare-upper-age` til 26 for lesemåten «til og med 25 år»; en overstyrt verdi gjelder uansett fødselsdag.",
    },
  },
  parameters: {
    "consent.information-society-age": {
      interpretation:
        "Et forslag fra 2025 om å heve grensen til 15 år er ikke vedtatt så langt det er kontrollert. Overstyr verdien for å regne på en slik endring. Før 2018-07-20 satte ingen lov en slik alder (verdien er null).",
    },
    "consent.guardian-confidentiality-from": {
      interpretation:
        "15 år er LOSU-veilederens alder; ingen lov setter den for disse tjenestene (lovfestede analogier: pasient- og brukerrettighetsloven §§ 3-4 og 4-3). «Over 15 år» leses som fra 15-årsdagen (den som har fylt 15, er «over 15» i vanlig tale). Verdien «16th-birthday» velger den strenge lesemåten: eldre enn 15 år, altså fra 16-årsdagen.",
    },
    "consent.vital-information": {
      interpretation:
        "«Taushetsplikten gjelder ikke livsviktig informasjon» leses som at tjenesten kan informere (taushetsplikten er løftet); den adgangen har også grunnlag i loven (forvaltningsloven § 13 b første ledd nr. 7). Verdien «must-inform» velger den sterkere lesemåten: livsviktig informasjon må gis til foresatte så lenge de har foreldreansvar. Den plikten er veilederens lesemåte; ingen lov som gjør det til en plikt, er funnet, derfor anbefaling.",
    },
    "consent.share-consent-age": {
      interpretation:
        "16 år er LOSU-veilederens alder for de oppsøkende tjenestene (for OT en analogi); ingen lov setter den for disse tjenestene. Forvaltningsloven § 13 a nevner ingen alder; lovfestede analogier er pasient- og brukerrettighetsloven § 4-3 (16 år) og § 3-4.",
    },
    "consent.aftercare-upper-age": {
      interpretation:
        "Verdien som gjelder for en person, er den som gjaldt den dagen personen nådde den: 25 år for den som fyller 23 år fra 2021-01-01 («med direkte virkning for unge voksne som fyller 23 år fra samme dato»), 23 år for den som fylte 23 før. Verdien 26 velger lesemåten «til og med 25 år».",
    },
  },
});
