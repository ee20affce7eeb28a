import { defineRule } from "../core/rule.js";
import { CONSENT_HEALTH_CONSENT_AGE, CONSENT_HEALTH_PRIVACY_AGE } from "./parameters.js";

/** `consent.health`: health privacy towards parents from 12, health consent from 16. */
export const CONSENT_HEALTH = defineRule({
  id: "consent.health",
  area: "consent",
  title: {
    nb: "Samtykke og taushetsplikt i helsehjelp",
    nn: "Samtykke og teieplikt i helsehjelp",
    en: "Consent and confidentiality in health care",
  },
  summary: {
    nb: "Fra 12 år kan pasienten be om at foreldrene ikke får opplysninger, av grunner som bør respekteres. Fra 16 år samtykker ungdommen selv til helsehjelp (helserettslig myndighetsalder), og foreldrene får bare opplysninger som trengs for å ivareta foreldreansvaret.",
    nn: "Frå 12 år kan pasienten be om at foreldra ikkje får opplysningar, av grunnar som bør respekterast. Frå 16 år samtykkjer ungdommen sjølv til helsehjelp (helserettsleg myndigheitsalder), og foreldra får berre opplysningar som trengst for å ta vare på foreldreansvaret.",
    en: "From 12 a patient may ask, for reasons that should be respected, that the parents are not told. From 16 the young person consents to health care themselves, and the parents get only the information parental responsibility needs.",
  },
  strength: "statute",
  sources: [
    { ref: "pasient-og-brukerrettighetsloven/3-4", locator: "information to parents (amended 2018-01-01)" },
    { ref: "pasient-og-brukerrettighetsloven/4-3", locator: "health consent from 16 (amended 2018-01-01)" },
  ],
  parameters: [CONSENT_HEALTH_PRIVACY_AGE, CONSENT_HEALTH_CONSENT_AGE],
  evaluatedBy: "consentTimeline",
});
