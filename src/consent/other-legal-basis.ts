import { defineRule } from "../core/rule.js";
import { cite } from "../core/sources.js";
import type { Localized, Source } from "../core/types.js";
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
  readonly title: Localized;
  readonly limit: ConsentSharingLimit;
  /** The limit in words, as explanations give it. */
  readonly limitText: Localized;
  readonly source: Source;
}

/** Every legal basis other than consent that `consentToShare` knows, with its limit and source. */
export const CONSENT_OTHER_LEGAL_BASES: Readonly<
  Record<Exclude<ConsentOtherLegalBasis, "none">, ConsentOtherLegalBasisDef>
> = {
  "public-body": {
    basis: "public-body",
    title: {
      nb: "forvaltningsloven § 13 b første ledd nr. 5 (opplysninger til andre forvaltningsorganer)",
      nn: "forvaltningslova § 13 b første ledd nr. 5 (opplysningar til andre forvaltningsorgan)",
      en: "forvaltningsloven § 13 b første ledd nr. 5 (information to other public bodies)",
    },
    limit: "to-public-bodies",
    limitText: {
      nb: "bare til andre forvaltningsorganer, og bare det nr. 5 tillater (blant annet personens forbindelse med tjenesten og avgjørelser som er truffet); sektorregler som NAV-loven § 7 og sosialtjenesteloven § 44 kan begrense eller utelukke det",
      nn: "berre til andre forvaltningsorgan, og berre det nr. 5 tillèt (mellom anna kva samband personen har med tenesta, og avgjerder som er tekne); sektorreglar som NAV-lova § 7 og sosialtenestelova § 44 kan avgrense eller utelukke det",
      en: "only to other public bodies, and only what nr. 5 allows (among other things the person's connection with the service and decisions made); sector rules such as NAV-loven § 7 and sosialtjenesteloven § 44 may narrow or exclude it",
    },
    source: cite("forvaltningsloven/13b-1-5", "«en persons forbindelse med organet», «avgjørelser som er truffet»"),
  },
  "report-offence": {
    basis: "report-offence",
    title: {
      nb: "forvaltningsloven § 13 b første ledd nr. 6 (anmeldelse av eller opplysninger om lovbrudd)",
      nn: "forvaltningslova § 13 b første ledd nr. 6 (melding om eller opplysningar om lovbrot)",
      en: "forvaltningsloven § 13 b første ledd nr. 6 (reporting a breach of the law)",
    },
    limit: "to-prosecution-or-supervisory-authority",
    limitText: {
      nb: "bare til påtalemyndigheten eller kontrollmyndigheten, om lovbrudd, når allmenne hensyn tilsier det eller forfølgning av lovbruddet har naturlig sammenheng med tjenestens oppgaver",
      nn: "berre til påtalemakta eller kontrollstyresmakta, om lovbrot, når omsynet til ålmenta talar for det eller forfølging av lovbrotet har naturleg samanheng med oppgåvene til tenesta",
      en: "only to the prosecuting authority or the supervisory authority, about a breach of the law, where the public interest calls for it or prosecuting the breach is naturally linked to the service's tasks",
    },
    source: cite("forvaltningsloven/13b-1-6", "anmelde eller gi opplysninger om lovbrudd («allmenne omsyn»)"),
  },
  "avert-danger": {
    basis: "avert-danger",
    title: {
      nb: "forvaltningsloven § 13 b første ledd nr. 7 (fare for liv eller helse)",
      nn: "forvaltningslova § 13 b første ledd nr. 7 (fare for liv eller helse)",
      en: "forvaltningsloven § 13 b første ledd nr. 7 (danger to life or health)",
    },
    limit: "as-necessary-against-danger",
    limitText: {
      nb: "med hvem som helst og i alle aldre, men bare «så langt det er nødvendig for å unngå fare for liv eller helse» (før nr. 7 kom inn i loven i 2021, fulgte det samme av nødretten)",
      nn: "med kven som helst og i alle aldrar, men berre «så langt det er nødvendig for å unngå fare for liv eller helse» (før nr. 7 kom inn i lova i 2021, følgde det same av naudretten)",
      en: "with anyone and at any age, but only «så langt det er nødvendig for å unngå fare for liv eller helse» (as far as necessary to avert danger to life or health; before nr. 7 was enacted in 2021, necessity allowed the same)",
    },
    source: cite("forvaltningsloven/13b-1-7", "«så langt det er nødvendig for å unngå fare for liv eller helse»"),
  },
  "duty-to-avert": {
    basis: "duty-to-avert",
    title: {
      nb: "avvergeplikten i straffeloven § 196",
      nn: "avvergingsplikta i straffelova § 196",
      en: "the duty to avert in straffeloven § 196",
    },
    limit: "as-needed-to-avert-crime",
    limitText: {
      nb: "bare det som trengs for å avverge den alvorlige straffbare handlingen eller følgene av den, ved anmeldelse eller på annen måte, når det er sikkert eller mest sannsynlig at den vil bli begått; plikten gjelder uten hensyn til taushetsplikten",
      nn: "berre det som trengst for å avverje den alvorlege straffbare handlinga eller følgjene av henne, ved melding eller på annan måte, når det er sikkert eller mest sannsynleg at ho vil bli gjord; plikta gjeld utan omsyn til teieplikta",
      en: "only what is needed to avert the serious crime or its consequences, by reporting it or otherwise, where it is certain or most likely that it will be committed; the duty applies regardless of confidentiality",
    },
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
  title: {
    nb: "Andre lovlige grunnlag for å dele uten samtykke",
    nn: "Andre lovlege grunnlag for å dele utan samtykke",
    en: "Other legal bases for sharing without consent",
  },
  summary: {
    nb: "Samtykke er ikke den eneste veien til å dele taushetsbelagte opplysninger. En offentlig tjeneste kan også dele etter forvaltningsloven § 13 b første ledd nr. 5 (til andre forvaltningsorganer), nr. 6 (anmeldelse av eller opplysninger om lovbrudd til påtalemyndigheten eller kontrollmyndigheten) og nr. 7 (med hvem som helst, i alle aldre, så langt det er nødvendig for å unngå fare for liv eller helse), og avvergeplikten i straffeloven § 196 gjelder uten hensyn til taushetsplikten. Hvert grunnlag har sin grense.",
    nn: "Samtykke er ikkje den einaste vegen til å dele teiepliktige opplysningar. Ei offentleg teneste kan òg dele etter forvaltningslova § 13 b første ledd nr. 5 (til andre forvaltningsorgan), nr. 6 (melding om eller opplysningar om lovbrot til påtalemakta eller kontrollstyresmakta) og nr. 7 (med kven som helst, i alle aldrar, så langt det er nødvendig for å unngå fare for liv eller helse), og avvergingsplikta i straffelova § 196 gjeld utan omsyn til teieplikta. Kvart grunnlag har si grense.",
    en: "Consent is not the only way to share confidential information. A public service may also share under forvaltningsloven § 13 b første ledd nr. 5 (with other public bodies), nr. 6 (reporting a breach of the law to the prosecuting or supervisory authority) and nr. 7 (with anyone, at any age, as far as necessary to avert danger to life or health), and the duty to avert in straffeloven § 196 applies regardless of confidentiality. Each basis has its limit.",
  },
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
  interpretation: {
    nb: 'Hvilket grunnlag som gjelder, er tjenestens vurdering (`otherLegalBasis`); biblioteket prøver ikke vilkårene. Sektorregler kan begrense eller utelukke nr. 5 og 6 (NAV-loven § 7 for ansatte i NAV, sosialtjenesteloven § 44); en tjeneste under slike regler oppgir da «none» for dem. Nr. 7 kom inn ved lov 18. juni 2021 nr. 127 (Prop. 166 L (2020–2021)). Dagen den trådte i kraft er ikke funnet, og den oppgis ikke; den var i kraft da departementets veileder om taushetsplikt forelå (senest mars 2023). Prop. 166 L sier at nr. 7 lovfester adgangen «som allerede følger av nødretten», så svaret er det samme før og etter, og reglene deles ikke i versjoner for den. Er grunnlaget ukjent og gjelder ingen andre unntak, er svaret «unknown» med `needs: ["otherLegalBasis"]`, og `details.consentBy` sier hvem som må samtykke hvis ingen andre grunnlag gjelder. Biblioteket svarer ikke «samtykke trengs» så lenge et annet grunnlag kan gjelde: et hastetilfelle (nr. 7, § 196) skal ikke vente på et samtykke loven ikke krever. En tjeneste som vet at ingen av grunnlagene gjelder, oppgir «none» og får svaret om samtykke. Livsviktig informasjon til de foresatte (`guardianDisclosure`) hviler på nr. 7 i alle aldre.',
    nn: 'Kva grunnlag som gjeld, er vurderinga til tenesta (`otherLegalBasis`); biblioteket prøver ikkje vilkåra. Sektorreglar kan avgrense eller utelukke nr. 5 og 6 (NAV-lova § 7 for tilsette i NAV, sosialtenestelova § 44); ei teneste under slike reglar oppgir då «none» for dei. Nr. 7 kom inn ved lov 18. juni 2021 nr. 127 (Prop. 166 L (2020–2021)). Dagen han tok til å gjelde, er ikkje funnen, og han blir ikkje oppgitt; han galdt då rettleiaren til departementet om teieplikt låg føre (seinast mars 2023). Prop. 166 L seier at nr. 7 lovfestar tilgangen «som allerede følger av nødretten», så svaret er det same før og etter, og reglane blir ikkje delte i versjonar for han. Er grunnlaget ukjent og gjeld ingen andre unntak, er svaret «unknown» med `needs: ["otherLegalBasis"]`, og `details.consentBy` seier kven som må samtykkje dersom ingen andre grunnlag gjeld. Biblioteket svarer ikkje «samtykke trengst» så lenge eit anna grunnlag kan gjelde: eit hastetilfelle (nr. 7, § 196) skal ikkje vente på eit samtykke lova ikkje krev. Ei teneste som veit at ingen av grunnlaga gjeld, oppgir «none» og får svaret om samtykke. Livsviktig informasjon til dei føresette (`guardianDisclosure`) kviler på nr. 7 i alle aldrar.',
    en: "Which basis applies is the service's assessment (`otherLegalBasis`); the library does not test its conditions. Sector rules may narrow or exclude nr. 5 and 6 (NAV-loven § 7 for NAV staff, sosialtjenesteloven § 44); a service under such rules then states “none” for them. Nr. 7 was added by lov 18. juni 2021 nr. 127 (Prop. 166 L (2020–2021)). The day it came into force was not found and is not given; it was in force when the ministry's guide on confidentiality was out (by March 2023). Prop. 166 L says nr. 7 codifies what «allerede følger av nødretten» (what necessity already allowed), so the answer is the same before and after, and the rules are not split into versions for it. With the basis unknown and no other exemption, the answer is “unknown” with `needs: [\"otherLegalBasis\"]`, and `details.consentBy` says who must consent if no other basis applies. The library does not answer “consent needed” while another basis may apply: an urgent case (nr. 7, § 196) must not wait for a consent the law does not require. A service that knows no basis applies states “none” and gets the answer on consent. Vital information to the guardians (`guardianDisclosure`) rests on nr. 7 at every age.",
  },
  evaluatedBy: ["consentToShare", "consentGuardianDisclosure"],
});

/** Old name, kept only for `./messages.ts` until its rewrite into per-language catalogues; not exported by the package. */
export const OTHER_LEGAL_BASES = CONSENT_OTHER_LEGAL_BASES;

/** Old name, kept only for `./messages.ts` until its rewrite into per-language catalogues; not exported by the package. */
export type OtherLegalBasisDef = ConsentOtherLegalBasisDef;
