import { UngrettInputError } from "../core/errors.js";
import type { Strength } from "../core/types.js";

/**
 * What every NAV decision says about its own weight: the report gives recommendations and
 * estimates, not law, so no NAV decision states a legal duty.
 */
export type NavAdvisory = {
  /** The strength of the rule decided (`recommendation` or `estimate`). */
  readonly strength: Strength;
  /** Always `false`: the NAV rules are professional recommendations, not legal duties. */
  readonly legalDuty: false;
};

/** The advisory part of a NAV decision's details. */
export const advisory = (strength: Strength): NavAdvisory => ({ strength, legalDuty: false });

/**
 * Throws when two parameters that bound classes are out of order (only possible through
 * overrides): `lower` must be below `upper`, or at most `upper` when `allowEqual`.
 */
export function checkParameterOrder(
  fn: string,
  lowerId: string,
  lower: number,
  upperId: string,
  upper: number,
  allowEqual: boolean,
): void {
  if (lower < upper || (allowEqual && lower === upper)) return;
  throw new UngrettInputError(
    [
      {
        path: `options.parameters.${lowerId}`,
        code: "inconsistent_parameters",
        message: `must be ${allowEqual ? "at most" : "below"} ${upperId}`,
      },
    ],
    fn,
  );
}
