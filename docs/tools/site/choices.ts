/**
 * The enum values of the public functions' inputs in words, for the try-it form's choices
 * and checkboxes: by the field's path without row numbers (`targets`, `history.offers.x`)
 * and the value. The value itself stays the option's value and is shown beside the words,
 * so links, vectors and the JSON keep the code.
 *
 * The words follow the schemas' descriptions and the library's own vocabulary in
 * src/*\/messages (the NAV area's words for models, actors, themes, phases, meeting places,
 * angles and problem types; the consent area's kinds of information and legal bases; the
 * OT area's grounds for losing the right). Parameter values that are words are not here:
 * the library's texts label them (`values`). `test/site/choices.test.ts` checks that every
 * enum value of every input field has words in each language, and that nothing here names
 * a path or value that no longer exists.
 */
import type { Lang } from "./words.js";

export type ChoiceWords = Readonly<Record<Lang, string>>;

/** NAV's follow-up models, one in `model` and a list in `models`. */
const MODELS: Readonly<Record<string, ChoiceWords>> = {
  los: { nb: "losmodellen", nn: "losmodellen", en: "the los (pilot) model" },
  motivation: { nb: "motivasjonsmodellen", nn: "motivasjonsmodellen", en: "the motivation model" },
  maturation: { nb: "modningsmodellen", nn: "modningsmodellen", en: "the maturation model" },
};

