import * as z from "zod/mini";
import { defineParameter, type ParameterDef } from "../core/parameters.js";

const FROM = "2006-07-01";

/*
 * Caseload. «En veileder som har over 100 ungdommer å følge opp, har begrenset mulighet
 * til å følge tett opp. En veileder med 25 personer «på benken», har bedre muligheter.»
 * Two anchors, no classes in between: the library makes three classes, with 25 itself
 * in the better class and 100 itself not "over 100".
 */

/**
 * The largest caseload that still leaves room for close follow-up. «En veileder med 25
 * personer «på benken», har bedre muligheter»: 25 itself is in the better class; set 24
 * to read "about 25" as fewer than 25.
 */
export const NAV_CASELOAD_CLOSE_MAX = defineParameter<number>({
  id: "nav.caseload-close-max",
  title: {
    nb: "Største antall ungdommer per veileder som gir rom for tett oppfølging",
    nn: "Største talet på ungdommar per rettleiar som gir rom for tett oppfølging",
    en: "Largest caseload per counsellor that leaves room for close follow-up",
  },
  unit: "persons",
  strength: "estimate",
  sources: [{ ref: "afi-tipshefte-2016", locator: "«En veileder med 25 personer «på benken», har bedre muligheter.»" }],
  interpretation: {
    nb: "«En veileder med 25 personer … har bedre muligheter»: 25 regnes med i klassen med rom for tett oppfølging. Sett 24 for å lese «rundt 25» som færre enn 25.",
    nn: "«En veileder med 25 personer … har bedre muligheter»: 25 er rekna med i klassen med rom for tett oppfølging. Set 24 for å lese «rundt 25» som færre enn 25.",
    en: "“A counsellor with 25 people … has better room”: 25 itself is in the close-follow-up class. Set 24 to read “about 25” as fewer than 25.",
  },
  schema: z.int().check(z.minimum(0), z.maximum(100_000)),
  values: [{ from: FROM, value: 25 }],
});

/**
 * The caseload above which close follow-up is limited. «over 100 ungdommer»: more than
 * 100, so exactly 100 is intermediate; set 99 to count 100 as limited.
 */
export const NAV_CASELOAD_LIMITED_OVER = defineParameter<number>({
  id: "nav.caseload-limited-over",
  title: {
    nb: "Antall ungdommer per veileder som begrenser tett oppfølging når det overskrides",
    nn: "Talet på ungdommar per rettleiar som avgrensar tett oppfølging når det blir overskride",
    en: "Caseload per counsellor above which close follow-up is limited",
  },
  unit: "persons",
  strength: "estimate",
  sources: [
    {
      ref: "afi-tipshefte-2016",
      locator: "«En veileder som har over 100 ungdommer å følge opp, har begrenset mulighet til å følge tett opp.»",
    },
  ],
  interpretation: {
    nb: "«Over 100 ungdommer» betyr flere enn 100: nøyaktig 100 er en mellomklasse. Sett 99 for å regne 100 som begrenset.",
    nn: "«Over 100 ungdommer» tyder fleire enn 100: nøyaktig 100 er ein mellomklasse. Set 99 for å rekne 100 som avgrensa.",
    en: "“Over 100 young people” means more than 100: exactly 100 is intermediate. Set 99 to count 100 as limited.",
  },
  schema: z.int().check(z.minimum(0), z.maximum(100_000)),
  values: [{ from: FROM, value: 100 }],
});

/**
 * The most days from contact to response that count as ideal. «gjerne samme dag eller
 * dagen etter»: 0 or 1 day.
 */
export const NAV_REACTION_IDEAL_MAX_DAYS = defineParameter<number>({
  id: "nav.reaction-ideal-max-days",
  title: {
    nb: "Ideell reaksjonstid (høyst antall dager)",
    nn: "Ideell reaksjonstid (høgst talet på dagar)",
    en: "Ideal reaction time (at most, in days)",
  },
  unit: "days",
  strength: "recommendation",
  sources: [
    {
      ref: "afi-tipshefte-2016",
      locator:
        "«et tiltak eller en mulighet for en form for oppfølging som kan utløses raskt og gjerne samme dag eller dagen etter»",
    },
  ],
  schema: z.int().check(z.minimum(0), z.maximum(366)),
  values: [{ from: FROM, value: 1 }],
});

