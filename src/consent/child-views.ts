import { defineRule } from "../core/rule.js";
import { CONSENT_GREAT_WEIGHT_AGE, CONSENT_HEARD_AGE } from "./parameters.js";

/** `consent.child-views`: the child is heard from 7, and the child's view carries great weight from 12. */
export const CONSENT_CHILD_VIEWS = defineRule({
  id: "consent.child-views",
  area: "consent",
  title: {
    nb: "Barnets rett til å bli hørt",
    nn: "Retten barnet har til å bli høyrd",
    en: "The child's right to be heard",
  },
  summary: {
    nb: "Barn har rett til å bli hørt i saker som gjelder dem, og meningen deres skal tillegges vekt etter alder og modenhet (Grunnloven § 104, barnekonvensjonen artikkel 12); det binder offentlige tjenester. Barnelova § 31, som gjelder foreldrenes avgjørelser, setter aldrene: fra 7 år skal barnet få si sin mening før det tas avgjørelser om personlige forhold; fra 12 år skal barnets mening tillegges stor vekt.",
    nn: "Barn har rett til å bli høyrde i saker som gjeld dei, og meininga deira skal leggjast vekt på etter alder og modning (Grunnlova § 104, barnekonvensjonen artikkel 12); det bind offentlege tenester. Barnelova § 31, som gjeld avgjerdene til foreldra, set aldrane: frå 7 år skal barnet få seie meininga si før det blir teke avgjerder om personlege forhold; frå 12 år skal det leggjast stor vekt på kva barnet meiner.",
    en: "Children have a right to be heard in matters that concern them, their views given weight by age and maturity (Grunnloven § 104, barnekonvensjonen article 12); this binds public services. barnelova § 31, which governs the parents' decisions, sets the ages: from 7 the child shall be heard before decisions on personal matters; from 12 the child's view carries great weight.",
  },
  strength: "statute",
  strengthNote: {
    nb: "Grunnloven § 104 og barnekonvensjonen binder tjenestene; aldrene er fra barnelova § 31",
    nn: "Grunnlova § 104 og barnekonvensjonen bind tenestene; aldrane er frå barnelova § 31",
    en: "Grunnloven § 104 and barnekonvensjonen bind the services; the ages are barnelova § 31's",
  },
  sources: [
    {
      ref: "grunnloven/104",
      locator: "binds public authorities: «Offentlige myndigheter har dermed en plikt til å lytte til barn» (Bufdir)",
    },
    {
      ref: "barnekonvensjonen/12",
      locator: "«retten til fritt å gi uttrykk for disse synspunkter i alle forhold som vedrører barnet»",
    },
    { ref: "barnelova/31", locator: "the ages 7 and 12, for the parents' decisions in personal matters" },
  ],
  parameters: [CONSENT_HEARD_AGE, CONSENT_GREAT_WEIGHT_AGE],
  interpretation: {
    nb: "Barnelova § 31 gjelder foreldrene; en ungdomstjeneste er bundet av Grunnloven § 104 og barnekonvensjonen artikkel 12 (gjennom menneskerettsloven), som ikke nevner noen alder, men sier at meningen skal tillegges vekt etter alder og modenhet. Biblioteket viser barnelovas aldre 7 og 12 år som felles holdepunkt. Yngre barn som kan danne seg egne synspunkter, skal også høres; 7 år er alderen da retten gjelder uansett. Sektorreglene om å høre barn i barnevernet og i forvaltningen ellers er ikke funnet i kildene som er lest.",
    nn: "Barnelova § 31 gjeld foreldra; ei ungdomsteneste er bunden av Grunnlova § 104 og barnekonvensjonen artikkel 12 (gjennom menneskerettslova), som ikkje nemner nokon alder, men seier at meininga skal leggjast vekt på etter alder og modning. Biblioteket viser aldrane i barnelova, 7 og 12 år, som felles haldepunkt. Yngre barn som kan danne seg eigne synspunkt, skal òg høyrast; 7 år er alderen då retten gjeld uansett. Sektorreglane om å høyre barn i barnevernet og i forvaltninga elles er ikkje funne i kjeldene som er lesne.",
    en: "barnelova § 31 governs the parents; a youth service is bound by Grunnloven § 104 and barnekonvensjonen article 12 (through menneskerettsloven), which name no age but say the child's views are given weight by age and maturity. The library shows barnelova's ages of 7 and 12 as the common reference. Younger children able to form their own views shall be heard too; 7 is the age from which the right applies in any case. The sector rules on hearing children in child welfare and in public administration generally were not found in the sources read.",
  },
  evaluatedBy: "consentTimeline",
});
