import { defineRule } from "../core/rule.js";

/** `outreach.supervision`: staff have access to supervision and reflection. */
export const OUTREACH_SUPERVISION = /* @__PURE__ */ defineRule({
  id: "outreach.supervision",
  area: "outreach",
  title: { nb: "Veiledning", nn: "Rettleiing", en: "Supervision" },
  summary: {
    nb: "Oppsøkende sosialarbeidere har behov for veiledning og refleksjon rundt egen praksis; å legge til rette for det er en nødvendig forutsetning for et profesjonelt oppsøkende arbeid.",
    nn: "Oppsøkjande sosialarbeidarar har behov for rettleiing og refleksjon kring eigen praksis; å leggje til rette for det er ein naudsynt føresetnad for eit profesjonelt oppsøkjande arbeid.",
    en: "Outreach social workers need supervision and reflection on their own practice; providing it is a necessary condition for professional outreach work.",
  },
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
