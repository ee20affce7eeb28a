import { defineRule } from "../core/rule.js";

/** `consent.duty-to-report`: once triggered, information goes to child welfare without consent. */
export const CONSENT_DUTY_TO_REPORT = defineRule({
  id: "consent.duty-to-report",
  area: "consent",
  strength: "statute",
  sources: [
    { ref: "barnevernloven-1992/6-4", locator: "i kraft til 2022-12-31" },
    {
      ref: "barnevernsloven-2021/13-2",
      locator: "i kraft fra 2023-01-01",
    },
    {
      ref: "losu-korus-veileder",
      locator: "«Så lenge meldeplikten ikke er utløst, gjelder lovverkets krav om taushetsplikt.»",
    },
  ],
  parameters: [],
  evaluatedBy: "consentToShare",
});
