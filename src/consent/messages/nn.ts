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
  whereabouts: "kvar ungdomen oppheld seg",
  serious: "alvorleg, men ikkje livsviktig informasjon",
  other: "anna informasjon",
  agreed: "det ungdomen har sagt seg samd i at kan delast med foreldra",
};

/** The legal bases other than consent, and how far each reaches. */
const BASIS: BasisWords = {
  "public-body": {
    title: "forvaltningslova § 13 b første ledd nr. 5 (opplysningar til andre forvaltningsorgan)",
    limit:
      "berre til andre forvaltningsorgan, og berre det nr. 5 tillèt (mellom anna kva samband personen har med tenesta, og avgjerder som er tekne); sektorreglar som NAV-lova § 7 og sosialtenestelova § 44 kan avgrense eller utelukke det",
  },
  "report-offence": {
    title: "forvaltningslova § 13 b første ledd nr. 6 (melding om eller opplysningar om lovbrot)",
    limit:
      "berre til påtalemakta eller kontrollstyresmakta, om lovbrot, når omsynet til ålmenta talar for det eller forfølging av lovbrotet har naturleg samanheng med oppgåvene til tenesta",
  },
  "avert-danger": {
    title: "forvaltningslova § 13 b første ledd nr. 7 (fare for liv eller helse)",
    limit:
      "med kven som helst og i alle aldrar, men berre «så langt det er nødvendig for å unngå fare for liv eller helse» (før nr. 7 kom inn i lova i 2021, følgde det same av naudretten)",
  },
  "duty-to-avert": {
    title: "avvergingsplikta i straffelova § 196",
    limit:
      "berre det som trengst for å avverje den alvorlege straffbare handlinga eller følgjene av henne, ved melding eller på annan måte, når det er sikkert eller mest sannsynleg at ho vil bli gjord; plikta gjeld utan omsyn til teieplikta",
  },
};

/** The readings of «over 15 år». */
const READING: ReadingWords = {
  "15th-birthday": "frå 15-årsdagen",
  "16th-birthday": "frå 16-årsdagen",
};

/** The age thresholds of a timeline, and what changes at each. */
const THRESHOLD: ThresholdWords = {
  heard: {
    title: "Blir høyrd",
    changes: "Barnet skal få seie meininga si før det blir teke avgjerder om personlege forhold.",
  },
  "great-weight": { title: "Stor vekt på meininga", changes: "Det skal leggjast stor vekt på kva barnet meiner." },
  "health-privacy": {
    title: "Helseopplysningar og foreldre",
    changes:
      "I helsehjelp kan ungdomen be om at foreldra ikkje får opplysningar, av grunnar som bør respekterast; foreldra får likevel det som er nødvendig for å oppfylle foreldreansvaret.",
  },
  "information-society-consent": {
    title: "Appar og sosiale medium",
    changes:
      "Ungdomen samtykkjer sjølv til behandling av personopplysningar i informasjonssamfunnstenester (appar, sosiale medium).",
  },
  "education-choice": {
    title: "Vel utdanning",
    changes:
      "Ungdomen avgjer sjølv val av utdanning og innmelding i foreiningar, og søkjer sjølv vidaregåande opplæring.",
  },
  "guardian-confidentiality": {
    title: "Teieplikt overfor føresette",
    changes:
      "Tenesta har teieplikt overfor dei føresette, unnateke livsviktig informasjon og kvar ungdomen oppheld seg; alvorlege opplysningar krev ei skjønnsmessig vurdering.",
  },
  "share-consent": {
    title: "Samtykkjer til deling",
    changes: "Ungdomen samtykkjer sjølv til at saka blir drøfta med andre instansar (før: dei føresette).",
  },
  "health-consent": {
    title: "Samtykkjer til helsehjelp",
    changes:
      "Ungdomen samtykkjer sjølv til helsehjelp; foreldra får berre det dei treng for å ta vare på foreldreansvaret.",
  },
  majority: {
    title: "Myndig",
    changes:
      "Ungdomen blir myndig: dei føresette har ikkje lenger foreldreansvar eller rett til informasjon. Barnevernstiltak kan halde fram som ettervern med samtykke frå ungdomen.",
  },
  "aftercare-ends": {
    title: "Ettervern sluttar",
    changes: "Ettervern frå barnevernet (tiltak for ungdom over 18 år) tek slutt.",
  },
};

