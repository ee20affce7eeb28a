import { dutyConditions, dutyList, dutyMessages } from "../../core/duty-texts.js";
import { cap, dateOf, num } from "../../core/format.js";
import { deepFreeze } from "../../core/freeze.js";
import type { OtContactTrigger } from "../contact-triggers.js";
import {
  dutiesOutcomeMessages,
  type OtDutyWords,
  type OtRulebook,
  type OtTexts,
  triggerConditions,
  triggerList,
  triggerMessages,
} from "./keys.js";

/** The situations in which OT must make contact, as a main clause's predicate. */
const LABEL: Readonly<Record<OtContactTrigger, string>> = {
  "not-applied": "har ikke søkt videregående opplæring",
  "no-place-offered": "fikk ikke tilbud om skole- eller læreplass",
  "place-not-accepted": "har ikke tatt imot tildelt elev- eller læreplass",
  "dropped-out": "har avbrutt opplæringen før den er fullført",
  "not-in-work": "er ikke i arbeid",
  "lost-right": "har tapt retten ved bortvisning eller heving av kontrakt",
};

/** The same situations with the word order of a subordinate clause. */
const CLAUSE: Readonly<Record<OtContactTrigger, string>> = {
  "not-applied": "ikke har søkt videregående opplæring",
  "no-place-offered": "ikke fikk tilbud om skole- eller læreplass",
  "place-not-accepted": "ikke har tatt imot tildelt elev- eller læreplass",
  "dropped-out": "har avbrutt opplæringen før den er fullført",
  "not-in-work": "ikke er i arbeid",
  "lost-right": "har tapt retten ved bortvisning eller heving av kontrakt",
};

/** OT's duties in Bokmål. */
const DUTIES: OtDutyWords = {
  done: {
    overview: "Personen er registrert i oversikten over målgruppen",
    "written-information": "Skriftlig informasjon om rettighetene er gitt til ungdommen",
    "guardian-information": "Den samme informasjonen er gitt til foresatte",
    contact: "Kontakt med ungdommen er etablert",
    offer: "Ungdommen har fått tilbud",
    "follow-up": "Ungdommen er fulgt opp etter tilbudet",
  },
  name: {
    overview: "registrering i oversikten over målgruppen",
    "written-information": "skriftlig informasjon om rettighetene",
    "guardian-information": "den samme informasjonen til foresatte",
    contact: "kontakt med ungdommen",
    offer: "tilbud om opplæring, arbeid eller annet kompetansefremmende tiltak",
    "follow-up": "oppfølging etter tilbudet",
  },
  because: {
    "not-in-target-group": "personen er ikke i målgruppen",
    "past-age-limit": "personen er over aldersgrensen",
    "target-group-unknown": "det er ikke kjent om personen er i målgruppen",
    "of-age": "personen er myndig",
    "age-unknown": "det er ikke kjent om personen er under aldersgrensen for informasjon til foresatte",
    "not-in-force": "plikten til å informere foresatte gjaldt ikke ennå",
    "no-offer": "det er ikke gitt noe tilbud å følge opp",
    "offer-answer-unknown": "det er ikke kjent om tilbudet ble tatt imot",
    "not-needed": "OT har vurdert at ungdommen ikke trenger oppfølging",
    "need-unknown": "det er ikke kjent om ungdommen trenger oppfølging",
  },
  heading: { due: "Skal gjøres", unknown: "Uavklart", done: "Gjort", "not-owed": "Skyldes ikke" },
  dueBy: (date) => `innen ${date}`,
  notDone: (dueBy) => (dueBy === null ? "Ikke gjort ennå." : `Ikke gjort ennå; fristen er ${dueBy}.`),
  notKnown: (name, because) => `${cap(name)} er ikke registrert gjort, og det er uavklart om det skyldes: ${because}.`,
};

/** The collision between informing guardians and confidentiality, in Bokmål. */
const COLLISION = {
  "confidentiality-wins":
    "Informasjonen til foresatte møter OTs taushetsplikt, fordi ungdommen selv bestemmer over sin utdanning: taushetsplikten går foran, så foresatte får bare det som ikke er taushetsbelagt overfor dem.",
  judgement:
    "Informasjonen til foresatte møter OTs taushetsplikt, fordi ungdommen selv bestemmer over sin utdanning: ingen lest tekst sier hvilken regel som går foran, så det må vurderes skjønnsmessig hva foresatte kan få vite.",
} as const;

