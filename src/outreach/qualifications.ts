import { defineRule } from "../core/rule.js";
import { OUTREACH_SOCIAL_WORK_MAJORITY } from "./parameters.js";

/** `outreach.qualifications`: the majority of outreach workers have social-work education. */
export const OUTREACH_QUALIFICATIONS = /* @__PURE__ */ defineRule({
  id: "outreach.qualifications",
  area: "outreach",
  title: { nb: "Kvalifikasjoner", nn: "Kvalifikasjonar", en: "Qualifications" },
  summary: {
    nb: "Majoriteten av oppsøkerne bør ha sosialfaglig utdanning. Andre relevante utdanninger (sosialantropologi, pedagogikk, psykologi, sykepleie, sosiologi) kan berike og styrke det faglige arbeidet.",
    nn: "Majoriteten av oppsøkarane bør ha sosialfagleg utdanning. Andre relevante utdanningar (sosialantropologi, pedagogikk, psykologi, sjukepleie, sosiologi) kan berike og styrkje det faglege arbeidet.",
    en: "The majority of outreach workers should have social-work education. Other relevant education (social anthropology, pedagogy, psychology, nursing, sociology) enriches and strengthens the work.",
  },
  strength: "recommendation",
  sources: [
    { ref: "losu-korus-veileder", locator: "«Majoriteten av oppsøkerne bør derfor ha sosialfaglig utdanning»" },
    {
      ref: "losu-korus-veileder",
      locator: "«Sosialantropologer, pedagoger, psykologer, sykepleiere og sosiologer har gitt viktige bidrag»",
    },
  ],
  parameters: [OUTREACH_SOCIAL_WORK_MAJORITY],
  interpretation: {
    nb: "«Majoriteten» leses som mer enn halvparten av personene, ikke av årsverkene (parameteren `outreach.social-work-majority`).",
    nn: "«Majoriteten» er lese som meir enn halvparten av personane, ikkje av årsverka (parameteren `outreach.social-work-majority`).",
    en: "“The majority” is read as more than half of the persons, not of the FTE (parameter `outreach.social-work-majority`).",
  },
  evaluatedBy: "outreachAssessService",
});
