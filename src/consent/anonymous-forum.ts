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
    nb: "Miljøer, grupper og anonymiserte saker kan drøftes i tverrfaglige fora som SLT uten samtykke; navn eller identifiserbare personer kan ikke.",
    nn: "Miljø, grupper og anonymiserte saker kan drøftast i tverrfaglege fora som SLT utan samtykke; namn eller identifiserbare personar kan ikkje.",
    en: "Environments, groups and anonymised cases may be discussed in interdisciplinary forums such as SLT without consent; names or identifiable persons may not.",
  },
  strength: "recommendation",
  sources: [
    {
      ref: "losu-korus-veileder",
      locator:
        "«profesjonelle møteplasser der man kan drøfte miljøer, grupper og anonymiserte case … uten å trekke inn navn eller enkeltpersoner»",
    },
  ],
  parameters: [],
  interpretation: {
    nb: "En sak er anonym bare når ingen i forumet kan kjenne igjen personen (`identifiable: false`). «Identifiserbare grupperinger» regnes som identifiserbare.",
    nn: "Ei sak er anonym berre når ingen i forumet kan kjenne att personen (`identifiable: false`). «Identifiserbare grupperingar» blir rekna som identifiserbare.",
    en: "A case is anonymous only when no one in the forum can recognise the person (`identifiable: false`). “Identifiable groupings” count as identifiable.",
  },
  evaluatedBy: "consentToShare",
});
