import { defineRule } from "../core/rule.js";
import type { OutreachCriterion } from "./criteria.js";
import type { OutreachStructure } from "./schemas.js";

/** The five structural success criteria, in the guide's order. */
export const OUTREACH_STRUCTURE_CRITERIA = [
  {
    id: "mandate-defined",
    fact: "mandateDefined",
    locator:
      "«Tjenestens mandat og arbeidsoppgaver skal være klart definert ut fra politiske føringer eller administrative vedtak på rådmannsnivå»",
  },
  {
    id: "field-time-frame",
    fact: "fieldTimeFrame",
    locator:
      "«Den oppsøkende tjenesten bør få klare rammer for hvordan forholdet mellom oppsøkende og oppfølgende arbeid skal vektes»",
  },
  {
    id: "independent-basis",
    fact: "independentBasis",
    locator: "«Tjenesten må derfor ha rom og tid til å arbeide på et selvstendig, faglig grunnlag»",
  },
  {
    id: "not-case-workers",
    fact: "notCaseWorkers",
    locator: "«Ansatte skal ikke kunne trekkes inn som saksbehandlere for barneverntjenesten eller andre instanser»",
  },
  {
    id: "responsibilities-clarified",
    fact: "responsibilitiesClarified",
    locator:
      "«Tjenestens ansvarsområder og myndighet må være avklart mellom tjenestens leder/ koordinator og overordnet ledersjikt»",
  },
] as const satisfies readonly OutreachCriterion<keyof OutreachStructure>[];

/** `outreach.structure`: LOSU's five structural success criteria. */
export const OUTREACH_STRUCTURE = /* @__PURE__ */ defineRule({
  id: "outreach.structure",
  area: "outreach",
  strength: "recommendation",
  sources: [
    {
      ref: "losu-korus-veileder",
      locator:
        "«LOSU utarbeidet en fempunktsliste som kort beskriver viktige suksesskriterier … i den kommunale strukturen»",
    },
    ...OUTREACH_STRUCTURE_CRITERIA.map((c) => ({ ref: "losu-korus-veileder" as const, locator: c.locator })),
  ],
  parameters: [],
  evaluatedBy: "outreachAssessService",
});
