import { dateOf, num } from "../../core/format.js";
import { deepFreeze } from "../../core/freeze.js";
import type { OtContactTrigger } from "../contact-triggers.js";
import { type OtRulebook, type OtTexts, triggerConditions, triggerList, triggerMessages } from "./keys.js";

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
  },
  parameters: {
    "ot.upper-age": { title: "Øvre aldersgrense for oppfølgingstjenesten" },
    "ot.notify-max-days": { title: "Frist for å varsle OT når en elev slutter (dager)" },
    "ot.lost-right-grounds": { title: "Tap av retten som gir plass i målgruppen" },
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
  },
  values: {
    "ot.lost-right-grounds": { expulsion: "bortvisning", "contract-termination": "heving av kontrakt" },
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
  },
  parameters: {
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
