import { deepFreeze } from "../core/freeze.js";
import type { VersionDef } from "../core/rule-versions.js";

/**
 * The outreach recommendations as LOSU's guide gives them. The guide is undated (it cites
 * works from 2012) and rests on NOU 1980:37; no change in the recommendations is known, so
 * one version covers the library's whole span from its common first day, 2006-08-01.
 */
export const OUTREACH_LOSU: VersionDef = {
  id: "outreach-losu",
  validFrom: "2006-08-01",
  validTo: null,
  sources: [{ ref: "losu-korus-veileder" }, { ref: "nou-1980-37" }],
};

/** Every version of the outreach rules, oldest first. */
export const OUTREACH_VERSIONS: readonly VersionDef[] = /* @__PURE__ */ deepFreeze([OUTREACH_LOSU]);
