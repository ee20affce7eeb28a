import { deepFreeze } from "../core/freeze.js";
import type { VersionDef } from "../core/rule-versions.js";

/**
 * NAV's follow-up of young people, read with the AFI report's recommendations (2016).
 * The recommendations are not law and have not changed; the one version starts when NAV
 * was established (2006-07-01), so that every date since can be asked about. Numbers that
 * did change (the child-welfare aftercare age) are dated parameter values.
 */
export const NAV_2006: VersionDef = {
  id: "nav-2006",
  validFrom: "2006-07-01",
  validTo: null,
  sources: [
    { ref: "nav-loven", locator: "NAV established 2006-07-01" },
    {
      ref: "afi-tipshefte-2016",
      locator: "«Oppfølging av ungdom i NAV. Tipshefte med forskningsbaserte anbefalinger»",
    },
  ],
};

/** Every version of the NAV rules, oldest first. */
export const NAV_VERSIONS: readonly VersionDef[] = /* @__PURE__ */ deepFreeze([NAV_2006]);
