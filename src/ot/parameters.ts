import * as z from "zod/mini";
import { SCHOOL_YEAR_START } from "../core/calendar.js";
import { defineParameter, type ParameterDef } from "../core/parameters.js";

/**
 * The age through whose calendar year OT covers a young person: 21 until 2024-07-31,
 * 24 from 2024-08-01. Override it for a what-if reform (e.g. 21 again).
 */
export const OT_UPPER_AGE = /* @__PURE__ */ defineParameter<number>({
  id: "ot.upper-age",
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
  schema: z.int().check(z.minimum(15), z.maximum(35)),
  values: [
    { from: "2006-08-01", to: "2024-07-31", value: 21, source: { ref: "opplaringslova-1998/3-6" } },
    { from: "2024-08-01", value: 24, source: { ref: "opplaringslova-2023/9-4" } },
  ],
});

/**
 * Days from a pupil quitting to OT being told that still count as "as soon as".
 * «så snart en elev har sluttet» gives no number: 7 days is the library's reading; set
 * the county's own routine through this parameter.
 */
export const OT_NOTIFY_MAX_DAYS = /* @__PURE__ */ defineParameter<number>({
  id: "ot.notify-max-days",
  unit: "days",
  strength: "recommendation",
  sources: [
    {
      ref: "losu-horing-ot",
      locator: "«OT-tjenesten i den kommunen/bydelen ungdommene bor, får beskjed så snart en elev har sluttet»",
    },
  ],

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

/**
 * The guardians of young people under this age get the same written information as the
 * young person. `0` (nobody) until 2012-01-31: the duty is stated for the chapter revised
 * from 2012-02-01 («Foresatte skal gis den samme informasjonen»), and no text read states
 * it before; 18 (the age of majority) from 2012-02-01.
 */
export const OT_GUARDIAN_INFORMATION_AGE = /* @__PURE__ */ defineParameter<number>({
  id: "ot.guardian-information-age",
  unit: "years",
  strength: "regulation",
  sources: [
    { ref: "kd-pressemelding-2012-ot", locator: "«Foresatte skal gis den samme informasjonen.»" },
    {
      ref: "opplaringsforskrifta-2024/8-3",
      locator: "«foresatte til ungdommer som ikke er myndige» (a county's summary)",
    },
    { ref: "vergemalsloven/2", locator: "18 years: the age of majority" },
  ],
  schema: z.int().check(z.minimum(0), z.maximum(25)),
  values: [
    { from: "2006-08-01", to: "2012-01-31", value: 0 },
    { from: "2012-02-01", value: 18, source: { ref: "kd-pressemelding-2012-ot" } },
  ],
});

/**
 * From this age the young person decides on their own education (barnelova § 32), so what
 * OT tells their guardians may meet the service's duty of confidentiality towards them.
 */
export const OT_OWN_EDUCATION_AGE = /* @__PURE__ */ defineParameter<number>({
  id: "ot.own-education-age",
  unit: "years",
  strength: "statute",
  sources: [{ ref: "barnelova/32", locator: "15 years: the child decides on education" }],
  schema: z.int().check(z.minimum(0), z.maximum(25)),
  values: [{ from: "2006-08-01", value: 15 }],
});

/**
 * Which rule wins when informing the guardians of a young person who decides on their own
 * education meets the duty of confidentiality: `confidentiality-wins` where the duty itself
 * yields to confidentiality («med mindre denne er underlagt taushetsplikt», as a county
 * summarised OT's tasks in 2023), `judgement` to leave it to the caseworker. The county's
 * page predates the 2024 regulation and no text read says the proviso was new then, so the
 * library reads the same under both regulations.
 */
export const OT_GUARDIAN_COLLISION = /* @__PURE__ */ defineParameter<"confidentiality-wins" | "judgement">({
  id: "ot.guardian-collision",
  unit: "choice",
  strength: "regulation",
  sources: [
    { ref: "ot-trondelag", locator: "«med mindre denne er underlagt taushetsplikt»" },
    {
      ref: "opplaringsforskrifta-2024/8-3",
      locator: "«med mindre denne er underlagt taushetsplikt» (a county's summary)",
    },
    { ref: "forvaltningsloven/13" },
  ],
  schema: z.enum(["confidentiality-wins", "judgement"]),
  values: [{ from: "2006-08-01", value: "confidentiality-wins", source: { ref: "ot-trondelag" } }],
});

/**
 * Whether contact and an offer are owed again each school year (`true`), or once while in
 * the target group (`false`). The county guidance says each school year; the regulation's
 * text was not read.
 */
export const OT_EACH_SCHOOL_YEAR = /* @__PURE__ */ defineParameter<boolean>({
  id: "ot.each-school-year",
  unit: "flag",
  strength: "guidance",
  sources: [
    {
      ref: "ot-numedal-kongsberg",
      locator:
        "«skal kontaktes og få tilbud hvert skoleår så lenge de er omfattet av retten til videregående opplæring»",
    },
  ],
  schema: z.boolean(),
  values: [{ from: "2006-08-01", value: true }],
});

/**
 * Whom OT owes follow-up: everyone who got an offer (`offer`: «dei som har fått tilbod», the
 * ministry's account of § 13-3), or only those who accepted one (`accepted-offer`: «dei som
 * har teke imot tilbod», the minister's answer of 2019).
 */
export const OT_FOLLOW_UP_AFTER = /* @__PURE__ */ defineParameter<"offer" | "accepted-offer">({
  id: "ot.follow-up-after",
  unit: "choice",
  strength: "regulation",
  sources: [
    {
      ref: "prop-57-l-2022-2023/45.2",
      locator: "«å sørgje for nødvendig oppfølging ved behov for dei som har fått tilbod …»",
    },
    { ref: "ot-trondelag", locator: "«etter behov følge opp ungdom som tar imot tilbud»" },
  ],
  schema: z.enum(["offer", "accepted-offer"]),
  values: [{ from: "2006-08-01", value: "offer" }],
});

/** Every parameter the OT rules read. */
export const OT_PARAMETERS: readonly ParameterDef[] = [
  OT_UPPER_AGE as ParameterDef,
  OT_NOTIFY_MAX_DAYS as ParameterDef,
  OT_LOST_RIGHT_GROUNDS as unknown as ParameterDef,
  SCHOOL_YEAR_START as ParameterDef,
  OT_GUARDIAN_INFORMATION_AGE as ParameterDef,
  OT_OWN_EDUCATION_AGE as ParameterDef,
  OT_GUARDIAN_COLLISION as unknown as ParameterDef,
  OT_EACH_SCHOOL_YEAR as ParameterDef,
  OT_FOLLOW_UP_AFTER as unknown as ParameterDef,
];
