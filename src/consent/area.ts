import { type AreaDef, areaRuntime } from "../core/evaluation.js";
import { deepFreeze } from "../core/freeze.js";
import { CONSENT_PARAMETERS } from "./parameters.js";
import { CONSENT_VERSIONS } from "./versions.js";

/** Confidentiality and consent by age: its versions and parameters. */
export const CONSENT_AREA: AreaDef = /* @__PURE__ */ deepFreeze({
  id: "consent",
  versions: CONSENT_VERSIONS,
  parameters: CONSENT_PARAMETERS,
});

export const CONSENT = areaRuntime(CONSENT_AREA);
