import * as z from "zod/mini";
import { SCHOOL_YEAR_START } from "../core/calendar.js";
import { defineParameter, type ParameterDef } from "../core/parameters.js";
import { SEED } from "../core/sources.js";
import type { Localized } from "../core/types.js";

/**
 * The age through whose calendar year OT covers a young person: 21 until 2024-07-31,
 * 24 from 2024-08-01. Override it for a what-if reform (e.g. 21 again).
 */
export const OT_UPPER_AGE = /* @__PURE__ */ defineParameter<number>({
  id: "ot.upper-age",
  title: {
    nb: "Øvre aldersgrense for oppfølgingstjenesten",
    nn: "Øvre aldersgrense for oppfølgingstenesta",
    en: "Upper age limit of the follow-up service",
  },
  unit: "years",
  strength: "statute",
  sources: [
    {
      ref: "opplæringslova 1998 § 3-6; Prop. 57 L (2022–2023) kapittel 45.2",
      locator: "«til og med det året den enkelte fyller 21 år»",
    },
    { ref: SEED.otNumedal, locator: "«Tjenesten gjelder til og med det året personen fyller 21 år»" },
    { ref: SEED.otUngNo, locator: "«til og med det året de fyller 21 år»" },
    { ref: "opplæringslova 2023 § 9-4; Prop. 57 L (2022–2023) kapittel 68", locator: "upper age raised to 24" },
  ],
  interpretation: {
    nb: "Fra 2024-08-01 leses grensen som «til og med det året personen fyller 24 år», i samsvar med ordlyden i den gamle loven (lovteksten er ikke sett). Verdien kan overstyres for å regne på en annen grense.",
    nn: "Frå 2024-08-01 er grensa lesen som «til og med det året personen fyller 24 år», i samsvar med ordlyden i den gamle lova (lovteksten er ikkje sett). Verdien kan overstyrast for å rekne på ei anna grense.",
    en: "From 2024-08-01 the limit is read as “through the calendar year the person turns 24”, by analogy with the old wording (the statute text was not seen). Override the value to compute another limit.",
  },
  schema: z.int().check(z.minimum(15), z.maximum(35)),
  values: [
    { from: "2006-08-01", to: "2024-07-31", value: 21, source: "opplæringslova 1998 § 3-6" },
    { from: "2024-08-01", value: 24, source: "opplæringslova 2023 § 9-4" },
  ],
});

/** «så snart en elev har sluttet»: no number in the source; the library's reading. */
export const NOTIFY_READING: Localized = {
  nb: "«Så snart en elev har sluttet» angir ingen frist. Biblioteket bruker 7 kalenderdager; sett fylkets egen rutine med parameteren.",
  nn: "«Så snart ein elev har slutta» gir inga frist. Biblioteket bruker 7 kalenderdagar; set fylket sin eigen rutine med parameteren.",
  en: "“As soon as a pupil has quit” sets no deadline. The library uses 7 calendar days; set the county's own routine with this parameter.",
};

/**
 * Days from a pupil quitting to OT being told that still count as "as soon as".
 * «så snart en elev har sluttet» gives no number: 7 days is the library's reading; set
 * the county's own routine through this parameter.
 */
export const OT_NOTIFY_MAX_DAYS = /* @__PURE__ */ defineParameter<number>({
  id: "ot.notify-max-days",
  title: {
    nb: "Frist for å varsle OT når en elev slutter (dager)",
    nn: "Frist for å varsle OT når ein elev sluttar (dagar)",
    en: "Days allowed to notify OT when a pupil quits",
  },
  unit: "days",
  strength: "recommendation",
  sources: [
    {
      ref: SEED.losuHoring,
      locator: "«OT-tjenesten i den kommunen/bydelen ungdommene bor, får beskjed så snart en elev har sluttet»",
    },
  ],
  interpretation: NOTIFY_READING,

  schema: z.int().check(z.minimum(0), z.maximum(366)),
  values: [{ from: "2006-08-01", value: 7 }],
});

/** Every parameter the OT rules read. */
export const OT_PARAMETERS: readonly ParameterDef[] = [
  OT_UPPER_AGE as ParameterDef,
  OT_NOTIFY_MAX_DAYS as ParameterDef,
  SCHOOL_YEAR_START as ParameterDef,
];
