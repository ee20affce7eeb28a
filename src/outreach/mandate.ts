import { defineRule } from "../core/rule.js";
import type { OutreachCriterion } from "./criteria.js";
import type { OutreachMandate } from "./schemas.js";

const CONTENTS =
  "«Eksempler på dette er målgrupper, definerte ansvarsoppgaver i den kommunale forvaltningen, personal- og driftsmessige rammevilkår, og anvendelse av taushetsplikten»";

/** What a mandate states, in the guide's order. */
export const OUTREACH_MANDATE_CRITERIA = [
  { id: "target-groups", fact: "targetGroups", locator: CONTENTS },
  { id: "responsibilities", fact: "responsibilities", locator: CONTENTS },
  { id: "staffing-and-operating-conditions", fact: "staffingAndOperatingConditions", locator: CONTENTS },
  { id: "confidentiality", fact: "confidentiality", locator: CONTENTS },
  {
    id: "age-span",
    fact: "ageSpan",
    locator: "«Mandatet bør også definere hvilket aldersspenn tjenesten skal arbeide med»",
  },
  {
    id: "politically-anchored",
    fact: "politicallyAnchored",
    locator: "«Erfaringsmessig er det viktig at mandatet er politisk forankret»",
  },
] as const satisfies readonly OutreachCriterion<keyof OutreachMandate>[];

/** `outreach.mandate`: what the service's mandate states, and its political anchoring. */
export const OUTREACH_MANDATE = /* @__PURE__ */ defineRule({
  id: "outreach.mandate",
  area: "outreach",
  strength: "recommendation",
  sources: [
    {
      ref: "losu-korus-veileder",
      locator: "«er det særdeles viktig at tjenesten har et mandat å arbeide etter»",
    },
    { ref: "losu-korus-veileder", locator: CONTENTS },
    {
      ref: "losu-korus-veileder",
      locator: "«Mandatet bør også definere hvilket aldersspenn tjenesten skal arbeide med»",
    },
    { ref: "losu-korus-veileder", locator: "«Erfaringsmessig er det viktig at mandatet er politisk forankret»" },
    {
      ref: "losu-korus-veileder",
      locator:
        "«Skal man prioritere målgruppen 13–21 år, må mandatet presisere betydningen av forholdet mellom tidlig intervensjon (rekruttering) og langvarig oppfølging (relasjonsbygging)»",
    },
  ],
  parameters: [],
  evaluatedBy: "outreachAssessService",
});
