/*
 * A month and day as a regex, which JSON Schema can carry as a pattern (the date pattern
 * built on it is in src/conformance/json-schemas.ts, outside the library's bundles).
 * Written without lookaheads, so it works in every regex dialect a JSON Schema validator
 * may use. A test holds it to the calendar in src/core/dates.ts, day by day.
 */

/** A month and day that exists in every year (`MM-DD`, so not `02-29`), as regex source. */
export const MONTH_DAY_SOURCE =
  "(?:0[1-9]|1[0-2])-(?:0[1-9]|1\\d|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31";

/** A month and day that exists in every year: `MM-DD`, not `02-29`. */
export const MONTH_DAY = /* @__PURE__ */ new RegExp(`^(?:${MONTH_DAY_SOURCE})$`);
