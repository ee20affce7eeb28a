import { defineRule } from "../core/rule.js";
import { cite } from "../core/sources.js";
import type { Source } from "../core/types.js";
import type { ConsentOtherLegalBasis } from "./schemas.js";

/**
 * How far an exemption from consent reaches: `to-child-welfare` (the duty to report),
 * `to-public-bodies` (forvaltningsloven § 13 b første ledd nr. 5),
 * `to-prosecution-or-supervisory-authority` (nr. 6), `as-necessary-against-danger` (nr. 7)
 * and `as-needed-to-avert-crime` (straffeloven § 196).
 */
export type ConsentSharingLimit =
  | "to-child-welfare"
  | "to-public-bodies"
  | "to-prosecution-or-supervisory-authority"
  | "as-necessary-against-danger"
  | "as-needed-to-avert-crime";

/** A legal basis other than consent: what it is called, how far it reaches, and its source. */
export interface ConsentOtherLegalBasisDef {
  readonly basis: Exclude<ConsentOtherLegalBasis, "none">;
  readonly limit: ConsentSharingLimit;
  readonly source: Source;
}

/** Every legal basis other than consent that `consentToShare` knows, with its limit and source. */
export const CONSENT_OTHER_LEGAL_BASES: Readonly<
  Record<Exclude<ConsentOtherLegalBasis, "none">, ConsentOtherLegalBasisDef>
> = {
  "public-body": {
    basis: "public-body",
    limit: "to-public-bodies",
    source: cite("forvaltningsloven/13b-1-5", "«en persons forbindelse med organet», «avgjørelser som er truffet»"),
  },
  "report-offence": {
    basis: "report-offence",
    limit: "to-prosecution-or-supervisory-authority",
    source: cite("forvaltningsloven/13b-1-6", "anmelde eller gi opplysninger om lovbrudd («allmenne omsyn»)"),
  },
  "avert-danger": {
    basis: "avert-danger",
    limit: "as-necessary-against-danger",
    source: cite("forvaltningsloven/13b-1-7", "«så langt det er nødvendig for å unngå fare for liv eller helse»"),
  },
  "duty-to-avert": {
    basis: "duty-to-avert",
    limit: "as-needed-to-avert-crime",
    source: cite("straffeloven/196", "«sikkert eller mest sannsynlig»; «uten hensyn til taushetsplikten»"),
  },
};

/**
 * `consent.other-legal-basis`: consent is not the only way to share. forvaltningsloven § 13 b
 * første ledd nr. 5, 6 and 7 and the duty to avert in straffeloven § 196 let a public
 * service share without consent, each within its limit.
 */
export const CONSENT_OTHER_LEGAL_BASIS = defineRule({
  id: "consent.other-legal-basis",
  area: "consent",
  strength: "statute",
  sources: [
    {
      ref: "forvaltningsloven/13b-1-5",
      locator: "to other public bodies: «en persons forbindelse med organet», «avgjørelser som er truffet»",
    },
    { ref: "forvaltningsloven/13b-1-6", locator: "anmelde eller gi opplysninger om lovbrudd («allmenne omsyn»)" },
    {
      ref: "forvaltningsloven/13b-1-7",
      locator: "«så langt det er nødvendig for å unngå fare for liv eller helse»; added by lov 18. juni 2021 nr. 127",
    },
    {
      ref: "prop-166-l-2020-2021/kap-8",
      locator: "«lovfesting av den adgangen … som allerede følger av nødretten»",
    },
    { ref: "straffeloven/196", locator: "«sikkert eller mest sannsynlig»; «uten hensyn til taushetsplikten»" },
  ],
  parameters: [],
  evaluatedBy: ["consentToShare", "consentGuardianDisclosure"],
});
