import { defineRule } from "../core/rule.js";
import { CONSENT_EDUCATION_CHOICE_AGE } from "./parameters.js";

/** `consent.education-choice`: from 15 the young person chooses their own education. */
export const CONSENT_EDUCATION_CHOICE = defineRule({
  id: "consent.education-choice",
  area: "consent",
  strength: "statute",
  sources: [
    { ref: "barnelova/32" },
    { ref: "opplaringslova-1998/3-1", locator: "«Ungdom som har fylt 15 år, søkjer sjølv om inntak»; til 2024-07-31" },
    { ref: "opplaringslova-2023", locator: "fra 2024-08-01; the paragraph that carries this on was not found" },
  ],
  parameters: [CONSENT_EDUCATION_CHOICE_AGE],
  evaluatedBy: "consentTimeline",
});