export const CHOICES: Readonly<Record<string, Readonly<Record<string, ChoiceWords>>>> = {
  // OT: otTargetGroup, otContactTriggers, otDuties.
  lostRight: {
    expulsion: {
      nb: "bortvisning for resten av skoleåret",
      nn: "bortvising for resten av skuleåret",
      en: "expulsion for the rest of the school year",
    },
    "contract-termination": {
      nb: "heving av lære- eller opplæringskontrakt",
      nn: "heving av lære- eller opplæringskontrakt",
      en: "termination of the apprenticeship or training contract",
    },
    none: {
      nb: "har ikke tapt retten",
      nn: "har ikkje tapt retten",
      en: "did not lose the right",
    },
  },
  // Consent: consentToShare.
  otherLegalBasis: {
    none: {
      nb: "ikke noe annet lovlig grunnlag",
      nn: "ikkje noko anna lovleg grunnlag",
      en: "no other legal basis",
    },
    "public-body": {
      nb: "forvaltningsloven § 13 b første ledd nr. 5 (opplysninger til andre forvaltningsorganer)",
      nn: "forvaltningslova § 13 b første ledd nr. 5 (opplysningar til andre forvaltningsorgan)",
      en: "forvaltningsloven § 13 b første ledd nr. 5 (information to other public bodies)",
    },
    "report-offence": {
      nb: "forvaltningsloven § 13 b første ledd nr. 6 (anmeldelse av eller opplysninger om lovbrudd)",
      nn: "forvaltningslova § 13 b første ledd nr. 6 (melding om eller opplysningar om lovbrot)",
      en: "forvaltningsloven § 13 b første ledd nr. 6 (reporting a breach of the law)",
    },
    "avert-danger": {
      nb: "forvaltningsloven § 13 b første ledd nr. 7 (fare for liv eller helse)",
      nn: "forvaltningslova § 13 b første ledd nr. 7 (fare for liv eller helse)",
      en: "forvaltningsloven § 13 b første ledd nr. 7 (danger to life or health)",
    },
    "duty-to-avert": {
      nb: "avvergeplikten i straffeloven § 196",
      nn: "avvergingsplikta i straffelova § 196",
      en: "the duty to avert in straffeloven § 196",
    },
  },
  // Consent: consentGuardianDisclosure.
  information: {
    vital: { nb: "livsviktig informasjon", nn: "livsviktig informasjon", en: "vital information" },
    whereabouts: {
      nb: "hvor ungdommen oppholder seg",
      nn: "kvar ungdomen oppheld seg",
      en: "where the young person is staying",
    },
    serious: {
      nb: "alvorlig, men ikke livsviktig informasjon",
      nn: "alvorleg, men ikkje livsviktig informasjon",
      en: "serious but not vital information",
    },
    other: { nb: "annen informasjon", nn: "anna informasjon", en: "other information" },
    agreed: {
      nb: "det ungdommen har sagt seg enig i at kan deles med foreldrene",
      nn: "det ungdomen har sagt seg samd i at kan delast med foreldra",
      en: "what the young person has agreed may be shared with the parents",
    },
  },
  // NAV: navApproach.
  targets: {
    "all-youth-in-area": {
      nb: "alle ungdommer i området",
      nn: "alle ungdomar i området",
      en: "all young people in the area",
    },
    "groups-at-elevated-risk": {
      nb: "grupper med kjent forhøyet risiko som kanskje ennå ikke har klare problemer",
      nn: "grupper med kjend auka risiko som kanskje enno ikkje har klare problem",
      en: "groups with known elevated risk that may not yet have clear problems",
    },
    "individuals-with-signs-of-difficulty": {
      nb: "enkeltpersoner som viser tegn på vansker",
      nn: "einskildpersonar som viser teikn på vanskar",
      en: "individuals who show signs of difficulty",
    },
  },
  // NAV: navPartners.
  problems: {
    "substance-use-or-crime": { nb: "rus/kriminalitet", nn: "rus/kriminalitet", en: "substance use/crime" },
    "mental-ill-health": { nb: "psykisk uhelse", nn: "psykisk uhelse", en: "mental ill-health" },
    "lack-of-motivation-or-dropout": {
      nb: "motivasjonsmangel/drop-out",
      nn: "motivasjonsmangel/drop-out",
      en: "lack of motivation/drop-out",
    },
    "learning-difficulties": { nb: "lærevansker", nn: "lærevanskar", en: "learning difficulties" },
    "poor-finances-or-living-conditions": {
      nb: "dårlig økonomi/levekår",
      nn: "dårleg økonomi/levekår",
      en: "poor finances/living conditions",
    },
  },
  // NAV: navInclusionApproach's one model, navAssessCloseFollowUp's list of them.
  model: MODELS,
  models: MODELS,
  actors: {
    youth: { nb: "ungdommen", nn: "ungdomen", en: "the young person" },
    employer: { nb: "arbeidsgiveren", nn: "arbeidsgivaren", en: "the employer" },
    school: { nb: "skolen", nn: "skulen", en: "the school" },
    family: { nb: "familien", nn: "familien", en: "the family" },
  },
  themes: {
    "social-inclusion": { nb: "sosial innlemmelse", nn: "sosial innlemming", en: "social inclusion" },
    tasks: { nb: "fag eller arbeidsoppgaver", nn: "fag eller arbeidsoppgåver", en: "the subject or work tasks" },
    health: { nb: "helse", nn: "helse", en: "health" },
    "life-otherwise": { nb: "livet ellers", nn: "livet elles", en: "life otherwise" },
  },
  phases: {
    before: { nb: "før oppstart", nn: "før oppstart", en: "before the start" },
    during: { nb: "ved oppstart", nn: "ved oppstart", en: "at the start" },
    after: { nb: "etter oppstart", nn: "etter oppstart", en: "after the start" },
  },
  meetingPlace: {
    "ordinary-reception": {
      nb: "ordinært mottak på NAV-kontoret",
      nn: "ordinært mottak på NAV-kontoret",
      en: "the ordinary reception of the NAV office",
    },
    "youth-branch": { nb: "egen NAV Ung-filial", nn: "eigen NAV Ung-filial", en: "a NAV youth branch" },
    "youth-reception": { nb: "eget ungdomsmottak", nn: "eige ungdomsmottak", en: "a youth reception" },
    "youth-counsellor": {
      nb: "møte med en ungdomsveileder",
      nn: "møte med ein ungdomsrettleiar",
      en: "meetings with a youth counsellor",
    },
    "other-safe-place": {
      nb: "et annet trygt møtested",
      nn: "ein annan trygg møtestad",
      en: "another safe meeting place",
    },
  },
  prevention: {
    reactive: { nb: "reaktiv («brannslukking»)", nn: "reaktiv («brannsløkking»)", en: "reactive (fire-fighting)" },
    proactive: { nb: "proaktiv", nn: "proaktiv", en: "proactive" },
    "health-promoting": { nb: "helsefremmende", nn: "helsefremjande", en: "health-promoting" },
  },
};

/** An input's enum value in words, by the field's path (`targets`) and the value; `undefined` where there are none. */
export function choiceOf(lang: Lang, path: string, value: unknown): string | undefined {
  const byValue = Object.hasOwn(CHOICES, path) ? CHOICES[path] : undefined;
  const key = String(value);
  return byValue && Object.hasOwn(byValue, key) ? byValue[key]?.[lang] : undefined;
}
