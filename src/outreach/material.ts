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
  title: {
    nb: "Materielle minimumsstandarder",
    nn: "Materielle minimumsstandardar",
    en: "Material minimum standards",
  },
  summary: {
    nb: "Fem punkter: (1) eget driftsbudsjett; (2) egen kommunal tjenestebil eller faste avtaler om lån av bil; (3) egne egnede lokaler atskilt fra øvrige kommunale kontorer; (4) mobiltelefon til hver ansatt; (5) eget datalagringsverktøy for sensitive brukeropplysninger.",
    nn: "Fem punkt: (1) eige driftsbudsjett; (2) eigen kommunal tenestebil eller faste avtalar om lån av bil; (3) eigne eigna lokale skilde frå andre kommunale kontor; (4) mobiltelefon til kvar tilsett; (5) eige datalagringsverktøy for sensitive brukaropplysningar.",
    en: "Five points: (1) its own operating budget; (2) its own municipal car or fixed agreements to borrow one; (3) its own suitable premises apart from other municipal offices; (4) a mobile phone for every employee; (5) its own data storage tool for sensitive user data.",
  },
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