/**
 * The most days from contact to response that still count as quick. «raskt (innen 1–2
 * dager)»: up to 2 days; a third day is late.
 */
export const NAV_REACTION_MAX_DAYS = defineParameter<number>({
  id: "nav.reaction-max-days",
  title: {
    nb: "Anbefalt reaksjonstid (høyst antall dager)",
    nn: "Tilrådd reaksjonstid (høgst talet på dagar)",
    en: "Recommended reaction time (at most, in days)",
  },
  unit: "days",
  strength: "recommendation",
  sources: [
    {
      ref: "afi-tipshefte-2016",
      locator: "«Viktig å ha mulighet til å raskt (innen 1–2 dager) utløse tiltak eller tilby oppfølging.»",
    },
  ],
  schema: z.int().check(z.minimum(0), z.maximum(366)),
  values: [{ from: FROM, value: 2 }],
});

/** How the days of a reaction time are counted. */
export type NavDayCount = "calendar-days" | "working-days" | "norwegian-working-days";

/**
 * How reaction time is counted. «innen 1–2 dager» does not say which days: the default
 * counts calendar days (a weekend counts); `working-days` counts Monday–Friday;
 * `norwegian-working-days` also skips the Norwegian public holidays.
 */
export const NAV_REACTION_DAY_COUNT = defineParameter<NavDayCount>({
  id: "nav.reaction-day-count",
  title: {
    nb: "Hvordan dager i reaksjonstiden telles",
    nn: "Korleis dagar i reaksjonstida blir talde",
    en: "How the days of a reaction time are counted",
  },
  unit: "choice",
  strength: "recommendation",
  sources: [
    { ref: "afi-tipshefte-2016", locator: "«innen 1–2 dager»; «samme dag eller dagen etter»" },
    { ref: "helligdagsfredloven/2", locator: "helligdagene" },
    { ref: "hoytidsdagloven-1947", locator: "1. og 17. mai" },
  ],
  interpretation: {
    nb: "«Innen 1–2 dager» sier ikke hvilke dager. Biblioteket teller kalenderdager: ungdommen venter også i helgen. Velg `working-days` (mandag–fredag) eller `norwegian-working-days` (mandag–fredag utenom helligdager og 1. og 17. mai) med denne parameteren.",
    nn: "«Innen 1–2 dager» seier ikkje kva dagar. Biblioteket tel kalenderdagar: ungdommen ventar òg i helga. Vel `working-days` (måndag–fredag) eller `norwegian-working-days` (måndag–fredag utanom heilagdagar og 1. og 17. mai) med denne parameteren.",
    en: "“Within 1–2 days” does not say which days. The library counts calendar days: the young person waits at weekends too. Choose `working-days` (Monday–Friday) or `norwegian-working-days` (Monday–Friday except public holidays and 1 and 17 May) with this parameter.",
  },
  schema: z.enum(["calendar-days", "working-days", "norwegian-working-days"]),
  values: [{ from: FROM, value: "calendar-days" }],
});

/** Which caseload class meets the capacity quality of close follow-up. */
export type NavCapacityStandard = "close" | "not-limited";

/**
 * Which caseload meets the capacity quality in `navAssessCloseFollowUp`. The report only
 * says 25 gives «bedre muligheter» and over 100 «begrenset mulighet»: by default only the
 * close class meets; `not-limited` lets the intermediate class meet too.
 */
