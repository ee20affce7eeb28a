import * as z from "zod/mini";
import { defineParameter, type ParameterDef } from "../core/parameters.js";
import { finiteNumber } from "../core/schema.js";

/*
 * Every number the outreach rules read. They are LOSU's professional recommendations
 * (strength `recommendation`) or planning figures (strength `estimate`), never law:
 * there is no statutory norm for outreach youth services («En egen enhet som utekontakt er
 * ikke lovpålagt», Store norske leksikon, «utekontakt»).
 * A municipality's mandate overrides them per call through `options.parameters`.
 */

/** A share from 0 to 1 (0.3 is 30 %). */
const share = finiteNumber.check(z.minimum(0), z.maximum(1));

const FROM = "2006-08-01";

/** The youngest age (completed years) the service is offered to: 13. */
export const OUTREACH_AGE_MIN = /* @__PURE__ */ defineParameter<number>({
  id: "outreach.age-min",
  title: {
    nb: "Nedre alder for oppsøkende ungdomstjeneste",
    nn: "Nedre alder for oppsøkjande ungdomsteneste",
    en: "Lower age of the outreach youth service",
  },
  unit: "years",
  strength: "recommendation",
  sources: [{ ref: "losu-korus-veileder", locator: "«bør være et tilbud til unge mellom 13 og 25 år»" }],
  interpretation: {
    nb: "Alder i fylte år: fra og med 13-årsdagen. Et mandat kan snevre inn eller flytte spennet (13–21 og 13–23 er nevnt).",
    nn: "Alder i fylte år: frå og med 13-årsdagen. Eit mandat kan snevre inn eller flytte spennet (13–21 og 13–23 er nemnde).",
    en: "Age in completed years: from the 13th birthday. A mandate may narrow or move the band (13–21 and 13–23 are named).",
  },
  schema: z.int().check(z.minimum(0), z.maximum(30)),
  values: [{ from: FROM, value: 13 }],
});

/** The oldest age (completed years) the service is offered to: 25, inclusive. */
export const OUTREACH_AGE_MAX = /* @__PURE__ */ defineParameter<number>({
  id: "outreach.age-max",
  title: {
    nb: "Øvre alder for oppsøkende ungdomstjeneste (fylte år, medregnet)",
    nn: "Øvre alder for oppsøkjande ungdomsteneste (fylte år, medrekna)",
    en: "Upper age of the outreach youth service (completed years, inclusive)",
  },
  unit: "years",
  strength: "recommendation",
  sources: [
    { ref: "losu-korus-veileder", locator: "«bør være et tilbud til unge mellom 13 og 25 år»" },
    { ref: "losu-korus-veileder", locator: "«Skal man prioritere målgruppen 13–21 år, må mandatet presisere …»" },
    { ref: "losu-horing-ot", locator: "«sårbare unge i alderen 13-23»" },
  ],
  interpretation: {
    nb: "«Mellom 13 og 25 år» leses med 25 medregnet i fylte år: til og med dagen før 26-årsdagen. Sett verdien til 24 for å lese 25 som utenfor. Et mandat kan snevre inn spennet, for eksempel til 21.",
    nn: "«Mellom 13 og 25 år» er lese med 25 medrekna i fylte år: til og med dagen før 26-årsdagen. Set verdien til 24 for å lese 25 som utanfor. Eit mandat kan snevre inn spennet, til dømes til 21.",
    en: "“Between 13 and 25” is read with 25 included in completed years: through the day before the 26th birthday. Set the value to 24 to read 25 as outside. A mandate may narrow the band, for example to 21.",
  },
  schema: z.int().check(z.minimum(0), z.maximum(40)),
  values: [{ from: FROM, value: 25 }],
});

/** Very vulnerable young people aged 13–23 per 10,000 inhabitants: about 100. */
export const OUTREACH_PREVALENCE_PER_10000 = /* @__PURE__ */ defineParameter<number>({
  id: "outreach.prevalence-per-10000",
  title: {
    nb: "Svært sårbare unge 13–23 år per 10 000 innbyggere",
    nn: "Svært sårbare unge 13–23 år per 10 000 innbyggjarar",
    en: "Very vulnerable young people aged 13–23 per 10,000 inhabitants",
  },
  unit: "per-10000",
  strength: "estimate",
  sources: [
    {
      ref: "losu-korus-veileder",
      locator: "«Dette tilsvarer cirka 100 unge mellom 13 og 23 år i en kommune med 10 000 innbyggere»",
    },
  ],
  schema: finiteNumber.check(z.minimum(0), z.maximum(10_000)),
  values: [{ from: FROM, value: 100 }],
});

