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
  "not-applied": "har ikkje søkt vidaregåande opplæring",
  "no-place-offered": "fekk ikkje tilbod om skule- eller læreplass",
  "place-not-accepted": "har ikkje teke imot tildelt elev- eller læreplass",
  "dropped-out": "har avbrote opplæringa før ho er fullført",
  "not-in-work": "er ikkje i arbeid",
  "lost-right": "har tapt retten ved bortvising eller heving av kontrakt",
};

/** The same situations with the word order of a subordinate clause. */
const CLAUSE: Readonly<Record<OtContactTrigger, string>> = {
  "not-applied": "ikkje har søkt vidaregåande opplæring",
  "no-place-offered": "ikkje fekk tilbod om skule- eller læreplass",
  "place-not-accepted": "ikkje har teke imot tildelt elev- eller læreplass",
  "dropped-out": "har avbrote opplæringa før ho er fullført",
  "not-in-work": "ikkje er i arbeid",
  "lost-right": "har tapt retten ved bortvising eller heving av kontrakt",
};

/** OT's duties in Nynorsk. */
const DUTIES: OtDutyWords = {
  done: {
    overview: "Personen er registrert i oversikta over målgruppa",
    "written-information": "Skriftleg informasjon om rettane er gitt til ungdomen",
    "guardian-information": "Den same informasjonen er gitt til føresette",
    contact: "Kontakt med ungdomen er etablert",
    offer: "Ungdomen har fått tilbod",
    "follow-up": "Ungdomen er følgd opp etter tilbodet",
  },
  name: {
    overview: "registrering i oversikta over målgruppa",
    "written-information": "skriftleg informasjon om rettane",
    "guardian-information": "den same informasjonen til føresette",
    contact: "kontakt med ungdomen",
    offer: "tilbod om opplæring, arbeid eller anna kompetansefremjande tiltak",
    "follow-up": "oppfølging etter tilbodet",
  },
  because: {
    "not-in-target-group": "personen er ikkje i målgruppa",
    "past-age-limit": "personen er over aldersgrensa",
    "target-group-unknown": "det er ikkje kjent om personen er i målgruppa",
    "of-age": "personen er myndig",
    "age-unknown": "det er ikkje kjent om personen er under aldersgrensa for informasjon til føresette",
    "not-in-force": "plikta til å informere føresette galdt ikkje enno",
    "no-offer": "det er ikkje gitt noko tilbod å følgje opp",
    "offer-answer-unknown": "det er ikkje kjent om tilbodet vart teke imot",
    "not-needed": "OT har vurdert at ungdomen ikkje treng oppfølging",
    "need-unknown": "det er ikkje kjent om ungdomen treng oppfølging",
  },
  heading: { due: "Skal gjerast", unknown: "Uavklart", done: "Gjort", "not-owed": "Skuldast ikkje" },
  dueBy: (date) => `innan ${date}`,
  notDone: (dueBy) => (dueBy === null ? "Ikkje gjort enno." : `Ikkje gjort enno; fristen er ${dueBy}.`),
  notKnown: (name, because) =>
    `${cap(name)} er ikkje registrert gjort, og det er uavklart om det skuldast: ${because}.`,
};

/** The collision between informing guardians and confidentiality, in Nynorsk. */
const COLLISION = {
  "confidentiality-wins":
    "Informasjonen til føresette møter teieplikta til OT, fordi ungdomen sjølv avgjer kva utdanning han eller ho skal ha: teieplikta går føre, så føresette får berre det som ikkje er teiepliktig overfor dei.",
  judgement:
    "Informasjonen til føresette møter teieplikta til OT, fordi ungdomen sjølv avgjer kva utdanning han eller ho skal ha: ingen lesen tekst seier kva regel som går føre, så det må vurderast skjønsmessig kva føresette kan få vite.",
} as const;

