import { defineRule } from "../core/rule.js";

/** `consent.anonymous-forum`: environments, groups and anonymised cases may be discussed without consent. */
export const CONSENT_ANONYMOUS_FORUM = defineRule({
  id: "consent.anonymous-forum",
  area: "consent",
  title: {
    nb: "Anonyme saker i tverrfaglige fora",
    nn: "Anonyme saker i tverrfaglege fora",
    en: "Anonymous cases in interdisciplinary forums",
  },
  summary: {
    nb: "Anonymiserte opplysninger er ikke taushetsbelagt, så miljøer, grupper og anonymiserte saker kan drøftes i tverrfaglige fora som SLT uten samtykke; navn eller identifiserbare personer kan ikke.",
    nn: "Anonymiserte opplysningar er ikkje teiepliktige, så miljø, grupper og anonymiserte saker kan drøftast i tverrfaglege fora som SLT utan samtykke; namn eller identifiserbare personar kan ikkje.",
    en: "Anonymised information is not confidential, so environments, groups and anonymised cases may be discussed in interdisciplinary forums such as SLT without consent; names or identifiable persons may not.",
  },
  strength: "statute",
  sources: [
    {
      ref: "forvaltningsloven/13a-2",
      locator:
        "«Det er tillatt å dele opplysningene dersom de er anonymisert slik at den det gjelder, ikke kan gjenkjennes.»",
    },
    {
      ref: "losu-korus-veileder",
      locator:
        "«profesjonelle møteplasser der man kan drøfte miljøer, grupper og anonymiserte case … uten å trekke inn navn eller enkeltpersoner»",
    },
  ],
  parameters: [],
  interpretation: {
    nb: "Anonymiserte opplysninger er ikke taushetsbelagt (forvaltningsloven § 13 a nr. 2); veilederen anvender det på tverrfaglige fora som SLT. En sak er anonym bare når ingen i forumet kan kjenne igjen personen (`identifiable: false`). «Identifiserbare grupperinger» regnes som identifiserbare.",
    nn: "Anonymiserte opplysningar er ikkje teiepliktige (forvaltningslova § 13 a nr. 2); rettleiaren brukar det på tverrfaglege fora som SLT. Ei sak er anonym berre når ingen i forumet kan kjenne att personen (`identifiable: false`). «Identifiserbare grupperingar» blir rekna som identifiserbare.",
    en: "Anonymised information is not confidential (forvaltningsloven § 13 a nr. 2); the guide applies this to interdisciplinary forums such as SLT. A case is anonymous only when no one in the forum can recognise the person (`identifiable: false`). “Identifiable groupings” count as identifiable.",
  },
  evaluatedBy: "consentToShare",
});
