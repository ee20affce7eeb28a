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
  title: {
    nb: "Strukturelle suksesskriterier",
    nn: "Strukturelle suksesskriterium",
    en: "Structural success criteria",
  },
  summary: {
    nb: "Fem punkter: (1) mandat og oppgaver definert politisk eller på rådmannsnivå; (2) klare rammer for forholdet mellom oppsøkende og oppfølgende arbeid (20–40 % utetid); (3) rom for et selvstendig faglig grunnlag; (4) ansatte trekkes ikke inn som saksbehandlere for barnevernet eller andre; (5) ansvar og myndighet avklart med overordnet ledelse.",
    nn: "Fem punkt: (1) mandat og oppgåver definerte politisk eller på rådmannsnivå; (2) klare rammer for forholdet mellom oppsøkjande og oppfølgjande arbeid (20–40 % utetid); (3) rom for eit sjølvstendig fagleg grunnlag; (4) tilsette blir ikkje trekte inn som saksbehandlarar for barnevernet eller andre; (5) ansvar og mynde avklart med overordna leiing.",
    en: "Five points: (1) mandate and tasks defined politically or at chief-executive level; (2) a clear frame for the balance of outreach and follow-up work (20–40 % field time); (3) room for an independent professional basis; (4) staff are not drawn in as case workers for child welfare or others; (5) responsibilities and authority clarified with management.",
  },
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
