import { defineRule } from "../core/rule.js";

/** `outreach.diversity`: compose teams with regard to gender and ethnicity. */
export const OUTREACH_DIVERSITY = /* @__PURE__ */ defineRule({
  id: "outreach.diversity",
  area: "outreach",
  strength: "recommendation",
  sources: [
    {
      ref: "losu-korus-veileder",
      locator: "«Å ta hensyn til kjønn og etnisitet når man setter sammen et oppsøkende team»",
    },
    { ref: "losu-korus-veileder", locator: "«Også forskjeller i alder og fagbakgrunn kan være en styrke»" },
  ],
  parameters: [],
  evaluatedBy: "outreachAssessService",
});