/** The lower share of youth with experimenting, thrill-seeking behaviour: 15 %. */
export const OUTREACH_RISK_SHARE_LOW = /* @__PURE__ */ defineParameter<number>({
  id: "outreach.risk-share-low",
  title: {
    nb: "Andel ungdom med eksperimenterende atferd, nedre anslag",
    nn: "Del av ungdommen med eksperimenterande åtferd, nedre overslag",
    en: "Share of youth with experimenting behaviour, lower estimate",
  },
  unit: "share",
  strength: "estimate",
  sources: [
    { ref: "losu-korus-veileder", locator: "«cirka 15–20 % av den totale ungdomspopulasjonen under 18 år»" },
    { ref: "losu-korus-veileder", locator: "«15 % av ungdomspopulasjonen mellom 13 og 23 år utgjør cirka 96 000»" },
  ],
  interpretation: {
    nb: "Veilederen regner 100 per 10 000 innbyggere ut fra 15 %; anslaget bruker derfor 15 %, og 20 % gir øvre ende av spennet.",
    nn: "Rettleiaren reknar 100 per 10 000 innbyggjarar ut frå 15 %; overslaget bruker difor 15 %, og 20 % gir øvre ende av spennet.",
    en: "The guide derives 100 per 10,000 inhabitants from 15 %; the estimate therefore uses 15 %, and 20 % gives the upper end of the range.",
  },
  schema: share,
  values: [{ from: FROM, value: 0.15 }],
});

/** The upper share of youth with experimenting, thrill-seeking behaviour: 20 %. */
export const OUTREACH_RISK_SHARE_HIGH = /* @__PURE__ */ defineParameter<number>({
  id: "outreach.risk-share-high",
  title: {
    nb: "Andel ungdom med eksperimenterende atferd, øvre anslag",
    nn: "Del av ungdommen med eksperimenterande åtferd, øvre overslag",
    en: "Share of youth with experimenting behaviour, upper estimate",
  },
  unit: "share",
  strength: "estimate",
  sources: [{ ref: "losu-korus-veileder", locator: "«cirka 15–20 % av den totale ungdomspopulasjonen under 18 år»" }],
  interpretation: {
    nb: "Sett verdien lik nedre anslag (0,15) for et punktanslag uten spenn.",
    nn: "Set verdien lik nedre overslag (0,15) for eit punktoverslag utan spenn.",
    en: "Set the value equal to the lower estimate (0.15) for a point estimate without a range.",
  },
  schema: share,
  values: [{ from: FROM, value: 0.2 }],
});

/** The fraction of those who are very vulnerable: about one half. */
export const OUTREACH_VERY_VULNERABLE_FRACTION = /* @__PURE__ */ defineParameter<number>({
  id: "outreach.very-vulnerable-fraction",
  title: {
    nb: "Andel av disse som er svært sårbare",
    nn: "Del av desse som er svært sårbare",
    en: "Fraction of these who are very vulnerable",
  },
  unit: "share",
  strength: "estimate",
  sources: [{ ref: "losu-korus-veileder", locator: "«Omtrent halvparten av disse er svært sårbare»" }],
  schema: share,
  values: [{ from: FROM, value: 0.5 }],
});

/** The minimum staffing of any municipality's service: one full-time position. */
export const OUTREACH_STAFFING_MINIMUM_FTE = /* @__PURE__ */ defineParameter<number>({
  id: "outreach.staffing-minimum-fte",
  title: {
    nb: "Minste bemanning (årsverk)",
    nn: "Minste bemanning (årsverk)",
    en: "Minimum staffing (FTE)",
  },
  unit: "fte",
  strength: "recommendation",
  sources: [{ ref: "losu-korus-veileder", locator: "«en 100 %-stilling i kommuner med inntil 10 000 innbyggere»" }],
  schema: finiteNumber.check(z.positive(), z.maximum(100)),
  values: [{ from: FROM, value: 1 }],
});

