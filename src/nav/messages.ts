import type { AreaMessages, Catalogue, Msg } from "../core/explain.js";
import type { Formatter } from "../core/format.js";
import { deepFreeze } from "../core/freeze.js";
import type { Facts, Locale, Status } from "../core/types.js";
import { NAV_ROLES, type NavAgency, type NavRole } from "./agencies.js";
import { NAV_APPROACH, type NavApproachKind, type NavApproachOutcome } from "./approach.js";
import { NAV_CASELOAD, type NavCaseloadClass } from "./caseload.js";
import { NAV_CLOSE_FOLLOW_UP, type NavCloseFollowUpOutcome, type NavQuality } from "./close-follow-up.js";
import { NAV_FOLLOW_UP_MODELS, NAV_INCLUSION_APPROACH, type NavInclusionOutcome } from "./inclusion-approach.js";
import { NAV_PARAMETERS, type NavDayCount } from "./parameters.js";
import { NAV_PARTNERS } from "./partners.js";
import { NAV_AGE_BANDS, NAV_PARTNERS_BY_AGE, NAV_PARTNERS_FOR_BAND, type NavAgeBand } from "./partners-by-age.js";
import { NAV_PARTNERS_BY_PROBLEM, NAV_PARTNERS_FOR_PROBLEM } from "./partners-by-problem.js";
import { NAV_REACTION_TIME, type NavReactionOutcome } from "./reaction-time.js";
import {
  NAV_PROBLEMS,
  type NavActor,
  type NavFollowUpModel,
  type NavMeetingPlace,
  type NavPhase,
  type NavPrevention,
  type NavProblem,
  type NavTheme,
} from "./schemas.js";
import { NAV_VERSIONS } from "./versions.js";

type S2 = "holds" | "fails";
const S2S: readonly S2[] = ["holds", "fails"];
const S3S: readonly Status[] = ["holds", "fails", "unknown"];

const QUALITIES: readonly NavQuality[] = [
  "typology",
  "actors",
  "themes",
  "phases",
  "availability",
  "meeting-place",
  "capacity",
  "active-outreach",
  "prevention",
  "method",
];
const APPROACHES: readonly NavApproachKind[] = ["universal", "selective", "indicative"];

/** Every message key of the NAV area. A catalogue missing one does not compile. */
export type NavMessageKey =
  | `nav.caseload/outcome/${NavCaseloadClass}`
  | `nav.caseload/${"within-close" | "over-limit"}/${S2}`
  | `nav.reaction-time/outcome/${NavReactionOutcome}`
  | `nav.reaction-time/${"ideal" | "within-max" | "awaiting-response"}/${S2}`
  | `nav.approach/outcome/${NavApproachOutcome}`
  | `nav.approach/${NavApproachKind}/${Status}`
  | `nav.approach/stigma-risk/${S2}`
  | "nav.partners/outcome"
  | `nav.partners-by-age/${NavAgeBand}/${Status}`
  | `nav.partners-by-problem/${NavProblem}/${Status}`
  | `nav.inclusion-approach/outcome/${NavInclusionOutcome}`
  | `nav.inclusion-approach/integrated/${Status}`
  | `nav.close-follow-up/outcome/${NavCloseFollowUpOutcome}`
  | `nav.close-follow-up/${NavQuality}/${Status}`;

type Fn<A extends unknown[]> = (...args: A) => string;

/**
 * The words and sentence frames of one locale. Every locale must give every one, so a
 * missing translation does not compile; the catalogues are built from these by one
 * function, so every locale has every key.
 */