export const NAV_CAPACITY_STANDARD = defineParameter<NavCapacityStandard>({
  id: "nav.capacity-caseload-standard",
  title: {
    nb: "Saksmengde som oppfyller kvaliteten kapasitet og intensitet",
    nn: "Saksmengd som oppfyller kvaliteten kapasitet og intensitet",
    en: "Caseload that meets the capacity and intensity quality",
  },
  unit: "choice",
  strength: "estimate",
  sources: [
    {
      ref: "afi-tipshefte-2016",
      locator:
        "«over 100 ungdommer … begrenset mulighet til å følge tett opp … 25 personer «på benken», har bedre muligheter»",
    },
  ],
  interpretation: {
    nb: "Bare «25 personer … bedre muligheter» er et positivt holdepunkt, så bare klassen med rom for tett oppfølging oppfyller kvaliteten. Velg `not-limited` for å la mellomklassen (26–100) oppfylle den.",
    nn: "Berre «25 personer … bedre muligheter» er eit positivt haldepunkt, så berre klassen med rom for tett oppfølging oppfyller kvaliteten. Vel `not-limited` for å la mellomklassen (26–100) oppfylle han.",
    en: "Only “25 people … better room” is a positive anchor, so only the close-follow-up class meets the quality. Choose `not-limited` to let the intermediate class (26–100) meet it.",
  },
  schema: z.enum(["close", "not-limited"]),
  values: [{ from: FROM, value: "close" }],
});

/*
 * Age bands. «For ungdom under 16 år … For ungdom 16–19 år … ettervern … for en del
 * ungdommer som har passert 18 år. For ungdom fra 20 år og oppover …». Ages are completed
 * years on asOf, so each band starts on a birthday.
 */

/** The first age of the 16–19 band («For ungdom 16–19 år»); under it is «under 16 år». */
export const NAV_BAND_16_FROM = defineParameter<number>({
  id: "nav.band-16-19-from",
  title: {
    nb: "Første alder i aldersgruppen 16–19 år",
    nn: "Første alder i aldersgruppa 16–19 år",
    en: "First age of the 16–19 band",
  },
  unit: "years",
  strength: "recommendation",
  sources: [
    {
      ref: "afi-tipshefte-2016",
      locator:
        "«For ungdom under 16 år kan sosialfaglig støtte fra kommunal side i NAV være viktig. For ungdom 16–19 år blir den videregående skolen, OT og NAV sentrale instanser.»",
    },
  ],
  schema: z.int().check(z.minimum(0), z.maximum(40)),
  values: [{ from: FROM, value: 16 }],
});

/** The first age of the band «fra 20 år og oppover»; the 16–19 band ends the day before. */
export const NAV_BAND_20_FROM = defineParameter<number>({
  id: "nav.band-20-from",
  title: {
    nb: "Første alder i aldersgruppen 20 år og eldre",
    nn: "Første alder i aldersgruppa 20 år og eldre",
    en: "First age of the band 20 and over",
  },
  unit: "years",
  strength: "recommendation",
  sources: [
    {
      ref: "afi-tipshefte-2016",
      locator:
        "«For ungdom fra 20 år og oppover vil lokalt næringsliv ha en viktigere plass samtidig som de videregående skolene og OT generelt vil ha en mindre sentral rolle.»",
    },
  ],
  schema: z.int().check(z.minimum(0), z.maximum(40)),
  values: [{ from: FROM, value: 20 }],
});

/**
 * The age from which child welfare is a partner through aftercare. «har passert 18 år»
 * is read as from the 18th birthday (age of majority, when child-welfare measures become
 * aftercare); set 19 to read it as after the year of being 18.
 */
export const NAV_AFTERCARE_FROM = defineParameter<number>({
  id: "nav.aftercare-from",
  title: {
    nb: "Alder fra da barnevernet er samarbeidspart gjennom ettervern",
    nn: "Alder frå då barnevernet er samarbeidspart gjennom ettervern",
    en: "Age from which child welfare is a partner through aftercare",
  },
  unit: "years",
  strength: "recommendation",
  sources: [
    {
      ref: "afi-tipshefte-2016",
      locator:
        "«selv om ettervern også gjør barnevernet til en aktuell samarbeidspart for en del ungdommer som har passert 18 år»",
    },
    { ref: "vergemalsloven/2", locator: "age of majority 18" },
  ],
  interpretation: {
    nb: "«Har passert 18 år» leses som fra 18-årsdagen, da personen blir myndig og barnevernstiltak blir ettervern. Sett 19 for å lese det som etter at personen har vært 18.",
    nn: "«Har passert 18 år» er lese som frå 18-årsdagen, då personen blir myndig og barnevernstiltak blir ettervern. Set 19 for å lese det som etter at personen har vore 18.",
    en: "“Has passed 18” is read as from the 18th birthday, when the person comes of age and child-welfare measures become aftercare. Set 19 to read it as after the year of being 18.",
  },
  schema: z.int().check(z.minimum(0), z.maximum(40)),
  values: [{ from: FROM, value: 18 }],
});