/** Inhabitants per full-time position: 10,000. */
export const OUTREACH_STAFFING_INHABITANTS_PER_FTE = /* @__PURE__ */ defineParameter<number>({
  id: "outreach.staffing-inhabitants-per-fte",
  title: {
    nb: "Innbyggere per stilling",
    nn: "Innbyggjarar per stilling",
    en: "Inhabitants per position",
  },
  unit: "inhabitants",
  strength: "recommendation",
  sources: [{ ref: "losu-korus-veileder", locator: "«Deretter en stilling per 10 000 innbygger»" }],
  interpretation: {
    nb: "«En stilling per 10 000 innbygger» leses om hele folketallet: over 10 000 innbyggere er behovet folketall / 10 000 årsverk. Med standardverdiene gir lesningen «én per 10 000 ut over de første 10 000» samme tall.",
    nn: "«Ein stilling per 10 000 innbyggjar» er lese om heile folketalet: over 10 000 innbyggjarar er behovet folketal / 10 000 årsverk. Med standardverdiane gir lesnaden «éin per 10 000 ut over dei første 10 000» same tal.",
    en: "“One position per 10,000 inhabitants” is read of the whole population: above 10,000 inhabitants the need is population / 10,000 FTE. With the default values the reading “one per 10,000 beyond the first 10,000” gives the same numbers.",
  },
  schema: z.int().check(z.minimum(1)),
  values: [{ from: FROM, value: 10_000 }],
});

/** How staffing above the minimum is rounded: exact FTE, or whole positions rounded up. */
export const OUTREACH_STAFFING_ROUNDING = /* @__PURE__ */ defineParameter<"exact" | "whole-up">({
  id: "outreach.staffing-rounding",
  title: {
    nb: "Avrunding av bemanningsbehovet",
    nn: "Avrunding av bemanningsbehovet",
    en: "Rounding of the staffing need",
  },
  unit: "choice",
  strength: "recommendation",
  sources: [
    { ref: "losu-korus-veileder", locator: "«Deretter en stilling per 10 000 innbygger»" },
    { ref: "losu-korus-veileder", locator: "«det mest hensiktsmessig å ha hele stillingshjemler»" },
  ],
  interpretation: {
    nb: "Kilden sier ikke hvordan en del av 10 000 skal regnes. Standard er eksakte årsverk (25 000 innbyggere gir 2,5); «whole-up» runder opp til hele stillinger (3), slik veilederens ønske om hele stillingshjemler kan tale for.",
    nn: "Kjelda seier ikkje korleis ein del av 10 000 skal reknast. Standard er eksakte årsverk (25 000 innbyggjarar gir 2,5); «whole-up» rundar opp til heile stillingar (3), slik ønsket i rettleiaren om heile stillingsheimlar kan tale for.",
    en: "The source does not say how a part of 10,000 counts. The default is exact FTE (25,000 inhabitants give 2.5); “whole-up” rounds up to whole positions (3), as the guide's preference for whole positions may suggest.",
  },
  schema: z.enum(["exact", "whole-up"]),
  values: [{ from: FROM, value: "exact" }],
});

/** Outreach is done in pairs: two people. */
export const OUTREACH_PAIR_SIZE = /* @__PURE__ */ defineParameter<number>({
  id: "outreach.pair-size",
  title: {
    nb: "Antall som arbeider sammen ute",
    nn: "Tal på personar som arbeider saman ute",
    en: "People working together in the field",
  },
  unit: "persons",
  strength: "recommendation",
  sources: [
    { ref: "losu-korus-veileder", locator: "«Det oppsøkende arbeidet skal ikke utøves alene. Det foregår i par»" },
    { ref: "losu-korus-veileder", locator: "«anbefales det å dele denne i to 50 %-stillinger»" },
  ],
  schema: z.int().check(z.minimum(1), z.maximum(10)),
  values: [{ from: FROM, value: 2 }],
});

