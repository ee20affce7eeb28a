import { defineRule } from "../core/rule.js";
import { CONSENT_EDUCATION_CHOICE_AGE } from "./parameters.js";

/** `consent.education-choice`: from 15 the young person chooses their own education. */
export const CONSENT_EDUCATION_CHOICE = defineRule({
  id: "consent.education-choice",
  area: "consent",
  title: {
    nb: "Valg av utdanning fra 15 år",
    nn: "Val av utdanning frå 15 år",
    en: "Choice of education from 15",
  },
  summary: {
    nb: "Fra 15 år bestemmer ungdommen selv valg av utdanning og innmelding i eller utmelding av foreninger, og søker selv videregående opplæring.",
    nn: "Frå 15 år avgjer ungdommen sjølv val av utdanning og innmelding i eller utmelding av foreiningar, og søkjer sjølv vidaregåande opplæring.",
    en: "From 15 the young person decides on their own education and on joining or leaving associations, and applies for upper secondary education themselves.",
  },
  strength: "statute",
  sources: [
    { ref: "barnelova/32" },
    { ref: "opplaringslova-1998/3-1", locator: "«Ungdom som har fylt 15 år, søkjer sjølv om inntak»; til 2024-07-31" },
    { ref: "opplaringslova-2023", locator: "fra 2024-08-01; the paragraph that carries this on was not found" },
  ],
  parameters: [CONSENT_EDUCATION_CHOICE_AGE],
  evaluatedBy: "consentTimeline",
});
