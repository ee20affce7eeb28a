import { defineRule } from "../core/rule.js";
import type { OutreachCriterion } from "./criteria.js";
import type { OutreachMaterial } from "./schemas.js";

/** The five material minimum standards, in the guide's order. */
export const OUTREACH_MATERIAL_CRITERIA = [
  {
    id: "operating-budget",
    fact: "operatingBudget",
    locator: "«Den oppsøkende tjenesten bør derfor ha eget driftsbudsjett»",
  },
  {
    id: "car",
    fact: "car",
    locator:
      "«Tjenesten må ha tilgang til en egen kommunal tjenestebil … må man kunne ha faste avtaler om lån av bil fra samarbeidspartnere»",
  },
  {
    id: "premises",
    fact: "premises",
    locator: "«Tjenesten må ha egne egnede lokaler som ligger atskilt fra øvrige kommunale kontorer»",
  },
  {
    id: "mobile-phones",
    fact: "mobilePhones",
    locator: "«Tjenesten skal ha mobiltelefoner til hver av de ansatte»",
  },
  {
    id: "data-storage",
    fact: "dataStorage",
    locator: "«Tjenesten må ha eget datalagringsverktøy hvor sensitive brukeropplysninger lagres»",
  },
] as const satisfies readonly OutreachCriterion<keyof OutreachMaterial>[];

/** `outreach.material`: LOSU's five material minimum standards. */
export const OUTREACH_MATERIAL = /* @__PURE__ */ defineRule({
  id: "outreach.material",
  area: "outreach",
  strength: "recommendation",
  sources: [
    {
      ref: "losu-korus-veileder",
      locator:
        "«en fempunktsliste som kort beskriver viktige suksesskriterier for hvilke materielle minimumsstandarder»",
    },
    ...OUTREACH_MATERIAL_CRITERIA.map((c) => ({ ref: "losu-korus-veileder" as const, locator: c.locator })),
  ],
  parameters: [],
  evaluatedBy: "outreachAssessService",
});
