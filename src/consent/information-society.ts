import { defineRule } from "../core/rule.js";
import { CONSENT_INFORMATION_SOCIETY_AGE } from "./parameters.js";

/** `consent.information-society`: consent to apps and social media from 13 (since 2018-07-20). */
export const CONSENT_INFORMATION_SOCIETY = defineRule({
  id: "consent.information-society",
  area: "consent",
  strength: "statute",
  sources: [
    { ref: "personopplysningsloven/5", locator: "in force from 2018-07-20" },
    { ref: "personvernforordningen/8" },
  ],
  parameters: [CONSENT_INFORMATION_SOCIETY_AGE],
  evaluatedBy: "consentTimeline",
});
