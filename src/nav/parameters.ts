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
  unit: "persons",
  strength: "estimate",
  sources: [{ ref: "afi-tipshefte-2016", locator: "«En veileder med 25 personer «på benken», har bedre muligheter.»" }],
  schema: z.int().check(z.minimum(0), z.maximum(100_000)),
  values: [{ from: FROM, value: 25 }],
});

/**
 * The caseload above which close follow-up is limited. «over 100 ungdommer»: more than
 * 100, so exactly 100 is intermediate; set 99 to count 100 as limited.
 */
export const NAV_CASELOAD_LIMITED_OVER = defineParameter<number>({
  id: "nav.caseload-limited-over",
  unit: "persons",
  strength: "estimate",
  sources: [
    {
      ref: "afi-tipshefte-2016",
      locator: "«En veileder som har over 100 ungdommer å følge opp, har begrenset mulighet til å følge tett opp.»",
    },
  ],
  schema: z.int().check(z.minimum(0), z.maximum(100_000)),
  values: [{ from: FROM, value: 100 }],
});

/**
 * The most days from contact to response that count as ideal. «gjerne samme dag eller
 * dagen etter»: 0 or 1 day.
 */
export const NAV_REACTION_IDEAL_MAX_DAYS = defineParameter<number>({
  id: "nav.reaction-ideal-max-days",
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
  unit: "choice",
  strength: "recommendation",
  sources: [
    { ref: "afi-tipshefte-2016", locator: "«innen 1–2 dager»; «samme dag eller dagen etter»" },
    { ref: "helligdagsfredloven/2", locator: "helligdagene" },
    { ref: "hoytidsdagloven-1947", locator: "1. og 17. mai" },
  ],
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
  unit: "choice",
  strength: "estimate",
  sources: [
    {
      ref: "afi-tipshefte-2016",
      locator:
        "«over 100 ungdommer … begrenset mulighet til å følge tett opp … 25 personer «på benken», har bedre muligheter»",
    },
  ],
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
  schema: z.int().check(z.minimum(0), z.maximum(40)),
  values: [{ from: FROM, value: 18 }],
});

/**
 * The age at which child-welfare aftercare ends: measures may last «inntil ungdommen har
 * fylt 25 år» (23 before 2021-01-01), so the last day is the day before that birthday.
 */
export const NAV_AFTERCARE_UNTIL = defineParameter<number>({
  id: "nav.aftercare-until",
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

/*
 * NAV's statutory duties (`nav.duties`). Dates from which a duty first applies are dated
 * values here, not new versions of the area.
 */

/**
 * Whether NAV-loven § 15 a (cooperation with other public bodies and service providers)
 * is in force: from 2022-08-01, with the amendments on cooperation, coordination and the
 * child coordinator across the welfare services. The date rests on official descriptions
 * (Helsedirektoratet, Statsforvalteren); the amending act's text was not read.
 */
export const NAV_COOPERATION_IN_FORCE = defineParameter<boolean>({
  id: "nav.cooperation-in-force",
  unit: "flag",
  strength: "statute",
  sources: [
    { ref: "nav-loven/15a" },
    { ref: "helsedirektoratet-samarbeid-barn-unge", locator: "«med virkning fra 1. august 2022»" },
    { ref: "statsforvalteren-samarbeid-2022", locator: "«Fra 01.08.2022 … forsterket»" },
  ],
  schema: z.boolean(),
  values: [
    { from: FROM, to: "2022-07-31", value: false },
    { from: "2022-08-01", value: true },
  ],
});

/** The ages of the youth guarantee, as an age parameter's schema reads them. */
const guaranteeAge = z.nullable(z.int().check(z.minimum(0), z.maximum(40)));

/** Both ages of the youth guarantee before it began on 2023-07-01: none. */
const BEFORE_GUARANTEE = {
  from: FROM,
  to: "2023-06-30",
  value: null,
  source: { ref: "randaberg24-ungdomsgaranti-2023", locator: "«trer i kraft 1. juli»" },
} as const;

/**
 * The first age of the youth guarantee (ungdomsgarantien): from the 16th birthday. `null`
 * before 2023-07-01, when there was no guarantee. A government scheme run by NAV, not a
 * statute.
 */
export const NAV_YOUTH_GUARANTEE_FROM_AGE = defineParameter<number | null>({
  id: "nav.youth-guarantee-from-age",
  unit: "years",
  strength: "guidance",
  sources: [
    { ref: "randaberg24-ungdomsgaranti-2023", locator: "«gjelder personer mellom 16 og 30 år»" },
    { ref: "navikt-veilarbvedtaksstotte", locator: "«fra og med de fyller 16»" },
  ],
  schema: guaranteeAge,
  values: [BEFORE_GUARANTEE, { from: "2023-07-01", value: 16 }],
});

/**
 * The age at which the youth guarantee ends: it applies until the 30th birthday, so the
 * last day is the day before it. `null` before 2023-07-01, when there was no guarantee.
 */
export const NAV_YOUTH_GUARANTEE_UNTIL_AGE = defineParameter<number | null>({
  id: "nav.youth-guarantee-until-age",
  unit: "years",
  strength: "guidance",
  sources: [
    { ref: "randaberg24-ungdomsgaranti-2023", locator: "«gjelder personer mellom 16 og 30 år»" },
    { ref: "navikt-veilarbvedtaksstotte", locator: "«inntil dagen de fyller 30 år»" },
  ],
  schema: guaranteeAge,
  values: [BEFORE_GUARANTEE, { from: "2023-07-01", value: 30 }],
});

/** Whom NAV-loven § 14 a owes an activity plan, as the library reads it. */
export type NavActivityPlanOwedTo = "needs-help" | "sought-help";

/**
 * Whom an activity plan is owed. The text of § 14 a on the plan was not read: by default
 * the plan is owed where the assessment finds that help is needed (`needs-help`);
 * `sought-help` follows NAV's own words to users, «Du har rett til å få en aktivitetsplan
 * når du har kontaktet oss for å få hjelp til å komme i jobb».
 */
export const NAV_ACTIVITY_PLAN_OWED_TO = defineParameter<NavActivityPlanOwedTo>({
  id: "nav.activity-plan-owed-to",
  unit: "choice",
  strength: "statute",
  sources: [
    { ref: "nav-loven/14a-activity-plan" },
    {
      ref: "navikt-aktivitetsplan",
      locator: "«Du har rett til å få en aktivitetsplan når du har kontaktet oss for å få hjelp til å komme i jobb.»",
    },
  ],
  schema: z.enum(["needs-help", "sought-help"]),
  values: [{ from: FROM, value: "needs-help" }],
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
  NAV_COOPERATION_IN_FORCE as ParameterDef,
  NAV_YOUTH_GUARANTEE_FROM_AGE as ParameterDef,
  NAV_YOUTH_GUARANTEE_UNTIL_AGE as ParameterDef,
  NAV_ACTIVITY_PLAN_OWED_TO as ParameterDef,
];
