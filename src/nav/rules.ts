import { deepFreeze } from "../core/freeze.js";
import { NAV_APPROACH } from "./approach.js";
import { NAV_CASELOAD } from "./caseload.js";
import { NAV_CLOSE_FOLLOW_UP } from "./close-follow-up.js";
import {
  NAV_COOPERATION,
  NAV_DUTIES,
  NAV_INDIVIDUAL_PLAN,
  NAV_NEEDS_ASSESSMENT,
  NAV_YOUTH_GUARANTEE,
} from "./duties.js";
import { NAV_INCLUSION_APPROACH } from "./inclusion-approach.js";
import { NAV_PARTNERS } from "./partners.js";
import { NAV_PARTNERS_BY_AGE } from "./partners-by-age.js";
import { NAV_PARTNERS_BY_PROBLEM } from "./partners-by-problem.js";
import { NAV_REACTION_TIME } from "./reaction-time.js";

/** Every rule object of the NAV area, including `nav.partners`, which combines the two partner rules. */
export const NAV_RULES = /* @__PURE__ */ deepFreeze([
  NAV_APPROACH,
  NAV_PARTNERS_BY_AGE,
  NAV_PARTNERS_BY_PROBLEM,
  NAV_PARTNERS,
  NAV_INCLUSION_APPROACH,
  NAV_REACTION_TIME,
  NAV_CASELOAD,
  NAV_CLOSE_FOLLOW_UP,
  NAV_DUTIES,
  NAV_NEEDS_ASSESSMENT,
  NAV_INDIVIDUAL_PLAN,
  NAV_COOPERATION,
  NAV_YOUTH_GUARANTEE,
] as const);
