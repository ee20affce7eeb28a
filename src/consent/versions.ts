import { deepFreeze } from "../core/freeze.js";
import type { VersionDef } from "../core/rule-versions.js";

/**
 * The consent rules as one version from 2006-08-01. The law changed since, but only in
 * numbers (child-welfare aftercare 23 → 25 from 2021-01-01; the information-society age
 * of 13 from 2018-07-20) and in section numbers (barnevernsloven 2021 from 2023-01-01),
 * never in the logic: the numbers are dated parameter values, the sections dated sources.
 */
export const CONSENT_2006: VersionDef = {
  id: "consent-2006",
  validFrom: "2006-08-01",
  validTo: null,
  sources: [
    { ref: "losu-korus-veileder", locator: "Taushetsplikt; Tverrfaglige fora; Foreldresamarbeid; Dokumentasjon" },
    { ref: "forvaltningsloven/13a-1" },
    { ref: "forvaltningsloven/13a-2" },
    { ref: "forvaltningsloven/13b-1-7" },
    { ref: "straffeloven/196" },
    { ref: "grunnloven/104" },
    { ref: "barnekonvensjonen/12" },
    { ref: "barnelova/31" },
    { ref: "barnelova/32" },
    { ref: "pasient-og-brukerrettighetsloven/3-4" },
    { ref: "pasient-og-brukerrettighetsloven/4-3" },
    { ref: "personopplysningsloven/5" },
    { ref: "personvernforordningen/8" },
    { ref: "vergemalsloven/2" },
    { ref: "barnevernloven-1992/1-3", locator: "til 2022-12-31" },
    { ref: "barnevernloven-1992/6-4", locator: "til 2022-12-31" },
    { ref: "barnevernsloven-2021/3-6", locator: "fra 2023-01-01" },
    { ref: "barnevernsloven-2021/13-2", locator: "fra 2023-01-01" },
  ],
};

/** Every version of the consent rules, oldest first. */
export const CONSENT_VERSIONS: readonly VersionDef[] = /* @__PURE__ */ deepFreeze([CONSENT_2006]);
