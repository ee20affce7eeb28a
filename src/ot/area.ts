import { type AreaDef, areaRuntime, type EvaluationOptions, type PreparedOptions } from "../core/evaluation.js";
import { deepFreeze } from "../core/freeze.js";
import { OT_PARAMETERS } from "./parameters.js";
import { OT_VERSIONS } from "./versions.js";

/** The follow-up service (Oppfølgingstjenesten, OT): its versions and parameters. */
export const OT_AREA: AreaDef = /* @__PURE__ */ deepFreeze({
  id: "ot",
  versions: OT_VERSIONS,
  parameters: OT_PARAMETERS,
});

export const OT = /* @__PURE__ */ areaRuntime(OT_AREA);

/**
 * Validates OT options once for many calls of the validated paths (`otTargetGroupValidated`).
 *
 * @example
 * const prepared = otPrepare({ asOf: "2026-04-15", parameters: { "ot.upper-age": 21 } });
 */
export function otPrepare(options: EvaluationOptions): PreparedOptions {
  return OT.prepare(options, "otPrepare");
}
