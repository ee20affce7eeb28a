import { deepFreeze } from "../freeze.js";
import type { CoreTexts } from "../texts.js";

/** The words every area formats with, in Nynorsk. */
export const coreNn: CoreTexts = /* @__PURE__ */ deepFreeze({
  months: [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
  ],
  and: "og",
  or: "eller",
  decimal: ",",
  group: "\u00a0",
  percentSpace: "\u00a0",
  dateOrder: "dmy-dot",
  strengths: {
    statute: "lov",
    regulation: "forskrift",
    guidance: "rettleiing",
    recommendation: "tilråding",
    estimate: "overslag",
  },
  headings: {
    status: {
      holds: "Oppfylt",
      fails: "Ikkje oppfylt",
      unknown: "Ukjent",
    },
    asOf: "Vurdert per",
    under: "etter",
    validFrom: "gjeld frå",
    reasons: "Grunngiving",
    needs: "Manglar opplysning om",
    parameters: "Verdiar brukte",
    overridden: "overstyrt i kallet",
    from: "frå",
    noText: "(ingen tekst for denne grunngivinga)",
    unverified: "ikkje kontrollert",
    yes: "ja",
    no: "nei",
    none: "ingen",
  },
  parameters: {
    "core.school-year-start": {
      title: "Første dag i skuleåret",
    },
  },
});
