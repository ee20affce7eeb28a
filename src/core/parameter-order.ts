import { UngrettInputError } from "./errors.js";
import type { Evaluation } from "./evaluation.js";
import type { ParameterDef } from "./parameters.js";

/** The code of the issue when two parameters that bound a range or classes are out of order. */
export const PARAMETER_ORDER_CODE = "parameters_out_of_order";

/** A parameter and the value read for it. */
export type ParameterReading = readonly [ParameterDef<number>, number];

/**
 * Throws an input error when two parameters that bound a range or classes are out of order,
 * which only overrides can make happen (a mandate's lower age above its upper one): `upper`
 * must be at least `lower`, or above it when `strict`. The issue is on the parameter the
 * caller overrode (the upper one when both or neither were), names the other, and never
 * gives the values.
 */
export function checkParameterOrder(
  ev: Evaluation,
  fn: string,
  lower: ParameterReading,
  upper: ParameterReading,
  strict = false,
): void {
  const [lowerDef, lowerValue] = lower;
  const [upperDef, upperValue] = upper;
  if (strict ? upperValue > lowerValue : upperValue >= lowerValue) return;
  const onLower = ev.isOverridden(lowerDef) && !ev.isOverridden(upperDef);
  const message = onLower
    ? `must be ${strict ? "below" : "at most"} ${upperDef.id}: the two are out of order`
    : `must be ${strict ? "above" : "at least"} ${lowerDef.id}: the two are out of order`;
  throw new UngrettInputError(
    [{ path: `options.parameters.${(onLower ? lowerDef : upperDef).id}`, code: PARAMETER_ORDER_CODE, message }],
    fn,
  );
}
