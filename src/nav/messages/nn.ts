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
  typeof x.age === "number" ? `${f.number(x.age)} år` : `Fødd i ${String(x.birthYear)}`;
/** The youth guarantee's age band in words. */
const band = (x: Facts, f: Formatter): string =>
  `frå fylte ${f.number(num(x.fromAge))} år til dagen før ${f.number(num(x.untilAge))}-årsdagen`;

/** The words and sentence frames of the NAV area in Nynorsk. */
const words: NavWords = {
  duties: {
    done: {
      "needs-assessment": "Vurdering av behovet for bistand (behovsvurdering) er gjord",
      "work-ability-assessment": "Arbeidsevnevurdering er gjord",
      "activity-plan": "Aktivitetsplan er gjord",
      "individual-plan": "Individuell plan er gjord",
      cooperation: "Samarbeid med andre tenester er gjord",
      "contact-person": "Fast kontaktperson etter ungdomsgarantien er gjord",
    },
    name: {
      "needs-assessment": "vurdering av behovet for bistand (behovsvurdering)",
      "work-ability-assessment": "arbeidsevnevurdering",
      "activity-plan": "aktivitetsplan",
      "individual-plan": "individuell plan",
      cooperation: "samarbeid med andre tenester",
      "contact-person": "fast kontaktperson etter ungdomsgarantien",
    },
    because: {
      "sought-work-help": "ungdomen har ikkje bede NAV om hjelp til arbeid",
      "needs-help": "ungdomen treng ikkje bistand frå NAV for å kome i arbeid",
      "needs-broader-assessment": "det trengst inga breiare vurdering av bistandsbehovet",
      "long-term-coordinated-services": "ungdomen treng ikkje langvarige og koordinerte tenester",
      "cooperation-in-force": "NAV-lova § 15 a var enno ikkje i kraft",
      "needs-other-services": "ungdomen treng ikkje tenester frå andre offentlege organ eller tenesteytarar",
      "guarantee-in-force": "ungdomsgarantien galdt enno ikkje",
      "within-age-band": "ungdomen er utanfor aldersspennet i ungdomsgarantien",
    },
    becauseUnknown: {
      "sought-work-help": "det er ikkje kjent om ungdomen har bede NAV om hjelp til arbeid",
      "needs-help": "det er ikkje kjent om ungdomen treng bistand frå NAV for å kome i arbeid",
      "needs-broader-assessment": "det er ikkje kjent om det trengst ei breiare vurdering av bistandsbehovet",
      "long-term-coordinated-services": "det er ikkje kjent om ungdomen treng langvarige og koordinerte tenester",
      "cooperation-in-force": "det er ikkje kjent om NAV-lova § 15 a var i kraft",
      "needs-other-services":
        "det er ikkje kjent om ungdomen treng tenester frå andre offentlege organ eller tenesteytarar",
      "guarantee-in-force": "det er ikkje kjent om ungdomsgarantien galdt",
      "within-age-band": "det er ikkje kjent om ungdomen er innanfor aldersspennet i ungdomsgarantien",
    },
    heading: { due: "Skal gjerast", unknown: "Uavklart", done: "Gjort", "not-owed": "Gjeld ikkje" },
    dueBy: (date) => `innan ${date}`,
    notDone: (dueBy) => (dueBy === null ? "Ikkje gjort enno." : `Ikkje gjort enno; fristen er ${dueBy}.`),
    notKnown: (name, because) =>
      `${cap(name)} er ikkje registrert gjord, og det er uavklart om det skal gjerast: ${because}.`,
    outcome: {
      due: "noko skal gjerast no.",
      unknown: "ingenting er forfalle, men noko er uavklart.",
      "up-to-date": "alt NAV skal gjere her, er gjort.",
      "not-owed": "ingen av desse pliktene gjeld her.",
    },
    statement: {
      "sought-work-help": "Ungdomen har bede NAV om hjelp til å skaffe seg eller halde på arbeid",
      "needs-help": "Ungdomen treng bistand frå NAV for å kome i arbeid",
      "needs-broader-assessment": "Ungdomen treng ei breiare vurdering av bistandsbehovet",
      "long-term-coordinated-services": "Ungdomen treng langvarige og koordinerte tenester",
      "cooperation-in-force": "NAV-lova § 15 a er i kraft",
      "needs-other-services": "Ungdomen treng òg tenester frå andre offentlege organ eller tenesteytarar",
      "guarantee-in-force": "Ungdomsgarantien gjeld",
      "within-age-band": "Innanfor aldersspennet i ungdomsgarantien",
    },
    ageBand: {
      holds: (x, f) =>
        `${who(x, f)}: innanfor aldersspennet i ungdomsgarantien (${band(x, f)}${x.through === null ? "" : `, til og med ${dateOf(f, x.through)}`}).`,
      fails: (x, f) => `${who(x, f)}: utanfor aldersspennet i ungdomsgarantien (${band(x, f)}).`,
      unknown: (x, f) =>
        x.birthYear === null
          ? `Alderen er ikkje kjend; ungdomsgarantien gjeld ${band(x, f)}.`
          : `Fødd i ${String(x.birthYear)}: fødselsdatoen avgjer om ungdomen er innanfor aldersspennet (${band(x, f)}).`,
    },
  },
  agency: {
    "nav-municipal-social": "sosialfagleg støtte frå kommunal side i NAV",
    nav: "NAV",
    "upper-secondary-school": "vidaregåande skule",
    ot: "oppfølgingstenesta (OT)",
    employers: "lokalt næringsliv",
    providers: "tiltaksarrangørar",
    "child-welfare": "barnevernet",
    "mental-health-services": "psykisk helseteneste",
    ppt: "PPT",
    police: "politiet",
    "substance-use-services": "rustiltak",
    "outreach-service": "oppsøkjande teneste",
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
    "learning-difficulties": "lærevanskar",
    "poor-finances-or-living-conditions": "dårleg økonomi/levekår",
  },
  approach: { universal: "universell", selective: "selektiv", indicative: "indikativ" },
  aimedAt: {
    universal: "alle ungdomar i området",
    selective: "grupper med kjend auka risiko som kanskje enno ikkje har klare problem",
    indicative: "einskildpersonar som viser teikn på vanskar",
  },
  role: { central: "sentrale", relevant: "aktuelle", "less-central": "mindre sentrale" },
  actor: { youth: "ungdomen", employer: "arbeidsgivaren", school: "skulen", family: "familien" },
  theme: {
    "social-inclusion": "sosial innlemming",
    tasks: "fag eller arbeidsoppgåver",
    health: "helse",
    "life-otherwise": "livet elles",
  },
  phase: { before: "før oppstart", during: "ved oppstart", after: "etter oppstart" },
  place: {
    "ordinary-reception": "ordinært mottak på NAV-kontoret",
    "youth-branch": "eigen NAV Ung-filial",
    "youth-reception": "eige ungdomsmottak",
    "youth-counsellor": "møte med ein ungdomsrettleiar",
    "other-safe-place": "ein annan trygg møtestad",
  },
  prevention: { reactive: "reaktiv («brannsløkking»)", proactive: "proaktiv", "health-promoting": "helsefremjande" },
  caseloadClass: {
    "close-follow-up-possible": "rom for tett oppfølging",
    intermediate: "mellomklasse",
    limited: "avgrensa rom for tett oppfølging",
  },
  unit: {
    "calendar-days": "kalenderdagar",
    "working-days": "arbeidsdagar",
    "norwegian-working-days": "arbeidsdagar utanom heilagdagar",
    days: "dagar",
  },
  unitOne: {
    "calendar-days": "kalenderdag",
    "working-days": "arbeidsdag",
    "norwegian-working-days": "arbeidsdag utanom heilagdagar",
    days: "dag",
  },
  none: "ingen",
  notLaw: { recommendation: " (ei tilråding, ikkje eit lovkrav)", estimate: " (eit overslag, ikkje eit lovkrav)" },
  caseload: {
    outcome: {
      "close-follow-up-possible": (n, c) => `${n} ungdomar per rettleiar gir rom for tett oppfølging (høgst ${c})`,
      intermediate: (n, c, l) => `${n} ungdomar per rettleiar er ein mellomklasse (fleire enn ${c}, ikkje over ${l})`,
      limited: (n, _c, l) => `${n} ungdomar per rettleiar er over ${l} og gir avgrensa høve til å følgje tett opp`,
    },
    withinClose: {
      holds: (n, c) => `${n} ungdomar per rettleiar er høgst ${c}: betre høve til tett oppfølging.`,
      fails: (n, c) => `${n} ungdomar per rettleiar er fleire enn ${c}.`,
    },
    overLimit: {
      holds: (n, l) => `${n} ungdomar per rettleiar er over ${l}: avgrensa høve til å følgje tett opp.`,
      fails: (n, l) => `${n} ungdomar per rettleiar er ikkje over ${l}.`,
    },
  },
  reaction: {
    ideal: (d) => `ideell: svar etter ${d}, same dag eller dagen etter`,
    within: (d, m) => `innanfor: svar etter ${d}, innan tilrådde ${m}`,
    late: (d, m) => `for seint: svar etter ${d}; tilrådd er høgst ${m}`,
    lateOpen: (d, dl) => `for seint: inkje svar etter ${d}; fristen gjekk ut ${dl}`,
    pending: (d, dl, ib) => `ventar på svar etter ${d}; bør skje innan ${dl}, helst innan ${ib}`,
    idealReason: {
      holds: (d, i) => `Svar etter ${d}: same dag eller dagen etter (høgst ${i}).`,
      fails: (d, i) => `Svar etter ${d}: ikkje same dag eller dagen etter (høgst ${i}).`,
    },
    withinReason: {
      holds: (d, m) => `${cap(d)} er innanfor tilrådd reaksjonstid på høgst ${m}.`,
      fails: (d, m) => `${cap(d)} er meir enn tilrådd reaksjonstid på høgst ${m}.`,
    },
    awaiting: {
      holds: (c, d, dl) => `Ungdomen tok kontakt ${c}; inkje svar enno etter ${d}, og fristen er ${dl}.`,
      fails: (c, d, _dl, m) => `Ungdomen tok kontakt ${c}; inkje svar etter ${d}, meir enn tilrådde ${m}.`,
    },
  },
  approachText: {
    single: (a, t) => `${a} tilnærming, retta mot ${t}`,
    combined: (l) => `kombinert tilnærming: ${l}`,
    unknown: "kan ikkje avgjerast utan å vite kven tiltaket rettar seg mot",
    reason: {
      holds: (t) => `Tiltaket rettar seg mot ${t}.`,
      fails: (t) => `Tiltaket rettar seg ikkje mot ${t}.`,
      unknown: (t) => `Ukjent om tiltaket rettar seg mot ${t}.`,
    },
    stigma: {
      holds:
        "Tiltaket har ingen universell del og kan lettare gi stigmatisering; det kan hjelpe å kombinere det med eit tilbod til alle unge.",
      fails: "Tiltaket har ein universell del, som kan dempe stigmatisering.",
    },
  },
  partnersText: {
    empty: "ingen instansar følgjer av det som er kjent",
    group: (r, l) => `${r}: ${l}`,
    bandHolds: {
      "under-16": (a, _f, u, l) =>
        `${a} år, under ${u} år: ${l} kan vere viktige; barnevernet er meir aktuelt di yngre ungdomen er.`,
      "16-19": (a, f, u, l) => `${a} år, i aldersgruppa ${f} år til ${u} år: ${l} er sentrale.`,
      aftercare: (a, f, u, l) =>
        `${a} år, fylt ${f} og under ${u} år: ${l} kan vere aktuelt for nokre gjennom ettervern.`,
      "20-and-over": (a, f, _u, l) =>
        `${a} år, ${f} år eller eldre: lokalt næringsliv har ein viktigare plass, og ${l} har ei mindre sentral rolle.`,
    },
    bandFails: (a, b) => `${a} år: ikkje i aldersgruppa ${b}.`,
    bandUnknown: (b) => `Alderen er ikkje kjend, så aldersgruppa ${b} kan ikkje vurderast.`,
    problem: {
      holds: (p, l) => `Problemtypen ${p} er til stades; aktuelle instansar: ${l}.`,
      fails: (p) => `Problemtypen ${p} er ikkje til stades.`,
      unknown: (p) => `Ukjent om problemtypen ${p} er til stades.`,
    },
  },
  inclusion: {
    integrated: (m) => `${m} passar med integrert tilnærming (place–train), som er tilrådd`,
    shelteredOrGradual: (m) =>
      `${m} fell inn under skjerma tilnærming eller opprusting (train–place); integrert tilnærming er tilrådd`,
    unknown: "kan ikkje avgjerast utan å vite oppfølgingsmodellen",
    reason: {
      holds: (m) =>
        `${cap(m)} kan bidra til rask inkludering i ordinær skule eller ordinært arbeid (integrert tilnærming).`,
      fails: (m) => `${cap(m)} gir lang tid før inkludering i ordinære løp (skjerma tilnærming eller opprusting).`,
      unknown: () => "Oppfølgingsmodellen er ikkje kjend.",
    },
  },
  conditionFrames: {
    band: (b) => `I aldersgruppa ${b}`,
    problem: (p) => `Problemtypen ${p} er til stades`,
    approach: (a) => `Tiltaket rettar seg mot ${a}`,
  },
  quality: {
    recommendation: {
      typology:
        "Det er viktig med ein losfunksjon for oppfølging av ungdom i NAV; kombiner han gjerne med kortvarig gruppebasert motivasjonsarbeid.",
      actors: "Følg opp både ungdomen og arbeidsgivar eller skule, eventuelt familien.",
      themes:
        "Sosial innlemming, fag eller arbeidsoppgåver, helse og livet elles kan vere sentrale tema; tilstrekkeleg oppfølging må sikrast på alle desse områda.",
      phases:
        "Oppfølgjaren bør kunne bidra både før, under og etter at jobb eller skule er etablert, og leggje til rette for naturleg bistand for varig oppfølging.",
      availability:
        "Ungdomsrettleiarar bør vere tilgjengelege på mobiltelefon, og det er viktig raskt (innan 1–2 dagar) å kunne utløyse tiltak eller tilby oppfølging.",
      "meeting-place":
        "Tilby trygge og inkluderande møtestader for ungdom, til dømes eigne NAV Ung-filialar, eige ungdomsmottak eller møte med ein ungdomsrettleiar.",
      capacity:
        "Utsette ungdomar treng tidvis tett bistand: ei saksmengd som gir rom for tett oppfølging (rundt 25, ikkje over 100), og høve til ein-til-ein-oppfølging i kortare periodar.",
      "active-outreach": "Oppsøk aktivt ungdom som slit når dei ikkje maktar å møte opp.",
      prevention:
        "Oppfølginga bør vere proaktiv og førebyggje fråfall, ikkje berre setjast inn når problemet alt er der; ideelt fremjar ho òg inkludering i skule eller arbeidsplass.",
      method:
        "Kombiner fokus på situasjonen her og no (problemfokus) med eit moglegheits- og ressursfokus for framtida.",
    },
    title: {
      typology: "Oppfølgingstypologi",
      actors: "Aktørar som blir følgde opp",
      themes: "Oppfølgingstema",
      phases: "Fasar for oppfølging",
      availability: "Tilgjenge og reaksjonstid",
      "meeting-place": "Treffpunkt og base",
      capacity: "Kapasitet og intensitet",
      "active-outreach": "Aktiv oppsøking",
      prevention: "Førebyggingsvinkling",
      method: "Metodisk orientering",
    },
    meets: (t, c) => `${t}: ${c}.`,
    short: (_t, c, r) => `${cap(c)}. Tilrådd: ${r}`,
    unknown: (t) => `${t}: ikkje nok opplysningar til å vurdere.`,
    holds: {
      typology: (x) =>
        x.motivation === true
          ? "det er ein losfunksjon, kombinert med gruppebasert motivasjonsarbeid"
          : "det er ein losfunksjon; kombiner han gjerne med kortvarig gruppebasert motivasjonsarbeid",
      actors: (x, w, f) =>
        `både ungdomen og arbeidsgivar eller skule blir følgde opp (${f.list(labels(w.actor, x.actors))})`,
      themes: (_x, w, f) => `alle tema er dekte (${f.list(Object.values(w.theme))})`,
      phases: () => "det blir gitt oppfølging før, ved og etter oppstart, og naturleg bistand er lagd til rette",
      availability: (x, w, f) =>
        `rettleiaren kan nåast på mobil, og tiltak blir utløyste etter ${days(w, f, x, x.reactionDays)} (høgst ${days(w, f, x, x.maxDays)})`,
      "meeting-place": (x, w) => `ungdom blir møtte i ${w.place[x.meetingPlace as NavMeetingPlace]}`,
      capacity: (x, _w, f) =>
        `${f.number(num(x.youthPerCounsellor))} ungdomar per rettleiar, og ein-til-ein-oppfølging kan bli gitt i kortare periodar`,
      "active-outreach": () => "ungdom som ikkje møter opp, blir oppsøkte",
      prevention: (x, w) => `oppfølginga er ${w.prevention[x.prevention as NavPrevention]}`,
      method: () => "både situasjonen her og no og moglegheitene for framtida er i fokus",
    },
    fails: {
      typology: (x, w, f) => [
        `ingen losfunksjon (modellar: ${listOrNone(
          w,
          f,
          arr(x.models).map((m) => modelTitle(w, m)),
        )}); ein losfunksjon er tilrådd`,
      ],
      actors: (x) => [
        ...(x.reachesYouth === false ? ["ungdomen sjølv blir ikkje følgd opp"] : []),
        ...(x.reachesWorkOrSchool === false ? ["verken arbeidsgivar eller skule blir følgd opp"] : []),
      ],
      themes: (x, w, f) => [`manglar ${f.list(labels(w.theme, x.missing))}`],
      phases: (x, w, f) => [
        ...(arr(x.missing).length > 0 ? [`manglar oppfølging ${f.list(labels(w.phase, x.missing))}`] : []),
        ...(x.naturalSupport === false ? ["naturleg bistand er ikkje lagd til rette"] : []),
      ],
      availability: (x, w, f) => [
        ...(x.reachableByMobile === false ? ["rettleiaren kan ikkje nåast på mobil"] : []),
        ...(x.reaction === "late"
          ? [
              `tiltak blir utløyste først etter ${days(w, f, x, x.reactionDays)} (tilrådd høgst ${days(w, f, x, x.maxDays)})`,
            ]
          : []),
      ],
      "meeting-place": () => ["berre ordinært mottak på NAV-kontoret; trygge og inkluderande møtestader er tilrådde"],
      capacity: (x, w, f) => [
        ...(x.caseloadMeets === false
          ? [
              `${f.number(num(x.youthPerCounsellor))} ungdomar per rettleiar er for mange for tett oppfølging (${w.caseloadClass[x.caseload as NavCaseloadClass]})`,
            ]
          : []),
        ...(x.oneToOnePeriods === false ? ["ein-til-ein-oppfølging kan ikkje bli gitt i kortare periodar"] : []),
      ],
      "active-outreach": () => ["ungdom som ikkje møter opp, blir ikkje oppsøkte"],
      prevention: () => ["oppfølginga er reaktiv («brannsløkking»); ho bør vere proaktiv"],
      method: (x) => [
        ...(x.problemFocus === false ? ["manglar fokus på situasjonen her og no"] : []),
        ...(x.futureFocus === false ? ["manglar moglegheits- og ressursfokus for framtida"] : []),
      ],
    },
    outcome: {
      "meets-all": () => "oppfyller alle dei ti kvalitetane ved tett oppfølging",
      "falls-short": (m, s, u) => `kjem til kort på ${s} av dei ti kvalitetane (oppfylt: ${m}, ukjent: ${u})`,
      incomplete: (m, _s, u) =>
        `ingen av dei ti kvalitetane kjem til kort, men ${u} kan ikkje vurderast enno (oppfylt: ${m})`,
    },
  },
};

