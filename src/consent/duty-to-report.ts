import { defineRule } from "../core/rule.js";

/** `consent.duty-to-report`: once triggered, information goes to child welfare without consent. */
export const CONSENT_DUTY_TO_REPORT = defineRule({
  id: "consent.duty-to-report",
  area: "consent",
  title: {
    nb: "Opplysningsplikt til barnevernet",
    nn: "Opplysningsplikt til barnevernet",
    en: "Duty to report to child welfare",
  },
  summary: {
    nb: "Offentlig ansatte skal, uten hinder av taushetsplikten, gi opplysninger til barnevernstjenesten når det er grunn til å tro at et barn blir alvorlig omsorgssviktet eller mishandlet, har alvorlige atferdsvansker eller er utsatt for menneskehandel. Når plikten er utløst, går opplysningene til barnevernstjenesten uten samtykke.",
    nn: "Offentleg tilsette skal, utan hinder av teieplikta, gi opplysningar til barnevernstenesta når det er grunn til å tru at eit barn blir alvorleg omsorgssvikta eller mishandla, har alvorlege åtferdsvanskar eller er utsett for menneskehandel. Når plikta er utløyst, går opplysningane til barnevernstenesta utan samtykke.",
    en: "Public employees shall, notwithstanding confidentiality, inform the child welfare service when there is reason to believe that a child is seriously neglected or abused, has serious behavioural problems or is a victim of trafficking. Once the duty is triggered, the information goes to the child welfare service without consent.",
  },
  strength: "statute",
  sources: [
    { ref: "barnevernloven-1992/6-4", locator: "i kraft til 2022-12-31" },
    {
      ref: "barnevernsloven-2021/13-2",
      locator: "i kraft fra 2023-01-01",
    },
    {
      ref: "losu-korus-veileder",
      locator: "«Så lenge meldeplikten ikke er utløst, gjelder lovverkets krav om taushetsplikt.»",
    },
  ],
  parameters: [],
  interpretation: {
    nb: "Om plikten er utløst, er saksbehandlerens vurdering (`dutyToReport`); biblioteket prøver ikke grunnlaget. Plikten gjelder barn under 18 år, men barnet kan være den unge selv eller for eksempel den unges eget barn eller søsken, så alderen til den unge prøves ikke. Unntaket fra samtykke som plikten gir, dekker det som meldes til barnevernstjenesten. Å dele med andre krever samtykke eller et annet lovlig grunnlag (consent.other-legal-basis: forvaltningsloven § 13 b første ledd nr. 5–7, straffeloven § 196).",
    nn: "Om plikta er utløyst, er vurderinga til saksbehandlaren (`dutyToReport`); biblioteket prøver ikkje grunnlaget. Plikta gjeld barn under 18 år, men barnet kan vere den unge sjølv eller til dømes det eigne barnet eller sysken til den unge, så alderen til den unge blir ikkje prøvd. Unntaket frå samtykke som plikta gir, dekkjer det som blir meldt til barnevernstenesta. Å dele med andre krev samtykke eller eit anna lovleg grunnlag (consent.other-legal-basis: forvaltningslova § 13 b første ledd nr. 5–7, straffelova § 196).",
    en: "Whether the duty is triggered is the case worker's assessment (`dutyToReport`); the library does not test its grounds. The duty concerns children under 18, but the child may be the young person or, for instance, their own child or a sibling, so the young person's age is not tested. The exemption from consent that the duty gives covers what is reported to the child welfare service. Sharing with others needs consent or another legal basis (consent.other-legal-basis: forvaltningsloven § 13 b første ledd nr. 5–7, straffeloven § 196).",
  },
  evaluatedBy: "consentToShare",
});
