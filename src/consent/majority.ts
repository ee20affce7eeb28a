import { defineRule } from "../core/rule.js";
import { CONSENT_MAJORITY_AGE } from "./parameters.js";

/** `consent.majority`: at 18 the guardians' parental responsibility and right to information end. */
export const CONSENT_MAJORITY = defineRule({
  id: "consent.majority",
  area: "consent",
  title: { nb: "Myndighetsalder", nn: "Myndigheitsalder", en: "Age of majority" },
  summary: {
    nb: "Ved 18 år er den unge myndig: de foresatte har ikke lenger foreldreansvar og ingen rett til informasjon. Opplysninger kan bare gis dem med den unges samtykke eller etter et annet lovlig grunnlag, som livsviktig informasjon så langt det er nødvendig for å unngå fare for liv eller helse (consent.other-legal-basis).",
    nn: "Ved 18 år er den unge myndig: dei føresette har ikkje lenger foreldreansvar og ingen rett til informasjon. Opplysningar kan berre givast dei med samtykke frå den unge eller etter eit anna lovleg grunnlag, som livsviktig informasjon så langt det er nødvendig for å unngå fare for liv eller helse (consent.other-legal-basis).",
    en: "At 18 the young person is of age: the guardians no longer hold parental responsibility and have no right to information. They may be told only with the young person's consent or under another legal basis, such as vital information as far as necessary to avert danger to life or health (consent.other-legal-basis).",
  },
  strength: "statute",
  sources: [
    { ref: "vergemalsloven/2", locator: "a minor is a person under 18" },
    { ref: "barnelova/30", locator: "parental responsibility for the child (under 18)" },
    { ref: "losu-korus-veileder", locator: "«fram til den unge fyller 18 år»" },
  ],
  parameters: [CONSENT_MAJORITY_AGE],
  evaluatedBy: "consentGuardianDisclosure",
});
