import { defineRule } from "../core/rule.js";
import { CONSENT_INFORMATION_SOCIETY_AGE } from "./parameters.js";

/** `consent.information-society`: consent to apps and social media from 13 (since 2018-07-20). */
export const CONSENT_INFORMATION_SOCIETY = defineRule({
  id: "consent.information-society",
  area: "consent",
  title: {
    nb: "Samtykke til informasjonssamfunnstjenester",
    nn: "Samtykke til informasjonssamfunnstenester",
    en: "Consent to information-society services",
  },
  summary: {
    nb: "Fra 13 år kan barnet selv samtykke til behandling av personopplysninger i informasjonssamfunnstjenester (apper, sosiale medier); for yngre barn samtykker foreldrene.",
    nn: "Frå 13 år kan barnet sjølv samtykkje til behandling av personopplysningar i informasjonssamfunnstenester (appar, sosiale medium); for yngre barn samtykkjer foreldra.",
    en: "From 13 the child may consent to the processing of personal data by information-society services (apps, social media); for younger children the parents consent.",
  },
  strength: "statute",
  sources: [
    { ref: "personopplysningsloven/5", locator: "in force from 2018-07-20" },
    { ref: "personvernforordningen/8" },
  ],
  parameters: [CONSENT_INFORMATION_SOCIETY_AGE],
  interpretation: {
    nb: "Et forslag fra 2025 om å heve alderen til 15 år er ikke vedtatt så langt det er kontrollert (parameteren `consent.information-society-age`).",
    nn: "Eit forslag frå 2025 om å heve alderen til 15 år er ikkje vedteke så langt det er kontrollert (parameteren `consent.information-society-age`).",
    en: "A 2025 proposal to raise the age to 15 was not enacted as far as checked (parameter `consent.information-society-age`).",
  },
  evaluatedBy: "consentTimeline",
});