interface Words {
  readonly agency: Readonly<Record<NavAgency, string>>;
  readonly band: Readonly<Record<NavAgeBand, string>>;
  readonly problem: Readonly<Record<NavProblem, string>>;
  readonly approach: Readonly<Record<NavApproachKind, string>>;
  /** Whom each approach is directed at. */
  readonly aimedAt: Readonly<Record<NavApproachKind, string>>;
  readonly role: Readonly<Record<NavRole, string>>;
  readonly actor: Readonly<Record<NavActor, string>>;
  readonly theme: Readonly<Record<NavTheme, string>>;
  readonly phase: Readonly<Record<NavPhase, string>>;
  readonly place: Readonly<Record<NavMeetingPlace, string>>;
  readonly prevention: Readonly<Record<NavPrevention, string>>;
  readonly caseloadClass: Readonly<Record<NavCaseloadClass, string>>;
  /** The unit of a day count, plural and singular. */
  readonly unit: Readonly<Record<NavDayCount | "days", string>>;
  readonly unitOne: Readonly<Record<NavDayCount | "days", string>>;
  readonly none: string;
  /** Appended to every outcome: the NAV rules are recommendations and estimates, not law. */
  readonly notLaw: { readonly recommendation: string; readonly estimate: string };
  readonly caseload: {
    readonly outcome: Readonly<Record<NavCaseloadClass, Fn<[n: string, closeMax: string, limitedOver: string]>>>;
    readonly withinClose: Readonly<Record<S2, Fn<[n: string, closeMax: string]>>>;
    readonly overLimit: Readonly<Record<S2, Fn<[n: string, limitedOver: string]>>>;
  };
  readonly reaction: {
    readonly ideal: Fn<[days: string]>;
    readonly within: Fn<[days: string, max: string]>;
    readonly late: Fn<[days: string, max: string]>;
    readonly lateOpen: Fn<[days: string, deadline: string]>;
    readonly pending: Fn<[days: string, deadline: string, idealBy: string]>;
    readonly idealReason: Readonly<Record<S2, Fn<[days: string, idealMax: string]>>>;
    readonly withinReason: Readonly<Record<S2, Fn<[days: string, max: string]>>>;
    readonly awaiting: Readonly<Record<S2, Fn<[contact: string, days: string, deadline: string, max: string]>>>;
  };
  readonly approachText: {
    readonly single: Fn<[approach: string, aimedAt: string]>;
    readonly combined: Fn<[list: string]>;
    readonly unknown: string;
    readonly reason: Readonly<Record<Status, Fn<[aimedAt: string]>>>;
    readonly stigma: Readonly<Record<S2, string>>;
  };
  readonly partnersText: {
    readonly empty: string;
    readonly group: Fn<[role: string, list: string]>;
    readonly bandHolds: Readonly<Record<NavAgeBand, Fn<[age: string, from: string, until: string, list: string]>>>;
    readonly bandFails: Fn<[age: string, band: string]>;
    readonly bandUnknown: Fn<[band: string]>;
    readonly problem: Readonly<Record<Status, Fn<[problem: string, list: string]>>>;
  };
  readonly inclusion: {
    readonly integrated: Fn<[model: string]>;
    readonly shelteredOrGradual: Fn<[model: string]>;
    readonly unknown: string;
    readonly reason: Readonly<Record<Status, Fn<[model: string]>>>;
  };
  readonly quality: {
    readonly title: Readonly<Record<NavQuality, string>>;
    readonly meets: Fn<[title: string, clause: string]>;
    readonly short: Fn<[title: string, clauses: string]>;
    readonly unknown: Fn<[title: string]>;
    readonly holds: Readonly<Record<NavQuality, (x: Facts, w: Words, f: Formatter) => string>>;
    /** The parts known to fall short, one clause each. */
    readonly fails: Readonly<Record<NavQuality, (x: Facts, w: Words, f: Formatter) => string[]>>;
    readonly outcome: Readonly<Record<NavCloseFollowUpOutcome, Fn<[meets: string, short: string, unknown: string]>>>;
  };
}

const num = (v: unknown): number => (typeof v === "number" ? v : Number(v));
const arr = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : []);
const labels = <K extends string>(table: Readonly<Record<K, string>>, v: unknown): string[] =>
  arr(v).map((k) => table[k as K] ?? k);
const listOrNone = (w: Words, f: Formatter, items: readonly string[]): string =>
  items.length === 0 ? w.none : f.list(items);
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const modelTitle = (locale: Locale, m: unknown): string =>
  NAV_FOLLOW_UP_MODELS[m as NavFollowUpModel]?.title[locale] ?? String(m);
/** A number of days with the unit the decision counted in. */
const days = (w: Words, f: Formatter, x: Facts, n: unknown): string => {
  const unit = typeof x.dayCount === "string" ? (x.dayCount as NavDayCount) : "days";
  return `${f.number(num(n))} ${num(n) === 1 ? w.unitOne[unit] : w.unit[unit]}`;
};

const nb: Words = {
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
  quality: {
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
    short: (t, c) => `${t}: ${c}.`,
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
          arr(x.models).map((m) => modelTitle("nb", m)),
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
      unknown: (m, _s, u) => `ingen av de ti kvalitetene faller kort, men ${u} kan ikke vurderes ennå (oppfylt: ${m})`,
    },
  },
};

