import { defineRule } from "../core/rule.js";
import { CONSENT_HEALTH_CONSENT_AGE, CONSENT_HEALTH_PRIVACY_AGE } from "./parameters.js";

/** `consent.health`: health privacy towards parents from 12, health consent from 16. */
export const CONSENT_HEALTH = defineRule({
  id: "consent.health",
  area: "consent",
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
