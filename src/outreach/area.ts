import { type AreaDef, areaRuntime, type EvaluationOptions, type PreparedOptions } from "../core/evaluation.js";
import { deepFreeze } from "../core/freeze.js";
import { OUTREACH_PARAMETERS } from "./parameters.js";
import { OUTREACH_VERSIONS } from "./versions.js";

/** Outreach youth services (oppsøkende ungdomstjeneste): versions and parameters. */
export const OUTREACH_AREA: AreaDef = /* @__PURE__ */ deepFreeze({
  id: "outreach",
  versions: OUTREACH_VERSIONS,
  parameters: OUTREACH_PARAMETERS,
});

export const OUTREACH = /* @__PURE__ */ areaRuntime(OUTREACH_AREA);

/**
 * Validates outreach options once for many calls (a staffing table for every municipality):
 * every outreach function takes the result in place of `{ asOf, … }`.
 *
 * @example
 * const wholeUp = outreachPrepare({ asOf: "2024-01-01", parameters: { "outreach.staffing-rounding": "whole-up" } });
 * outreachStaffing({ population: 55_000 }, wholeUp).outcome.fte
 * // 6
 */
export function outreachPrepare(options: EvaluationOptions): PreparedOptions {
  return OUTREACH.prepare(options, "outreachPrepare");
}
