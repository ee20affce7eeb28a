import { defineRule } from "../core/rule.js";
import { OUTREACH_PAIR_SIZE } from "./parameters.js";

/** `outreach.pairs`: outreach work is never done alone but in pairs. */
export const OUTREACH_PAIRS = /* @__PURE__ */ defineRule({
  id: "outreach.pairs",
  area: "outreach",
  strength: "recommendation",
  sources: [
    {
      ref: "losu-korus-veileder",
      locator: "«Det oppsøkende arbeidet skal ikke utøves alene. Det foregår i par der to oppsøkere arbeider sammen»",
    },
    {
      ref: "losu-korus-veileder",
      locator:
        "«Hvis det bare er en stillingshjemmel til rådighet, anbefales det å dele denne i to 50 %-stillinger hvis ikke teamarbeidet kan dekkes opp på annen måte»",
    },
  ],
  parameters: [OUTREACH_PAIR_SIZE],
  evaluatedBy: "outreachStaffing",
});
