import { type AreaDef, areaRuntime } from "../core/evaluation.js";
import { deepFreeze } from "../core/freeze.js";
import type { Localized } from "../core/types.js";
import { CONSENT_PARAMETERS } from "./parameters.js";
import { CONSENT_VERSIONS } from "./versions.js";

/** Confidentiality and consent by age: its versions and parameters. */
export const CONSENT_AREA: AreaDef = /* @__PURE__ */ deepFreeze({
  id: "consent",
  title: {
    nb: "Taushetsplikt og samtykke etter alder",
    nn: "Teieplikt og samtykke etter alder",
    en: "Confidentiality and consent by age",
  },
  versions: CONSENT_VERSIONS,
  parameters: CONSENT_PARAMETERS,
});

export const CONSENT = areaRuntime(CONSENT_AREA);

/**
 * The qualifier of a statute the LOSU guide applies to outreach work: the consent age and
 * the confidentiality towards guardians come from the guide, not from a statute's words.
 */
export const AS_APPLIED_BY_GUIDE: Localized = {
  nb: "loven slik veilederen anvender den",
  nn: "lova slik rettleiaren brukar henne",
  en: "as applied by the guide",
};
