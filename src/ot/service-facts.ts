import { defineRule } from "../core/rule.js";

/** `ot.service-facts`: free, confidential, co-designed; no national competence requirement. */
export const OT_SERVICE_FACTS = /* @__PURE__ */ defineRule({
  id: "ot.service-facts",
  area: "ot",
  title: { nb: "Fakta om OT", nn: "Fakta om OT", en: "Facts about OT" },
  summary: {
    nb: "Alle tjenester i OT er gratis; alle ansatte har taushetsplikt; tiltak lages i samarbeid med ungdommen; det er ikke fastsatt nasjonale kompetansekrav for dem som arbeider i OT.",
    nn: "Alle tenester i OT er gratis; alle tilsette har teieplikt; tiltak blir laga i samarbeid med ungdommen; det er ikkje fastsett nasjonale kompetansekrav for dei som arbeider i OT.",
    en: "OT is free of charge; all OT staff have a duty of confidentiality; measures are made together with the young person; there is no national competence requirement for OT staff.",
  },
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
