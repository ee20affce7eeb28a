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
  title: { nb: "Mandat", nn: "Mandat", en: "Mandate" },
  summary: {
    nb: "Fordi tjenesten ikke er lovfestet, trenger den et mandat som presiserer målgrupper, ansvarsoppgaver, personal- og driftsmessige rammevilkår, anvendelse av taushetsplikten og aldersspennet. Mandatet bør være politisk forankret. Prioriteres 13–21 år, må mandatet presisere forholdet mellom tidlig intervensjon og langvarig oppfølging.",
    nn: "Fordi tenesta ikkje er lovfesta, treng ho eit mandat som presiserer målgrupper, ansvarsoppgåver, personal- og driftsmessige rammevilkår, bruken av teieplikta og aldersspennet. Mandatet bør vere politisk forankra. Blir 13–21 år prioritert, må mandatet presisere forholdet mellom tidleg intervensjon og langvarig oppfølging.",
    en: "Since the service is not statutory, it needs a mandate stating target groups, responsibilities, staffing and operating conditions, how confidentiality is applied, and the age span. The mandate should be politically anchored. Where 13–21 is prioritised, the mandate must state the balance between early intervention and long-term follow-up.",
  },
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
  interpretation: {
    nb: "Veilederen gir innholdet som eksempler («Eksempler på dette er …»); vurderingen behandler hvert av dem som et punkt mandatet bør dekke. Aldersspennet i mandatet brukes i de andre funksjonene gjennom parameterne `outreach.age-min` og `outreach.age-max`.",
    nn: "Rettleiaren gir innhaldet som døme («Eksempler på dette er …»); vurderinga handsamar kvart av dei som eit punkt mandatet bør dekkje. Aldersspennet i mandatet blir brukt i dei andre funksjonane gjennom parametrane `outreach.age-min` og `outreach.age-max`.",
    en: "The guide gives the contents as examples (“Eksempler på dette er …”); the assessment treats each as a point the mandate should cover. The mandate's age span reaches the other functions through the parameters `outreach.age-min` and `outreach.age-max`.",
  },
  evaluatedBy: "outreachAssessService",
});
