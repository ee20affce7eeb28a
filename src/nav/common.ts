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
