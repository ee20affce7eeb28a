import { defineRule } from "../core/rule.js";
import { CONSENT_MAJORITY_AGE } from "./parameters.js";

/** `consent.majority`: at 18 the guardians' parental responsibility and right to information end. */
export const CONSENT_MAJORITY = defineRule({
  id: "consent.majority",
  area: "consent",
  strength: "statute",
  sources: [
    { ref: "vergemalsloven/2", locator: "a minor is a person under 18" },
    { ref: "barnelova/30", locator: "parental responsibility for the child (under 18)" },
    { ref: "losu-korus-veileder", locator: "«fram til den unge fyller 18 år»" },
  ],
  parameters: [CONSENT_MAJORITY_AGE],
  evaluatedBy: "consentGuardianDisclosure",
});
