import { defineRule } from "../core/rule.js";

/** `outreach.leadership`: a professional leader; even with two employees, one leads or coordinates. */
export const OUTREACH_LEADERSHIP = /* @__PURE__ */ defineRule({
  id: "outreach.leadership",
  area: "outreach",
  title: { nb: "Ledelse", nn: "Leiing", en: "Leadership" },
  summary: {
    nb: "Tjenesten må ha en faglig leder som har anledning til å følge ansatte tett i det daglige arbeidet. Også i mindre tjenester, med bare to ansatte, bør én ha lederansvar eller definerte koordinatorfunksjoner med mandat til å ta faglige og administrative avgjørelser.",
    nn: "Tenesta må ha ein fagleg leiar som har høve til å følgje dei tilsette tett i det daglege arbeidet. Også i mindre tenester, med berre to tilsette, bør éin ha leiaransvar eller definerte koordinatorfunksjonar med mandat til å ta faglege og administrative avgjerder.",
    en: "The service needs a professional leader who can follow staff closely in daily work. Even in small services with only two employees, one should have leadership responsibility or defined coordinator functions with a mandate to take professional and administrative decisions.",
  },
  strength: "recommendation",
  sources: [
    {
      ref: "losu-korus-veileder",
      locator:
        "«Det må derfor være en faglig leder som også har anledning til å følge ansatte tett i det daglige arbeidet»",
    },
    {
      ref: "losu-korus-veileder",
      locator:
        "«Også i mindre tjenester, med bare to ansatte, bør én ha et lederansvar eller definerte koordinatorfunksjoner»",
    },
  ],
  parameters: [],
  evaluatedBy: "outreachAssessService",
});
