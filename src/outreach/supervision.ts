import { defineRule } from "../core/rule.js";

/** `outreach.supervision`: staff have access to supervision and reflection. */
export const OUTREACH_SUPERVISION = /* @__PURE__ */ defineRule({
  id: "outreach.supervision",
  area: "outreach",
  strength: "recommendation",
  sources: [
    {
      ref: "losu-korus-veileder",
      locator: "«oppsøkende sosialarbeidere også behov for veiledning og refleksjon rundt egen praksis»",
    },
    {
      ref: "losu-korus-veileder",
      locator: "«Å legge til rette for veiledning og faglig refleksjon er en nødvendig forutsetning»",
    },
  ],
  parameters: [],
  evaluatedBy: "outreachAssessService",
});
