import { defineRule } from "../core/rule.js";

/*
 * LOSU's recommendations for the follow-up service, from its consultation response on the
 * chapter 13 revision of 2012. They are not law: each is a rule object of strength
 * `recommendation`, so the rulebook and the explanations can show them beside the duties.
 * (Notifying OT as soon as a pupil quits is `ot.notify-on-dropout`, which computes.)
 */

/** `ot.fixed-yearly-lists`: the lists of young people without a school place come at fixed times each year. */
export const OT_FIXED_YEARLY_LISTS = /* @__PURE__ */ defineRule({
  id: "ot.fixed-yearly-lists",
  area: "ot",
  strength: "recommendation",
  sources: [
    {
      ref: "losu-horing-ot",
      locator:
        "«Listene med navn over ungdom som er uten skoletilbud, må komme til faste tider hvert år og utelukke de ungdommer som ikke behøver oppfølging.»",
    },
  ],
  parameters: [],
});

/** `ot.full-time-positions`: OT work is a full-time job, in positions of its own. */
export const OT_FULL_TIME_POSITIONS = /* @__PURE__ */ defineRule({
  id: "ot.full-time-positions",
  area: "ot",
  strength: "recommendation",
  sources: [
    {
      ref: "losu-horing-ot",
      locator:
        "«De som skal arbeide med oppfølgingstjenesten … bør ha dette som en fulltidsjobb og ikke i tillegg til egne ordinære arbeidsoppgaver.» «Bydelene/kommunene bør ha egne stillinger tiltenkt OT-arbeid.»",
    },
  ],
  parameters: [],
});

/** `ot.cooperation-meetings`: everyone doing OT work in an area meets regularly. */
export const OT_COOPERATION_MEETINGS = /* @__PURE__ */ defineRule({
  id: "ot.cooperation-meetings",
  area: "ot",
  strength: "recommendation",
  sources: [
    {
      ref: "losu-horing-ot",
      locator:
        "«Alle som arbeider direkte med OT- arbeid i et gitt område, bør ha faste samarbeidsmøter og en struktur for direkte samarbeid rundt enkeltelever.»",
    },
  ],
  parameters: [],
});

/** `ot.case-tool-access`: everyone doing OT work has access to the OT case tool (OTTO). */
export const OT_CASE_TOOL_ACCESS = /* @__PURE__ */ defineRule({
  id: "ot.case-tool-access",
  area: "ot",
  strength: "recommendation",
  sources: [
    {
      ref: "losu-horing-ot",
      locator:
        "«Alle som arbeider direkte med OT- arbeid bør ha tilgang til oppfølgingstjenestens dataregistreringsverktøy (OTTO).»",
    },
  ],
  parameters: [],
});
