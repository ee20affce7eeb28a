import * as z from "zod/mini";
import { SCHOOL_YEAR_START } from "../core/calendar.js";
import { defineParameter, type ParameterDef } from "../core/parameters.js";
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
    { ref: "opplaringslova-1998/3-6" },
    { ref: "prop-57-l-2022-2023/45.2", locator: "«til og med det året den enkelte fyller 21 år»" },
    { ref: "ot-numedal-kongsberg", locator: "«Tjenesten gjelder til og med det året personen fyller 21 år»" },
    { ref: "ung-no-ot", locator: "«til og med det året de fyller 21 år»" },
    { ref: "opplaringslova-2023/9-4", locator: "«fram til utgangen av det året ein fyller 24 år»" },
    {
      ref: "prop-57-l-2022-2023/kap-68",
      locator: "«utvida øvre aldersgrense for målgruppa for oppfølgingstenesta frå 21 til 24 år»",
    },
  ],
  interpretation: {
    nb: "Begge lovene regner grensen i kalenderår: 1998-loven «til og med det året den enkelte fyller 21 år», 2023-loven «fram til utgangen av det året ein fyller 24 år». Verdien kan overstyres for å regne på en annen grense, for eksempel 21 igjen.",
    nn: "Begge lovene reknar grensa i kalenderår: 1998-lova «til og med det året den enkelte fyller 21 år», 2023-lova «fram til utgangen av det året ein fyller 24 år». Verdien kan overstyrast for å rekne på ei anna grense, til dømes 21 igjen.",
    en: "Both acts count the limit in calendar years: the 1998 act “til og med det året den enkelte fyller 21 år”, the 2023 act “fram til utgangen av det året ein fyller 24 år”. Override the value to compute another limit, for example 21 again.",
  },
  schema: z.int().check(z.minimum(15), z.maximum(35)),
  values: [
    { from: "2006-08-01", to: "2024-07-31", value: 21, source: { ref: "opplaringslova-1998/3-6" } },
    { from: "2024-08-01", value: 24, source: { ref: "opplaringslova-2023/9-4" } },
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
      ref: "losu-horing-ot",
      locator: "«OT-tjenesten i den kommunen/bydelen ungdommene bor, får beskjed så snart en elev har sluttet»",
    },
  ],
  interpretation: NOTIFY_READING,

  schema: z.int().check(z.minimum(0), z.maximum(366)),
  values: [{ from: "2006-08-01", value: 7 }],
});

/**
 * The ways of losing the right that still bring someone into OT's target group. The
 * 1998 act § 3-6 covered those who lost it under § 3-8 (expulsion for the rest of the
 * school year) or § 4-6 (termination of an apprenticeship or training contract); § 4-6
 * «vart oppheva i 2017» (Prop. 57 L (2022–2023) punkt 45.2). The 2023 act § 9-4 has no
 * such limb.
 */
export const OT_LOST_RIGHT_GROUNDS = /* @__PURE__ */ defineParameter<readonly ("expulsion" | "contract-termination")[]>(
  {
    id: "ot.lost-right-grounds",
    title: {
      nb: "Tap av retten som gir plass i målgruppen",
      nn: "Tap av retten som gir plass i målgruppa",
      en: "Ways of losing the right that keep someone in the target group",
    },
    unit: "choice",
    strength: "statute",
    sources: [
      {
        ref: "udir-11-2012",
        locator: "«Tenesta omfattar også ungdom som har tapt opplæringsretten etter § 3-8 eller § 4-6.»",
      },
      {
        ref: "prop-57-l-2022-2023/45.2",
        locator:
          "«Sidan regelen om tap av opplæringstid i § 4-6 vart oppheva i 2017, har ikkje denne delen av § 3-6 praktisk betydning lenger.»",
      },
      { ref: "opplaringslova-1998/4-6" },
      {
        ref: "opplaringslova-2023/9-4",
        locator: "«dei som har rett til opplæring etter § 5-1 og ikkje er i opplæring eller arbeid»",
      },
    ],
    interpretation: {
      nb: "§ 4-6 ble opphevet i 2017; dagen er ikke funnet. Biblioteket lar heving av kontrakt telle til og med 2017-07-31, siste dag i skoleåret 2016–17, og bare bortvisning fra 2017-08-01 til 2024-07-31. Fra 2024-08-01 gir tapt rett ikke plass i målgruppen (§ 9-4 nevner bare retten etter § 5-1). Overstyr verdien for en annen dag.",
      nn: "§ 4-6 vart oppheva i 2017; dagen er ikkje funnen. Biblioteket lèt heving av kontrakt telje til og med 2017-07-31, siste dag i skuleåret 2016–17, og berre bortvising frå 2017-08-01 til 2024-07-31. Frå 2024-08-01 gir tapt rett ikkje plass i målgruppa (§ 9-4 nemner berre retten etter § 5-1). Overstyr verdien for ein annan dag.",
      en: "§ 4-6 was repealed in 2017; the day was not found. The library counts contract termination through 2017-07-31, the last day of the school year 2016–17, and only expulsion from 2017-08-01 to 2024-07-31. From 2024-08-01 a lost right does not bring anyone into the target group (§ 9-4 names only the right under § 5-1). Override the value for another day.",
    },
    schema: z.readonly(z.array(z.enum(["expulsion", "contract-termination"]))),
    values: [
      {
        from: "2006-08-01",
        to: "2017-07-31",
        value: ["expulsion", "contract-termination"],
        source: { ref: "udir-11-2012" },
      },
      { from: "2017-08-01", to: "2024-07-31", value: ["expulsion"], source: { ref: "prop-57-l-2022-2023/45.2" } },
      { from: "2024-08-01", value: [], source: { ref: "opplaringslova-2023/9-4" } },
    ],
  },
);

/** Every parameter the OT rules read. */
export const OT_PARAMETERS: readonly ParameterDef[] = [
  OT_UPPER_AGE as ParameterDef,
  OT_NOTIFY_MAX_DAYS as ParameterDef,
  OT_LOST_RIGHT_GROUNDS as unknown as ParameterDef,
  SCHOOL_YEAR_START as ParameterDef,
];