/** The consent area's texts in Nynorsk. */
export const consentNn: ConsentTexts = /* @__PURE__ */ deepFreeze({
  area: "consent",
  title: "Teieplikt og samtykke etter alder",
  rules: {
    "consent.share-with-agency": {
      title: "Samtykke til å drøfte ein ung person med andre instansar",
      strengthNote: "regelen i LOSU-rettleiaren; inga lov set aldersgrensene for desse tenestene",
    },
    "consent.duty-to-report": { title: "Opplysningsplikt til barnevernet" },
    "consent.other-legal-basis": { title: "Andre lovlege grunnlag for å dele utan samtykke" },
    "consent.anonymous-forum": { title: "Anonyme saker i tverrfaglege fora" },
    "consent.guardian-confidentiality": {
      title: "Teieplikt overfor føresette",
      strengthNote: "regelen i LOSU-rettleiaren; inga lov set aldersgrensene for desse tenestene",
    },
    "consent.majority": { title: "Myndigheitsalder" },
    "consent.timeline": {
      title: "Aldersgrenser for samtykke og teieplikt",
      strengthNote: "kvar grense har si eiga styrke",
    },
    "consent.child-views": {
      title: "Retten barnet har til å bli høyrd",
      strengthNote: "Grunnlova § 104 og barnekonvensjonen bind tenestene; aldrane er frå barnelova § 31",
    },
    "consent.information-society": { title: "Samtykke til informasjonssamfunnstenester" },
    "consent.education-choice": { title: "Val av utdanning frå 15 år" },
    "consent.health": { title: "Samtykke og teieplikt i helsehjelp" },
    "consent.aftercare": { title: "Ettervern i barnevernet" },
  },
  parameters: {
    "consent.heard-age": { title: "Alder for å bli høyrd i personlege forhold" },
    "consent.great-weight-age": { title: "Alder då meininga til barnet skal leggjast stor vekt på" },
    "consent.health-privacy-age": { title: "Alder då ungdomen kan be om at foreldra ikkje får helseopplysningar" },
    "consent.information-society-age": { title: "Alder for samtykke til informasjonssamfunnstenester" },
    "consent.education-choice-age": { title: "Alder for å avgjere sjølv val av utdanning" },
    "consent.guardian-confidentiality-from": { title: "Når teieplikta overfor føresette byrjar («over 15 år»)" },
    "consent.vital-information": { title: "Livsviktig informasjon til føresette: kan eller må" },
    "consent.share-consent-age": { title: "Alder for å samtykkje sjølv til at saka blir drøfta med andre instansar" },
    "consent.health-consent-age": { title: "Helserettsleg myndigheitsalder" },
    "consent.majority-age": { title: "Myndigheitsalder" },
    "consent.aftercare-upper-age": { title: "Øvre alder for ettervern i barnevernet" },
  },
  versions: {
    "consent-2006": "reglane om teieplikt og samtykke etter alder",
  },
  conditions: {
    ...thresholdConditions(THRESHOLD),
    "consent.anonymous-forum/not-identifiable": "Saka blir drøfta utan at den unge kan kjennast att",
    "consent.duty-to-report/triggered": "Opplysningsplikta til barnevernet er utløyst",
    "consent.other-legal-basis/applies": "Eit anna lovleg grunnlag gir høve til å dele utan samtykke",
    "consent.share-with-agency/youth-consents": "Ungdomen samtykkjer sjølv",
    "consent.guardian-confidentiality/confidentiality-age": "Teieplikt overfor dei føresette",
    "consent.majority/of-age": "Ungdomen er myndig",
    "consent.guardian-confidentiality/exempt-information":
      "Opplysninga er unnateken frå teieplikta (livsviktig eller om opphaldsstad)",
    "consent.guardian-confidentiality/serious": "Opplysninga er alvorleg",
    "consent.guardian-confidentiality/agreed-with-youth": "Ungdomen har sagt seg samd i at det kan delast",
  },
  facts: {
    birthDate: "fødselsdato",
    identifiable: "om den unge kan kjennast att",
    dutyToReport: "om opplysningsplikta til barnevernet er utløyst",
    otherLegalBasis:
      "om eit anna lovleg grunnlag gir høve til å dele utan samtykke (forvaltningslova § 13 b første ledd nr. 5–7, straffelova § 196)",
    information: "kva slags opplysning det gjeld",
  },
  values: {
    "consent.guardian-confidentiality-from": { "15th-birthday": "frå 15-årsdagen", "16th-birthday": "frå 16-årsdagen" },
    "consent.vital-information": { "may-inform": "kan informere", "must-inform": "må informere" },
  },
  messages: {
    "consent.share-with-agency/outcome/youth": (x, f) =>
      `ungdomen sjølv må samtykkje før saka blir drøfta med andre instansar (fylte ${num(x.consentAge)} år ${dateOf(f, x.youthConsentsFrom)}). Dokumenter berre det ungdomen har samtykt til (outreach.documentation).`,
    "consent.share-with-agency/outcome/guardians": (x, f) =>
      `dei føresette må samtykkje før saka blir drøfta med andre instansar; frå ${dateOf(f, x.youthConsentsFrom)} (${num(x.consentAge)} år) samtykkjer ungdomen sjølv. Dokumenter berre det som er samtykt til (outreach.documentation).`,
    "consent.share-with-agency/outcome/not-needed": (x) =>
      x.exemption === "duty-to-report"
        ? "samtykke trengst ikkje: opplysningsplikta til barnevernet er utløyst, så opplysningane skal givast til barnevernstenesta. Unntaket dekkjer det som blir meldt dit; å dele med andre krev samtykke eller eit anna lovleg grunnlag."
        : x.exemption === "other-legal-basis"
          ? `samtykke trengst ikkje etter ${basisTitle(BASIS, x.legalBasis)}, men berre innanfor grensa: ${basisLimit(BASIS, x.legalBasis)}.`
          : "samtykke trengst ikkje så lenge saka er anonymisert (til dømes i SLT); namn eller opplysningar som kan identifisere personen, krev samtykke eller eit anna lovleg grunnlag.",
    "consent.share-with-agency/outcome/unknown": (x, f) =>
      x.consentBy === "guardians"
        ? `kan ikkje avgjerast før fleire opplysningar er kjende. Gjeld ingen av unntaka, må dei føresette samtykkje (frå ${dateOf(f, x.youthConsentsFrom)} ungdomen sjølv).`
        : x.consentBy === "youth"
          ? "kan ikkje avgjerast før fleire opplysningar er kjende. Gjeld ingen av unntaka, må ungdomen sjølv samtykkje."
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
    "consent.other-legal-basis/applies/holds": (x) =>
      x.information === "vital"
        ? `Opplysninga er livsviktig: ${basisTitle(BASIS, x.otherLegalBasis)} gir høve til å dele henne ${basisLimit(BASIS, x.otherLegalBasis)}.`
        : `${cap(basisTitle(BASIS, x.otherLegalBasis))} gjeld, så samtykke trengst ikkje for denne delinga. Grensa: ${basisLimit(BASIS, x.otherLegalBasis)}.`,
    "consent.other-legal-basis/applies/fails": () =>
      `Etter vurderinga til tenesta gjeld ikkje noko anna lovleg grunnlag for å dele utan samtykke (verken ${allBases(BASIS, "eller")}).`,
    "consent.other-legal-basis/applies/unknown": () =>
      `Det er ikkje kjent om eit anna lovleg grunnlag gir høve til å dele utan samtykke: ${allBases(BASIS, "eller")}.`,
    "consent.share-with-agency/youth-consents/holds": (x, f) =>
      `Ungdomen fylte ${num(x.consentAge)} år ${dateOf(f, x.youthConsentsFrom)} og samtykkjer sjølv.`,
    "consent.share-with-agency/youth-consents/fails": (x, f) =>
      `Ungdomen er ${num(x.age)} år og fyller ${num(x.consentAge)} år ${dateOf(f, x.youthConsentsFrom)}; til då samtykkjer dei føresette.`,
    "consent.share-with-agency/youth-consents/unknown": (x) =>
      `Fødselsdatoen er ikkje kjend, så det kan ikkje avgjerast om ungdomen har fylt ${num(x.consentAge)} år og samtykkjer sjølv.`,
    "consent.guardian-confidentiality/outcome/may-inform": (x, f) => {
      if (x.information === "agreed")
        return "dei føresette kan informerast om det ungdomen har sagt seg samd i at kan delast.";
      if (x.band === "before-confidentiality")
        return `dei føresette kan informerast: tenesta har ikkje teieplikt overfor dei før ungdomen fyller ${num(x.confidentialityAge)} år (${dateOf(f, x.confidentialFrom)}). Avtal med ungdomen kva som kan snakkast ope om med foreldra.`;
      if (x.information === "vital" && x.band === "of-age")
        return "dei føresette kan informerast, men berre så langt det er nødvendig for å unngå fare for liv eller helse (forvaltningslova § 13 b første ledd nr. 7): ungdomen er myndig, og anna kan berre givast dei med samtykke frå ungdomen.";
      if (x.information === "vital" && x.band == null)
        return "dei føresette kan informerast så langt det er nødvendig for å unngå fare for liv eller helse, same kva alder (forvaltningslova § 13 b første ledd nr. 7).";
      if (x.information === "vital")
        return "dei føresette kan informerast: teieplikta overfor dei gjeld ikkje livsviktig informasjon, og forvaltningslova § 13 b første ledd nr. 7 gir høve til å dele henne så langt det er nødvendig for å unngå fare for liv eller helse.";
      return `dei føresette kan informerast: teieplikta gjeld ikkje ${kindTitle(KIND, x.information)}.`;
    },
    "consent.guardian-confidentiality/outcome/must-inform": (x) =>
      `dei føresette må informerast: opplysninga er livsviktig, og dei føresette skal kunne utøve foreldreansvaret til ungdomen fyller ${num(x.majorityAge)} år (lesemåten «må informere» av consent.vital-information).`,
    "consent.guardian-confidentiality/outcome/confidential": (x, f) =>
      x.band === "of-age"
        ? "teieplikt: ungdomen er myndig, og dei føresette har verken foreldreansvar eller rett til informasjon. Opplysningar kan berre givast med samtykke frå ungdomen eller etter eit anna lovleg grunnlag (livsviktig informasjon: så langt det er nødvendig for å unngå fare for liv eller helse)."
        : `teieplikt overfor dei føresette. Er opplysninga alvorleg, trengst ei skjønnsmessig vurdering av om dei føresette treng henne for å utøve foreldreansvaret fram til ${dateOf(f, x.majorityFrom)}.`,
    "consent.guardian-confidentiality/outcome/judgement-needed": (x, f) =>
      `ei skjønnsmessig vurdering trengst: opplysninga er alvorleg, og dei føresette skal kunne utøve foreldreansvaret til ungdomen fyller ${num(x.majorityAge)} år (${dateOf(f, x.majorityFrom)}). Veg det mot tilliten ungdomen har til tenesta; di meir alvorleg opplysninga er, di sterkare talar det for å informere.`,
    "consent.guardian-confidentiality/outcome/unknown": () => "kan ikkje avgjerast før fleire opplysningar er kjende.",
    "consent.guardian-confidentiality/confidentiality-age/holds": (x, f) =>
      `Ungdomen fylte ${num(x.confidentialityAge)} år ${dateOf(f, x.confidentialFrom)}: tenesta har teieplikt overfor dei føresette («over 15 år» lese ${reading(READING, x.reading)}).`,
    "consent.guardian-confidentiality/confidentiality-age/fails": (x, f) =>
      `Ungdomen fyller ${num(x.confidentialityAge)} år ${dateOf(f, x.confidentialFrom)}; før det har tenesta ikkje teieplikt overfor dei føresette, men bør avtale med ungdomen kva som kan snakkast ope om med foreldra.`,
    "consent.guardian-confidentiality/confidentiality-age/unknown": (x) =>
      `Fødselsdatoen er ikkje kjend, så det kan ikkje avgjerast om ungdomen har fylt ${num(x.confidentialityAge)} år, då teieplikta overfor dei føresette byrjar.`,
    "consent.majority/of-age/holds": (x, f) =>
      `Ungdomen vart myndig ${dateOf(f, x.majorityFrom)} (${num(x.majorityAge)} år): dei føresette har ikkje lenger foreldreansvar eller rett til informasjon.`,
    "consent.majority/of-age/fails": (x, f) =>
      `Ungdomen blir myndig ${dateOf(f, x.majorityFrom)} (${num(x.majorityAge)} år); til då skal dei føresette kunne utøve foreldreansvaret.`,
    "consent.majority/of-age/unknown": (x) =>
      `Fødselsdatoen er ikkje kjend, så det kan ikkje avgjerast om ungdomen er myndig (${num(x.majorityAge)} år).`,
    "consent.guardian-confidentiality/exempt-information/holds": (x) =>
      x.information === "vital"
        ? `Opplysninga er livsviktig: teieplikta overfor dei føresette gjeld ikkje livsviktig informasjon${x.vitalReading === "must-inform" ? ", og etter lesemåten «må informere» må dei føresette informerast" : ""}.`
        : "Opplysninga gjeld kvar ungdomen oppheld seg: teieplikta overfor dei føresette gjeld ikkje slik informasjon.",
    "consent.guardian-confidentiality/exempt-information/fails": (x) =>
      `Opplysninga (${kindTitle(KIND, x.information)}) er verken livsviktig eller om kvar ungdomen oppheld seg, så unntaket frå teieplikta gjeld ikkje.`,
    "consent.guardian-confidentiality/exempt-information/unknown": () =>
      "Det er ikkje kjent kva slags opplysning det gjeld (livsviktig, opphaldsstad, alvorleg, anna, eller avtalt med ungdomen).",
    "consent.guardian-confidentiality/serious/holds": (x) =>
      `Opplysninga er alvorleg: om dei føresette skal informerast, er eit skjønnsspørsmål knytt til kor alvorleg ho er. Det som blir vege, er høvet dei føresette har til å utøve foreldreansvaret til ungdomen fyller ${num(x.majorityAge)} år, mot tilliten ungdomen har til tenesta.`,
    "consent.guardian-confidentiality/serious/fails": (x) =>
      `Opplysninga er ikkje oppgitt som alvorleg og er teiepliktig. Viser ho seg å vere alvorleg, må tenesta vurdere om dei føresette treng henne for å utøve foreldreansvaret til ungdomen fyller ${num(x.majorityAge)} år.`,
    "consent.guardian-confidentiality/agreed-with-youth/holds": () =>
      "Ungdomen har sagt seg samd i at dette kan snakkast ope om med foreldra; samtykke opphevar teieplikta.",
    "consent.timeline/outcome": (x, f) =>
      timelineOutcome(THRESHOLD, f, x, {
        passed: (n, total, age) => `${n} av ${total} aldersgrenser er nådde (ungdomen er ${age} år).`,
        next: (when, age, what) => `Neste endring ${when} (${age} år): ${what}.`,
        done: "Alle er nådde.",
      }),
    ...thresholdMessages(
      THRESHOLD,
      (age, when, changes) => `${age} år, fylt ${when}: ${changes}`,
      (age, when, changes) => `${age} år, blir fylt ${when}: ${changes}`,
    ),
  },
});

