import { deepFreeze } from "../core/freeze.js";
import { OT_AGE_LIMIT } from "./age-limit.js";
import { OT_CONTACT_TRIGGERS } from "./contact-triggers.js";
import { OT_COORDINATION } from "./coordination.js";
import { OT_DUTIES, OT_GUARDIAN_CONFIDENTIALITY } from "./duties.js";
import { OT_NOTIFY_ON_DROPOUT } from "./notify-on-dropout.js";
import { OT_OFFER_AIMS } from "./offer-aims.js";
import {
  OT_CASE_TOOL_ACCESS,
  OT_COOPERATION_MEETINGS,
  OT_FIXED_YEARLY_LISTS,
  OT_FULL_TIME_POSITIONS,
} from "./recommendations.js";
import { OT_SERVICE_FACTS } from "./service-facts.js";
import { OT_TARGET_GROUP } from "./target-group.js";
import { OT_YEARLY_CONTACT } from "./yearly-contact.js";

/** Every rule object of the OT area, including those that compute nothing. */
export const OT_RULES = /* @__PURE__ */ deepFreeze([
  OT_TARGET_GROUP,
  OT_AGE_LIMIT,
  OT_CONTACT_TRIGGERS,
  OT_OFFER_AIMS,
  OT_YEARLY_CONTACT,
  OT_COORDINATION,
  OT_SERVICE_FACTS,
  OT_NOTIFY_ON_DROPOUT,
  OT_DUTIES,
  OT_GUARDIAN_CONFIDENTIALITY,
  OT_FIXED_YEARLY_LISTS,
  OT_FULL_TIME_POSITIONS,
  OT_COOPERATION_MEETINGS,
  OT_CASE_TOOL_ACCESS,
] as const);
