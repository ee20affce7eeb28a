import { deepFreeze } from "../core/freeze.js";
import type { VersionDef } from "../core/rule-versions.js";

/**
 * NAV's follow-up of young people: NAV-loven's duties (`navDuties`) and the AFI report's
 * recommendations (2016), which are not law and have not changed. The one version starts
 * when NAV was established (2006-07-01), so that every date since can be asked about. What
 * did change (the child-welfare aftercare age, NAV-loven § 15 a from 2022-08-01, the youth
 * guarantee from 2023-07-01) is a dated parameter value.
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