/** The OT area's texts in Nynorsk. */
export const otNn: OtTexts = /* @__PURE__ */ deepFreeze({
  area: "ot",
  title: "Oppfølgingstenesta (OT)",
  rules: {
    "ot.target-group": { title: "Målgruppa for oppfølgingstenesta" },
    "ot.age-limit": { title: "Aldersgrense for OT" },
    "ot.contact-triggers": { title: "Når OT skal ta kontakt" },
    "ot.offer-aims": { title: "Målet med tilboda frå OT" },
    "ot.yearly-contact": { title: "Kontakt kvart skuleår" },
    "ot.coordination": { title: "Samordning" },
    "ot.service-facts": { title: "Fakta om OT" },
    "ot.notify-on-dropout": { title: "Varsel til OT når ein elev sluttar" },
    "ot.duties": { title: "Kva OT skuldar ungdomen" },
    "ot.guardian-confidentiality": { title: "Teieplikt overfor føresette" },
    "ot.fixed-yearly-lists": { title: "Faste lister kvart år", strengthNote: "høyringsinnspel frå LOSU, ikkje lov" },
    "ot.full-time-positions": {
      title: "Eigne heiltidsstillingar for OT",
      strengthNote: "høyringsinnspel frå LOSU, ikkje lov",
    },
    "ot.cooperation-meetings": { title: "Faste samarbeidsmøte", strengthNote: "høyringsinnspel frå LOSU, ikkje lov" },
    "ot.case-tool-access": {
      title: "Tilgang til fagsystemet til OT (OTTO)",
      strengthNote: "høyringsinnspel frå LOSU, ikkje lov",
    },
  },
  parameters: {
    "ot.upper-age": { title: "Øvre aldersgrense for oppfølgingstenesta" },
    "ot.notify-max-days": { title: "Frist for å varsle OT når ein elev sluttar (dagar)" },
    "ot.lost-right-grounds": { title: "Tap av retten som gir plass i målgruppa" },
    "ot.guardian-information-age": { title: "Føresette til ungdom under denne alderen får same informasjon" },
    "ot.own-education-age": { title: "Alder for å avgjere sjølv kva utdanning ein skal ha" },
    "ot.guardian-collision": { title: "Kva som går føre når informasjon til føresette møter teieplikta" },
    "ot.each-school-year": { title: "Kontakt og tilbod kvart skuleår" },
    "ot.follow-up-after": { title: "Kven OT skal følgje opp" },
  },
  versions: {
    "ot-2006": "opplæringslova 1998 § 3-6 og forskrift til opplæringslova kapittel 13",
    "ot-2024": "opplæringslova 2023 § 9-4 og opplæringsforskrifta § 8-3",
  },
  conditions: {
    ...triggerConditions(LABEL, "Personen"),
    "ot.target-group/youth-right": "Personen har ungdomsrett",
    "ot.target-group/lost-right": "Personen har tapt retten på ein måte som gir plass i målgruppa",
    "ot.target-group/not-in-education": "Personen er ikkje i opplæring",
    "ot.target-group/not-in-work": "Personen er ikkje i arbeid",
    "ot.age-limit/within-age-limit": "Innanfor aldersgrensa",
    "ot.yearly-contact/established-contact": "Kontakt er etablert i skuleåret",
    "ot.notify-on-dropout/notified": "OT vart varsla i tide",
    "ot.notify-on-dropout/not-yet-notified": "Framleis innanfor fristen for å varsle OT",
    ...dutyConditions("ot.duties", DUTIES),
    "ot.guardian-confidentiality/decides-own-education": "Ungdomen avgjer sjølv kva utdanning han eller ho skal ha",
  },
  facts: {
    birthYear: "fødselsår",
    birthDate: "fødselsdato",
    hasYouthRight: "ungdomsrett",
    inEducation: "om personen er i opplæring",
    inWork: "om personen er i arbeid",
    lostRight: "tapt rett",
    applied: "om personen har søkt",
    offeredPlace: "om personen fekk tilbod om plass",
    acceptedPlace: "om plassen vart teken imot",
    droppedOut: "om personen har avbrote",
    history: "kva OT har gjort",
    contacts: "kontaktar og forsøk",
    "contacts.date": "dato",
    "contacts.established": "om kontakt vart etablert",
    quitDate: "dato eleven slutta",
    notifiedDate: "dato OT i heimkommunen vart varsla",
    "history.registeredOn": "registrert i oversikta",
    "history.informedOn": "skriftleg informasjon gitt",
    "history.guardiansInformedOn": "informasjon gitt til føresette",
    "history.contacts": "kontaktar og forsøk",
    "history.contacts.date": "dato",
    "history.contacts.established": "om kontakt vart etablert",
    "history.offers": "tilbod",
    "history.offers.date": "dato for tilbodet",
    "history.offers.accepted": "om tilbodet vart teke imot",
    "history.followUps": "dagar med oppfølging",
    needsFollowUp: "om ungdomen treng oppfølging",
  },
  values: {
    "ot.lost-right-grounds": { expulsion: "bortvising", "contract-termination": "heving av kontrakt" },
    "ot.guardian-collision": { "confidentiality-wins": "teieplikta går føre", judgement: "skjønsmessig vurdering" },
    "ot.follow-up-after": { offer: "alle som har fått tilbod", "accepted-offer": "dei som har teke imot tilbod" },
  },
  messages: {
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
      `Innanfor aldersgrensa: OT gjeld til og med ${dateOf(f, x.coveredThrough)}, året personen fyller ${num(x.upperAge)} år.`,
    "ot.age-limit/within-age-limit/fails": (x, f) =>
      `Over aldersgrensa: OT galdt til og med ${dateOf(f, x.coveredThrough)}, året personen fylte ${num(x.upperAge)} år.`,
    "ot.age-limit/within-age-limit/unknown": (x) =>
      `Fødselsåret er ikkje kjent, så aldersgrensa (til og med året personen fyller ${num(x.upperAge)} år) kan ikkje vurderast.`,
    "ot.age-limit/outcome": (x, f) =>
      `OT gjeld til og med ${dateOf(f, x.outcome)}, året personen fyller ${num(x.upperAge)} år.`,
    "ot.contact-triggers/outcome": (x, f) =>
      x.outside === "in-work"
        ? "OT skal ikkje ta kontakt: personen er i arbeid og dermed utanfor målgruppa."
        : x.outside === "past-age-limit"
          ? "OT skal ikkje ta kontakt: personen er over aldersgrensa og dermed utanfor målgruppa."
          : triggerList(CLAUSE, f, x.outcome, "") === ""
            ? "ingen av situasjonane der OT skal ta kontakt, er kjende å gjelde."
            : `OT skal ta kontakt fordi personen ${triggerList(CLAUSE, f, x.outcome, "")}${x.owed === true ? "" : ", så sant personen er i målgruppa"}.`,
    .../* @__PURE__ */ triggerMessages(
      LABEL,
      CLAUSE,
      (l) => `Personen ${l}.`,
      () => "gjeld ikkje.",
      (l) => `Ukjent om personen ${l}.`,
    ),
    "ot.yearly-contact/outcome/due": (x, f) =>
      `kontakt er ikkje etablert i skuleåret og skal skje innan ${dateOf(f, x.dueBy)}.`,
    "ot.yearly-contact/outcome/done": (x, f) => `kontakt er etablert i skuleåret (${dateOf(f, x.countedContact)}).`,
    "ot.yearly-contact/outcome/not-owed": (x, f) =>
      `inga kontakt er skuldig: OT gjaldt til og med ${dateOf(f, x.coveredThrough)}, og personen er no utanfor målgruppa.`,
    "ot.yearly-contact/established-contact/holds": (x, f) =>
      `Kontakt vart etablert ${dateOf(f, x.countedContact)}, i skuleåret ${dateOf(f, x.schoolYearStart)}–${dateOf(f, x.schoolYearEnd)}.`,
    "ot.yearly-contact/established-contact/fails": (x, f) =>
      `Ingen etablert kontakt i skuleåret ${dateOf(f, x.schoolYearStart)}–${dateOf(f, x.schoolYearEnd)}; ${num(x.attemptsWithoutReply)} forsøk utan svar tel ikkje.`,
    "ot.notify-on-dropout/outcome/timely": () => "OT vart varsla i tide.",
    "ot.notify-on-dropout/outcome/late": () => "OT vart varsla for seint.",
    "ot.notify-on-dropout/outcome/pending": (x, f) => `OT er ikkje varsla enno; fristen er ${dateOf(f, x.deadline)}.`,
    "ot.notify-on-dropout/outcome/overdue": (x, f) =>
      `OT er ikkje varsla, og fristen gjekk ut ${dateOf(f, x.deadline)}.`,
    "ot.notify-on-dropout/notified/holds": (x, f) =>
      `OT vart varsla ${dateOf(f, x.notifiedDate)}, ${num(x.days)} dagar etter at eleven slutta ${dateOf(f, x.quitDate)} (høgst ${num(x.maxDays)}).`,
    "ot.notify-on-dropout/notified/fails": (x, f) =>
      `OT vart varsla ${dateOf(f, x.notifiedDate)}, ${num(x.days)} dagar etter at eleven slutta ${dateOf(f, x.quitDate)}; tilrådd er høgst ${num(x.maxDays)}.`,
    "ot.notify-on-dropout/not-yet-notified/holds": (x, f) =>
      `Eleven slutta ${dateOf(f, x.quitDate)}; det har gått ${num(x.days)} dagar, og OT bør varslast innan ${dateOf(f, x.deadline)}.`,
    "ot.notify-on-dropout/not-yet-notified/fails": (x, f) =>
      `Eleven slutta ${dateOf(f, x.quitDate)}; det har gått ${num(x.days)} dagar utan varsel, meir enn ${num(x.maxDays)}.`,
    ...dutiesOutcomeMessages(
      {
        due: "noko skal gjerast.",
        unknown: "ikkje alt kan avgjerast før fleire opplysningar er kjende.",
        "up-to-date": "alt OT skuldar ungdomen no, er gjort.",
        "not-owed": "OT skuldar ikkje ungdomen noko no.",
      },
      DUTIES,
      COLLISION,
      dutyList,
    ),
    ...dutyMessages("ot.duties", DUTIES),
    "ot.guardian-confidentiality/decides-own-education/holds": (x) =>
      `Ungdomen har fylt ${num(x.ownEducationAge)} år og avgjer sjølv kva utdanning han eller ho skal ha. ${x.resolution === "judgement" ? COLLISION.judgement : COLLISION["confidentiality-wins"]}`,
    "ot.guardian-confidentiality/decides-own-education/unknown": (x) =>
      `Det er ikkje kjent om ungdomen har fylt ${num(x.ownEducationAge)} år; i så fall avgjer ungdomen sjølv kva utdanning han eller ho skal ha, og informasjonen til føresette møter teieplikta til OT.`,
  },
});