/** The OT area's texts in Bokmål. */
export const otNb: OtTexts = /* @__PURE__ */ deepFreeze({
  area: "ot",
  title: "Oppfølgingstjenesten (OT)",
  rules: {
    "ot.target-group": { title: "Målgruppen for oppfølgingstjenesten" },
    "ot.age-limit": { title: "Aldersgrense for OT" },
    "ot.contact-triggers": { title: "Når OT skal ta kontakt" },
    "ot.offer-aims": { title: "Målet med OTs tilbud" },
    "ot.yearly-contact": { title: "Kontakt hvert skoleår" },
    "ot.coordination": { title: "Samordning" },
    "ot.service-facts": { title: "Fakta om OT" },
    "ot.notify-on-dropout": { title: "Varsel til OT når en elev slutter" },
    "ot.duties": { title: "Hva OT skylder ungdommen" },
    "ot.guardian-confidentiality": { title: "Taushetsplikt overfor foresatte" },
    "ot.fixed-yearly-lists": { title: "Faste lister hvert år", strengthNote: "LOSUs høringsinnspill, ikke lov" },
    "ot.full-time-positions": {
      title: "Egne heltidsstillinger for OT",
      strengthNote: "LOSUs høringsinnspill, ikke lov",
    },
    "ot.cooperation-meetings": { title: "Faste samarbeidsmøter", strengthNote: "LOSUs høringsinnspill, ikke lov" },
    "ot.case-tool-access": {
      title: "Tilgang til OTs fagsystem (OTTO)",
      strengthNote: "LOSUs høringsinnspill, ikke lov",
    },
  },
  parameters: {
    "ot.upper-age": { title: "Øvre aldersgrense for oppfølgingstjenesten" },
    "ot.notify-max-days": { title: "Frist for å varsle OT når en elev slutter (dager)" },
    "ot.lost-right-grounds": { title: "Tap av retten som gir plass i målgruppen" },
    "ot.guardian-information-age": { title: "Foresatte til ungdom under denne alderen får samme informasjon" },
    "ot.own-education-age": { title: "Alder for å bestemme selv over egen utdanning" },
    "ot.guardian-collision": { title: "Hva som går foran når informasjon til foresatte møter taushetsplikten" },
    "ot.each-school-year": { title: "Kontakt og tilbud hvert skoleår" },
    "ot.follow-up-after": { title: "Hvem OT skal følge opp" },
  },
  versions: {
    "ot-2006": "opplæringslova 1998 § 3-6 og forskrift til opplæringslova kapittel 13",
    "ot-2024": "opplæringslova 2023 § 9-4 og opplæringsforskrifta § 8-3",
  },
  conditions: {
    ...triggerConditions(LABEL, "Personen"),
    "ot.target-group/youth-right": "Personen har ungdomsrett",
    "ot.target-group/lost-right": "Personen har tapt retten på en måte som gir plass i målgruppen",
    "ot.target-group/not-in-education": "Personen er ikke i opplæring",
    "ot.target-group/not-in-work": "Personen er ikke i arbeid",
    "ot.age-limit/within-age-limit": "Innenfor aldersgrensen",
    "ot.yearly-contact/established-contact": "Kontakt er etablert i skoleåret",
    "ot.notify-on-dropout/notified": "OT ble varslet i tide",
    "ot.notify-on-dropout/not-yet-notified": "Fortsatt innenfor fristen for å varsle OT",
    ...dutyConditions("ot.duties", DUTIES),
    "ot.guardian-confidentiality/decides-own-education": "Ungdommen bestemmer selv over sin utdanning",
  },
  facts: {
    birthYear: "fødselsår",
    birthDate: "fødselsdato",
    hasYouthRight: "ungdomsrett",
    inEducation: "om personen er i opplæring",
    inWork: "om personen er i arbeid",
    lostRight: "tapt rett",
    applied: "om personen har søkt",
    offeredPlace: "om personen fikk tilbud om plass",
    acceptedPlace: "om plassen ble tatt imot",
    droppedOut: "om personen har avbrutt",
    history: "hva OT har gjort",
    contacts: "kontakter og forsøk",
    "contacts.date": "dato",
    "contacts.established": "om kontakt ble etablert",
    quitDate: "dato eleven sluttet",
    notifiedDate: "dato OT i hjemkommunen ble varslet",
    "history.registeredOn": "registrert i oversikten",
    "history.informedOn": "skriftlig informasjon gitt",
    "history.guardiansInformedOn": "informasjon gitt til foresatte",
    "history.contacts": "kontakter og forsøk",
    "history.contacts.date": "dato",
    "history.contacts.established": "om kontakt ble etablert",
    "history.offers": "tilbud",
    "history.offers.date": "dato for tilbudet",
    "history.offers.accepted": "om tilbudet ble tatt imot",
    "history.followUps": "dager med oppfølging",
    needsFollowUp: "om ungdommen trenger oppfølging",
  },
  values: {
    "ot.lost-right-grounds": { expulsion: "bortvisning", "contract-termination": "heving av kontrakt" },
    "ot.guardian-collision": {
      "confidentiality-wins": "taushetsplikten går foran",
      judgement: "skjønnsmessig vurdering",
    },
    "ot.follow-up-after": { offer: "alle som har fått tilbud", "accepted-offer": "de som har tatt imot tilbud" },
  },
  messages: {
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
      `Innenfor aldersgrensen: OT gjelder til og med ${dateOf(f, x.coveredThrough)}, året personen fyller ${num(x.upperAge)} år.`,
    "ot.age-limit/within-age-limit/fails": (x, f) =>
      `Over aldersgrensen: OT gjaldt til og med ${dateOf(f, x.coveredThrough)}, året personen fylte ${num(x.upperAge)} år.`,
    "ot.age-limit/within-age-limit/unknown": (x) =>
      `Fødselsåret er ikke kjent, så aldersgrensen (til og med året personen fyller ${num(x.upperAge)} år) kan ikke vurderes.`,
    "ot.age-limit/outcome": (x, f) =>
      `OT gjelder til og med ${dateOf(f, x.outcome)}, året personen fyller ${num(x.upperAge)} år.`,
    "ot.contact-triggers/outcome": (x, f) =>
      x.outside === "in-work"
        ? "OT skal ikke ta kontakt: personen er i arbeid og dermed utenfor målgruppen."
        : x.outside === "past-age-limit"
          ? "OT skal ikke ta kontakt: personen er over aldersgrensen og dermed utenfor målgruppen."
          : triggerList(CLAUSE, f, x.outcome, "") === ""
            ? "ingen av situasjonene der OT skal ta kontakt, er kjent å gjelde."
            : `OT skal ta kontakt fordi personen ${triggerList(CLAUSE, f, x.outcome, "")}${x.owed === true ? "" : ", så sant personen er i målgruppen"}.`,
    .../* @__PURE__ */ triggerMessages(
      LABEL,
      CLAUSE,
      (l) => `Personen ${l}.`,
      () => "gjelder ikke.",
      (l) => `Ukjent om personen ${l}.`,
    ),
    "ot.yearly-contact/outcome/due": (x, f) =>
      `kontakt er ikke etablert i skoleåret og skal skje innen ${dateOf(f, x.dueBy)}.`,
    "ot.yearly-contact/outcome/done": (x, f) => `kontakt er etablert i skoleåret (${dateOf(f, x.countedContact)}).`,
    "ot.yearly-contact/outcome/not-owed": (x, f) =>
      `ingen kontakt skyldes: OT gjaldt til og med ${dateOf(f, x.coveredThrough)}, og personen er nå utenfor målgruppen.`,
    "ot.yearly-contact/established-contact/holds": (x, f) =>
      `Kontakt ble etablert ${dateOf(f, x.countedContact)}, i skoleåret ${dateOf(f, x.schoolYearStart)}–${dateOf(f, x.schoolYearEnd)}.`,
    "ot.yearly-contact/established-contact/fails": (x, f) =>
      `Ingen etablert kontakt i skoleåret ${dateOf(f, x.schoolYearStart)}–${dateOf(f, x.schoolYearEnd)}; ${num(x.attemptsWithoutReply)} forsøk uten svar teller ikke.`,
    "ot.notify-on-dropout/outcome/timely": () => "OT ble varslet i tide.",
    "ot.notify-on-dropout/outcome/late": () => "OT ble varslet for sent.",
    "ot.notify-on-dropout/outcome/pending": (x, f) => `OT er ikke varslet ennå; fristen er ${dateOf(f, x.deadline)}.`,
    "ot.notify-on-dropout/outcome/overdue": (x, f) =>
      `OT er ikke varslet, og fristen gikk ut ${dateOf(f, x.deadline)}.`,
    "ot.notify-on-dropout/notified/holds": (x, f) =>
      `OT ble varslet ${dateOf(f, x.notifiedDate)}, ${num(x.days)} dager etter at eleven sluttet ${dateOf(f, x.quitDate)} (høyst ${num(x.maxDays)}).`,
    "ot.notify-on-dropout/notified/fails": (x, f) =>
      `OT ble varslet ${dateOf(f, x.notifiedDate)}, ${num(x.days)} dager etter at eleven sluttet ${dateOf(f, x.quitDate)}; anbefalt er høyst ${num(x.maxDays)}.`,
    "ot.notify-on-dropout/not-yet-notified/holds": (x, f) =>
      `Eleven sluttet ${dateOf(f, x.quitDate)}; det har gått ${num(x.days)} dager, og OT bør varsles innen ${dateOf(f, x.deadline)}.`,
    "ot.notify-on-dropout/not-yet-notified/fails": (x, f) =>
      `Eleven sluttet ${dateOf(f, x.quitDate)}; det har gått ${num(x.days)} dager uten varsel, mer enn ${num(x.maxDays)}.`,
    ...dutiesOutcomeMessages(
      {
        due: "noe skal gjøres.",
        unknown: "ikke alt kan avgjøres før flere opplysninger er kjent.",
        "up-to-date": "alt OT skylder ungdommen nå, er gjort.",
        "not-owed": "OT skylder ikke ungdommen noe nå.",
      },
      DUTIES,
      COLLISION,
      dutyList,
    ),
    ...dutyMessages("ot.duties", DUTIES),
    "ot.guardian-confidentiality/decides-own-education/holds": (x) =>
      `Ungdommen har fylt ${num(x.ownEducationAge)} år og bestemmer selv over sin utdanning. ${x.resolution === "judgement" ? COLLISION.judgement : COLLISION["confidentiality-wins"]}`,
    "ot.guardian-confidentiality/decides-own-education/unknown": (x) =>
      `Det er ikke kjent om ungdommen har fylt ${num(x.ownEducationAge)} år; i så fall bestemmer ungdommen selv over sin utdanning, og informasjonen til foresatte møter OTs taushetsplikt.`,
  },
});

