import { cap, dateOf, type Formatter, labels, num } from "../../core/format.js";
import { deepFreeze } from "../../core/freeze.js";
import type { Facts } from "../../core/types.js";
import type { NavCaseloadClass } from "../caseload.js";
import type { NavMeetingPlace, NavPrevention } from "../schemas.js";
import {
  arr,
  days,
  listOrNone,
  modelTitle,
  type NavRulebook,
  type NavTexts,
  type NavWords,
  navCatalogue,
  navConditions,
} from "./keys.js";

/** Who the age band's reason is about: the age, or the birth year. */
const who = (x: Facts, f: Formatter): string =>
  typeof x.age === "number" ? `${f.number(x.age)} år` : `Født i ${String(x.birthYear)}`;
/** The youth guarantee's age band in words. */
const band = (x: Facts, f: Formatter): string =>
  `fra fylte ${f.number(num(x.fromAge))} år til dagen før ${f.number(num(x.untilAge))}-årsdagen`;

/** The words and sentence frames of the NAV area in Bokmål. */
const words: NavWords = {
  duties: {
    done: {
      "needs-assessment": "Vurdering av behovet for bistand (behovsvurdering) er gjort",
      "work-ability-assessment": "Arbeidsevnevurdering er gjort",
      "activity-plan": "Aktivitetsplan er gjort",
      "individual-plan": "Individuell plan er gjort",
      cooperation: "Samarbeid med andre tjenester er gjort",
      "contact-person": "Fast kontaktperson etter ungdomsgarantien er gjort",
    },
    name: {
      "needs-assessment": "vurdering av behovet for bistand (behovsvurdering)",
      "work-ability-assessment": "arbeidsevnevurdering",
      "activity-plan": "aktivitetsplan",
      "individual-plan": "individuell plan",
      cooperation: "samarbeid med andre tjenester",
      "contact-person": "fast kontaktperson etter ungdomsgarantien",
    },
    because: {
      "sought-work-help": "ungdommen har ikke bedt NAV om hjelp til arbeid",
      "needs-help": "ungdommen trenger ikke bistand fra NAV for å komme i arbeid",
      "needs-broader-assessment": "det trengs ingen bredere vurdering av bistandsbehovet",
      "long-term-coordinated-services": "ungdommen trenger ikke langvarige og koordinerte tjenester",
      "cooperation-in-force": "NAV-loven § 15 a var ennå ikke i kraft",
      "needs-other-services": "ungdommen trenger ikke tjenester fra andre offentlige organer eller tjenesteytere",
      "guarantee-in-force": "ungdomsgarantien gjaldt ennå ikke",
      "within-age-band": "ungdommen er utenfor ungdomsgarantiens aldersspenn",
    },
    becauseUnknown: {
      "sought-work-help": "det er ikke kjent om ungdommen har bedt NAV om hjelp til arbeid",
      "needs-help": "det er ikke kjent om ungdommen trenger bistand fra NAV for å komme i arbeid",
      "needs-broader-assessment": "det er ikke kjent om det trengs en bredere vurdering av bistandsbehovet",
      "long-term-coordinated-services": "det er ikke kjent om ungdommen trenger langvarige og koordinerte tjenester",
      "cooperation-in-force": "det er ikke kjent om NAV-loven § 15 a var i kraft",
      "needs-other-services":
        "det er ikke kjent om ungdommen trenger tjenester fra andre offentlige organer eller tjenesteytere",
      "guarantee-in-force": "det er ikke kjent om ungdomsgarantien gjaldt",
      "within-age-band": "det er ikke kjent om ungdommen er innenfor ungdomsgarantiens aldersspenn",
    },
    heading: { due: "Skal gjøres", unknown: "Uavklart", done: "Gjort", "not-owed": "Gjelder ikke" },
    dueBy: (date) => `innen ${date}`,
    notDone: (dueBy) => (dueBy === null ? "Ikke gjort ennå." : `Ikke gjort ennå; fristen er ${dueBy}.`),
    notKnown: (name, because) =>
      `${cap(name)} er ikke registrert gjort, og det er uavklart om det skal gjøres: ${because}.`,
    outcome: {
      due: "noe skal gjøres nå.",
      unknown: "ingenting er forfalt, men noe er uavklart.",
      "up-to-date": "alt NAV skal gjøre her, er gjort.",
      "not-owed": "ingen av disse pliktene gjelder her.",
    },
    statement: {
      "sought-work-help": "Ungdommen har bedt NAV om hjelp til å skaffe seg eller beholde arbeid",
      "needs-help": "Ungdommen trenger bistand fra NAV for å komme i arbeid",
      "needs-broader-assessment": "Ungdommen trenger en bredere vurdering av bistandsbehovet",
      "long-term-coordinated-services": "Ungdommen trenger langvarige og koordinerte tjenester",
      "cooperation-in-force": "NAV-loven § 15 a er i kraft",
      "needs-other-services": "Ungdommen trenger også tjenester fra andre offentlige organer eller tjenesteytere",
      "guarantee-in-force": "Ungdomsgarantien gjelder",
      "within-age-band": "Innenfor ungdomsgarantiens aldersspenn",
    },
    ageBand: {
      holds: (x, f) =>
        `${who(x, f)}: innenfor ungdomsgarantiens aldersspenn (${band(x, f)}${x.through === null ? "" : `, til og med ${dateOf(f, x.through)}`}).`,
      fails: (x, f) => `${who(x, f)}: utenfor ungdomsgarantiens aldersspenn (${band(x, f)}).`,
      unknown: (x, f) =>
        x.birthYear === null
          ? `Alderen er ikke kjent; ungdomsgarantien gjelder ${band(x, f)}.`
          : `Født i ${String(x.birthYear)}: fødselsdatoen avgjør om ungdommen er innenfor aldersspennet (${band(x, f)}).`,
    },
  },
  agency: {
    "nav-municipal-social": "sosialfaglig støtte fra kommunal side i NAV",
    nav: "NAV",
    "upper-secondary-school": "videregående skole",
    ot: "oppfølgingstjenesten (OT)",
    employers: "lokalt næringsliv",
    providers: "tiltaksarrangører",
    "child-welfare": "barnevernet",
    "mental-health-services": "psykisk helsetjeneste",
    ppt: "PPT",
    police: "politiet",
    "substance-use-services": "rustiltak",
    "outreach-service": "oppsøkende tjeneste",
  },
  model: {
    los: "losmodellen",
    motivation: "motivasjonsmodellen",
    maturation: "modningsmodellen",
  },
  band: {
    "under-16": "under 16 år",
    "16-19": "16–19 år",
    aftercare: "ettervern (over 18 år)",
    "20-and-over": "20 år og eldre",
  },
  problem: {
    "substance-use-or-crime": "rus/kriminalitet",
    "mental-ill-health": "psykisk uhelse",
    "lack-of-motivation-or-dropout": "motivasjonsmangel/drop-out",
    "learning-difficulties": "lærevansker",
    "poor-finances-or-living-conditions": "dårlig økonomi/levekår",
  },
  approach: { universal: "universell", selective: "selektiv", indicative: "indikativ" },
  aimedAt: {
    universal: "alle ungdommer i området",
    selective: "grupper med kjent forhøyet risiko som kanskje ennå ikke har klare problemer",
    indicative: "enkeltpersoner som viser tegn på vansker",
  },
  role: { central: "sentrale", relevant: "aktuelle", "less-central": "mindre sentrale" },
  actor: { youth: "ungdommen", employer: "arbeidsgiveren", school: "skolen", family: "familien" },
  theme: {
    "social-inclusion": "sosial innlemmelse",
    tasks: "fag eller arbeidsoppgaver",
    health: "helse",
    "life-otherwise": "livet ellers",
  },
  phase: { before: "før oppstart", during: "ved oppstart", after: "etter oppstart" },
  place: {
    "ordinary-reception": "ordinært mottak på NAV-kontoret",
    "youth-branch": "egen NAV Ung-filial",
    "youth-reception": "eget ungdomsmottak",
    "youth-counsellor": "møte med en ungdomsveileder",
    "other-safe-place": "et annet trygt møtested",
  },
  prevention: { reactive: "reaktiv («brannslukking»)", proactive: "proaktiv", "health-promoting": "helsefremmende" },
  caseloadClass: {
    "close-follow-up-possible": "rom for tett oppfølging",
    intermediate: "mellomklasse",
    limited: "begrenset rom for tett oppfølging",
  },
  unit: {
    "calendar-days": "kalenderdager",
    "working-days": "arbeidsdager",
    "norwegian-working-days": "arbeidsdager utenom helligdager",
    days: "dager",
  },
  unitOne: {
    "calendar-days": "kalenderdag",
    "working-days": "arbeidsdag",
    "norwegian-working-days": "arbeidsdag utenom helligdager",
    days: "dag",
  },
  none: "ingen",
  notLaw: { recommendation: " (en anbefaling, ikke et lovkrav)", estimate: " (et anslag, ikke et lovkrav)" },
  caseload: {
    outcome: {
      "close-follow-up-possible": (n, c) => `${n} ungdommer per veileder gir rom for tett oppfølging (høyst ${c})`,
      intermediate: (n, c, l) => `${n} ungdommer per veileder er en mellomklasse (flere enn ${c}, ikke over ${l})`,
      limited: (n, _c, l) => `${n} ungdommer per veileder er over ${l} og gir begrenset mulighet til å følge tett opp`,
    },
    withinClose: {
      holds: (n, c) => `${n} ungdommer per veileder er høyst ${c}: bedre muligheter for tett oppfølging.`,
      fails: (n, c) => `${n} ungdommer per veileder er flere enn ${c}.`,
    },
    overLimit: {
      holds: (n, l) => `${n} ungdommer per veileder er over ${l}: begrenset mulighet til å følge tett opp.`,
      fails: (n, l) => `${n} ungdommer per veileder er ikke over ${l}.`,
    },
  },
  reaction: {
    ideal: (d) => `ideell: svar etter ${d}, samme dag eller dagen etter`,
    within: (d, m) => `innenfor: svar etter ${d}, innen anbefalte ${m}`,
    late: (d, m) => `for sent: svar etter ${d}; anbefalt er høyst ${m}`,
    lateOpen: (d, dl) => `for sent: ingen svar etter ${d}; fristen gikk ut ${dl}`,
    pending: (d, dl, ib) => `venter på svar etter ${d}; bør skje innen ${dl}, helst innen ${ib}`,
    idealReason: {
      holds: (d, i) => `Svar etter ${d}: samme dag eller dagen etter (høyst ${i}).`,
      fails: (d, i) => `Svar etter ${d}: ikke samme dag eller dagen etter (høyst ${i}).`,
    },
    withinReason: {
      holds: (d, m) => `${cap(d)} er innenfor anbefalt reaksjonstid på høyst ${m}.`,
      fails: (d, m) => `${cap(d)} er mer enn anbefalt reaksjonstid på høyst ${m}.`,
    },
    awaiting: {
      holds: (c, d, dl) => `Ungdommen tok kontakt ${c}; ingen svar ennå etter ${d}, og fristen er ${dl}.`,
      fails: (c, d, _dl, m) => `Ungdommen tok kontakt ${c}; ingen svar etter ${d}, mer enn anbefalte ${m}.`,
    },
  },
  approachText: {
    single: (a, t) => `${a} tilnærming, rettet mot ${t}`,
    combined: (l) => `kombinert tilnærming: ${l}`,
    unknown: "kan ikke avgjøres uten å vite hvem tiltaket retter seg mot",
    reason: {
      holds: (t) => `Tiltaket retter seg mot ${t}.`,
      fails: (t) => `Tiltaket retter seg ikke mot ${t}.`,
      unknown: (t) => `Ukjent om tiltaket retter seg mot ${t}.`,
    },
    stigma: {
      holds:
        "Tiltaket har ingen universell del og kan lettere gi stigmatisering; det kan hjelpe å kombinere det med et tilbud til alle unge.",
      fails: "Tiltaket har en universell del, som kan dempe stigmatisering.",
    },
  },
  partnersText: {
    empty: "ingen instanser følger av det som er kjent",
    group: (r, l) => `${r}: ${l}`,
    bandHolds: {
      "under-16": (a, _f, u, l) =>
        `${a} år, under ${u} år: ${l} kan være viktige; barnevernet er mer aktuelt dess yngre ungdommen er.`,
      "16-19": (a, f, u, l) => `${a} år, i aldersgruppen ${f} år til ${u} år: ${l} er sentrale.`,
      aftercare: (a, f, u, l) =>
        `${a} år, fylt ${f} og under ${u} år: ${l} kan være aktuelt for noen gjennom ettervern.`,
      "20-and-over": (a, f, _u, l) =>
        `${a} år, ${f} år eller eldre: lokalt næringsliv har en viktigere plass, og ${l} har en mindre sentral rolle.`,
    },
    bandFails: (a, b) => `${a} år: ikke i aldersgruppen ${b}.`,
    bandUnknown: (b) => `Alderen er ikke kjent, så aldersgruppen ${b} kan ikke vurderes.`,
    problem: {
      holds: (p, l) => `Problemtypen ${p} er til stede; aktuelle instanser: ${l}.`,
      fails: (p) => `Problemtypen ${p} er ikke til stede.`,
      unknown: (p) => `Ukjent om problemtypen ${p} er til stede.`,
    },
  },
  inclusion: {
    integrated: (m) => `${m} passer med integrert tilnærming (place–train), som anbefales`,
    shelteredOrGradual: (m) =>
      `${m} faller inn under skjermet tilnærming eller opprustning (train–place); integrert tilnærming anbefales`,
    unknown: "kan ikke avgjøres uten å vite oppfølgingsmodellen",
    reason: {
      holds: (m) => `${cap(m)} kan bidra til rask inkludering i ordinær skole eller arbeid (integrert tilnærming).`,
      fails: (m) => `${cap(m)} gir lang tid før inkludering i ordinære løp (skjermet tilnærming eller opprustning).`,
      unknown: () => "Oppfølgingsmodellen er ikke kjent.",
    },
  },
  conditionFrames: {
    band: (b) => `I aldersgruppen ${b}`,
    problem: (p) => `Problemtypen ${p} er til stede`,
    approach: (a) => `Tiltaket retter seg mot ${a}`,
  },
  quality: {
    recommendation: {
      typology:
        "Det er viktig med en losfunksjon for oppfølging av ungdom i NAV; kombiner den gjerne med kortvarig gruppebasert motivasjonsarbeid.",
      actors: "Følg opp både ungdommen og arbeidsgiver eller skole, eventuelt familien.",
      themes:
        "Sosial innlemmelse, fag eller arbeidsoppgaver, helse og livet ellers kan være sentrale tema; tilstrekkelig oppfølging må sikres på alle disse områdene.",
      phases:
        "Oppfølgeren bør kunne bidra både før, under og etter at jobb eller skole er etablert, og legge til rette for naturlig bistand for varig oppfølging.",
      availability:
        "Ungdomsveiledere bør være tilgjengelige på mobiltelefon, og det er viktig raskt (innen 1–2 dager) å kunne utløse tiltak eller tilby oppfølging.",
      "meeting-place":
        "Tilby trygge og inkluderende møtesteder for ungdom, for eksempel egne NAV Ung-filialer, eget ungdomsmottak eller møte med en ungdomsveileder.",
      capacity:
        "Utsatte ungdommer trenger tidvis tett bistand: en saksmengde som gir rom for tett oppfølging (rundt 25, ikke over 100), og mulighet for en-til-en-oppfølging i kortere perioder.",
      "active-outreach": "Oppsøk aktivt ungdom som sliter når de ikke makter å møte opp.",
      prevention:
        "Oppfølgingen bør være proaktiv og forebygge frafall, ikke bare settes inn når problemet alt er der; ideelt fremmer den også inkludering i skole eller arbeidsplass.",
      method: "Kombiner fokus på situasjonen her og nå (problemfokus) med et mulighets- og ressursfokus for framtida.",
    },
    title: {
      typology: "Oppfølgingstypologi",
      actors: "Aktører som følges opp",
      themes: "Oppfølgingstema",
      phases: "Faser for oppfølging",
      availability: "Tilgjengelighet og reaksjonstid",
      "meeting-place": "Treffpunkt og base",
      capacity: "Kapasitet og intensitet",
      "active-outreach": "Aktiv oppsøking",
      prevention: "Forebyggingsvinkling",
      method: "Metodisk orientering",
    },
    meets: (t, c) => `${t}: ${c}.`,
    short: (_t, c, r) => `${cap(c)}. Anbefalt: ${r}`,
    unknown: (t) => `${t}: ikke nok opplysninger til å vurdere.`,
    holds: {
      typology: (x) =>
        x.motivation === true
          ? "det er en losfunksjon, kombinert med gruppebasert motivasjonsarbeid"
          : "det er en losfunksjon; kombiner den gjerne med kortvarig gruppebasert motivasjonsarbeid",
      actors: (x, w, f) =>
        `både ungdommen og arbeidsgiver eller skole følges opp (${f.list(labels(w.actor, x.actors))})`,
      themes: (_x, w, f) => `alle tema er dekket (${f.list(Object.values(w.theme))})`,
      phases: () => "det gis oppfølging før, ved og etter oppstart, og naturlig bistand er lagt til rette",
      availability: (x, w, f) =>
        `veilederen kan nås på mobil, og tiltak utløses etter ${days(w, f, x, x.reactionDays)} (høyst ${days(w, f, x, x.maxDays)})`,
      "meeting-place": (x, w) => `ungdom møtes i ${w.place[x.meetingPlace as NavMeetingPlace]}`,
      capacity: (x, _w, f) =>
        `${f.number(num(x.youthPerCounsellor))} ungdommer per veileder, og en-til-en-oppfølging kan gis i kortere perioder`,
      "active-outreach": () => "ungdom som ikke møter opp, oppsøkes",
      prevention: (x, w) => `oppfølgingen er ${w.prevention[x.prevention as NavPrevention]}`,
      method: () => "både situasjonen her og nå og mulighetene for framtida er i fokus",
    },
    fails: {
      typology: (x, w, f) => [
        `ingen losfunksjon (modeller: ${listOrNone(
          w,
          f,
          arr(x.models).map((m) => modelTitle(w, m)),
        )}); en losfunksjon anbefales`,
      ],
      actors: (x) => [
        ...(x.reachesYouth === false ? ["ungdommen selv følges ikke opp"] : []),
        ...(x.reachesWorkOrSchool === false ? ["verken arbeidsgiver eller skole følges opp"] : []),
      ],
      themes: (x, w, f) => [`mangler ${f.list(labels(w.theme, x.missing))}`],
      phases: (x, w, f) => [
        ...(arr(x.missing).length > 0 ? [`mangler oppfølging ${f.list(labels(w.phase, x.missing))}`] : []),
        ...(x.naturalSupport === false ? ["naturlig bistand er ikke lagt til rette"] : []),
      ],
      availability: (x, w, f) => [
        ...(x.reachableByMobile === false ? ["veilederen kan ikke nås på mobil"] : []),
        ...(x.reaction === "late"
          ? [`tiltak utløses først etter ${days(w, f, x, x.reactionDays)} (anbefalt høyst ${days(w, f, x, x.maxDays)})`]
          : []),
      ],
      "meeting-place": () => ["bare ordinært mottak på NAV-kontoret; trygge og inkluderende møtesteder anbefales"],
      capacity: (x, w, f) => [
        ...(x.caseloadMeets === false
          ? [
              `${f.number(num(x.youthPerCounsellor))} ungdommer per veileder er for mange for tett oppfølging (${w.caseloadClass[x.caseload as NavCaseloadClass]})`,
            ]
          : []),
        ...(x.oneToOnePeriods === false ? ["en-til-en-oppfølging kan ikke gis i kortere perioder"] : []),
      ],
      "active-outreach": () => ["ungdom som ikke møter opp, oppsøkes ikke"],
      prevention: () => ["oppfølgingen er reaktiv («brannslukking»); den bør være proaktiv"],
      method: (x) => [
        ...(x.problemFocus === false ? ["mangler fokus på situasjonen her og nå"] : []),
        ...(x.futureFocus === false ? ["mangler mulighets- og ressursfokus for framtida"] : []),
      ],
    },
    outcome: {
      "meets-all": () => "oppfyller alle de ti kvalitetene ved tett oppfølging",
      "falls-short": (m, s, u) => `faller kort på ${s} av de ti kvalitetene (oppfylt: ${m}, ukjent: ${u})`,
      incomplete: (m, _s, u) =>
        `ingen av de ti kvalitetene faller kort, men ${u} kan ikke vurderes ennå (oppfylt: ${m})`,
    },
  },
};