/**
 * The age at which child-welfare aftercare ends: measures may last «inntil ungdommen har
 * fylt 25 år» (23 before 2021-01-01), so the last day is the day before that birthday.
 */
export const NAV_AFTERCARE_UNTIL = defineParameter<number>({
  id: "nav.aftercare-until",
  title: {
    nb: "Alder da ettervern i barnevernet opphører",
    nn: "Alder då ettervern i barnevernet tek slutt",
    en: "Age at which child-welfare aftercare ends",
  },
  unit: "years",
  strength: "statute",
  sources: [
    { ref: "barnevernloven-1992/1-3", locator: "«inntil den fyller 23 år» (25 from 2021-01-01)" },
    { ref: "barnevernsloven-2021/3-6", locator: "«inntil ungdommen har fylt 25 år»" },
    {
      ref: "bufdir-ettervern-25",
      locator: "«med direkte virkning for unge voksne som fyller 23 år fra samme dato»",
    },
  ],
  interpretation: {
    nb: "«Inntil ungdommen har fylt 25 år»: ettervern kan gis til dagen før 25-årsdagen. Hevingen fra 23 til 25 år gjaldt «med direkte virkning for unge voksne som fyller 23 år fra samme dato» (Bufdir): grensen leses derfor på dagen personen fyller den gamle grensen, så den som fylte 23 før 2021-01-01, hadde ettervern til 23-årsdagen.",
    nn: "«Inntil ungdommen har fylt 25 år»: ettervern kan bli gitt til dagen før 25-årsdagen. Hevinga frå 23 til 25 år galdt «med direkte virkning for unge voksne som fyller 23 år fra samme dato» (Bufdir): grensa blir difor lesen på dagen personen fyller den gamle grensa, så den som fylte 23 før 2021-01-01, hadde ettervern til 23-årsdagen.",
    en: "“Until the young person has turned 25”: aftercare may last until the day before the 25th birthday. The rise from 23 to 25 applied «med direkte virkning for unge voksne som fyller 23 år fra samme dato» (Bufdir): the limit is read on the day the person reaches the old one, so someone who turned 23 before 2021-01-01 had aftercare until their 23rd birthday.",
  },
  schema: z.int().check(z.minimum(18), z.maximum(40)),
  values: [
    { from: FROM, to: "2020-12-31", value: 23, source: { ref: "barnevernloven-1992/1-3" } },
    {
      from: "2021-01-01",
      to: "2022-12-31",
      value: 25,
      source: { ref: "barnevernloven-1992/1-3", locator: "endret med virkning fra 2021-01-01" },
    },
    { from: "2023-01-01", value: 25, source: { ref: "barnevernsloven-2021/3-6" } },
  ],
});

/** Every parameter the NAV rules read. */
export const NAV_PARAMETERS: readonly ParameterDef[] = [
  NAV_CASELOAD_CLOSE_MAX as ParameterDef,
  NAV_CASELOAD_LIMITED_OVER as ParameterDef,
  NAV_REACTION_IDEAL_MAX_DAYS as ParameterDef,
  NAV_REACTION_MAX_DAYS as ParameterDef,
  NAV_REACTION_DAY_COUNT as ParameterDef,
  NAV_CAPACITY_STANDARD as ParameterDef,
  NAV_BAND_16_FROM as ParameterDef,
  NAV_BAND_20_FROM as ParameterDef,
  NAV_AFTERCARE_FROM as ParameterDef,
  NAV_AFTERCARE_UNTIL as ParameterDef,
];