/** What the OT rulebook says beyond an explanation, in Bokmål. */
export const otRulebookNb: OtRulebook = /* @__PURE__ */ deepFreeze({
  rules: {
    "ot.target-group": {
      summary:
        "Ungdom som har rett til videregående opplæring, som verken er i opplæring eller i arbeid, og som er innenfor aldersgrensen. Etter reglene til 2024-07-31 gjelder det også dem som har tapt retten ved bortvisning for resten av skoleåret, og til 2017 ved heving av lærekontrakt eller opplæringskontrakt.",
      interpretation:
        "Tapt rett er med bare i versjonen til 2024-07-31, og heving av kontrakt (§ 4-6) bare til den ble opphevet i 2017 (parameteren `ot.lost-right-grounds`). 2023-loven § 9-4 gjelder «dei som har rett til opplæring etter § 5-1 og ikkje er i opplæring eller arbeid», uten noe ledd om tapt rett: biblioteket leser det slik at bortvisning ikke lenger gir plass i målgruppen (tolkning; ingen tekst om bortvisning og ungdomsretten i 2023-loven er lest). Ungdomsretten varer til personen har studie- eller yrkeskompetanse. Om deltidsarbeid tar noen ut av målgruppen, er et åpent spørsmål: `inWork` er det vertssystemet som avgjør.",
    },
    "ot.age-limit": {
      summary:
        "OT gjelder til og med det kalenderåret personen fyller 21 år (regler til 2024-07-31) eller 24 år (fra 2024-08-01). Siste dekkede dag er 31. desember det året.",
      interpretation:
        "«Til og med det året den enkelte fyller 21 år» (1998) og «fram til utgangen av det året ein fyller 24 år» (2023) betyr begge: år(asOf) ≤ fødselsår + aldersgrensen. Bare fødselsåret trengs. Grensen er parameteren `ot.upper-age`.",
    },
    "ot.contact-triggers": {
      summary:
        "OT skal kontakte ungdom som ikke har søkt videregående opplæring, ikke har tatt imot tildelt elev- eller læreplass, har avbrutt opplæringen, ikke er i arbeid, eller (til 2024-07-31) har tapt retten ved bortvisning eller heving av kontrakt. Fra 2024-08-01 er også ungdom som ikke fikk tilbud om skole- eller læreplass, med.",
      interpretation:
        "Plikten til å ta kontakt gjelder bare ungdom i målgruppen: den som er i arbeid eller over aldersgrensen, skal ikke kontaktes, selv om en situasjon på listen gjelder. Situasjonene beskriver ungdom med rett som ikke er i opplæring; ungdomsretten prøves av `otTargetGroup`. «Ikke tatt imot plass» gjelder ikke når personen ikke fikk tilbud om plass, og `acceptedPlace` sammen med `offeredPlace: false` er en inndatafeil.",
    },
    "ot.offer-aims": {
      summary:
        "Tilbudene (opplæring, arbeid, annen kompetansefremmende aktivitet eller en kombinasjon) skal først og fremst ta sikte på studiekompetanse, yrkeskompetanse eller grunnkompetanse.",
    },
    "ot.yearly-contact": {
      summary:
        "Ungdom i målgruppen som ikke har tatt imot tilbud og ikke er i arbeid eller utdanning, skal kontaktes og få tilbud hvert skoleår så lenge de er omfattet. Et brev, en SMS eller en e-post uten svar er ikke etablert kontakt.",
      interpretation:
        "Regelkatalogen kaller dette forskrift, men forskriftsteksten er ikke sett; kilden er fylkets veiledning, så styrken er satt til veiledning. Skoleåret går fra 1. august til 31. juli (parameteren `core.school-year-start`).",
    },
    "ot.coordination": {
      summary:
        "OT skal sikre tverretatlig samarbeid mellom kommunale, fylkeskommunale og statlige instanser som har ansvar for målgruppen, og formidle og eventuelt samordne tilbud, men skal ikke overta oppgavene til andre etater.",
    },
    "ot.service-facts": {
      summary:
        "Alle tjenester i OT er gratis; alle ansatte har taushetsplikt; tiltak lages i samarbeid med ungdommen; det er ikke fastsatt nasjonale kompetansekrav for dem som arbeider i OT.",
    },
    "ot.notify-on-dropout": {
      summary:
        "OT i kommunen der ungdommen bor, bør få beskjed så snart en elev har sluttet, og ungdommen få tilbud om oppfølging så tidlig som mulig. Lister over ungdom uten skoletilbud bør komme til faste tider hvert år.",
      interpretation:
        "«Så snart en elev har sluttet» angir ingen frist. Biblioteket bruker 7 kalenderdager; sett fylkets egen rutine med parameteren.",
    },
    "ot.duties": {
      summary:
        "OT skal ha løpende oversikt over alle i målgruppen, gi dem skriftlig informasjon om rettighetene deres (og den samme informasjonen til foresatte til ungdom under 18 år), etablere kontakt med hver enkelt, gi alle et tilbud i tråd med formålet og ved behov følge opp dem som har fått tilbud. Ingenting av dette skyldes den som er utenfor målgruppen.",
      interpretation:
        "Forskriftstekstene er ikke lest; oppgavene er slik departementet gjengir § 13-3 (Prop. 57 L (2022–2023) punkt 45.2) og slik et fylke gjengir § 8-3. Ingen tekst gir frister for oversikt, informasjon eller oppfølging; kontakt og tilbud skyldes hvert skoleår etter fylkets veiledning (parameteren `ot.each-school-year`), med frist siste dag i skoleåret eller siste dag OT gjelder. Bare etablert kontakt teller. Oppfølging skyldes «ved behov» når det er gitt et tilbud (parameteren `ot.follow-up-after`): behovet er OTs vurdering (`needsFollowUp`), og uten den er oppgaven uavklart til en oppfølging er registrert. Det er den eneste oppgaven som kan bli skyldig av at en annen er gjort.",
    },
    "ot.guardian-confidentiality": {
      summary:
        "Alle som arbeider i OT, har taushetsplikt (forvaltningsloven § 13), og fra 15 år bestemmer ungdommen selv over sin utdanning (barnelova § 32). Når foresatte til en ungdom mellom 15 og 18 år skal ha informasjon, kan den møte taushetsplikten overfor dem.",
      interpretation:
        "Begge paragrafene er lov, men at informasjonen til foresatte møter taushetsplikten fra 15 år, er bibliotekets lesning: ingen lest tekst knytter de to sammen. Forbeholdet om taushetsplikt i OTs plikt til å informere foresatte har ingen aldersgrense. Avgjørelsen navngir begge reglene (`details.collisions`) og sier hvilken som går foran (parameteren `ot.guardian-collision`). 15 år er parameteren `ot.own-education-age`.",
    },
    "ot.fixed-yearly-lists": {
      summary:
        "Listene med navn på ungdom uten skoletilbud bør komme til faste tider hvert år og utelate dem som ikke trenger oppfølging.",
    },
    "ot.full-time-positions": {
      summary:
        "De som arbeider med OT, bør ha det som heltidsjobb, i egne stillinger, og ikke i tillegg til andre oppgaver.",
    },
    "ot.cooperation-meetings": {
      summary:
        "Alle som arbeider direkte med OT i et område, bør ha faste samarbeidsmøter og en struktur for samarbeid rundt den enkelte eleven.",
    },
    "ot.case-tool-access": {
      summary: "Alle som arbeider direkte med OT, bør ha tilgang til OTs dataregistreringsverktøy (OTTO).",
    },
  },
  parameters: {
    "ot.guardian-information-age": {
      interpretation:
        "Kunnskapsdepartementet skrev om kapittel 13 slik det gjaldt fra 2012-02-01: «Foresatte skal gis den samme informasjonen.» Ingen lest tekst sier det før den datoen, så verdien er 0 (ingen foresatte) til 2012-01-31 og 18 (myndighetsalderen) fra 2012-02-01. Udir skrev at endringene i 2012 ikke ga nye oppgaver; sett 18 fra 2006 om dere leser det slik.",
    },
    "ot.guardian-collision": {
      interpretation:
        "Et fylke gjengir OTs plikt slik: foresatte til ungdom som ikke er myndig, skal ha den samme informasjonen «med mindre denne er underlagt taushetsplikt». Teksten er skrevet i 2023, før opplæringsforskrifta ble vedtatt, og kan gjengi § 13-3 slik den gjaldt fra 2012 eller utkastet til § 8-3; ingen lest tekst sier at forbeholdet var nytt i 2024. Biblioteket leser derfor at taushetsplikten går foran under begge forskriftene; `judgement` overlater det til skjønn.",
    },
    "ot.each-school-year": {
      interpretation:
        "Fylkets veiledning (fra 2011) sier kontakt og tilbud «hvert skoleår»; forskriftsteksten er ikke lest, og for reglene fra 2024-08-01 er ingen kilde lest. Med `false` er plikten oppfylt ved én etablert kontakt og ett tilbud mens personen er i målgruppen.",
    },
    "ot.follow-up-after": {
      interpretation:
        "Departementet gjengir § 13-3 som oppfølging «for dei som har fått tilbod»; statsrådens svar i 2019 sier «dei som har teke imot tilbod», og et fylke skriver i 2023 at OT skal følge opp «ungdom som tar imot tilbud». Biblioteket følger departementets gjengivelse (`offer`); `accepted-offer` gir den andre lesningen.",
    },
    "ot.upper-age": {
      interpretation:
        "Begge lovene regner grensen i kalenderår: 1998-loven «til og med det året den enkelte fyller 21 år», 2023-loven «fram til utgangen av det året ein fyller 24 år». Verdien kan overstyres for å regne på en annen grense, for eksempel 21 igjen.",
    },
    "ot.notify-max-days": {
      interpretation:
        "«Så snart en elev har sluttet» angir ingen frist. Biblioteket bruker 7 kalenderdager; sett fylkets egen rutine med parameteren.",
    },
    "ot.lost-right-grounds": {
      interpretation:
        "§ 4-6 ble opphevet i 2017; dagen er ikke funnet. Biblioteket lar heving av kontrakt telle til og med 2017-07-31, siste dag i skoleåret 2016–17, og bare bortvisning fra 2017-08-01 til 2024-07-31. Fra 2024-08-01 gir tapt rett ikke plass i målgruppen (§ 9-4 nevner bare retten etter § 5-1). Overstyr verdien for en annen dag.",
    },
  },
});