/** The NAV area's texts in Bokmål. */
export const navNb: NavTexts = /* @__PURE__ */ deepFreeze({
  area: "nav",
  title: "NAVs oppfølging av ungdom",
  rules: {
    "nav.approach": { title: "Universell, selektiv eller indikativ tilnærming" },
    "nav.partners-by-age": { title: "Samarbeidsparter etter alder" },
    "nav.partners-by-problem": { title: "Samarbeidsparter etter type problematikk" },
    "nav.partners": { title: "Hvilke instanser NAV bør samarbeide med" },
    "nav.inclusion-approach": { title: "Inkluderingstilnærming og oppfølgingsmodell" },
    "nav.reaction-time": { title: "Reaksjonstid" },
    "nav.caseload": { title: "Saksmengde per veileder" },
    "nav.close-follow-up": { title: "Tett individuell oppfølging" },
    "nav.duties": { title: "NAVs plikter overfor en ungdom" },
    "nav.needs-assessment": { title: "Behovsvurdering, arbeidsevnevurdering og aktivitetsplan (NAV-loven § 14 a)" },
    "nav.individual-plan": { title: "Individuell plan (NAV-loven § 15)" },
    "nav.cooperation": { title: "Samarbeid med andre tjenester (NAV-loven § 15 a)" },
    "nav.youth-guarantee": {
      title: "Ungdomsgarantien",
      strengthNote: "en ordning regjeringen har innført i NAV fra 1. juli 2023, ikke en lovfestet rett",
    },
  },
  parameters: {
    "nav.caseload-close-max": { title: "Største antall ungdommer per veileder som gir rom for tett oppfølging" },
    "nav.caseload-limited-over": {
      title: "Antall ungdommer per veileder som begrenser tett oppfølging når det overskrides",
    },
    "nav.reaction-ideal-max-days": { title: "Ideell reaksjonstid (høyst antall dager)" },
    "nav.reaction-max-days": { title: "Anbefalt reaksjonstid (høyst antall dager)" },
    "nav.reaction-day-count": { title: "Hvordan dager i reaksjonstiden telles" },
    "nav.capacity-caseload-standard": { title: "Saksmengde som oppfyller kvaliteten kapasitet og intensitet" },
    "nav.band-16-19-from": { title: "Første alder i aldersgruppen 16–19 år" },
    "nav.band-20-from": { title: "Første alder i aldersgruppen 20 år og eldre" },
    "nav.aftercare-from": { title: "Alder fra da barnevernet er samarbeidspart gjennom ettervern" },
    "nav.aftercare-until": { title: "Alder da ettervern i barnevernet opphører" },
    "nav.cooperation-in-force": { title: "Om NAV-loven § 15 a (samarbeid med andre tjenester) er i kraft" },
    "nav.youth-guarantee-from-age": { title: "Første alder i ungdomsgarantien" },
    "nav.youth-guarantee-until-age": { title: "Alder da ungdomsgarantien opphører" },
    "nav.activity-plan-owed-to": { title: "Hvem aktivitetsplan skal utarbeides for" },
  },
  versions: {
    "nav-2006": "NAV (fra 2006-07-01): NAV-loven og anbefalingene i AFIs tipshefte om oppfølging av ungdom (2016)",
  },
  conditions: {
    ...navConditions(words),
    "nav.caseload/within-close": "Innenfor grensen for tett oppfølging",
    "nav.caseload/over-limit": "Over grensen der oppfølgingen blir begrenset",
    "nav.reaction-time/ideal": "Svar samme eller neste dag",
    "nav.reaction-time/within-max": "Innenfor anbefalt reaksjonstid",
    "nav.reaction-time/awaiting-response": "Fortsatt innenfor fristen for svar",
    "nav.approach/stigma-risk": "Risiko for stigmatisering",
    "nav.inclusion-approach/integrated": "Integrert tilnærming (place–train)",
  },
  facts: {
    birthYear: "fødselsår",
    soughtWorkHelp: "om ungdommen har bedt NAV om hjelp til arbeid",
    needsHelp: "om ungdommen trenger bistand fra NAV",
    needsBroaderAssessment: "om det trengs en bredere vurdering av bistandsbehovet",
    needsLongTermCoordinatedServices: "om ungdommen trenger langvarige og koordinerte tjenester",
    needsOtherServices: "om ungdommen trenger tjenester fra andre",
    history: "hva NAV har gjort, og når",
    birthDate: "fødselsdato",
    problems: "problemtyper",
    targets: "hvem tiltaket retter seg mot",
    model: "oppfølgingsmodell",
    models: "oppfølgingsmodeller",
    actors: "hvem som følges opp",
    themes: "oppfølgingstema",
    phases: "faser for oppfølging",
    naturalSupport: "naturlig bistand",
    reachableByMobile: "tilgjengelig på mobil",
    reactionDays: "reaksjonstid i dager",
    meetingPlace: "treffpunkt",
    youthPerCounsellor: "ungdommer per veileder",
    oneToOnePeriods: "en-til-en-oppfølging i perioder",
    activeOutreach: "aktiv oppsøking",
    prevention: "forebyggingsvinkling",
    problemFocus: "fokus her og nå",
    futureFocus: "fokus på framtida",
    contactDate: "dato ungdommen tok kontakt",
    responseDate: "dato tiltak eller oppfølging ble satt i gang",
    "history.needsAssessmentOn": "behovsvurdering gjort",
    "history.workAbilityAssessmentOn": "arbeidsevnevurdering gjort",
    "history.activityPlanOn": "aktivitetsplan laget",
    "history.individualPlanOn": "individuell plan laget",
    "history.cooperationOn": "samarbeid med andre tjenester etablert",
    "history.contactPersonOn": "fast kontaktperson gitt",
  },
  values: {
    "nav.activity-plan-owed-to": {
      "needs-help": "den som trenger bistand",
      "sought-help": "alle som har bedt om hjelp til arbeid",
    },
    "nav.reaction-day-count": {
      "calendar-days": "kalenderdager",
      "working-days": "arbeidsdager (mandag–fredag)",
      "norwegian-working-days": "virkedager (uten norske helligdager)",
    },
    "nav.capacity-caseload-standard": { close: "tett oppfølging", "not-limited": "ikke begrenset" },
  },
  messages: /* @__PURE__ */ navCatalogue(words),
});

