import { UngrettInputError } from "../core/errors.js";
import type { ParameterDef } from "../core/parameters.js";

/** A tolerance for comparing sums of hours and FTE, so that 0.1 + 0.2 counts as 0.3. */
export const FLOAT_TOLERANCE = 1e-9;

/**
 * Throws when two parameters that bound a range are out of order (a mandate's overrides
 * could make the lower age above the upper one): an input error on the upper one.
 */
export function checkOrder(
  fn: string,
  low: readonly [ParameterDef<number>, number],
  high: readonly [ParameterDef<number>, number],
): void {
  const [lowDef, lowValue] = low;
  const [highDef, highValue] = high;
  if (highValue < lowValue) {
    throw new UngrettInputError(
      [
        {
          path: `options.parameters.${highDef.id}`,
          code: "below_lower_bound",
          message: `is below ${lowDef.id}: the ends of the range are out of order`,
        },
      ],
      fn,
    );
  }
}
