/** A tolerance for comparing sums of hours and FTE, so that 0.1 + 0.2 counts as 0.3. */
export const FLOAT_TOLERANCE = 1e-9;