/** What the OT rulebook says beyond an explanation, in Nynorsk. */
export const otRulebookNn: OtRulebook = /* @__PURE__ */ deepFreeze({
  rules: {
    "ot.target-group": {
      summary:
        "Ungdom som har rett til vidaregåande opplæring, som verken er i opplæring eller i arbeid, og som er innanfor aldersgrensa. Etter reglane til 2024-07-31 gjeld det òg dei som har tapt retten ved bortvising for resten av skuleåret, og til 2017 ved heving av lærekontrakt eller opplæringskontrakt.",
      interpretation:
        "Tapt rett er med berre i versjonen til 2024-07-31, og heving av kontrakt (§ 4-6) berre til han vart oppheva i 2017 (parameteren `ot.lost-right-grounds`). 2023-lova § 9-4 gjeld «dei som har rett til opplæring etter § 5-1 og ikkje er i opplæring eller arbeid», utan noko ledd om tapt rett: biblioteket les det slik at bortvising ikkje lenger gir plass i målgruppa (tolking; ingen tekst om bortvising og ungdomsretten i 2023-lova er lesen). Ungdomsretten varer til personen har studie- eller yrkeskompetanse. Om deltidsarbeid tek nokon ut av målgruppa, er eit ope spørsmål: `inWork` er det vertssystemet som avgjer.",
    },
    "ot.age-limit": {
      summary:
        "OT gjeld til og med det kalenderåret personen fyller 21 år (reglar til 2024-07-31) eller 24 år (frå 2024-08-01). Siste dekte dag er 31. desember det året.",
      interpretation:
        "«Til og med det året den enkelte fyller 21 år» (1998) og «fram til utgangen av det året ein fyller 24 år» (2023) tyder begge: år(asOf) ≤ fødselsår + aldersgrensa. Berre fødselsåret trengst. Grensa er parameteren `ot.upper-age`.",
    },
    "ot.contact-triggers": {
      summary:
        "OT skal kontakte ungdom som ikkje har søkt vidaregåande opplæring, ikkje har teke imot tildelt elev- eller læreplass, har avbrote opplæringa, ikkje er i arbeid, eller (til 2024-07-31) har tapt retten ved bortvising eller heving av kontrakt. Frå 2024-08-01 er òg ungdom som ikkje fekk tilbod om skule- eller læreplass, med.",
      interpretation:
        "Plikta til å ta kontakt gjeld berre ungdom i målgruppa: den som er i arbeid eller over aldersgrensa, skal ikkje kontaktast, sjølv om ein situasjon på lista gjeld. Situasjonane skildrar ungdom med rett som ikkje er i opplæring; ungdomsretten blir prøvd av `otTargetGroup`. «Ikkje teke imot plass» gjeld ikkje når personen ikkje fekk tilbod om plass, og `acceptedPlace` saman med `offeredPlace: false` er ein inndatafeil.",
    },
    "ot.offer-aims": {
      summary:
        "Tilboda (opplæring, arbeid, anna kompetansefremjande aktivitet eller ein kombinasjon) skal først og fremst ta sikte på studiekompetanse, yrkeskompetanse eller grunnkompetanse.",
    },
    "ot.yearly-contact": {
      summary:
        "Ungdom i målgruppa som ikkje har teke imot tilbod og ikkje er i arbeid eller utdanning, skal kontaktast og få tilbod kvart skuleår så lenge dei er omfatta. Eit brev, ein SMS eller ein e-post utan svar er ikkje etablert kontakt.",
      interpretation:
        "Regelkatalogen kallar dette forskrift, men forskriftsteksten er ikkje sett; kjelda er rettleiinga frå fylket, så styrken er sett til rettleiing. Skuleåret går frå 1. august til 31. juli (parameteren `core.school-year-start`).",
    },
    "ot.coordination": {
      summary:
        "OT skal sikre tverretatleg samarbeid mellom kommunale, fylkeskommunale og statlege instansar som har ansvar for målgruppa, og formidle og eventuelt samordne tilbod, men skal ikkje overta oppgåvene til andre etatar.",
    },
    "ot.service-facts": {
      summary:
        "Alle tenester i OT er gratis; alle tilsette har teieplikt; tiltak blir laga i samarbeid med ungdomen; det er ikkje fastsett nasjonale kompetansekrav for dei som arbeider i OT.",
    },
    "ot.notify-on-dropout": {
      summary:
        "OT i kommunen der ungdomen bur, bør få beskjed så snart ein elev har slutta, og ungdomen få tilbod om oppfølging så tidleg som mogleg. Lister over ungdom utan skuletilbod bør kome til faste tider kvart år.",
      interpretation:
        "«Så snart ein elev har slutta» gir inga frist. Biblioteket bruker 7 kalenderdagar; set fylket sin eigen rutine med parameteren.",
    },
    "ot.duties": {
      summary:
        "OT skal ha løpande oversikt over alle i målgruppa, gi dei skriftleg informasjon om rettane dei har (og den same informasjonen til føresette til ungdom under 18 år), etablere kontakt med kvar enkelt, gi alle eit tilbod i samsvar med formålet og ved behov følgje opp dei som har fått tilbod. Ingenting av dette skuldast den som er utanfor målgruppa.",
      interpretation:
        "Forskriftstekstane er ikkje lesne; oppgåvene er slik departementet gjengir § 13-3 (Prop. 57 L (2022–2023) punkt 45.2) og slik eit fylke gjengir § 8-3. Ingen tekst gir fristar for oversikt, informasjon eller oppfølging; kontakt og tilbod skuldast kvart skuleår etter rettleiinga frå fylket (parameteren `ot.each-school-year`), med frist siste dag i skuleåret eller siste dag OT gjeld. Berre etablert kontakt tel. Oppfølging skuldast «ved behov» når det er gitt eit tilbod (parameteren `ot.follow-up-after`): behovet er vurderinga til OT (`needsFollowUp`), og utan henne er oppgåva uavklart til ei oppfølging er registrert. Det er den einaste oppgåva som kan bli skuldig av at ei anna er gjord.",
    },
    "ot.guardian-confidentiality": {
      summary:
        "Alle som arbeider i OT, har teieplikt (forvaltningsloven § 13), og frå 15 år avgjer ungdomen sjølv kva utdanning han eller ho skal ha (barnelova § 32). Når føresette til ein ungdom mellom 15 og 18 år skal ha informasjon, kan han møte teieplikta overfor dei.",
      interpretation:
        "Begge paragrafane er lov, men at informasjonen til føresette møter teieplikta frå 15 år, er lesinga til biblioteket: ingen lesen tekst knyter dei to saman. Atterhaldet om teieplikt i plikta OT har til å informere føresette, har inga aldersgrense. Avgjerda nemner begge reglane (`details.collisions`) og seier kva som går føre (parameteren `ot.guardian-collision`). 15 år er parameteren `ot.own-education-age`.",
    },
    "ot.fixed-yearly-lists": {
      summary:
        "Listene med namn på ungdom utan skuletilbod bør kome til faste tider kvart år og utelate dei som ikkje treng oppfølging.",
    },
    "ot.full-time-positions": {
      summary:
        "Dei som arbeider med OT, bør ha det som heiltidsjobb, i eigne stillingar, og ikkje i tillegg til andre oppgåver.",
    },
    "ot.cooperation-meetings": {
      summary:
        "Alle som arbeider direkte med OT i eit område, bør ha faste samarbeidsmøte og ein struktur for samarbeid rundt den einskilde eleven.",
    },
    "ot.case-tool-access": {
      summary: "Alle som arbeider direkte med OT, bør ha tilgang til dataregistreringsverktøyet til OT (OTTO).",
    },
  },
  parameters: {
    "ot.guardian-information-age": {
      interpretation:
        "Kunnskapsdepartementet skreiv om kapittel 13 slik det galdt frå 2012-02-01: «Foresatte skal gis den samme informasjonen.» Ingen lesen tekst seier det før den datoen, så verdien er 0 (ingen føresette) til 2012-01-31 og 18 (myndigheitsalderen) frå 2012-02-01. Udir skreiv at endringane i 2012 ikkje gav nye oppgåver; set 18 frå 2006 om de les det slik.",
    },
    "ot.guardian-collision": {
      interpretation:
        "Eit fylke gjengir plikta til OT slik: føresette til ungdom som ikkje er myndig, skal ha den same informasjonen «med mindre denne er underlagt taushetsplikt». Teksten er skriven i 2023, før opplæringsforskrifta vart vedteken, og kan gjengi § 13-3 slik han galdt frå 2012 eller utkastet til § 8-3; ingen lesen tekst seier at atterhaldet var nytt i 2024. Biblioteket les difor at teieplikta går føre under begge forskriftene; `judgement` overlèt det til skjøn.",
    },
    "ot.each-school-year": {
      interpretation:
        "Rettleiinga frå fylket (frå 2011) seier kontakt og tilbod «hvert skoleår»; forskriftsteksten er ikkje lesen, og for reglane frå 2024-08-01 er ingen kjelde lesen. Med `false` er plikta oppfylt ved éin etablert kontakt og eitt tilbod medan personen er i målgruppa.",
    },
    "ot.follow-up-after": {
      interpretation:
        "Departementet gjengir § 13-3 som oppfølging «for dei som har fått tilbod»; svaret frå statsråden i 2019 seier «dei som har teke imot tilbod», og eit fylke skriv i 2023 at OT skal følgje opp «ungdom som tar imot tilbud». Biblioteket følgjer gjengivinga til departementet (`offer`); `accepted-offer` gir den andre lesinga.",
    },
    "ot.upper-age": {
      interpretation:
        "Begge lovene reknar grensa i kalenderår: 1998-lova «til og med det året den enkelte fyller 21 år», 2023-lova «fram til utgangen av det året ein fyller 24 år». Verdien kan overstyrast for å rekne på ei anna grense, til dømes 21 igjen.",
    },
    "ot.notify-max-days": {
      interpretation:
        "«Så snart ein elev har slutta» gir inga frist. Biblioteket bruker 7 kalenderdagar; set fylket sin eigen rutine med parameteren.",
    },
    "ot.lost-right-grounds": {
      interpretation:
        "§ 4-6 vart oppheva i 2017; dagen er ikkje funnen. Biblioteket lèt heving av kontrakt telje til og med 2017-07-31, siste dag i skuleåret 2016–17, og berre bortvising frå 2017-08-01 til 2024-07-31. Frå 2024-08-01 gir tapt rett ikkje plass i målgruppa (§ 9-4 nemner berre retten etter § 5-1). Overstyr verdien for ein annan dag.",
    },
  },
});
