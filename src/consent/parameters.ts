import * as z from "zod/mini";
import { defineParameter, type ParameterDef } from "../core/parameters.js";

/*
 * Every age the consent rules read. An age is in completed years: a threshold of N is
 * reached on the N-th birthday (1 March in common years for 29 February births).
 */

const age = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));

/** From this age the child shall be heard in personal matters (barnelova § 31). */
export const CONSENT_HEARD_AGE = defineParameter<number>({
  id: "consent.heard-age",
  unit: "years",
  strength: "statute",
  sources: [{ ref: "barnelova/31", locator: "from 7 the child shall be heard in personal matters" }],
  schema: age(0, 18),
  values: [{ from: "2006-08-01", value: 7 }],
});

/** From this age the child's view carries great weight (barnelova § 31). */
export const CONSENT_GREAT_WEIGHT_AGE = defineParameter<number>({
  id: "consent.great-weight-age",
  unit: "years",
  strength: "statute",
  sources: [{ ref: "barnelova/31", locator: "from 12 great weight shall be given to the child's view" }],
  schema: age(0, 18),
  values: [{ from: "2006-08-01", value: 12 }],
});

/** From this age (until health consent at 16) a patient may ask that the parents are not told. */
export const CONSENT_HEALTH_PRIVACY_AGE = defineParameter<number>({
  id: "consent.health-privacy-age",
  unit: "years",
  strength: "statute",
  sources: [
    {
      ref: "pasient-og-brukerrettighetsloven/3-4",
      locator: "a patient aged 12 to 16 may, for reasons that should be respected, ask that the parents are not told",
    },
  ],
  schema: age(0, 18),
  values: [{ from: "2006-08-01", value: 12 }],
});

/**
 * The age of consent to information-society services (apps, social media): 13 since
 * personopplysningsloven 2018 came into force. Before 2018-07-20 no statute set such an
 * age, so the value is `null` and the threshold is not in the timeline.
 */
export const CONSENT_INFORMATION_SOCIETY_AGE = defineParameter<number | null>({
  id: "consent.information-society-age",
  unit: "years",
  strength: "statute",
  sources: [
    { ref: "personopplysningsloven/5", locator: "the age limit under GDPR article 8(1) is 13" },
    { ref: "personvernforordningen/8" },
  ],
  schema: z.nullable(age(0, 18)),
  values: [
    {
      from: "2006-08-01",
      to: "2018-07-19",
      value: null,
      source: { ref: "personopplysningsloven-2000", locator: "ingen aldersgrense for samtykke" },
    },
    { from: "2018-07-20", value: 13, source: { ref: "personopplysningsloven/5" } },
  ],
});

/** From this age the young person decides on their own education (barnelova § 32). */
export const CONSENT_EDUCATION_CHOICE_AGE = defineParameter<number>({
  id: "consent.education-choice-age",
  unit: "years",
  strength: "statute",
  sources: [
    {
      ref: "barnelova/32",
      locator: "from 15 the child decides on education and on joining or leaving associations",
    },
    {
      ref: "opplaringslova-1998/3-1",
      locator: "«Ungdom som har fylt 15 år, søkjer sjølv om inntak»; til 2024-07-31",
    },
    { ref: "opplaringslova-2023", locator: "fra 2024-08-01; the paragraph that carries this on was not found" },
  ],
  schema: age(0, 18),
  values: [
    {
      from: "2006-08-01",
      to: "2024-07-31",
      value: 15,
      source: { ref: "opplaringslova-1998/3-1", locator: "til 2024-07-31" },
    },
    {
      from: "2024-08-01",
      value: 15,
      source: { ref: "opplaringslova-2023", locator: "fra 2024-08-01; the counterpart of 1998 § 3-1 was not found" },
    },
  ],
});

/** The two readings of «over 15 år». */
export type ConsentGuardianConfidentialityFrom = "15th-birthday" | "16th-birthday";

/** The completed years each reading of «over 15 år» stands for. */
export const CONSENT_GUARDIAN_CONFIDENTIALITY_AGES: Readonly<Record<ConsentGuardianConfidentialityFrom, number>> = {
  "15th-birthday": 15,
  "16th-birthday": 16,
};

/**
 * When the outreach service's confidentiality towards the guardians starts.
 * «taushetsplikt overfor foresatte til ungdom over 15 år»: read as from the 15th
 * birthday (someone who has turned 15 is "over 15" in everyday speech); the value
 * "16th-birthday" selects the strict reading (older than 15, so from the 16th birthday).
 */
export const CONSENT_GUARDIAN_CONFIDENTIALITY_FROM = defineParameter<ConsentGuardianConfidentialityFrom>({
  id: "consent.guardian-confidentiality-from",
  unit: "choice",
  strength: "recommendation",
  sources: [
    {
      ref: "losu-korus-veileder",
      locator: "«Den oppsøkende ungdomstjenesten har taushetsplikt overfor foresatte til ungdom over 15 år.»",
    },
    { ref: "pasient-og-brukerrettighetsloven/3-4", locator: "statutory analogue in health care: 12 and 16" },
  ],
  schema: z.enum(["15th-birthday", "16th-birthday"]),
  values: [{ from: "2006-08-01", value: "15th-birthday" }],
});

/** The two readings of the exemption for vital information. */
export type ConsentVitalInformationReading = "may-inform" | "must-inform";

