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
  title: {
    nb: "Alder for å bli hørt i personlige forhold",
    nn: "Alder for å bli høyrd i personlege forhold",
    en: "Age from which the child shall be heard",
  },
  unit: "years",
  strength: "statute",
  sources: [{ ref: "barnelova/31", locator: "from 7 the child shall be heard in personal matters" }],
  schema: age(0, 18),
  values: [{ from: "2006-08-01", value: 7 }],
});

/** From this age the child's view carries great weight (barnelova § 31). */
export const CONSENT_GREAT_WEIGHT_AGE = defineParameter<number>({
  id: "consent.great-weight-age",
  title: {
    nb: "Alder da barnets mening skal tillegges stor vekt",
    nn: "Alder då meininga til barnet skal leggjast stor vekt på",
    en: "Age from which the child's view carries great weight",
  },
  unit: "years",
  strength: "statute",
  sources: [{ ref: "barnelova/31", locator: "from 12 great weight shall be given to the child's view" }],
  schema: age(0, 18),
  values: [{ from: "2006-08-01", value: 12 }],
});

/** From this age (until health consent at 16) a patient may ask that the parents are not told. */
export const CONSENT_HEALTH_PRIVACY_AGE = defineParameter<number>({
  id: "consent.health-privacy-age",
  title: {
    nb: "Alder da ungdommen kan be om at foreldrene ikke får helseopplysninger",
    nn: "Alder då ungdommen kan be om at foreldra ikkje får helseopplysningar",
    en: "Age from which a patient may ask that the parents are not told",
  },
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
  title: {
    nb: "Alder for samtykke til informasjonssamfunnstjenester",
    nn: "Alder for samtykke til informasjonssamfunnstenester",
    en: "Age of consent to information-society services",
  },
  unit: "years",
  strength: "statute",
  sources: [
    { ref: "personopplysningsloven/5", locator: "the age limit under GDPR article 8(1) is 13" },
    { ref: "personvernforordningen/8" },
  ],
  interpretation: {
    nb: "Et forslag fra 2025 om å heve grensen til 15 år er ikke vedtatt så langt det er kontrollert. Overstyr verdien for å regne på en slik endring. Før 2018-07-20 satte ingen lov en slik alder (verdien er null).",
    nn: "Eit forslag frå 2025 om å heve grensa til 15 år er ikkje vedteke så langt det er kontrollert. Overstyr verdien for å rekne på ei slik endring. Før 2018-07-20 sette inga lov ein slik alder (verdien er null).",
    en: "A 2025 proposal to raise the age to 15 was not enacted as far as checked. Override the value to compute such a change. Before 2018-07-20 no statute set such an age (the value is null).",
  },
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
  title: {
    nb: "Alder for å bestemme selv over valg av utdanning",
    nn: "Alder for å avgjere sjølv val av utdanning",
    en: "Age from which the young person chooses their own education",
  },
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
  title: {
    nb: "Når taushetsplikten overfor foresatte begynner («over 15 år»)",
    nn: "Når teieplikta overfor føresette byrjar («over 15 år»)",
    en: "When confidentiality towards the guardians starts (“over 15 år”)",
  },
  unit: "choice",
  strength: "recommendation",
  sources: [
    {
      ref: "losu-korus-veileder",
      locator: "«Den oppsøkende ungdomstjenesten har taushetsplikt overfor foresatte til ungdom over 15 år.»",
    },
    { ref: "pasient-og-brukerrettighetsloven/3-4", locator: "statutory analogue in health care: 12 and 16" },
  ],
  interpretation: {
    nb: "15 år er LOSU-veilederens alder; ingen lov setter den for disse tjenestene (lovfestede analogier: pasient- og brukerrettighetsloven §§ 3-4 og 4-3). «Over 15 år» leses som fra 15-årsdagen (den som har fylt 15, er «over 15» i vanlig tale). Verdien «16th-birthday» velger den strenge lesemåten: eldre enn 15 år, altså fra 16-årsdagen.",
    nn: "15 år er alderen i LOSU-rettleiaren; inga lov set han for desse tenestene (lovfesta analogiar: pasient- og brukarrettslova §§ 3-4 og 4-3). «Over 15 år» er lese som frå 15-årsdagen (den som har fylt 15, er «over 15» i vanleg tale). Verdien «16th-birthday» vel den strenge lesemåten: eldre enn 15 år, altså frå 16-årsdagen.",
    en: "15 is the LOSU guide's age; no statute sets it for these services (statutory analogues: pasient- og brukerrettighetsloven §§ 3-4 and 4-3). “Over 15 år” is read as from the 15th birthday (someone who has turned 15 is “over 15” in everyday speech). The value “16th-birthday” selects the strict reading: older than 15, so from the 16th birthday.",
  },
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
  title: {
    nb: "Livsviktig informasjon til foresatte: kan eller må",
    nn: "Livsviktig informasjon til føresette: kan eller må",
    en: "Vital information to guardians: may or must",
  },
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
  interpretation: {
    nb: "«Taushetsplikten gjelder ikke livsviktig informasjon» leses som at tjenesten kan informere (taushetsplikten er løftet); den adgangen har også grunnlag i loven (forvaltningsloven § 13 b første ledd nr. 7). Verdien «must-inform» velger den sterkere lesemåten: livsviktig informasjon må gis til foresatte så lenge de har foreldreansvar. Den plikten er veilederens lesemåte; ingen lov som gjør det til en plikt, er funnet, derfor anbefaling.",
    nn: "«Taushetsplikten gjelder ikke livsviktig informasjon» er lese som at tenesta kan informere (teieplikta er løfta); den tilgangen har òg grunnlag i lova (forvaltningslova § 13 b første ledd nr. 7). Verdien «must-inform» vel den sterkare lesemåten: livsviktig informasjon må givast til føresette så lenge dei har foreldreansvar. Den plikta er lesemåten til rettleiaren; inga lov som gjer det til ei plikt, er funnen, difor tilråding.",
    en: "“Taushetsplikten gjelder ikke livsviktig informasjon” is read as a permission: the service may inform (confidentiality is lifted), a permission the statute also gives (forvaltningsloven § 13 b første ledd nr. 7). The value “must-inform” selects the stronger reading: vital information must be given to guardians while they hold parental responsibility. That duty is the guide's reading; no statute making it one was found, hence recommendation.",
  },
  schema: z.enum(["may-inform", "must-inform"]),
  values: [{ from: "2006-08-01", value: "may-inform" }],
});

