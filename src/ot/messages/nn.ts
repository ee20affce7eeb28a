import { dateOf, num } from "../../core/format.js";
import { deepFreeze } from "../../core/freeze.js";
import type { OtContactTrigger } from "../contact-triggers.js";
import { type OtRulebook, type OtTexts, triggerConditions, triggerList, triggerMessages } from "./keys.js";

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
  },
  parameters: {
    "ot.upper-age": { title: "Øvre aldersgrense for oppfølgingstenesta" },
    "ot.notify-max-days": { title: "Frist for å varsle OT når ein elev sluttar (dagar)" },
    "ot.lost-right-grounds": { title: "Tap av retten som gir plass i målgruppa" },
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
  },
  values: {
    "ot.lost-right-grounds": { expulsion: "bortvising", "contract-termination": "heving av kontrakt" },
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
        "Alle tenester i OT er gratis; alle tilsette har teieplikt; tiltak blir laga i samarbeid med ungdommen; det er ikkje fastsett nasjonale kompetansekrav for dei som arbeider i OT.",
    },
    "ot.notify-on-dropout": {
      summary:
        "OT i kommunen der ungdommen bur, bør få beskjed så snart ein elev har slutta, og ungdommen få tilbod om oppfølging så tidleg som mogleg. Lister over ungdom utan skuletilbod bør kome til faste tider kvart år.",
      interpretation:
        "«Så snart ein elev har slutta» gir inga frist. Biblioteket bruker 7 kalenderdagar; set fylket sin eigen rutine med parameteren.",
    },
  },
  parameters: {
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