/** The NAV area's texts in Nynorsk. */
export const navNn: NavTexts = /* @__PURE__ */ deepFreeze({
  area: "nav",
  title: "NAV si oppfølging av ungdom",
  rules: {
    "nav.approach": { title: "Universell, selektiv eller indikativ tilnærming" },
    "nav.partners-by-age": { title: "Samarbeidspartar etter alder" },
    "nav.partners-by-problem": { title: "Samarbeidspartar etter type problematikk" },
    "nav.partners": { title: "Kva instansar NAV bør samarbeide med" },
    "nav.inclusion-approach": { title: "Inkluderingstilnærming og oppfølgingsmodell" },
    "nav.reaction-time": { title: "Reaksjonstid" },
    "nav.caseload": { title: "Saksmengd per rettleiar" },
    "nav.close-follow-up": { title: "Tett individuell oppfølging" },
    "nav.duties": { title: "Pliktene NAV har overfor ein ungdom" },
    "nav.needs-assessment": { title: "Behovsvurdering, arbeidsevnevurdering og aktivitetsplan (NAV-lova § 14 a)" },
    "nav.individual-plan": { title: "Individuell plan (NAV-lova § 15)" },
    "nav.cooperation": { title: "Samarbeid med andre tenester (NAV-lova § 15 a)" },
    "nav.youth-guarantee": {
      title: "Ungdomsgarantien",
      strengthNote: "ei ordning regjeringa har innført i NAV frå 1. juli 2023, ikkje ein lovfesta rett",
    },
  },
  parameters: {
    "nav.caseload-close-max": { title: "Største talet på ungdomar per rettleiar som gir rom for tett oppfølging" },
    "nav.caseload-limited-over": {
      title: "Talet på ungdomar per rettleiar som avgrensar tett oppfølging når det blir overskride",
    },
    "nav.reaction-ideal-max-days": { title: "Ideell reaksjonstid (høgst talet på dagar)" },
    "nav.reaction-max-days": { title: "Tilrådd reaksjonstid (høgst talet på dagar)" },
    "nav.reaction-day-count": { title: "Korleis dagar i reaksjonstida blir talde" },
    "nav.capacity-caseload-standard": { title: "Saksmengd som oppfyller kvaliteten kapasitet og intensitet" },
    "nav.band-16-19-from": { title: "Første alder i aldersgruppa 16–19 år" },
    "nav.band-20-from": { title: "Første alder i aldersgruppa 20 år og eldre" },
    "nav.aftercare-from": { title: "Alder frå då barnevernet er samarbeidspart gjennom ettervern" },
    "nav.aftercare-until": { title: "Alder då ettervern i barnevernet tek slutt" },
    "nav.cooperation-in-force": { title: "Om NAV-lova § 15 a (samarbeid med andre tenester) er i kraft" },
    "nav.youth-guarantee-from-age": { title: "Første alder i ungdomsgarantien" },
    "nav.youth-guarantee-until-age": { title: "Alder då ungdomsgarantien tek slutt" },
    "nav.activity-plan-owed-to": { title: "Kven aktivitetsplan skal utarbeidast for" },
  },
  versions: {
    "nav-2006": "NAV (frå 2006-07-01): NAV-lova og tilrådingane i tipsheftet frå AFI om oppfølging av ungdom (2016)",
  },
  conditions: {
    ...navConditions(words),
    "nav.caseload/within-close": "Innanfor grensa for tett oppfølging",
    "nav.caseload/over-limit": "Over grensa der oppfølginga blir avgrensa",
    "nav.reaction-time/ideal": "Svar same eller neste dag",
    "nav.reaction-time/within-max": "Innanfor tilrådd reaksjonstid",
    "nav.reaction-time/awaiting-response": "Framleis innanfor fristen for svar",
    "nav.approach/stigma-risk": "Risiko for stigmatisering",
    "nav.inclusion-approach/integrated": "Integrert tilnærming (place–train)",
  },
  facts: {
    birthYear: "fødselsår",
    soughtWorkHelp: "om ungdomen har bede NAV om hjelp til arbeid",
    needsHelp: "om ungdomen treng bistand frå NAV",
    needsBroaderAssessment: "om det trengst ei breiare vurdering av bistandsbehovet",
    needsLongTermCoordinatedServices: "om ungdomen treng langvarige og koordinerte tenester",
    needsOtherServices: "om ungdomen treng tenester frå andre",
    history: "kva NAV har gjort, og når",
    birthDate: "fødselsdato",
    problems: "problemtypar",
    targets: "kven tiltaket rettar seg mot",
    model: "oppfølgingsmodell",
    models: "oppfølgingsmodellar",
    actors: "kven som blir følgd opp",
    themes: "oppfølgingstema",
    phases: "fasar for oppfølging",
    naturalSupport: "naturleg bistand",
    reachableByMobile: "tilgjengeleg på mobil",
    reactionDays: "reaksjonstid i dagar",
    meetingPlace: "treffpunkt",
    youthPerCounsellor: "ungdomar per rettleiar",
    oneToOnePeriods: "ein-til-ein-oppfølging i periodar",
    activeOutreach: "aktiv oppsøking",
    prevention: "førebyggingsvinkling",
    problemFocus: "fokus her og no",
    futureFocus: "fokus på framtida",
    contactDate: "dato ungdomen tok kontakt",
    responseDate: "dato tiltak eller oppfølging vart sett i gang",
    "history.needsAssessmentOn": "behovsvurdering gjord",
    "history.workAbilityAssessmentOn": "arbeidsevnevurdering gjord",
    "history.activityPlanOn": "aktivitetsplan laga",
    "history.individualPlanOn": "individuell plan laga",
    "history.cooperationOn": "samarbeid med andre tenester etablert",
    "history.contactPersonOn": "fast kontaktperson gitt",
  },
  values: {
    "nav.activity-plan-owed-to": {
      "needs-help": "den som treng bistand",
      "sought-help": "alle som har bede om hjelp til arbeid",
    },
    "nav.reaction-day-count": {
      "calendar-days": "kalenderdagar",
      "working-days": "arbeidsdagar (måndag–fredag)",
      "norwegian-working-days": "vyrkedagar (utan norske heilagdagar)",
    },
    "nav.capacity-caseload-standard": { close: "tett oppfølging", "not-limited": "ikkje avgrensa" },
  },
  messages: /* @__PURE__ */ navCatalogue(words),
});

