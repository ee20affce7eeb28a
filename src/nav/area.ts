import { type AreaDef, areaRuntime, type EvaluationOptions, type PreparedOptions } from "../core/evaluation.js";
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

/**
 * Validates NAV options once for many calls (a caseload for every office): every NAV
 * function takes the result in place of `{ asOf, … }`.
 *
 * @example
 * const prepared = navPrepare({ asOf: "2026-03-02" });
 * navCaseload({ youthPerCounsellor: 60 }, prepared).outcome
 * // "intermediate"
 */
export function navPrepare(options: EvaluationOptions): PreparedOptions {
  return NAV.prepare(options, "navPrepare");
}
