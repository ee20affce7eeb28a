import { defineRule } from "../core/rule.js";

/** `outreach.leadership`: a professional leader; even with two employees, one leads or coordinates. */
export const OUTREACH_LEADERSHIP = /* @__PURE__ */ defineRule({
  id: "outreach.leadership",
  area: "outreach",
  strength: "recommendation",
  sources: [
    {
      ref: "losu-korus-veileder",
      locator:
        "«Det må derfor være en faglig leder som også har anledning til å følge ansatte tett i det daglige arbeidet»",
    },
    {
      ref: "losu-korus-veileder",
      locator:
        "«Også i mindre tjenester, med bare to ansatte, bør én ha et lederansvar eller definerte koordinatorfunksjoner»",
    },
  ],
  parameters: [],
  evaluatedBy: "outreachAssessService",
});