/** The lowest recommended share of working time in the field: 20 %. */
export const OUTREACH_FIELD_TIME_MIN = /* @__PURE__ */ defineParameter<number>({
  id: "outreach.field-time-min",
  title: {
    nb: "Laveste anbefalte andel utetid",
    nn: "Lågaste tilrådde del utetid",
    en: "Lowest recommended share of field time",
  },
  unit: "share",
  strength: "recommendation",
  sources: [{ ref: "losu-korus-veileder", locator: "«bruke mellom 20 og 40 % av arbeidstiden på oppsøkende arbeid»" }],
  interpretation: {
    nb: "«Mellom 20 og 40 %» leses med begge endepunktene innenfor.",
    nn: "«Mellom 20 og 40 %» er lese med begge endepunkta innanfor.",
    en: "“Between 20 and 40 %” is read with both ends within.",
  },
  schema: share,
  values: [{ from: FROM, value: 0.2 }],
});

/** The highest recommended share of working time in the field: 40 %. */
export const OUTREACH_FIELD_TIME_MAX = /* @__PURE__ */ defineParameter<number>({
  id: "outreach.field-time-max",
  title: {
    nb: "Høyeste anbefalte andel utetid",
    nn: "Høgaste tilrådde del utetid",
    en: "Highest recommended share of field time",
  },
  unit: "share",
  strength: "recommendation",
  sources: [{ ref: "losu-korus-veileder", locator: "«bruke mellom 20 og 40 % av arbeidstiden på oppsøkende arbeid»" }],
  schema: share,
  values: [{ from: FROM, value: 0.4 }],
});

/** The main rule for field time: about 30 %. */
export const OUTREACH_FIELD_TIME_MAIN = /* @__PURE__ */ defineParameter<number>({
  id: "outreach.field-time-main",
  title: {
    nb: "Hovedregel for utetid",
    nn: "Hovudregel for utetid",
    en: "Main rule for field time",
  },
  unit: "share",
  strength: "recommendation",
  sources: [{ ref: "losu-korus-veileder", locator: "«rundt 30 % utetid … bør fungere som en hovedregel»" }],
  schema: share,
  values: [{ from: FROM, value: 0.3 }],
});

/** The share of outreach workers with social-work education that must be exceeded: one half. */
export const OUTREACH_SOCIAL_WORK_MAJORITY = /* @__PURE__ */ defineParameter<number>({
  id: "outreach.social-work-majority",
  title: {
    nb: "Andel med sosialfaglig utdanning som må overstiges",
    nn: "Del med sosialfagleg utdanning som må overstigast",
    en: "Share with social-work education that must be exceeded",
  },
  unit: "share",
  strength: "recommendation",
  sources: [
    { ref: "losu-korus-veileder", locator: "«Majoriteten av oppsøkerne bør derfor ha sosialfaglig utdanning»" },
  ],
  interpretation: {
    nb: "«Majoriteten av oppsøkerne» leses som mer enn halvparten av personene (ikke av årsverkene).",
    nn: "«Majoriteten av oppsøkarane» er lese som meir enn halvparten av personane (ikkje av årsverka).",
    en: "“The majority of the outreach workers” is read as more than half of the persons (not of the FTE).",
  },
  schema: share,
  values: [{ from: FROM, value: 0.5 }],
});

/** Every parameter the outreach rules read. */
export const OUTREACH_PARAMETERS: readonly ParameterDef[] = [
  OUTREACH_AGE_MIN as ParameterDef,
  OUTREACH_AGE_MAX as ParameterDef,
  OUTREACH_PREVALENCE_PER_10000 as ParameterDef,
  OUTREACH_RISK_SHARE_LOW as ParameterDef,
  OUTREACH_RISK_SHARE_HIGH as ParameterDef,
  OUTREACH_VERY_VULNERABLE_FRACTION as ParameterDef,
  OUTREACH_STAFFING_MINIMUM_FTE as ParameterDef,
  OUTREACH_STAFFING_INHABITANTS_PER_FTE as ParameterDef,
  OUTREACH_STAFFING_ROUNDING as ParameterDef,
  OUTREACH_PAIR_SIZE as ParameterDef,
  OUTREACH_FIELD_TIME_MIN as ParameterDef,
  OUTREACH_FIELD_TIME_MAX as ParameterDef,
  OUTREACH_FIELD_TIME_MAIN as ParameterDef,
  OUTREACH_SOCIAL_WORK_MAJORITY as ParameterDef,
];