/** What the NAV rulebook says beyond an explanation, in Nynorsk. */
export const navRulebookNn: NavRulebook = /* @__PURE__ */ deepFreeze({
  rules: {
    "nav.duties": {
      summary:
        "Kva NAV skuldar ein ungdom som er kjend for NAV, og om det er gjort: behovsvurdering, arbeidsevnevurdering og aktivitetsplan (NAV-lova § 14 a), individuell plan (§ 15), samarbeid med andre tenester (§ 15 a, frå 1. august 2022) og fast kontaktperson etter ungdomsgarantien (frå 1. juli 2023; ei ordning, ikkje lov). Kvar plikt er gjord, skal gjerast, gjeld ikkje eller er uavklart.",
      interpretation:
        "Ei plikt gjeld berre gruppa ho er for; eit ukjent faktum gjer plikta uavklart og står i det som trengst. Ein dato i historikken gjer plikta gjord, og ei plikt som er gjord, blir rekna som gjord òg når det er uavklart om ho galdt. Ingen av kjeldene som er lesne, gir ein frist, så inga plikt har ein siste dag. Lovteksten i §§ 14 a, 15 og 15 a er ikkje lesen; kvar kjelde seier kva som er lese (sjå regelboka for kvar regel).",
    },
    "nav.needs-assessment": {
      summary:
        "Alle som ønskjer eller treng bistand for å kome i arbeid, har rett til å få vurdert bistandsbehovet sitt; den som treng ei meir omfattande vurdering, har rett til ei arbeidsevnevurdering; og NAV-lova § 14 a gir rett til aktivitetsplan. Vedtaket plasserer brukaren i ei innsatsgruppe: standard innsats, situasjonsbestemt innsats, spesielt tilpassa innsats eller varig tilpassa innsats.",
      interpretation:
        "Lovteksten er ikkje lesen; pliktene byggjer på departementet si skildring (2015) av første ledd. «Ønskjer eller treng bistand» blir lese som at ungdomen har vendt seg til NAV og ønskjer eller treng hjelp til å skaffe seg eller halde på arbeid (`soughtWorkHelp`). Arbeidsevnevurdering blir skulda den som treng ei breiare vurdering (`needsBroaderAssessment`). Kven aktivitetsplanen blir skulda, er ikkje lese: biblioteket les det som den som treng bistand (`needsHelp`); NAV sine eigne ord til brukarane («når du har kontaktet oss for å få hjelp til å komme i jobb») blir valde med `nav.activity-plan-owed-to`. Innsatsgruppene er dei fire direktoratet nemnde i 2014; systema til NAV har òg «gradert varig tilpasset innsats» og nye namn («Gode muligheter», «Trenger veiledning» …), men når dei kom, er ikkje funne, så biblioteket brukar dei ikkje.",
    },
    "nav.individual-plan": {
      summary:
        "NAV-lova § 15 handlar om samarbeid med brukaren og individuell plan. Den som treng langvarige og koordinerte tenester, skal få tilbod om individuell plan.",
      interpretation:
        "Lovteksten er ikkje lesen, berre overskrifta. Vilkåret «langvarige og koordinerte tenester» er det som gjeld for individuell plan i dei andre velferdslovene, og det er føresett her. At planen krev samtykke, er ikkje lagt inn; førearbeida omtaler plikta som å «tilby eller opprette» individuell plan (Prop. 100 L (2020–2021) kapittel 8).",
    },
    "nav.cooperation": {
      summary:
        "NAV-lova § 15 a (frå 1. august 2022) pålegg NAV å samarbeide med andre offentlege organ og tenesteytarar når samarbeid er naudsynt for å gi brukaren eit heilskapleg og samordna tenestetilbod. Ho gjeld same kva alder.",
      interpretation:
        "Lovteksten er ikkje lesen, berre overskrifta; datoen byggjer på skildringane til Helsedirektoratet og Statsforvaltaren. Plikta blir lesen som at ho gjeld den som òg treng tenester frå andre (`needsOtherServices`), og ho blir rekna som gjord frå dagen samarbeidet kom i gang.",
    },
    "nav.youth-guarantee": {
      summary:
        "Ungdomsgarantien (frå 1. juli 2023) gjeld personar mellom 16 og 30 år som treng hjelp frå NAV for å kome i arbeid: alle i målgruppa skal få ein fast kontaktperson i NAV. Han er ei ordning regjeringa har innført og finansierer over statsbudsjettet, ikkje ein lovfesta rett.",
      interpretation:
        "«Mellom 16 og 30 år» blir lese som frå 16-årsdagen til dagen før 30-årsdagen, slik systemet til NAV gjer. Med berre fødselsår er ungdomen innanfor når heile året er innanfor, og uavklart i åra med 16- og 30-årsdagen (systemet til NAV tek med heile desse åra). Vedtaksbreva til NAV nemner garantien berre for situasjonsbestemt og spesielt tilpassa innsats; biblioteket brukar den breiare målgruppa departementet skildrar. Ein artikkel viser til ei «forskrift om ungdomsgarantien», men inga slik forskrift er funnen.",
    },
    "nav.approach": {
      summary:
        "Universell tilnærming rettar seg mot alle ungdomar i området; selektiv mot grupper som ein veit har auka risiko, men som kanskje enno ikkje har utvikla klare problem; indikativ mot einskildpersonar som viser teikn på vanskar. Tiltak som berre rettar seg mot unge med utfordringar, kan lettare gi stigmatisering. Ei tilråding, ikkje eit lovkrav.",
      interpretation:
        "Eit tiltak kan kombinere tilnærmingar («kombinere arbeid med ungdomar som har utviklet problemer, med et tilbud som retter seg til alle unge»); då er utfallet `combined` og alle tilnærmingane blir lista.",
    },
    "nav.partners-by-age": {
      summary:
        "Under 16 år kan sosialfagleg støtte frå kommunal side i NAV vere viktig, og barnevernet er meir aktuelt di yngre ungdomen er. For 16–19 år er vidaregåande skule, OT og NAV sentrale. Over 18 år er barnevernet framleis aktuelt for nokre gjennom ettervern. Frå 20 år har lokalt næringsliv ein viktigare plass, og vidaregåande skular og OT ei mindre sentral rolle. Ei tilråding, ikkje eit lovkrav.",
      interpretation:
        "Alder er fylte år på vurderingsdagen, så kvar gruppe byrjar på ein fødselsdag (fødd 29. februar: 1. mars i vanlege år). «16–19 år» varer til 20-årsdagen. Barnevernet er sentralt under 16 år og aktuelt fram til 18 år («dess yngre målgruppa er»), deretter aktuelt gjennom ettervern («har passert 18 år»: frå 18-årsdagen, `nav.aftercare-from`) til dagen før 25-årsdagen (23 før 2021, `nav.aftercare-until`). Aldersgrensa til OT står i `ungrett/ot`.",
    },
    "nav.partners-by-problem": {
      summary:
        "Kva problematikk arbeidet rettar seg mot (rus/kriminalitet, psykisk uhelse, motivasjonsmangel/drop-out, lærevanskar, dårleg økonomi/levekår), avgjer kva instansar det er lurt å samarbeide med: vidaregåande skular, OT, tiltaksleverandørar, lokale bedrifter, barnevern, psykisk helseteneste, PPT, politi, rustiltak og oppsøkjande teneste. Ei tilråding, ikkje eit lovkrav.",
      interpretation:
        "Rapporten listar problemtypane og instansane, men seier ikkje i teksten kva instans som høyrer til kva problemtype. Koplinga i `NAV_PARTNERS_FOR_PROBLEM` er lesinga til biblioteket, bygd på det rapporten seier andre stader (til dømes «oppsøkende virksomhet, behandlingsapparat, politi» for dei med større utfordringar); kvar kopling viser orda ho byggjer på.",
    },
    "nav.partners": {
      summary:
        "Samlar `nav.partners-by-age` og `nav.partners-by-problem` for éin ungdom: kvar instans med rolla (sentral, aktuell, mindre sentral), grunnen (alder eller problemtype) og kjelda. Ei tilråding, ikkje eit lovkrav.",
      interpretation:
        "Ein instans får den sterkaste rolla blant grunnane sine. Utfallet listar instansane som er sentrale eller aktuelle; ein instans som berre er «mindre sentral» (vidaregåande skule og OT frå 20 år), står i `details.partners`, men ikkje i utfallet.",
    },
    "nav.inclusion-approach": {
      summary:
        "Tre tilnærmingar til inkludering: skjerma, opprusting med gradvis inkludering (train–place) og integrert med rask oppstart i ordinært løp (place–train). Integrert tilnærming er tilrådd. Losmodellen og motivasjonsmodellen passar med integrert tilnærming; modningsmodellen fell inn under skjerma tilnærming eller opprusting. Ei tilråding, ikkje eit lovkrav.",
    },
    "nav.reaction-time": {
      summary:
        "NAV bør raskt (innan 1–2 dagar) kunne utløyse tiltak eller tilby oppfølging, helst same dag eller dagen etter at ungdomen tek kontakt. Ei tilråding, ikkje eit lovkrav.",
      interpretation:
        "Dagane blir talde frå kontaktdagen (dag 0) til svardagen: same dag eller dagen etter er ideelt (høgst 1, `nav.reaction-ideal-max-days`), to dagar er innanfor (høgst 2, `nav.reaction-max-days`), tre eller fleire er seint. Det blir talt kalenderdagar; `nav.reaction-day-count` vel arbeidsdagar.",
    },
    "nav.caseload": {
      summary:
        "Ein rettleiar som har over 100 ungdomar å følgje opp, har avgrensa høve til å følgje tett opp; ein rettleiar med rundt 25 har betre høve. Eit overslag, ikkje eit lovkrav.",
      interpretation:
        "To haldepunkt, tre klassar: til og med 25 gir rom for tett oppfølging (parameteren `nav.caseload-close-max`), over 100 gir avgrensa rom (`nav.caseload-limited-over`, så 100 sjølv er i mellomklassen), og alt imellom er ein mellomklasse kjelda ikkje skildrar.",
    },
    "nav.close-follow-up": {
      summary:
        "Tett individuell oppfølging kan vurderast etter ti kvalitetar: oppfølgingstypologi, aktørar, tema, fasar, tilgjenge og reaksjonstid, treffpunkt, kapasitet og intensitet, aktiv oppsøking, førebyggingsvinkling og metodisk orientering. Både ei einskild sak og tilbodet i ein heil kommune kan vurderast. Ei tilråding, ikkje eit lovkrav.",
      interpretation:
        "Kvar kvalitet er oppfylt når alle delane av tilrådinga er oppfylte, òg det rapporten seier «gjerne» om (mobiltelefon). Ei liste som er oppgitt, blir rekna som fullstendig. Kvalitet 7 bruker klassane i `nav.caseload`; berre klassen med rom for tett oppfølging oppfyller han (`nav.capacity-caseload-standard`). Kvalitet 5 bruker grensa i `nav.reaction-time` på dagane som er oppgitt.",
    },
  },
  parameters: {
    "nav.cooperation-in-force": {
      interpretation:
        "Usann til og med 31. juli 2022 og sann frå 1. august 2022, datoen Helsedirektoratet og Statsforvaltaren oppgir for endringane om samarbeid og samordning.",
    },
    "nav.youth-guarantee-from-age": {
      interpretation:
        "Tom før 1. juli 2023, då det ikkje fanst nokon ungdomsgaranti; 16 frå då. Frå 16-årsdagen («fra og med de fyller 16»).",
    },
    "nav.youth-guarantee-until-age": {
      interpretation:
        "Tom før 1. juli 2023; 30 frå då. Garantien gjeld til dagen før 30-årsdagen («inntil dagen de fyller 30 år»).",
    },
    "nav.activity-plan-owed-to": {
      interpretation:
        "Lovteksten om aktivitetsplanen er ikkje lesen. Biblioteket les det som at planen blir skulda den som treng bistand; vel `sought-help` for å følgje orda NAV brukar til brukarane, at alle som har bede om hjelp til arbeid, har rett til ein plan.",
    },
    "nav.caseload-close-max": {
      interpretation:
        "«En veileder med 25 personer … har bedre muligheter»: 25 er rekna med i klassen med rom for tett oppfølging. Set 24 for å lese «rundt 25» som færre enn 25.",
    },
    "nav.caseload-limited-over": {
      interpretation:
        "«Over 100 ungdomar» tyder fleire enn 100: nøyaktig 100 er ein mellomklasse. Set 99 for å rekne 100 som avgrensa.",
    },
    "nav.reaction-day-count": {
      interpretation:
        "«Innen 1–2 dager» seier ikkje kva dagar. Biblioteket tel kalenderdagar: ungdomen ventar òg i helga. Vel `working-days` (måndag–fredag) eller `norwegian-working-days` (måndag–fredag utanom heilagdagar og 1. og 17. mai) med denne parameteren.",
    },
    "nav.capacity-caseload-standard": {
      interpretation:
        "Berre «25 personer … bedre muligheter» er eit positivt haldepunkt, så berre klassen med rom for tett oppfølging oppfyller kvaliteten. Vel `not-limited` for å la mellomklassen (26–100) oppfylle han.",
    },
    "nav.aftercare-from": {
      interpretation:
        "«Har passert 18 år» er lese som frå 18-årsdagen, då personen blir myndig og barnevernstiltak blir ettervern. Set 19 for å lese det som etter at personen har vore 18.",
    },
    "nav.aftercare-until": {
      interpretation:
        "«Inntil ungdomen har fylt 25 år»: ettervern kan bli gitt til dagen før 25-årsdagen. Hevinga frå 23 til 25 år galdt «med direkte virkning for unge voksne som fyller 23 år fra samme dato» (Bufdir): grensa blir difor lesen på dagen personen fyller den gamle grensa, så den som fylte 23 før 2021-01-01, hadde ettervern til 23-årsdagen.",
    },
  },
});