/** From this age the young person consents to named discussion with other agencies. */
export const CONSENT_SHARE_AGE = defineParameter<number>({
  id: "consent.share-consent-age",
  title: {
    nb: "Alder for å samtykke selv til at saken drøftes med andre instanser",
    nn: "Alder for å samtykkje sjølv til at saka blir drøfta med andre instansar",
    en: "Age from which the young person consents to sharing with other agencies",
  },
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
  interpretation: {
    nb: "16 år er LOSU-veilederens alder for de oppsøkende tjenestene (for OT en analogi); ingen lov setter den for disse tjenestene. Forvaltningsloven § 13 a nevner ingen alder; lovfestede analogier er pasient- og brukerrettighetsloven § 4-3 (16 år) og § 3-4.",
    nn: "16 år er alderen i LOSU-rettleiaren for dei oppsøkjande tenestene (for OT ein analogi); inga lov set han for desse tenestene. Forvaltningslova § 13 a nemner ingen alder; lovfesta analogiar er pasient- og brukarrettslova § 4-3 (16 år) og § 3-4.",
    en: "16 is the LOSU guide's age for outreach services (for OT an analogy); no statute sets it for these services. Forvaltningsloven § 13 a names no age; statutory analogues are pasient- og brukerrettighetsloven § 4-3 (16) and § 3-4.",
  },
  schema: age(0, 18),
  values: [{ from: "2006-08-01", value: 16 }],
});

/** From this age the young person consents to health care themselves (helserettslig myndighetsalder). */
export const CONSENT_HEALTH_CONSENT_AGE = defineParameter<number>({
  id: "consent.health-consent-age",
  title: {
    nb: "Helserettslig myndighetsalder",
    nn: "Helserettsleg myndigheitsalder",
    en: "Age of consent to health care",
  },
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
  title: { nb: "Myndighetsalder", nn: "Myndigheitsalder", en: "Age of majority" },
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
  title: {
    nb: "Øvre alder for ettervern i barnevernet",
    nn: "Øvre alder for ettervern i barnevernet",
    en: "Upper age of child-welfare aftercare",
  },
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
  interpretation: {
    nb: "Verdien som gjelder for en person, er den som gjaldt den dagen personen nådde den: 25 år for den som fyller 23 år fra 2021-01-01 («med direkte virkning for unge voksne som fyller 23 år fra samme dato»), 23 år for den som fylte 23 før. Verdien 26 velger lesemåten «til og med 25 år».",
    nn: "Verdien som gjeld for ein person, er den som galdt den dagen personen nådde henne: 25 år for den som fyller 23 år frå 2021-01-01 («med direkte virkning for unge voksne som fyller 23 år fra samme dato»), 23 år for den som fylte 23 før. Verdien 26 vel lesemåten «til og med 25 år».",
    en: "The value that applies to a person is the one in force on the day they reach it: 25 for those who turn 23 from 2021-01-01 («med direkte virkning for unge voksne som fyller 23 år fra samme dato»), 23 for those who turned 23 before. The value 26 selects the reading “through age 25”.",
  },
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

/** Old name, kept only for `./messages.ts` until its rewrite into per-language catalogues; not exported by the package. */
export type GuardianConfidentialityFrom = ConsentGuardianConfidentialityFrom;
