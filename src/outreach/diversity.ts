import { defineRule } from "../core/rule.js";

/** `outreach.diversity`: compose teams with regard to gender and ethnicity. */
export const OUTREACH_DIVERSITY = /* @__PURE__ */ defineRule({
  id: "outreach.diversity",
  area: "outreach",
  title: { nb: "Mangfold blant ansatte", nn: "Mangfald blant dei tilsette", en: "Diversity among staff" },
  summary: {
    nb: "Det er viktig å tilstrebe mangfold: ta hensyn til kjønn og etnisitet når teamet settes sammen. Også forskjeller i alder og fagbakgrunn kan være en styrke.",
    nn: "Det er viktig å streve etter mangfald: ta omsyn til kjønn og etnisitet når teamet blir sett saman. Også skilnader i alder og fagbakgrunn kan vere ein styrke.",
    en: "Strive for diversity: take gender and ethnicity into account when composing the team. Differences in age and professional background can also be a strength.",
  },
  strength: "recommendation",
  sources: [
    {
      ref: "losu-korus-veileder",
      locator: "«Å ta hensyn til kjønn og etnisitet når man setter sammen et oppsøkende team»",
    },
    { ref: "losu-korus-veileder", locator: "«Også forskjeller i alder og fagbakgrunn kan være en styrke»" },
  ],
  parameters: [],
  interpretation: {
    nb: "Vurderingen leser to fakta på teamnivå: at teamet har mer enn ett kjønn (`mixedGender`), og at etnisitet er tatt hensyn til ved sammensetningen (`ethnicityConsidered`). Biblioteket spør ikke om kjønn eller etnisitet for enkeltpersoner.",
    nn: "Vurderinga les to fakta på teamnivå: at teamet har meir enn eitt kjønn (`mixedGender`), og at det er teke omsyn til etnisitet ved samansetjinga (`ethnicityConsidered`). Biblioteket spør ikkje om kjønn eller etnisitet for einskildpersonar.",
    en: "The assessment reads two team-level facts: the team has more than one gender (`mixedGender`), and ethnicity was taken into account in composing it (`ethnicityConsidered`). The library asks nothing about single persons' gender or ethnicity.",
  },
  evaluatedBy: "outreachAssessService",
});
