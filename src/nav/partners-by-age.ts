import { ageOn } from "../core/dates.js";
import type { Evaluation } from "../core/evaluation.js";
import { deepFreeze } from "../core/freeze.js";
import { checkParameterOrder } from "../core/parameter-order.js";
import { defineRule, type Reason } from "../core/rule.js";
import { cite } from "../core/sources.js";
import type { IsoDate, Status } from "../core/types.js";
import type { NavPartnerEntry } from "./agencies.js";
import { NAV_AFTERCARE_FROM, NAV_AFTERCARE_UNTIL, NAV_BAND_16_FROM, NAV_BAND_20_FROM } from "./parameters.js";

/** `nav.partners-by-age`: which agencies matter at which age. */
export const NAV_PARTNERS_BY_AGE = defineRule({
  id: "nav.partners-by-age",
  area: "nav",
  strength: "recommendation",
  sources: [
    {
      ref: "afi-tipshefte-2016",
      locator:
        "«For ungdom under 16 år kan sosialfaglig støtte fra kommunal side i NAV være viktig. For ungdom 16–19 år blir den videregående skolen, OT og NAV sentrale instanser. Barnevernet vil være en mer aktuell samarbeidsinstans dess yngre målgruppa er, selv om ettervern også gjør barnevernet til en aktuell samarbeidspart for en del ungdommer som har passert 18 år. For ungdom fra 20 år og oppover vil lokalt næringsliv ha en viktigere plass samtidig som de videregående skolene og OT generelt vil ha en mindre sentral rolle.»",
    },
    { ref: "barnevernsloven-2021/3-6", locator: "aftercare until the young person turns 25 (23 before 2021-01-01)" },
  ],
  parameters: [NAV_BAND_16_FROM, NAV_BAND_20_FROM, NAV_AFTERCARE_FROM, NAV_AFTERCARE_UNTIL],
  evaluatedBy: "navPartners",
});

/** The age bands of the report. The aftercare band overlaps 16–19 and 20 and over. */
export type NavAgeBand = "under-16" | "16-19" | "aftercare" | "20-and-over";

/** Every age band, youngest first. */
export const NAV_AGE_BANDS: readonly NavAgeBand[] = ["under-16", "16-19", "aftercare", "20-and-over"];

const AGE_LOCATOR: Readonly<Record<NavAgeBand, string>> = {
  "under-16": "«For ungdom under 16 år kan sosialfaglig støtte fra kommunal side i NAV være viktig.»",
  "16-19": "«For ungdom 16–19 år blir den videregående skolen, OT og NAV sentrale instanser.»",
  aftercare:
    "«ettervern også gjør barnevernet til en aktuell samarbeidspart for en del ungdommer som har passert 18 år»",
  "20-and-over":
    "«For ungdom fra 20 år og oppover vil lokalt næringsliv ha en viktigere plass samtidig som de videregående skolene og OT generelt vil ha en mindre sentral rolle.»",
};

const YOUNGER = "«Barnevernet vil være en mer aktuell samarbeidsinstans dess yngre målgruppa er»";

const entry = (agency: NavPartnerEntry["agency"], role: NavPartnerEntry["role"], locator: string): NavPartnerEntry => ({
  agency,
  role,
  source: cite("afi-tipshefte-2016", locator),
});

/**
 * The agencies each band names. Child welfare is in the two youngest bands by the
 * report's «dess yngre målgruppa er»: central under 16, relevant for minors of 16–17
 * (added in code below, since it ends at the aftercare age, not at a band's edge).
 */
export const NAV_PARTNERS_FOR_BAND: Readonly<Record<NavAgeBand, readonly NavPartnerEntry[]>> =
  /* @__PURE__ */ deepFreeze({
    "under-16": [
      entry("nav-municipal-social", "relevant", AGE_LOCATOR["under-16"]),
      entry("child-welfare", "central", YOUNGER),
    ],
    "16-19": [
      entry("upper-secondary-school", "central", AGE_LOCATOR["16-19"]),
      entry("ot", "central", AGE_LOCATOR["16-19"]),
      entry("nav", "central", AGE_LOCATOR["16-19"]),
    ],
    aftercare: [entry("child-welfare", "relevant", AGE_LOCATOR.aftercare)],
    "20-and-over": [
      entry("employers", "central", AGE_LOCATOR["20-and-over"]),
      entry("upper-secondary-school", "less-central", AGE_LOCATOR["20-and-over"]),
      entry("ot", "less-central", AGE_LOCATOR["20-and-over"]),
    ],
  });

/** Child welfare for a minor in the 16–19 band. */
const MINOR_CHILD_WELFARE = /* @__PURE__ */ deepFreeze(entry("child-welfare", "relevant", YOUNGER));

/** The age bands of a person on `asOf`, with a reason per band and the agencies they name. */
export function ageBandReasons(
  ev: Evaluation,
  fn: string,
  birthDate: IsoDate | null | undefined,
): {
  age: number | null;
  bands: NavAgeBand[];
  reasons: Reason[];
  entries: { band: NavAgeBand; entry: NavPartnerEntry }[];
} {
  const from16 = ev.param(NAV_BAND_16_FROM);
  const from20 = ev.param(NAV_BAND_20_FROM);
  const aftercareFrom = ev.param(NAV_AFTERCARE_FROM);
  // The 2021 rise from 23 to 25 reached only those who turned 23 on or after 2021-01-01
  // (Bufdir: «med direkte virkning for unge voksne som fyller 23 år fra samme dato»): the
  // limit is read on the birthday the person reaches it, not on asOf.
  const aftercareUntil =
    birthDate == null ? ev.param(NAV_AFTERCARE_UNTIL) : ev.ageLimitFor(NAV_AFTERCARE_UNTIL, birthDate).age;
  checkParameterOrder(ev, fn, [NAV_BAND_16_FROM, from16], [NAV_BAND_20_FROM, from20], true);
  checkParameterOrder(ev, fn, [NAV_AFTERCARE_FROM, aftercareFrom], [NAV_AFTERCARE_UNTIL, aftercareUntil], true);
  // Completed years: «16–19 år» runs from the 16th to the day before the 20th birthday; «har
  // passert 18 år» starts on the 18th birthday (nav.aftercare-from = 19 for the later reading);
  // aftercare «inntil ungdommen har fylt 25 år» ends the day before the 25th (nav.aftercare-until).
  const limits: Readonly<Record<NavAgeBand, readonly [number, number | null]>> = {
    "under-16": [0, from16],
    "16-19": [from16, from20],
    aftercare: [aftercareFrom, aftercareUntil],
    "20-and-over": [from20, null],
  };
  const age = birthDate == null ? null : ageOn(birthDate, ev.asOf);
  const bands: NavAgeBand[] = [];
  const reasons: Reason[] = [];
  const entries: { band: NavAgeBand; entry: NavPartnerEntry }[] = [];
  for (const band of NAV_AGE_BANDS) {
    const [lo, hi] = limits[band];
    let status: Status = "unknown";
    if (age !== null) status = age >= lo && (hi === null || age < hi) ? "holds" : "fails";
    reasons.push(ev.reason(NAV_PARTNERS_BY_AGE, band, status, { age, from: lo, until: hi }, ["birthDate"]));
    if (status !== "holds") continue;
    bands.push(band);
    for (const e of NAV_PARTNERS_FOR_BAND[band]) entries.push({ band, entry: e });
    if (band === "16-19" && age !== null && age < aftercareFrom) entries.push({ band, entry: MINOR_CHILD_WELFARE });
  }
  return { age, bands, reasons, entries };
}
