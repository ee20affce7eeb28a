import { defineRule } from "../core/rule.js";
import { CONSENT_AFTERCARE_UPPER_AGE } from "./parameters.js";

/**
 * `consent.aftercare`: child-welfare measures may continue after 18, with consent, until 25;
 * until 23 for those who turned 23 before 2021-01-01.
 */
export const CONSENT_AFTERCARE = defineRule({
  id: "consent.aftercare",
  area: "consent",
  strength: "statute",
  sources: [
    { ref: "barnevernloven-1992/1-3", locator: "until 2022-12-31" },
    { ref: "barnevernsloven-2021/3-6", locator: "from 2023-01-01" },
    {
      ref: "bufdir-ettervern-25",
      locator:
        "«… vil lovendringen tre i kraft 1. januar 2021, med direkte virkning for unge voksne som fyller 23 år fra samme dato.»",
    },
    { ref: "prop-84-l-2019-2020/kap-3", locator: "Utvidet aldersgrense for rett til ettervern" },
  ],
  parameters: [CONSENT_AFTERCARE_UPPER_AGE],
  evaluatedBy: "consentTimeline",
});
