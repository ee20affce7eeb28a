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
    nb: "Fra 12 år kan pasienten be om at foreldrene ikke får opplysninger, av grunner som bør respekteres. Fra 16 år samtykker ungdommen selv til helsehjelp (helserettslig myndighetsalder). Så lenge pasienten er under 18 år, skal foreldrene likevel få informasjon som er nødvendig for å oppfylle foreldreansvaret (§ 3-4 fjerde ledd); fra 16 år får de bare det.",
    nn: "Frå 12 år kan pasienten be om at foreldra ikkje får opplysningar, av grunnar som bør respekterast. Frå 16 år samtykkjer ungdommen sjølv til helsehjelp (helserettsleg myndigheitsalder). Så lenge pasienten er under 18 år, skal foreldra likevel få informasjon som er nødvendig for å oppfylle foreldreansvaret (§ 3-4 fjerde ledd); frå 16 år får dei berre det.",
    en: "From 12 a patient may ask, for reasons that should be respected, that the parents are not told. From 16 the young person consents to health care themselves. While the patient is under 18 the parents still get the information they need to carry out parental responsibility (§ 3-4 fourth paragraph); from 16 they get only that.",
  },
  strength: "statute",
  sources: [
    { ref: "pasient-og-brukerrettighetsloven/3-4", locator: "information to parents (amended 2018-01-01)" },
    {
      ref: "pasient-og-brukerrettighetsloven/3-4",
      locator:
        "fjerde ledd: «informasjon som er nødvendig for å oppfylle foreldreansvaret» skal likevel gis foreldrene når pasienten er under 18 år; mellom 16 og 18 år bare det (Helsedirektoratets kommentar)",
    },
    { ref: "pasient-og-brukerrettighetsloven/4-3", locator: "health consent from 16 (amended 2018-01-01)" },
  ],
  parameters: [CONSENT_HEALTH_PRIVACY_AGE, CONSENT_HEALTH_CONSENT_AGE],
  evaluatedBy: "consentTimeline",
});
