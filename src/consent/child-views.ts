import { defineRule } from "../core/rule.js";
import { CONSENT_GREAT_WEIGHT_AGE, CONSENT_HEARD_AGE } from "./parameters.js";

/** `consent.child-views`: the child is heard from 7, and the child's view carries great weight from 12. */
export const CONSENT_CHILD_VIEWS = defineRule({
  id: "consent.child-views",
  area: "consent",
  strength: "statute",
  sources: [
    {
      ref: "grunnloven/104",
      locator: "binds public authorities: «Offentlige myndigheter har dermed en plikt til å lytte til barn» (Bufdir)",
    },
    {
      ref: "barnekonvensjonen/12",
      locator: "«retten til fritt å gi uttrykk for disse synspunkter i alle forhold som vedrører barnet»",
    },
    { ref: "barnelova/31", locator: "the ages 7 and 12, for the parents' decisions in personal matters" },
  ],
  parameters: [CONSENT_HEARD_AGE, CONSENT_GREAT_WEIGHT_AGE],
  evaluatedBy: "consentTimeline",
});
