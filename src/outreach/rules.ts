import { deepFreeze } from "../core/freeze.js";
import { OUTREACH_AGE_BAND } from "./age-band.js";
import { OUTREACH_ASSESSMENT } from "./assessment.js";
import { OUTREACH_DIVERSITY } from "./diversity.js";
import { OUTREACH_DOCUMENTATION } from "./documentation.js";
import { OUTREACH_FIELD_TIME } from "./field-time.js";
import { OUTREACH_LEADERSHIP } from "./leadership.js";
import { OUTREACH_MANDATE } from "./mandate.js";
import { OUTREACH_MATERIAL } from "./material.js";
import { OUTREACH_PAIRS } from "./pairs.js";
import { OUTREACH_PREVALENCE } from "./prevalence.js";
import { OUTREACH_QUALIFICATIONS } from "./qualifications.js";
import { OUTREACH_STAFFING } from "./staffing.js";
import { OUTREACH_STRUCTURE } from "./structure.js";
import { OUTREACH_SUPERVISION } from "./supervision.js";
import { OUTREACH_TARGET_GROUP } from "./target-group.js";
import { OUTREACH_VOLUNTARY } from "./voluntary.js";

/** Every rule object of the outreach area, including those that compute nothing on their own. */
export const OUTREACH_RULES = /* @__PURE__ */ deepFreeze([
  OUTREACH_TARGET_GROUP,
  OUTREACH_AGE_BAND,
  OUTREACH_PREVALENCE,
  OUTREACH_VOLUNTARY,
  OUTREACH_PAIRS,
  OUTREACH_FIELD_TIME,
  OUTREACH_STAFFING,
  OUTREACH_LEADERSHIP,
  OUTREACH_QUALIFICATIONS,
  OUTREACH_DIVERSITY,
  OUTREACH_SUPERVISION,
  OUTREACH_STRUCTURE,
  OUTREACH_MATERIAL,
  OUTREACH_MANDATE,
  OUTREACH_DOCUMENTATION,
  OUTREACH_ASSESSMENT,
] as const);
