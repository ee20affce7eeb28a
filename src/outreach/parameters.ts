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
  unit: "years",
  strength: "recommendation",
  sources: [{ ref: "losu-korus-veileder", locator: "«bør være et tilbud til unge mellom 13 og 25 år»" }],
  schema: z.int().check(z.minimum(0), z.maximum(30)),
  values: [{ from: FROM, value: 13 }],
});

/** The oldest age (completed years) the service is offered to: 25, inclusive. */
export const OUTREACH_AGE_MAX = /* @__PURE__ */ defineParameter<number>({
  id: "outreach.age-max",
  unit: "years",
  strength: "recommendation",
  sources: [
    { ref: "losu-korus-veileder", locator: "«bør være et tilbud til unge mellom 13 og 25 år»" },
    { ref: "losu-korus-veileder", locator: "«Skal man prioritere målgruppen 13–21 år, må mandatet presisere …»" },
    { ref: "losu-horing-ot", locator: "«sårbare unge i alderen 13-23»" },
  ],
  schema: z.int().check(z.minimum(0), z.maximum(40)),
  values: [{ from: FROM, value: 25 }],
});

/** Very vulnerable young people aged 13–23 per 10,000 inhabitants: about 100. */
export const OUTREACH_PREVALENCE_PER_10000 = /* @__PURE__ */ defineParameter<number>({
  id: "outreach.prevalence-per-10000",
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
  unit: "share",
  strength: "estimate",
  sources: [
    { ref: "losu-korus-veileder", locator: "«cirka 15–20 % av den totale ungdomspopulasjonen under 18 år»" },
    { ref: "losu-korus-veileder", locator: "«15 % av ungdomspopulasjonen mellom 13 og 23 år utgjør cirka 96 000»" },
  ],
  schema: share,
  values: [{ from: FROM, value: 0.15 }],
});

/** The upper share of youth with experimenting, thrill-seeking behaviour: 20 %. */
export const OUTREACH_RISK_SHARE_HIGH = /* @__PURE__ */ defineParameter<number>({
  id: "outreach.risk-share-high",
  unit: "share",
  strength: "estimate",
  sources: [{ ref: "losu-korus-veileder", locator: "«cirka 15–20 % av den totale ungdomspopulasjonen under 18 år»" }],
  schema: share,
  values: [{ from: FROM, value: 0.2 }],
});

/** The fraction of those who are very vulnerable: about one half. */
export const OUTREACH_VERY_VULNERABLE_FRACTION = /* @__PURE__ */ defineParameter<number>({
  id: "outreach.very-vulnerable-fraction",
  unit: "share",
  strength: "estimate",
  sources: [{ ref: "losu-korus-veileder", locator: "«Omtrent halvparten av disse er svært sårbare»" }],
  schema: share,
  values: [{ from: FROM, value: 0.5 }],
});

/** The minimum staffing of any municipality's service: one full-time position. */
export const OUTREACH_STAFFING_MINIMUM_FTE = /* @__PURE__ */ defineParameter<number>({
  id: "outreach.staffing-minimum-fte",
  unit: "fte",
  strength: "recommendation",
  sources: [{ ref: "losu-korus-veileder", locator: "«en 100 %-stilling i kommuner med inntil 10 000 innbyggere»" }],
  schema: finiteNumber.check(z.positive(), z.maximum(100)),
  values: [{ from: FROM, value: 1 }],
});

/** Inhabitants per full-time position: 10,000. */
export const OUTREACH_STAFFING_INHABITANTS_PER_FTE = /* @__PURE__ */ defineParameter<number>({
  id: "outreach.staffing-inhabitants-per-fte",
  unit: "inhabitants",
  strength: "recommendation",
  sources: [{ ref: "losu-korus-veileder", locator: "«Deretter en stilling per 10 000 innbygger»" }],
  schema: z.int().check(z.minimum(1)),
  values: [{ from: FROM, value: 10_000 }],
});

/** How staffing above the minimum is rounded: exact FTE, or whole positions rounded up. */
export const OUTREACH_STAFFING_ROUNDING = /* @__PURE__ */ defineParameter<"exact" | "whole-up">({
  id: "outreach.staffing-rounding",
  unit: "choice",
  strength: "recommendation",
  sources: [
    { ref: "losu-korus-veileder", locator: "«Deretter en stilling per 10 000 innbygger»" },
    { ref: "losu-korus-veileder", locator: "«det mest hensiktsmessig å ha hele stillingshjemler»" },
  ],
  schema: z.enum(["exact", "whole-up"]),
  values: [{ from: FROM, value: "exact" }],
});

/** Outreach is done in pairs: two people. */
export const OUTREACH_PAIR_SIZE = /* @__PURE__ */ defineParameter<number>({
  id: "outreach.pair-size",
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
  unit: "share",
  strength: "recommendation",
  sources: [{ ref: "losu-korus-veileder", locator: "«bruke mellom 20 og 40 % av arbeidstiden på oppsøkende arbeid»" }],
  schema: share,
  values: [{ from: FROM, value: 0.2 }],
});

/** The highest recommended share of working time in the field: 40 %. */
export const OUTREACH_FIELD_TIME_MAX = /* @__PURE__ */ defineParameter<number>({
  id: "outreach.field-time-max",
  unit: "share",
  strength: "recommendation",
  sources: [{ ref: "losu-korus-veileder", locator: "«bruke mellom 20 og 40 % av arbeidstiden på oppsøkende arbeid»" }],
  schema: share,
  values: [{ from: FROM, value: 0.4 }],
});

/** The main rule for field time: about 30 %. */
export const OUTREACH_FIELD_TIME_MAIN = /* @__PURE__ */ defineParameter<number>({
  id: "outreach.field-time-main",
  unit: "share",
  strength: "recommendation",
  sources: [{ ref: "losu-korus-veileder", locator: "«rundt 30 % utetid … bør fungere som en hovedregel»" }],
  schema: share,
  values: [{ from: FROM, value: 0.3 }],
});

/** The share of outreach workers with social-work education that must be exceeded: one half. */
export const OUTREACH_SOCIAL_WORK_MAJORITY = /* @__PURE__ */ defineParameter<number>({
  id: "outreach.social-work-majority",
  unit: "share",
  strength: "recommendation",
  sources: [
    { ref: "losu-korus-veileder", locator: "«Majoriteten av oppsøkerne bør derfor ha sosialfaglig utdanning»" },
  ],
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
