import { defineRule } from "../core/rule.js";
import { OUTREACH_SOCIAL_WORK_MAJORITY } from "./parameters.js";

/** `outreach.qualifications`: the majority of outreach workers have social-work education. */
export const OUTREACH_QUALIFICATIONS = /* @__PURE__ */ defineRule({
  id: "outreach.qualifications",
  area: "outreach",
  strength: "recommendation",
  sources: [
    { ref: "losu-korus-veileder", locator: "«Majoriteten av oppsøkerne bør derfor ha sosialfaglig utdanning»" },
    {
      ref: "losu-korus-veileder",
      locator: "«Sosialantropologer, pedagoger, psykologer, sykepleiere og sosiologer har gitt viktige bidrag»",
    },
  ],
  parameters: [OUTREACH_SOCIAL_WORK_MAJORITY],
  evaluatedBy: "outreachAssessService",
});
