import { defineRule } from "../core/rule.js";

/** `ot.service-facts`: free, confidential, co-designed; no national competence requirement. */
export const OT_SERVICE_FACTS = /* @__PURE__ */ defineRule({
  id: "ot.service-facts",
  area: "ot",
  strength: "guidance",
  sources: [
    {
      ref: "ung-no-ot",
      locator:
        "«Alle ansatte i OT har taushetsplikt. Tiltak blir laget i samarbeid med deg. Alle tjenester ved OT er gratis.»",
    },
    {
      ref: "ot-numedal-kongsberg",
      locator: "«Det er ikke fastsatt nasjonale kompetansekrav til personer som arbeider i oppfølgingstjenesten.»",
    },
  ],
  parameters: [],
});

/** The service facts, as stable keys. */
export const OT_FACTS = [
  "free-of-charge",
  "confidentiality",
  "co-designed",
  "no-national-competence-requirement",
] as const;