/**
 * What the exemption for vital information means for guardians of minors.
 * «Taushetsplikten gjelder ikke livsviktig informasjon»: read as a permission (the duty
 * of confidentiality is lifted, so the service may inform); "must-inform" selects the
 * stronger reading, that vital information must reach guardians who hold parental
 * responsibility («Foresatte skal kunne sikres muligheten til å utføre sitt foreldreansvar»).
 */
export const CONSENT_VITAL_INFORMATION = defineParameter<ConsentVitalInformationReading>({
  id: "consent.vital-information",
  unit: "choice",
  strength: "recommendation",
  sources: [
    {
      ref: "losu-korus-veileder",
      locator:
        "«Taushetsplikten gjelder ikke livsviktig informasjon eller informasjon om ungdommens oppholdssted. Foresatte skal kunne sikres muligheten til å utføre sitt foreldreansvar fram til den unge fyller 18 år.»",
    },
    {
      ref: "forvaltningsloven/13b-1-7",
      locator: "the permission: «så langt det er nødvendig for å unngå fare for liv eller helse»",
    },
  ],
  schema: z.enum(["may-inform", "must-inform"]),
  values: [{ from: "2006-08-01", value: "may-inform" }],
});

/** From this age the young person consents to named discussion with other agencies. */
export const CONSENT_SHARE_AGE = defineParameter<number>({
  id: "consent.share-consent-age",
  unit: "years",
  strength: "recommendation",
  sources: [
    {
      ref: "losu-korus-veileder",
      locator: "«samtykke fra ungdommen det gjelder eller dennes foresatte dersom ungdommen er under 16 år»",
    },
    { ref: "forvaltningsloven/13a-1", locator: "consent lifts the duty of confidentiality; names no age" },
    { ref: "pasient-og-brukerrettighetsloven/4-3", locator: "statutory analogue: consent to health care from 16" },
  ],
  schema: age(0, 18),
  values: [{ from: "2006-08-01", value: 16 }],
});

/** From this age the young person consents to health care themselves (helserettslig myndighetsalder). */
export const CONSENT_HEALTH_CONSENT_AGE = defineParameter<number>({
  id: "consent.health-consent-age",
  unit: "years",
  strength: "statute",
  sources: [
    { ref: "pasient-og-brukerrettighetsloven/4-3", locator: "persons over 16 consent" },
    {
      ref: "pasient-og-brukerrettighetsloven/3-4",
      locator: "parents of 16–18-year-olds get only what parental responsibility needs (amended 2018-01-01)",
    },
  ],
  schema: age(0, 18),
  values: [{ from: "2006-08-01", value: 16 }],
});

/** The age of majority: parental responsibility and the guardians' right to information end. */
export const CONSENT_MAJORITY_AGE = defineParameter<number>({
  id: "consent.majority-age",
  unit: "years",
  strength: "statute",
  sources: [
    { ref: "vergemalsloven/2", locator: "a minor is a person under 18" },
    { ref: "losu-korus-veileder", locator: "«fram til den unge fyller 18 år»" },
  ],
  schema: age(15, 21),
  values: [{ from: "2006-08-01", value: 18 }],
});

/**
 * Child-welfare aftercare lasts until the young person turns this age: 23, then 25 from
 * 2021-01-01 (barnevernsloven 2021 § 3-6 from 2023-01-01). The value that applies to a
 * person is the one in force on the day they reach it (`Evaluation.ageLimitFor`), so
 * someone who turned 23 before 2021-01-01 keeps 23. Aftercare "opp til 25 år" is read as
 * ending on the 25th birthday; 26 here selects the reading "through age 25".
 */
export const CONSENT_AFTERCARE_UPPER_AGE = defineParameter<number>({
  id: "consent.aftercare-upper-age",
  unit: "years",
  strength: "statute",
  sources: [
    { ref: "barnevernloven-1992/1-3", locator: "measures may continue until the young person turns 23" },
    { ref: "barnevernloven-1992/1-3", locator: "raised to 25" },
    { ref: "barnevernsloven-2021/3-6", locator: "measures for young people over 18, until they turn 25" },
    {
      ref: "bufdir-ettervern-25",
      locator: "«med direkte virkning for unge voksne som fyller 23 år fra samme dato» (1. januar 2021)",
    },
  ],
  schema: age(18, 30),
  values: [
    { from: "2006-08-01", to: "2020-12-31", value: 23, source: { ref: "barnevernloven-1992/1-3" } },
    {
      from: "2021-01-01",
      value: 25,
      source: {
        ref: "barnevernloven-1992/1-3",
        locator: "endret med virkning fra 2021-01-01; fra 2023-01-01 barnevernsloven (2021) § 3-6",
      },
    },
  ],
});

/** Every parameter the consent rules read. */
export const CONSENT_PARAMETERS: readonly ParameterDef[] = [
  CONSENT_HEARD_AGE as ParameterDef,
  CONSENT_GREAT_WEIGHT_AGE as ParameterDef,
  CONSENT_HEALTH_PRIVACY_AGE as ParameterDef,
  CONSENT_INFORMATION_SOCIETY_AGE as ParameterDef,
  CONSENT_EDUCATION_CHOICE_AGE as ParameterDef,
  CONSENT_GUARDIAN_CONFIDENTIALITY_FROM as ParameterDef,
  CONSENT_VITAL_INFORMATION as ParameterDef,
  CONSENT_SHARE_AGE as ParameterDef,
  CONSENT_HEALTH_CONSENT_AGE as ParameterDef,
  CONSENT_MAJORITY_AGE as ParameterDef,
  CONSENT_AFTERCARE_UPPER_AGE as ParameterDef,
];
