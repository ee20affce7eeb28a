import { type AreaDef, areaRuntime } from "../core/evaluation.js";
import { CONSENT_PARAMETERS } from "./parameters.js";
import { CONSENT_VERSIONS } from "./versions.js";

/** Confidentiality and consent by age: its versions and parameters. */
export const CONSENT_AREA: AreaDef = {
  id: "consent",
  title: {
    nb: "Taushetsplikt og samtykke etter alder",
    nn: "Teieplikt og samtykke etter alder",
    en: "Confidentiality and consent by age",
  },
  versions: CONSENT_VERSIONS,
  parameters: CONSENT_PARAMETERS,
};

export const CONSENT = areaRuntime(CONSENT_AREA);
