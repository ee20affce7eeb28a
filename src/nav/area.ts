import { type AreaDef, areaRuntime } from "../core/evaluation.js";
import { deepFreeze } from "../core/freeze.js";
import { NAV_PARAMETERS } from "./parameters.js";
import { NAV_VERSIONS } from "./versions.js";

/** NAV's follow-up of young people: its version and parameters. */
export const NAV_AREA: AreaDef = /* @__PURE__ */ deepFreeze({
  id: "nav",
  versions: NAV_VERSIONS,
  parameters: NAV_PARAMETERS,
});

export const NAV = areaRuntime(NAV_AREA);
