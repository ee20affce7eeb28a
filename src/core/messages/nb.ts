import { deepFreeze } from "../freeze.js";
import type { CoreTexts } from "../texts.js";

/** The words every area formats with, in Bokmål. */
export const coreNb: CoreTexts = /* @__PURE__ */ deepFreeze({
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
    guidance: "veiledning",
    recommendation: "anbefaling",
    estimate: "anslag",
  },
  headings: {
    status: {
      holds: "Oppfylt",
      fails: "Ikke oppfylt",
      unknown: "Ukjent",
    },
    asOf: "Vurdert per",
    under: "etter",
    validFrom: "gjelder fra",
    reasons: "Begrunnelse",
    needs: "Mangler opplysning om",
    parameters: "Verdier brukt",
    overridden: "overstyrt i kallet",
    from: "fra",
    noText: "(ingen tekst for denne begrunnelsen)",
    unverified: "ikke kontrollert",
    yes: "ja",
    no: "nei",
    none: "ingen",
  },
  parameters: {
    "core.school-year-start": {
      title: "Første dag i skoleåret",
    },
  },
});