const nn: Words = {
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
    universal: "alle ungdommar i området",
    selective: "grupper med kjend auka risiko som kanskje enno ikkje har klare problem",
    indicative: "einskildpersonar som viser teikn på vanskar",
  },
  role: { central: "sentrale", relevant: "aktuelle", "less-central": "mindre sentrale" },
  actor: { youth: "ungdommen", employer: "arbeidsgivaren", school: "skulen", family: "familien" },
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
      "close-follow-up-possible": (n, c) => `${n} ungdommar per rettleiar gir rom for tett oppfølging (høgst ${c})`,
      intermediate: (n, c, l) => `${n} ungdommar per rettleiar er ein mellomklasse (fleire enn ${c}, ikkje over ${l})`,
      limited: (n, _c, l) => `${n} ungdommar per rettleiar er over ${l} og gir avgrensa høve til å følgje tett opp`,
    },
    withinClose: {
      holds: (n, c) => `${n} ungdommar per rettleiar er høgst ${c}: betre høve til tett oppfølging.`,
      fails: (n, c) => `${n} ungdommar per rettleiar er fleire enn ${c}.`,
    },
    overLimit: {
      holds: (n, l) => `${n} ungdommar per rettleiar er over ${l}: avgrensa høve til å følgje tett opp.`,
      fails: (n, l) => `${n} ungdommar per rettleiar er ikkje over ${l}.`,
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
      holds: (c, d, dl) => `Ungdommen tok kontakt ${c}; inkje svar enno etter ${d}, og fristen er ${dl}.`,
      fails: (c, d, _dl, m) => `Ungdommen tok kontakt ${c}; inkje svar etter ${d}, meir enn tilrådde ${m}.`,
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
        `${a} år, under ${u} år: ${l} kan vere viktige; barnevernet er meir aktuelt di yngre ungdommen er.`,
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
  quality: {
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
    short: (t, c) => `${t}: ${c}.`,
    unknown: (t) => `${t}: ikkje nok opplysningar til å vurdere.`,
    holds: {
      typology: (x) =>
        x.motivation === true
          ? "det er ein losfunksjon, kombinert med gruppebasert motivasjonsarbeid"
          : "det er ein losfunksjon; kombiner han gjerne med kortvarig gruppebasert motivasjonsarbeid",
      actors: (x, w, f) =>
        `både ungdommen og arbeidsgivar eller skule blir følgde opp (${f.list(labels(w.actor, x.actors))})`,
      themes: (_x, w, f) => `alle tema er dekte (${f.list(Object.values(w.theme))})`,
      phases: () => "det blir gitt oppfølging før, ved og etter oppstart, og naturleg bistand er lagd til rette",
      availability: (x, w, f) =>
        `rettleiaren kan nåast på mobil, og tiltak blir utløyste etter ${days(w, f, x, x.reactionDays)} (høgst ${days(w, f, x, x.maxDays)})`,
      "meeting-place": (x, w) => `ungdom blir møtte i ${w.place[x.meetingPlace as NavMeetingPlace]}`,
      capacity: (x, _w, f) =>
        `${f.number(num(x.youthPerCounsellor))} ungdommar per rettleiar, og ein-til-ein-oppfølging kan bli gitt i kortare periodar`,
      "active-outreach": () => "ungdom som ikkje møter opp, blir oppsøkte",
      prevention: (x, w) => `oppfølginga er ${w.prevention[x.prevention as NavPrevention]}`,
      method: () => "både situasjonen her og no og moglegheitene for framtida er i fokus",
    },
    fails: {
      typology: (x, w, f) => [
        `ingen losfunksjon (modellar: ${listOrNone(
          w,
          f,
          arr(x.models).map((m) => modelTitle("nn", m)),
        )}); ein losfunksjon er tilrådd`,
      ],
      actors: (x) => [
        ...(x.reachesYouth === false ? ["ungdommen sjølv blir ikkje følgd opp"] : []),
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
              `${f.number(num(x.youthPerCounsellor))} ungdommar per rettleiar er for mange for tett oppfølging (${w.caseloadClass[x.caseload as NavCaseloadClass]})`,
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
      unknown: (m, _s, u) =>
        `ingen av dei ti kvalitetane kjem til kort, men ${u} kan ikkje vurderast enno (oppfylt: ${m})`,
    },
  },
};

const en: Words = {
  agency: {
    "nav-municipal-social": "municipal social support in NAV",
    nav: "NAV",
    "upper-secondary-school": "upper secondary school",
    ot: "the follow-up service (OT)",
    employers: "local employers",
    providers: "providers of measures",
    "child-welfare": "child welfare",
    "mental-health-services": "mental-health services",
    ppt: "PPT (educational-psychological service)",
    police: "the police",
    "substance-use-services": "substance-use services",
    "outreach-service": "the outreach service",
  },
  band: {
    "under-16": "under 16",
    "16-19": "16–19",
    aftercare: "aftercare (over 18)",
    "20-and-over": "20 and over",
  },
  problem: {
    "substance-use-or-crime": "substance use/crime",
    "mental-ill-health": "mental ill-health",
    "lack-of-motivation-or-dropout": "lack of motivation/drop-out",
    "learning-difficulties": "learning difficulties",
    "poor-finances-or-living-conditions": "poor finances/living conditions",
  },
  approach: { universal: "universal", selective: "selective", indicative: "indicative" },
  aimedAt: {
    universal: "all young people in the area",
    selective: "groups with known elevated risk that may not yet have clear problems",
    indicative: "individuals who show signs of difficulty",
  },
  role: { central: "central", relevant: "relevant", "less-central": "less central" },
  actor: { youth: "the young person", employer: "the employer", school: "the school", family: "the family" },
  theme: {
    "social-inclusion": "social inclusion",
    tasks: "the subject or work tasks",
    health: "health",
    "life-otherwise": "life otherwise",
  },
  phase: { before: "before the start", during: "at the start", after: "after the start" },
  place: {
    "ordinary-reception": "the ordinary reception of the NAV office",
    "youth-branch": "a NAV youth branch",
    "youth-reception": "a youth reception",
    "youth-counsellor": "meetings with a youth counsellor",
    "other-safe-place": "another safe meeting place",
  },
  prevention: { reactive: "reactive (fire-fighting)", proactive: "proactive", "health-promoting": "health-promoting" },
  caseloadClass: {
    "close-follow-up-possible": "room for close follow-up",
    intermediate: "intermediate",
    limited: "limited room for close follow-up",
  },
  unit: {
    "calendar-days": "calendar days",
    "working-days": "working days",
    "norwegian-working-days": "working days excluding public holidays",
    days: "days",
  },
  unitOne: {
    "calendar-days": "calendar day",
    "working-days": "working day",
    "norwegian-working-days": "working day excluding public holidays",
    days: "day",
  },
  none: "none",
  notLaw: {
    recommendation: " (a recommendation, not a legal requirement)",
    estimate: " (an estimate, not a legal requirement)",
  },
  caseload: {
    outcome: {
      "close-follow-up-possible": (n, c) =>
        `${n} young people per counsellor leaves room for close follow-up (at most ${c})`,
      intermediate: (n, c, l) => `${n} young people per counsellor is intermediate (more than ${c}, not over ${l})`,
      limited: (n, _c, l) => `${n} young people per counsellor is over ${l} and limits close follow-up`,
    },
    withinClose: {
      holds: (n, c) => `${n} young people per counsellor is at most ${c}: better room for close follow-up.`,
      fails: (n, c) => `${n} young people per counsellor is more than ${c}.`,
    },
    overLimit: {
      holds: (n, l) => `${n} young people per counsellor is over ${l}: limited room for close follow-up.`,
      fails: (n, l) => `${n} young people per counsellor is not over ${l}.`,
    },
  },
  reaction: {
    ideal: (d) => `ideal: response after ${d}, the same or the next day`,
    within: (d, m) => `within: response after ${d}, within the recommended ${m}`,
    late: (d, m) => `late: response after ${d}; at most ${m} is recommended`,
    lateOpen: (d, dl) => `late: no response after ${d}; the deadline passed on ${dl}`,
    pending: (d, dl, ib) => `awaiting a response after ${d}; due by ${dl}, ideally by ${ib}`,
    idealReason: {
      holds: (d, i) => `Response after ${d}: the same or the next day (at most ${i}).`,
      fails: (d, i) => `Response after ${d}: not the same or the next day (at most ${i}).`,
    },
    withinReason: {
      holds: (d, m) => `${cap(d)} is within the recommended reaction time of at most ${m}.`,
      fails: (d, m) => `${cap(d)} is more than the recommended reaction time of at most ${m}.`,
    },
    awaiting: {
      holds: (c, d, dl) =>
        `The young person made contact on ${c}; no response yet after ${d}, and the deadline is ${dl}.`,
      fails: (c, d, _dl, m) =>
        `The young person made contact on ${c}; no response after ${d}, more than the recommended ${m}.`,
    },
  },
  approachText: {
    single: (a, t) => `${a} approach, directed at ${t}`,
    combined: (l) => `combined approach: ${l}`,
    unknown: "cannot be decided without knowing whom the effort is directed at",
    reason: {
      holds: (t) => `The effort is directed at ${t}.`,
      fails: (t) => `The effort is not directed at ${t}.`,
      unknown: (t) => `Unknown whether the effort is directed at ${t}.`,
    },
    stigma: {
      holds:
        "The effort has no universal part and may stigmatise more easily; combining it with an offer to all young people may help.",
      fails: "The effort has a universal part, which may temper stigma.",
    },
  },
  partnersText: {
    empty: "no agency follows from what is known",
    group: (r, l) => `${r}: ${l}`,
    bandHolds: {
      "under-16": (a, _f, u, l) =>
        `${a} years old, under ${u}: ${l} may matter; child welfare is more relevant the younger the person.`,
      "16-19": (a, f, u, l) => `${a} years old, in the band from ${f} to ${u}: ${l} are central.`,
      aftercare: (a, f, u, l) =>
        `${a} years old, ${f} or over and under ${u}: ${l} may be relevant for some through aftercare.`,
      "20-and-over": (a, f, _u, l) =>
        `${a} years old, ${f} or over: local employers matter more, and ${l} are less central.`,
    },
    bandFails: (a, b) => `${a} years old: not in the band ${b}.`,
    bandUnknown: (b) => `The age is not known, so the band ${b} cannot be assessed.`,
    problem: {
      holds: (p, l) => `The problem type ${p} is present; relevant agencies: ${l}.`,
      fails: (p) => `The problem type ${p} is not present.`,
      unknown: (p) => `Unknown whether the problem type ${p} is present.`,
    },
  },
  inclusion: {
    integrated: (m) => `${m} fits the integrated approach (place–train), which is recommended`,
    shelteredOrGradual: (m) =>
      `${m} falls under the sheltered or gradual approach (train–place); the integrated approach is recommended`,
    unknown: "cannot be decided without knowing the follow-up model",
    reason: {
      holds: (m) => `${cap(m)} can help quick inclusion in ordinary school or work (integrated approach).`,
      fails: (m) => `${cap(m)} takes a long time before inclusion in ordinary paths (sheltered or gradual approach).`,
      unknown: () => "The follow-up model is not known.",
    },
  },
  quality: {
    title: {
      typology: "Typology of follow-up",
      actors: "Actors followed up",
      themes: "Themes of follow-up",
      phases: "Phases of follow-up",
      availability: "Availability and reaction time",
      "meeting-place": "Meeting place and base",
      capacity: "Capacity and intensity",
      "active-outreach": "Active outreach",
      prevention: "Prevention angle",
      method: "Method",
    },
    meets: (t, c) => `${t}: ${c}.`,
    short: (t, c) => `${t}: ${c}.`,
    unknown: (t) => `${t}: not enough facts to assess.`,
    holds: {
      typology: (x) =>
        x.motivation === true
          ? "there is a pilot (los) function, combined with group-based motivation work"
          : "there is a pilot (los) function; combine it, preferably, with short group-based motivation work",
      actors: (x, w, f) =>
        `both the young person and the employer or school are followed up (${f.list(labels(w.actor, x.actors))})`,
      themes: (_x, w, f) => `every theme is covered (${f.list(Object.values(w.theme))})`,
      phases: () => "follow-up is given before, at and after the start, and natural support is arranged",
      availability: (x, w, f) =>
        `the counsellor can be reached by mobile, and measures are triggered after ${days(w, f, x, x.reactionDays)} (at most ${days(w, f, x, x.maxDays)})`,
      "meeting-place": (x, w) => `young people are met in ${w.place[x.meetingPlace as NavMeetingPlace]}`,
      capacity: (x, _w, f) =>
        `${f.number(num(x.youthPerCounsellor))} young people per counsellor, and one-to-one follow-up can be given for short periods`,
      "active-outreach": () => "young people who do not turn up are sought out",
      prevention: (x, w) => `the follow-up is ${w.prevention[x.prevention as NavPrevention]}`,
      method: () => "both the situation here and now and the possibilities for the future are in focus",
    },
    fails: {
      typology: (x, w, f) => [
        `no pilot (los) function (models: ${listOrNone(
          w,
          f,
          arr(x.models).map((m) => modelTitle("en", m)),
        )}); a pilot function is recommended`,
      ],
      actors: (x) => [
        ...(x.reachesYouth === false ? ["the young person is not followed up"] : []),
        ...(x.reachesWorkOrSchool === false ? ["neither employer nor school is followed up"] : []),
      ],
      themes: (x, w, f) => [`${f.list(labels(w.theme, x.missing))} missing`],
      phases: (x, w, f) => [
        ...(arr(x.missing).length > 0 ? [`no follow-up ${f.list(labels(w.phase, x.missing))}`] : []),
        ...(x.naturalSupport === false ? ["natural support is not arranged"] : []),
      ],
      availability: (x, w, f) => [
        ...(x.reachableByMobile === false ? ["the counsellor cannot be reached by mobile"] : []),
        ...(x.reaction === "late"
          ? [
              `measures are triggered only after ${days(w, f, x, x.reactionDays)} (at most ${days(w, f, x, x.maxDays)} recommended)`,
            ]
          : []),
      ],
      "meeting-place": () => [
        "only the ordinary reception of the NAV office; safe and inclusive meeting places are recommended",
      ],
      capacity: (x, w, f) => [
        ...(x.caseloadMeets === false
          ? [
              `${f.number(num(x.youthPerCounsellor))} young people per counsellor are too many for close follow-up (${w.caseloadClass[x.caseload as NavCaseloadClass]})`,
            ]
          : []),
        ...(x.oneToOnePeriods === false ? ["one-to-one follow-up cannot be given for short periods"] : []),
      ],
      "active-outreach": () => ["young people who do not turn up are not sought out"],
      prevention: () => ["the follow-up is reactive (fire-fighting); it should be proactive"],
      method: (x) => [
        ...(x.problemFocus === false ? ["no focus on the situation here and now"] : []),
        ...(x.futureFocus === false ? ["no focus on possibilities and resources for the future"] : []),
      ],
    },
    outcome: {
      "meets-all": () => "meets all ten qualities of close follow-up",
      "falls-short": (m, s, u) => `falls short on ${s} of the ten qualities (met: ${m}, unknown: ${u})`,
      unknown: (m, _s, u) => `none of the ten qualities falls short, but ${u} cannot be assessed yet (met: ${m})`,
    },
  },
};

const WORDS: Readonly<Record<Locale, Words>> = { nb, nn, en };

/** Messages for every `${prefix}/${a}/${b}`, built from one function. */
function each<P extends string, A extends string, B extends string>(
  prefix: P,
  as: readonly A[],
  bs: readonly B[],
  make: (a: A, b: B) => Msg,
): Record<`${P}/${A}/${B}`, Msg> {
  const out: Record<string, Msg> = {};
  for (const a of as) for (const b of bs) out[`${prefix}/${a}/${b}`] = make(a, b);
  return out as Record<`${P}/${A}/${B}`, Msg>;
}

/** The catalogue of one locale: every key, from the locale's words. */
function catalogue(locale: Locale): Catalogue<NavMessageKey> {
  const w = WORDS[locale];
  const rec = w.notLaw.recommendation;
  const est = w.notLaw.estimate;
  const n = (f: Formatter, v: unknown): string => f.number(num(v));
  const caseloadOutcome =
    (c: NavCaseloadClass): Msg =>
    (x, f) =>
      `${w.caseload.outcome[c](n(f, x.youthPerCounsellor), n(f, x.closeMax), n(f, x.limitedOver))}${est}.`;
  const maxText = (x: Facts, f: Formatter): string => days(w, f, x, x.maxDays);
  const bandList = (band: NavAgeBand, roles: readonly NavRole[], f: Formatter): string =>
    f.list(NAV_PARTNERS_FOR_BAND[band].filter((e) => roles.includes(e.role)).map((e) => w.agency[e.agency]));
  return {
    "nav.caseload/outcome/close-follow-up-possible": caseloadOutcome("close-follow-up-possible"),
    "nav.caseload/outcome/intermediate": caseloadOutcome("intermediate"),
    "nav.caseload/outcome/limited": caseloadOutcome("limited"),
    ...each(
      "nav.caseload",
      ["within-close"],
      S2S,
      (_c, s) => (x, f) => w.caseload.withinClose[s](n(f, x.youthPerCounsellor), n(f, x.closeMax)),
    ),
    ...each(
      "nav.caseload",
      ["over-limit"],
      S2S,
      (_c, s) => (x, f) => w.caseload.overLimit[s](n(f, x.youthPerCounsellor), n(f, x.limitedOver)),
    ),
    "nav.reaction-time/outcome/ideal": (x, f) => `${w.reaction.ideal(days(w, f, x, x.days))}${rec}.`,
    "nav.reaction-time/outcome/within": (x, f) => `${w.reaction.within(days(w, f, x, x.days), maxText(x, f))}${rec}.`,
    "nav.reaction-time/outcome/late": (x, f) =>
      x.responded === false
        ? `${w.reaction.lateOpen(days(w, f, x, x.days), f.date(String(x.deadline)))}${rec}.`
        : `${w.reaction.late(days(w, f, x, x.days), maxText(x, f))}${rec}.`,
    "nav.reaction-time/outcome/pending": (x, f) =>
      `${w.reaction.pending(days(w, f, x, x.days), f.date(String(x.deadline)), f.date(String(x.idealBy)))}${rec}.`,
    ...each(
      "nav.reaction-time",
      ["ideal"],
      S2S,
      (_c, s) => (x, f) => w.reaction.idealReason[s](days(w, f, x, x.days), days(w, f, x, x.idealMaxDays)),
    ),
    ...each(
      "nav.reaction-time",
      ["within-max"],
      S2S,
      (_c, s) => (x, f) => w.reaction.withinReason[s](days(w, f, x, x.days), maxText(x, f)),
    ),
    ...each(
      "nav.reaction-time",
      ["awaiting-response"],
      S2S,
      (_c, s) => (x, f) =>
        w.reaction.awaiting[s](
          f.date(String(x.contactDate)),
          days(w, f, x, x.days),
          f.date(String(x.deadline)),
          maxText(x, f),
        ),
    ),
    "nav.approach/outcome/universal": () =>
      `${cap(w.approachText.single(w.approach.universal, w.aimedAt.universal))}${rec}.`,
    "nav.approach/outcome/selective": () =>
      `${cap(w.approachText.single(w.approach.selective, w.aimedAt.selective))}${rec}.`,
    "nav.approach/outcome/indicative": () =>
      `${cap(w.approachText.single(w.approach.indicative, w.aimedAt.indicative))}${rec}.`,
    "nav.approach/outcome/combined": (x, f) =>
      `${w.approachText.combined(f.list(labels(w.approach, x.approaches)))}${rec}.`,
    "nav.approach/outcome/unknown": () => `${w.approachText.unknown}${rec}.`,
    ...each("nav.approach", APPROACHES, S3S, (a, s) => () => w.approachText.reason[s](w.aimedAt[a])),
    ...each("nav.approach", ["stigma-risk"], S2S, (_c, s) => () => w.approachText.stigma[s]),
    "nav.partners/outcome": (x, f) => {
      const partners = Array.isArray(x.partners) ? (x.partners as { agency: NavAgency; role: NavRole }[]) : [];
      const groups = NAV_ROLES.map((role) => [role, partners.filter((p) => p.role === role)] as const)
        .filter(([, list]) => list.length > 0)
        .map(([role, list]) => w.partnersText.group(w.role[role], f.list(list.map((p) => w.agency[p.agency]))));
      return `${groups.length === 0 ? w.partnersText.empty : groups.join("; ")}${rec}.`;
    },
    ...each("nav.partners-by-age", NAV_AGE_BANDS, S3S, (band, s) => (x, f) => {
      if (s === "unknown") return w.partnersText.bandUnknown(w.band[band]);
      if (s === "fails") return w.partnersText.bandFails(n(f, x.age), w.band[band]);
      const roles: readonly NavRole[] = band === "20-and-over" ? ["less-central"] : ["central", "relevant"];
      // The 16–19 band is named by its first and last age, so "until" is shown one less.
      const until = x.until === null ? "" : n(f, band === "16-19" ? num(x.until) - 1 : x.until);
      return w.partnersText.bandHolds[band](n(f, x.age), n(f, x.from), until, bandList(band, roles, f));
    }),
    ...each(
      "nav.partners-by-problem",
      NAV_PROBLEMS,
      S3S,
      (p, s) => (_x, f) =>
        w.partnersText.problem[s](w.problem[p], f.list(NAV_PARTNERS_FOR_PROBLEM[p].map((e) => w.agency[e.agency]))),
    ),
    "nav.inclusion-approach/outcome/integrated": (x) =>
      `${cap(w.inclusion.integrated(modelTitle(locale, x.model)))}${rec}.`,
    "nav.inclusion-approach/outcome/sheltered-or-gradual": (x) =>
      `${cap(w.inclusion.shelteredOrGradual(modelTitle(locale, x.model)))}${rec}.`,
    "nav.inclusion-approach/outcome/unknown": () => `${w.inclusion.unknown}${rec}.`,
    ...each(
      "nav.inclusion-approach",
      ["integrated"],
      S3S,
      (_c, s) => (x) => w.inclusion.reason[s](modelTitle(locale, x.model)),
    ),
    "nav.close-follow-up/outcome/meets-all": (x, f) => `${closeOutcome(w, "meets-all", x, f)}${rec}.`,
    "nav.close-follow-up/outcome/falls-short": (x, f) => `${closeOutcome(w, "falls-short", x, f)}${rec}.`,
    "nav.close-follow-up/outcome/unknown": (x, f) => `${closeOutcome(w, "unknown", x, f)}${rec}.`,
    ...each("nav.close-follow-up", QUALITIES, S3S, (q, s) => (x, f) => {
      const title = w.quality.title[q];
      if (s === "unknown") return w.quality.unknown(title);
      if (s === "holds") return w.quality.meets(title, w.quality.holds[q](x, w, f));
      return w.quality.short(title, w.quality.fails[q](x, w, f).join("; "));
    }),
  };
}

function closeOutcome(w: Words, o: NavCloseFollowUpOutcome, x: Facts, f: Formatter): string {
  const counts = (x.counts ?? {}) as { meets?: number; fallsShort?: number; unknown?: number };
  return w.quality.outcome[o](
    f.number(counts.meets ?? 0),
    f.number(counts.fallsShort ?? 0),
    f.number(counts.unknown ?? 0),
  );
}

/** Every rule object of the NAV area, including `nav.partners`, which combines the two partner rules. */
export const NAV_RULES = /* @__PURE__ */ deepFreeze([
  NAV_APPROACH,
  NAV_PARTNERS_BY_AGE,
  NAV_PARTNERS_BY_PROBLEM,
  NAV_PARTNERS,
  NAV_INCLUSION_APPROACH,
  NAV_REACTION_TIME,
  NAV_CASELOAD,
  NAV_CLOSE_FOLLOW_UP,
] as const);

/** The NAV area's explanations. */
export const NAV_MESSAGES: AreaMessages<NavMessageKey> = /* @__PURE__ */ deepFreeze({
  area: "nav",
  catalogues: { nb: catalogue("nb"), nn: catalogue("nn"), en: catalogue("en") },
  facts: {
    birthDate: { nb: "fødselsdato", nn: "fødselsdato", en: "birth date" },
    problems: { nb: "problemtyper", nn: "problemtypar", en: "problem types" },
    targets: {
      nb: "hvem tiltaket retter seg mot",
      nn: "kven tiltaket rettar seg mot",
      en: "whom the effort is directed at",
    },
    model: { nb: "oppfølgingsmodell", nn: "oppfølgingsmodell", en: "follow-up model" },
    models: { nb: "oppfølgingsmodeller", nn: "oppfølgingsmodellar", en: "follow-up models" },
    actors: { nb: "hvem som følges opp", nn: "kven som blir følgd opp", en: "who is followed up" },
    themes: { nb: "oppfølgingstema", nn: "oppfølgingstema", en: "themes of follow-up" },
    phases: { nb: "faser for oppfølging", nn: "fasar for oppfølging", en: "phases of follow-up" },
    naturalSupport: { nb: "naturlig bistand", nn: "naturleg bistand", en: "natural support" },
    reachableByMobile: { nb: "tilgjengelig på mobil", nn: "tilgjengeleg på mobil", en: "reachable by mobile" },
    reactionDays: { nb: "reaksjonstid i dager", nn: "reaksjonstid i dagar", en: "reaction time in days" },
    meetingPlace: { nb: "treffpunkt", nn: "treffpunkt", en: "meeting place" },
    youthPerCounsellor: {
      nb: "ungdommer per veileder",
      nn: "ungdommar per rettleiar",
      en: "young people per counsellor",
    },
    oneToOnePeriods: {
      nb: "en-til-en-oppfølging i perioder",
      nn: "ein-til-ein-oppfølging i periodar",
      en: "one-to-one follow-up for periods",
    },
    activeOutreach: { nb: "aktiv oppsøking", nn: "aktiv oppsøking", en: "active outreach" },
    prevention: { nb: "forebyggingsvinkling", nn: "førebyggingsvinkling", en: "prevention angle" },
    problemFocus: { nb: "fokus her og nå", nn: "fokus her og no", en: "focus here and now" },
    futureFocus: { nb: "fokus på framtida", nn: "fokus på framtida", en: "focus on the future" },
  },
  rules: NAV_RULES,
  versions: NAV_VERSIONS,
  parameters: NAV_PARAMETERS,
});
