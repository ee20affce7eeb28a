import { defineRule } from "../core/rule.js";
import { OUTREACH_PAIR_SIZE } from "./parameters.js";

/** `outreach.pairs`: outreach work is never done alone but in pairs. */
export const OUTREACH_PAIRS = /* @__PURE__ */ defineRule({
  id: "outreach.pairs",
  area: "outreach",
  title: {
    nb: "Oppsøkende arbeid i par",
    nn: "Oppsøkjande arbeid i par",
    en: "Outreach work in pairs",
  },
  summary: {
    nb: "Det oppsøkende arbeidet skal ikke utøves alene, men i par, av hensyn til sikkerhet og faglig kvalitet. Er det bare én stillingshjemmel, bør den deles i to 50 %-stillinger hvis ikke teamarbeidet kan dekkes opp på annen måte.",
    nn: "Det oppsøkjande arbeidet skal ikkje utøvast åleine, men i par, av omsyn til tryggleik og fagleg kvalitet. Er det berre éin stillingsheimel, bør han delast i to 50 %-stillingar dersom ikkje teamarbeidet kan dekkjast opp på annan måte.",
    en: "Outreach work is not done alone but in pairs, for safety and professional quality. With a single position, it should be split into two 50 % posts unless team work can be secured some other way.",
  },
  strength: "recommendation",
  sources: [
    {
      ref: "losu-korus-veileder",
      locator: "«Det oppsøkende arbeidet skal ikke utøves alene. Det foregår i par der to oppsøkere arbeider sammen»",
    },
    {
      ref: "losu-korus-veileder",
      locator:
        "«Hvis det bare er en stillingshjemmel til rådighet, anbefales det å dele denne i to 50 %-stillinger hvis ikke teamarbeidet kan dekkes opp på annen måte»",
    },
  ],
  parameters: [OUTREACH_PAIR_SIZE],
  evaluatedBy: "outreachStaffing",
});