/** What the NAV rulebook says beyond an explanation, in Bokmål. */
export const navRulebookNb: NavRulebook = /* @__PURE__ */ deepFreeze({
  rules: {
    "nav.duties": {
      summary:
        "Hva NAV skylder en ungdom som er kjent for NAV, og om det er gjort: behovsvurdering, arbeidsevnevurdering og aktivitetsplan (NAV-loven § 14 a), individuell plan (§ 15), samarbeid med andre tjenester (§ 15 a, fra 1. august 2022) og fast kontaktperson etter ungdomsgarantien (fra 1. juli 2023; en ordning, ikke lov). Hver plikt er gjort, skal gjøres, gjelder ikke eller er uavklart.",
      interpretation:
        "En plikt gjelder bare gruppen den er for; et ukjent faktum gjør plikten uavklart og står i det som trengs. En dato i historikken gjør plikten gjort, og en plikt som er gjort, regnes som gjort også når det er uavklart om den gjaldt. Ingen av kildene som er lest, gir en frist, så ingen plikt har en siste dag. Lovteksten i §§ 14 a, 15 og 15 a er ikke lest; hver kilde sier hva som er lest (se rulebooken for hver regel).",
    },
    "nav.needs-assessment": {
      summary:
        "Alle som ønsker eller trenger bistand for å komme i arbeid, har rett til å få vurdert bistandsbehovet sitt; den som trenger en mer omfattende vurdering, har rett til en arbeidsevnevurdering; og NAV-loven § 14 a gir rett til aktivitetsplan. Vedtaket plasserer brukeren i en innsatsgruppe: standard innsats, situasjonsbestemt innsats, spesielt tilpasset innsats eller varig tilpasset innsats.",
      interpretation:
        "Lovteksten er ikke lest; pliktene bygger på departementets beskrivelse (2015) av første ledd. «Ønsker eller trenger bistand» leses som at ungdommen har henvendt seg til NAV og ønsker eller trenger hjelp til å skaffe seg eller beholde arbeid (`soughtWorkHelp`). Arbeidsevnevurdering skyldes den som trenger en bredere vurdering (`needsBroaderAssessment`). Hvem aktivitetsplanen skyldes, er ikke lest: biblioteket leser det som den som trenger bistand (`needsHelp`); NAVs egne ord til brukerne («når du har kontaktet oss for å få hjelp til å komme i jobb») velges med `nav.activity-plan-owed-to`. Innsatsgruppene er de fire direktoratet nevnte i 2014; NAVs systemer har også «gradert varig tilpasset innsats» og nye navn («Gode muligheter», «Trenger veiledning» …), men når de kom, er ikke funnet, så biblioteket bruker dem ikke.",
    },
    "nav.individual-plan": {
      summary:
        "NAV-loven § 15 handler om samarbeid med brukeren og individuell plan. Den som trenger langvarige og koordinerte tjenester, skal få tilbud om individuell plan.",
      interpretation:
        "Lovteksten er ikke lest, bare overskriften. Vilkåret «langvarige og koordinerte tjenester» er det som gjelder for individuell plan i de andre velferdslovene, og det er forutsatt her. At planen krever samtykke, er ikke lagt inn; forarbeidene omtaler plikten som å «tilby eller opprette» individuell plan (Prop. 100 L (2020–2021) kapittel 8).",
    },
    "nav.cooperation": {
      summary:
        "NAV-loven § 15 a (fra 1. august 2022) pålegger NAV å samarbeide med andre offentlige organer og tjenesteytere når samarbeid er nødvendig for å gi brukeren et helhetlig og samordnet tjenestetilbud. Den gjelder uavhengig av alder.",
      interpretation:
        "Lovteksten er ikke lest, bare overskriften; datoen bygger på Helsedirektoratets og Statsforvalterens beskrivelser. Plikten leses som at den gjelder den som også trenger tjenester fra andre (`needsOtherServices`), og den regnes som gjort fra dagen samarbeidet kom i gang.",
    },
    "nav.youth-guarantee": {
      summary:
        "Ungdomsgarantien (fra 1. juli 2023) gjelder personer mellom 16 og 30 år som har behov for hjelp fra NAV for å komme i arbeid: alle i målgruppen skal få en fast kontaktperson i NAV. Den er en ordning regjeringen har innført og finansierer over statsbudsjettet, ikke en lovfestet rett.",
      interpretation:
        "«Mellom 16 og 30 år» leses som fra 16-årsdagen til dagen før 30-årsdagen, slik NAVs eget system gjør. Med bare fødselsår er ungdommen innenfor når hele året er innenfor, og uavklart i årene med 16- og 30-årsdagen (NAVs system tar med hele disse årene). NAVs vedtaksbrev nevner garantien bare for situasjonsbestemt og spesielt tilpasset innsats; biblioteket bruker den bredere målgruppen departementet beskriver. En artikkel viser til en «forskrift om ungdomsgarantien», men ingen slik forskrift er funnet.",
    },
    "nav.approach": {
      summary:
        "Universell tilnærming retter seg mot alle ungdommer i området; selektiv mot grupper som man vet har forhøyet risiko, men som kanskje ennå ikke har utviklet klare problemer; indikativ mot enkeltpersoner som viser tegn på vansker. Tiltak som bare retter seg mot unge med utfordringer, kan lettere gi stigmatisering. En anbefaling, ikke et lovkrav.",
      interpretation:
        "Et tiltak kan kombinere tilnærminger («kombinere arbeid med ungdommer som har utviklet problemer, med et tilbud som retter seg til alle unge»); da er utfallet `combined` og alle tilnærmingene listes.",
    },
    "nav.partners-by-age": {
      summary:
        "Under 16 år kan sosialfaglig støtte fra kommunal side i NAV være viktig, og barnevernet er mer aktuelt dess yngre ungdommen er. For 16–19 år er videregående skole, OT og NAV sentrale. Over 18 år er barnevernet fortsatt aktuelt for noen gjennom ettervern. Fra 20 år har lokalt næringsliv en viktigere plass, og videregående skoler og OT en mindre sentral rolle. En anbefaling, ikke et lovkrav.",
      interpretation:
        "Alder er fylte år på vurderingsdagen, så hver gruppe begynner på en fødselsdag (født 29. februar: 1. mars i vanlige år). «16–19 år» varer til 20-årsdagen. Barnevernet er sentralt under 16 år og aktuelt fram til 18 år («dess yngre målgruppa er»), deretter aktuelt gjennom ettervern («har passert 18 år»: fra 18-årsdagen, `nav.aftercare-from`) til dagen før 25-årsdagen (23 før 2021, `nav.aftercare-until`). OTs egen aldersgrense står i `ungrett/ot`.",
    },
    "nav.partners-by-problem": {
      summary:
        "Hvilken problematikk arbeidet retter seg mot (rus/kriminalitet, psykisk uhelse, motivasjonsmangel/drop-out, lærevansker, dårlig økonomi/levekår), avgjør hvilke instanser det er lurt å samarbeide med: videregående skoler, OT, tiltaksleverandører, lokale bedrifter, barnevern, psykisk helsetjenester, PPT, politi, rustiltak og oppsøkende tjeneste. En anbefaling, ikke et lovkrav.",
      interpretation:
        "Rapporten lister problemtypene og instansene, men sier ikke i teksten hvilken instans som hører til hvilken problemtype. Koblingen i `NAV_PARTNERS_FOR_PROBLEM` er bibliotekets lesning, bygd på det rapporten sier andre steder (for eksempel «oppsøkende virksomhet, behandlingsapparat, politi» for dem med større utfordringer); hver kobling viser ordene den bygger på.",
    },
    "nav.partners": {
      summary:
        "Samler `nav.partners-by-age` og `nav.partners-by-problem` for én ungdom: hver instans med rollen (sentral, aktuell, mindre sentral), grunnen (alder eller problemtype) og kilden. En anbefaling, ikke et lovkrav.",
      interpretation:
        "En instans får den sterkeste rollen blant grunnene sine. Utfallet lister instansene som er sentrale eller aktuelle; en instans som bare er «mindre sentral» (videregående skole og OT fra 20 år), står i `details.partners`, men ikke i utfallet.",
    },
    "nav.inclusion-approach": {
      summary:
        "Tre tilnærminger til inkludering: skjermet, opprustning med gradvis inkludering (train–place) og integrert med rask oppstart i ordinært løp (place–train). Integrert tilnærming anbefales. Losmodellen og motivasjonsmodellen passer med integrert tilnærming; modningsmodellen faller inn under skjermet tilnærming eller opprustning. En anbefaling, ikke et lovkrav.",
    },
    "nav.reaction-time": {
      summary:
        "NAV bør raskt (innen 1–2 dager) kunne utløse tiltak eller tilby oppfølging, helst samme dag eller dagen etter at ungdommen tar kontakt. En anbefaling, ikke et lovkrav.",
      interpretation:
        "Dagene telles fra kontaktdagen (dag 0) til svardagen: samme dag eller dagen etter er ideelt (høyst 1, `nav.reaction-ideal-max-days`), to dager er innenfor (høyst 2, `nav.reaction-max-days`), tre eller flere er sent. Det telles kalenderdager; `nav.reaction-day-count` velger arbeidsdager.",
    },
    "nav.caseload": {
      summary:
        "En veileder som har over 100 ungdommer å følge opp, har begrenset mulighet til å følge tett opp; en veileder med rundt 25 har bedre muligheter. Et anslag, ikke et lovkrav.",
      interpretation:
        "To holdepunkter, tre klasser: til og med 25 gir rom for tett oppfølging (parameteren `nav.caseload-close-max`), over 100 gir begrenset rom (`nav.caseload-limited-over`, så 100 selv er i mellomklassen), og alt imellom er en mellomklasse kilden ikke beskriver.",
    },
    "nav.close-follow-up": {
      summary:
        "Tett individuell oppfølging kan vurderes etter ti kvaliteter: oppfølgingstypologi, aktører, tema, faser, tilgjengelighet og reaksjonstid, treffpunkt, kapasitet og intensitet, aktiv oppsøking, forebyggingsvinkling og metodisk orientering. Både en enkelt sak og tilbudet i en hel kommune kan vurderes. En anbefaling, ikke et lovkrav.",
      interpretation:
        "Hver kvalitet er oppfylt når alle delene av anbefalingen er oppfylt, også det rapporten sier «gjerne» om (mobiltelefon). En liste som er oppgitt, regnes som fullstendig. Kvalitet 7 bruker klassene i `nav.caseload`; bare klassen med rom for tett oppfølging oppfyller den (`nav.capacity-caseload-standard`). Kvalitet 5 bruker grensen i `nav.reaction-time` på dagene som er oppgitt.",
    },
  },
  parameters: {
    "nav.cooperation-in-force": {
      interpretation:
        "Usann til og med 31. juli 2022 og sann fra 1. august 2022, datoen Helsedirektoratet og Statsforvalteren oppgir for endringene om samarbeid og samordning.",
    },
    "nav.youth-guarantee-from-age": {
      interpretation:
        "Tom før 1. juli 2023, da det ikke fantes noen ungdomsgaranti; 16 fra da. Fra 16-årsdagen («fra og med de fyller 16»).",
    },
    "nav.youth-guarantee-until-age": {
      interpretation:
        "Tom før 1. juli 2023; 30 fra da. Garantien gjelder til dagen før 30-årsdagen («inntil dagen de fyller 30 år»).",
    },
    "nav.activity-plan-owed-to": {
      interpretation:
        "Lovteksten om aktivitetsplanen er ikke lest. Biblioteket leser det som at planen skyldes den som trenger bistand; velg `sought-help` for å følge NAVs ord til brukerne, at alle som har bedt om hjelp til arbeid, har rett til en plan.",
    },
    "nav.caseload-close-max": {
      interpretation:
        "«En veileder med 25 personer … har bedre muligheter»: 25 regnes med i klassen med rom for tett oppfølging. Sett 24 for å lese «rundt 25» som færre enn 25.",
    },
    "nav.caseload-limited-over": {
      interpretation:
        "«Over 100 ungdommer» betyr flere enn 100: nøyaktig 100 er en mellomklasse. Sett 99 for å regne 100 som begrenset.",
    },
    "nav.reaction-day-count": {
      interpretation:
        "«Innen 1–2 dager» sier ikke hvilke dager. Biblioteket teller kalenderdager: ungdommen venter også i helgen. Velg `working-days` (mandag–fredag) eller `norwegian-working-days` (mandag–fredag utenom helligdager og 1. og 17. mai) med denne parameteren.",
    },
    "nav.capacity-caseload-standard": {
      interpretation:
        "Bare «25 personer … bedre muligheter» er et positivt holdepunkt, så bare klassen med rom for tett oppfølging oppfyller kvaliteten. Velg `not-limited` for å la mellomklassen (26–100) oppfylle den.",
    },
    "nav.aftercare-from": {
      interpretation:
        "«Har passert 18 år» leses som fra 18-årsdagen, da personen blir myndig og barnevernstiltak blir ettervern. Sett 19 for å lese det som etter at personen har vært 18.",
    },
    "nav.aftercare-until": {
      interpretation:
        "«Inntil ungdommen har fylt 25 år»: ettervern kan gis til dagen før 25-årsdagen. Hevingen fra 23 til 25 år gjaldt «med direkte virkning for unge voksne som fyller 23 år fra samme dato» (Bufdir): grensen leses derfor på dagen personen fyller den gamle grensen, så den som fylte 23 før 2021-01-01, hadde ettervern til 23-årsdagen.",
    },
  },
});
