import { defineRule } from "../core/rule.js";

/** `ot.coordination`: OT coordinates across agencies but takes over none of their tasks. */
export const OT_COORDINATION = /* @__PURE__ */ defineRule({
  id: "ot.coordination",
  area: "ot",
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