/** What the consent rulebook says beyond an explanation, in Nynorsk. */
export const consentRulebookNn: ConsentRulebook = /* @__PURE__ */ deepFreeze({
  rules: {
    "consent.share-with-agency": {
      summary:
        "Med mindre opplysningsplikta til barnevernet eller eit anna lovleg grunnlag (consent.other-legal-basis) gir høve til å dele, krev det samtykke å drøfte ein namngitt eller identifiserbar ung person med andre instansar (barnevern, politi, tilsette på skulen): frå ungdomen sjølv frå 16 år, frå dei føresette under 16 år. Det som blir dokumentert, skal samsvare med det som er samtykt til (outreach.documentation).",
      interpretation:
        "«Dersom ungdomen er under 16 år» er lese i fullførte år: dei føresette samtykkjer til dagen før 16-årsdagen, ungdomen frå 16-årsdagen (parameteren `consent.share-consent-age`). Regelen er praksisen til dei oppsøkjande tenestene slik LOSU-rettleiaren skildrar han, og difor ei tilråding; for OT er han ein analogi. Inga lov set ein alder for samtykke til deling for desse tenestene: forvaltningslova § 13 a nr. 1 lèt den opplysningane gjeld, samtykkje, men nemner ingen alder. Dei næraste lovfesta aldersgrensene er i helseretten: pasient- og brukarrettslova § 4-3 (samtykke til helsehjelp frå 16 år) og § 3-4 (kva foreldra får vite: frå 12 år kan pasienten be om at dei ikkje får opplysningar, frå 16 år får dei berre det som trengst for å ta vare på foreldreansvaret). 16 år samsvarer med den helserettslege myndigheitsalderen.",
    },
    "consent.duty-to-report": {
      summary:
        "Offentleg tilsette skal, utan hinder av teieplikta, gi opplysningar til barnevernstenesta når det er grunn til å tru at eit barn blir alvorleg omsorgssvikta eller mishandla, har alvorlege åtferdsvanskar eller er utsett for menneskehandel. Når plikta er utløyst, går opplysningane til barnevernstenesta utan samtykke.",
      interpretation:
        "Om plikta er utløyst, er vurderinga til saksbehandlaren (`dutyToReport`); biblioteket prøver ikkje grunnlaget. Plikta gjeld barn under 18 år, men barnet kan vere den unge sjølv eller til dømes det eigne barnet eller sysken til den unge, så alderen til den unge blir ikkje prøvd. Unntaket frå samtykke som plikta gir, dekkjer det som blir meldt til barnevernstenesta. Å dele med andre krev samtykke eller eit anna lovleg grunnlag (consent.other-legal-basis: forvaltningslova § 13 b første ledd nr. 5–7, straffelova § 196).",
    },
    "consent.other-legal-basis": {
      summary:
        "Samtykke er ikkje den einaste vegen til å dele teiepliktige opplysningar. Ei offentleg teneste kan òg dele etter forvaltningslova § 13 b første ledd nr. 5 (til andre forvaltningsorgan), nr. 6 (melding om eller opplysningar om lovbrot til påtalemakta eller kontrollstyresmakta) og nr. 7 (med kven som helst, i alle aldrar, så langt det er nødvendig for å unngå fare for liv eller helse), og avvergingsplikta i straffelova § 196 gjeld utan omsyn til teieplikta. Kvart grunnlag har si grense.",
      interpretation:
        'Kva grunnlag som gjeld, er vurderinga til tenesta (`otherLegalBasis`); biblioteket prøver ikkje vilkåra. Sektorreglar kan avgrense eller utelukke nr. 5 og 6 (NAV-lova § 7 for tilsette i NAV, sosialtenestelova § 44); ei teneste under slike reglar oppgir då «none» for dei. Nr. 7 kom inn ved lov 18. juni 2021 nr. 127 (Prop. 166 L (2020–2021)). Dagen han tok til å gjelde, er ikkje funnen, og han blir ikkje oppgitt; han galdt då rettleiaren til departementet om teieplikt låg føre (seinast mars 2023). Prop. 166 L seier at nr. 7 lovfestar tilgangen «som allerede følger av nødretten», så svaret er det same før og etter, og reglane blir ikkje delte i versjonar for han. Er grunnlaget ukjent og gjeld ingen andre unntak, er svaret «unknown» med `needs: ["otherLegalBasis"]`, og `details.consentBy` seier kven som må samtykkje dersom ingen andre grunnlag gjeld. Biblioteket svarer ikkje «samtykke trengst» så lenge eit anna grunnlag kan gjelde: eit hastetilfelle (nr. 7, § 196) skal ikkje vente på eit samtykke lova ikkje krev. Ei teneste som veit at ingen av grunnlaga gjeld, oppgir «none» og får svaret om samtykke. Livsviktig informasjon til dei føresette (`consentGuardianDisclosure`) kviler på nr. 7 i alle aldrar.',
    },
    "consent.anonymous-forum": {
      summary:
        "Anonymiserte opplysningar er ikkje teiepliktige, så miljø, grupper og anonymiserte saker kan drøftast i tverrfaglege fora som SLT utan samtykke; namn eller identifiserbare personar kan ikkje.",
      interpretation:
        "Anonymiserte opplysningar er ikkje teiepliktige (forvaltningslova § 13 a nr. 2); rettleiaren brukar det på tverrfaglege fora som SLT. Ei sak er anonym berre når ingen i forumet kan kjenne att personen (`identifiable: false`). «Identifiserbare grupperingar» blir rekna som identifiserbare.",
    },
    "consent.guardian-confidentiality": {
      summary:
        "Den oppsøkjande ungdomstenesta har teieplikt overfor føresette til ungdom over 15 år, unnateke livsviktig informasjon og informasjon om kvar ungdomen oppheld seg. Fram til 18 år skal føresette kunne utøve foreldreansvaret, så om dei skal informerast, er eit skjønnsspørsmål knytt til kor alvorleg opplysninga er. Med dei yngste avtaler ein kva som kan snakkast ope om med foreldra.",
      interpretation:
        "Regelen er praksisen til dei oppsøkjande tenestene slik LOSU-rettleiaren skildrar han, og difor ei tilråding: inga lov set 15 år for desse tenestene (forvaltningslova § 13 a nemner ingen alder; dei næraste lovfesta grensene er 12 og 16 år i pasient- og brukarrettslova § 3-4 og 16 år i § 4-3). Myndigheitsalderen (18 år) og livsviktig informasjon (forvaltningslova § 13 b første ledd nr. 7) er lov. «Over 15 år» er lese som frå 15-årsdagen; verdien «16th-birthday» av `consent.guardian-confidentiality-from` vel 16-årsdagen. «Taushetsplikten gjelder ikke livsviktig informasjon» er lese som at tenesta kan informere; verdien «must-inform» av `consent.vital-information` gjer det til ei plikt. Biblioteket svarer aldri «må informerast» om anna: «informasjonsplikten er et skjønnsspørsmål», så alvorlege opplysningar gir «vurdering trengst». Før alderen for teieplikt kan føresette informerast. Frå 18 år er alt teiepliktig overfor føresette, med mindre ungdomen samtykkjer (`agreed`), unnateke livsviktig informasjon: ho kan delast «så langt det er nødvendig for å unngå fare for liv eller helse» (forvaltningslova § 13 b første ledd nr. 7, consent.other-legal-basis), så livsviktig informasjon er aldri berre teiepliktig.",
    },
    "consent.majority": {
      summary:
        "Ved 18 år er den unge myndig: dei føresette har ikkje lenger foreldreansvar og ingen rett til informasjon. Opplysningar kan berre givast dei med samtykke frå den unge eller etter eit anna lovleg grunnlag, som livsviktig informasjon så langt det er nødvendig for å unngå fare for liv eller helse (consent.other-legal-basis).",
    },
    "consent.timeline": {
      summary:
        "Aldersgrensene som betyr noko for ei ungdomsteneste: høyrd frå 7 år, stor vekt frå 12, helseopplysningar frå 12, appar og sosiale medium frå 13, val av utdanning frå 15, teieplikt overfor føresette frå 15, samtykke til deling og til helsehjelp frå 16, myndig ved 18 og ettervern til 25 år. Kvar grense har datoen ho blir nådd, kva som endrar seg og kjelda.",
      interpretation:
        "Teieplikt overfor føresette frå 15 år og samtykke til deling frå 16 år er aldrane i LOSU-rettleiaren, ikkje lov, og har styrken tilråding. Datoen er bursdagen då alderen er fylt (1. mars i vanlege år for dei som er fødde 29. februar). Tidslinja bruker reglane som gjeld på `asOf`; ho føreser ingen seinare lovendringar. Slutten på ettervernet er unntaket: grensa som gjeld, er den som galdt den dagen personen nådde henne (consent.aftercare). Ei grense som ingen regel set på `asOf` (samtykke til appar før 2018-07-20), er utelaten.",
    },
    "consent.child-views": {
      summary:
        "Barn har rett til å bli høyrde i saker som gjeld dei, og meininga deira skal leggjast vekt på etter alder og modning (Grunnlova § 104, barnekonvensjonen artikkel 12); det bind offentlege tenester. Barnelova § 31, som gjeld avgjerdene til foreldra, set aldrane: frå 7 år skal barnet få seie meininga si før det blir teke avgjerder om personlege forhold; frå 12 år skal det leggjast stor vekt på kva barnet meiner.",
      interpretation:
        "Barnelova § 31 gjeld foreldra; ei ungdomsteneste er bunden av Grunnlova § 104 og barnekonvensjonen artikkel 12 (gjennom menneskerettslova), som ikkje nemner nokon alder, men seier at meininga skal leggjast vekt på etter alder og modning. Biblioteket viser aldrane i barnelova, 7 og 12 år, som felles haldepunkt. Yngre barn som kan danne seg eigne synspunkt, skal òg høyrast; 7 år er alderen då retten gjeld uansett. Sektorreglane om å høyre barn i barnevernet og i forvaltninga elles er ikkje funne i kjeldene som er lesne.",
    },
    "consent.information-society": {
      summary:
        "Frå 13 år kan barnet sjølv samtykkje til behandling av personopplysningar i informasjonssamfunnstenester (appar, sosiale medium); for yngre barn samtykkjer foreldra.",
      interpretation:
        "Eit forslag frå 2025 om å heve alderen til 15 år er ikkje vedteke så langt det er kontrollert (parameteren `consent.information-society-age`).",
    },
    "consent.education-choice": {
      summary:
        "Frå 15 år avgjer ungdomen sjølv val av utdanning og innmelding i eller utmelding av foreiningar, og søkjer sjølv vidaregåande opplæring.",
    },
    "consent.health": {
      summary:
        "Frå 12 år kan pasienten be om at foreldra ikkje får opplysningar, av grunnar som bør respekterast. Frå 16 år samtykkjer ungdomen sjølv til helsehjelp (helserettsleg myndigheitsalder). Så lenge pasienten er under 18 år, skal foreldra likevel få informasjon som er nødvendig for å oppfylle foreldreansvaret (§ 3-4 fjerde ledd); frå 16 år får dei berre det.",
    },
    "consent.aftercare": {
      summary:
        "Barnevernstiltak kan med samtykke frå ungdomen halde fram eller bli erstatta av andre tiltak etter 18 år, til ungdomen fyller 25 år. For den som fylte 23 år før 2021-01-01, tok ettervernet slutt på 23-årsdagen.",
      interpretation:
        "Ettervern «opp til 25 år» er lese som at tiltaka kan vare medan ungdomen er under 25 år, og tek slutt på 25-årsdagen. Endringa frå 23 til 25 år gjeld etter Bufdir «med direkte virkning for unge voksne som fyller 23 år fra samme dato» (1. januar 2021). Difor blir aldersgrensa for ein person avgjord av dagen personen når henne, ikkje av `asOf`: ettervernet sluttar på den første fødselsdagen då personen har nådd grensa som galdt den dagen. Den som fylte 23 år 2020-12-31, fekk ettervernet avslutta den dagen, også når det blir vurdert etter 2021; den som fylte 23 år 2021-01-01, har ettervern til 25 år. Ein fødselsdag etter `asOf` les grensa som gjeld på `asOf`: ei seinare lovendring blir ikkje føresett. Set `consent.aftercare-upper-age` til 26 for lesemåten «til og med 25 år»; ein overstyrt verdi gjeld same kva fødselsdag.",
    },
  },
  parameters: {
    "consent.information-society-age": {
      interpretation:
        "Eit forslag frå 2025 om å heve grensa til 15 år er ikkje vedteke så langt det er kontrollert. Overstyr verdien for å rekne på ei slik endring. Før 2018-07-20 sette inga lov ein slik alder (verdien er null).",
    },
    "consent.guardian-confidentiality-from": {
      interpretation:
        "15 år er alderen i LOSU-rettleiaren; inga lov set han for desse tenestene (lovfesta analogiar: pasient- og brukarrettslova §§ 3-4 og 4-3). «Over 15 år» er lese som frå 15-årsdagen (den som har fylt 15, er «over 15» i vanleg tale). Verdien «16th-birthday» vel den strenge lesemåten: eldre enn 15 år, altså frå 16-årsdagen.",
    },
    "consent.vital-information": {
      interpretation:
        "«Taushetsplikten gjelder ikke livsviktig informasjon» er lese som at tenesta kan informere (teieplikta er løfta); den tilgangen har òg grunnlag i lova (forvaltningslova § 13 b første ledd nr. 7). Verdien «must-inform» vel den sterkare lesemåten: livsviktig informasjon må givast til føresette så lenge dei har foreldreansvar. Den plikta er lesemåten til rettleiaren; inga lov som gjer det til ei plikt, er funnen, difor tilråding.",
    },
    "consent.share-consent-age": {
      interpretation:
        "16 år er alderen i LOSU-rettleiaren for dei oppsøkjande tenestene (for OT ein analogi); inga lov set han for desse tenestene. Forvaltningslova § 13 a nemner ingen alder; lovfesta analogiar er pasient- og brukarrettslova § 4-3 (16 år) og § 3-4.",
    },
    "consent.aftercare-upper-age": {
      interpretation:
        "Verdien som gjeld for ein person, er den som galdt den dagen personen nådde henne: 25 år for den som fyller 23 år frå 2021-01-01 («med direkte virkning for unge voksne som fyller 23 år fra samme dato»), 23 år for den som fylte 23 før. Verdien 26 vel lesemåten «til og med 25 år».",
    },
  },
});
