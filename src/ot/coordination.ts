import { defineRule } from "../core/rule.js";

/** `ot.coordination`: OT coordinates across agencies but takes over none of their tasks. */
export const OT_COORDINATION = /* @__PURE__ */ defineRule({
  id: "ot.coordination",
  area: "ot",
  title: { nb: "Samordning", nn: "Samordning", en: "Coordination" },
  summary: {
    nb: "OT skal sikre tverretatlig samarbeid mellom kommunale, fylkeskommunale og statlige instanser som har ansvar for målgruppen, og formidle og eventuelt samordne tilbud, men skal ikke overta oppgavene til andre etater.",
    nn: "OT skal sikre tverretatleg samarbeid mellom kommunale, fylkeskommunale og statlege instansar som har ansvar for målgruppa, og formidle og eventuelt samordne tilbod, men skal ikkje overta oppgåvene til andre etatar.",
    en: "OT secures cooperation between municipal, county and state agencies responsible for the target group and brokers or coordinates their offers, but may not take over other agencies' tasks.",
  },
  strength: "regulation",
  sources: [
    { ref: "forskrift-opplaringslova-2006/13-3", versions: ["ot-2006"] },
    { ref: "opplaringsforskrifta-2024/8-3", versions: ["ot-2024"] },
    {
      ref: "ot-numedal-kongsberg",
      locator: "«skal ha en koordinerende funksjon, men skal ikke overta oppgavene til andre etater»",
    },
  ],
  parameters: [],
});
