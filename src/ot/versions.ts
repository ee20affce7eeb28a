import { deepFreeze } from "../core/freeze.js";
import type { VersionDef } from "../core/rule-versions.js";

/** OT under opplæringslova 1998 § 3-6 and chapter 13 of the 2006 regulation, until 2024-07-31. */
export const OT_2006: VersionDef = {
  id: "ot-2006",
  validFrom: "2006-08-01",
  validTo: "2024-07-31",
  sources: [
    { ref: "opplaringslova-1998/3-6" },
    { ref: "forskrift-opplaringslova-2006/kap-13" },
    { ref: "udir-11-2012" },
    { ref: "ot-numedal-kongsberg" },
    { ref: "ung-no-ot" },
  ],
};

/** OT under opplæringslova 2023 § 9-4 and opplæringsforskrifta § 8-3, from 2024-08-01. */
export const OT_2024: VersionDef = {
  id: "ot-2024",
  validFrom: "2024-08-01",
  validTo: null,
  sources: [
    { ref: "opplaringslova-2023/9-4" },
    { ref: "opplaringsforskrifta-2024/8-3" },
    { ref: "prop-57-l-2022-2023/kap-45" },
  ],
};

/** Every version of the OT rules, oldest first. */
export const OT_VERSIONS: readonly VersionDef[] = /* @__PURE__ */ deepFreeze([OT_2006, OT_2024]);
