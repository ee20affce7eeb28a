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
    nb: "Fra 7 år skal barnet få si sin mening før det tas avgjørelser om personlige forhold; fra 12 år skal barnets mening tillegges stor vekt.",
    nn: "Frå 7 år skal barnet få seie meininga si før det blir teke avgjerder om personlege forhold; frå 12 år skal det leggjast stor vekt på kva barnet meiner.",
    en: "From 7 the child shall be heard before decisions on personal matters; from 12 the child's view carries great weight.",
  },
  strength: "statute",
  sources: [{ ref: "barnelova/31" }],
  parameters: [CONSENT_HEARD_AGE, CONSENT_GREAT_WEIGHT_AGE],
  interpretation: {
    nb: "Yngre barn som kan danne seg egne synspunkter, skal også høres; 7 år er alderen da retten gjelder uansett.",
    nn: "Yngre barn som kan danne seg eigne synspunkt, skal òg høyrast; 7 år er alderen då retten gjeld uansett.",
    en: "Younger children able to form their own views shall be heard too; 7 is the age from which the right applies in any case.",
  },
  evaluatedBy: "consentTimeline",
});
