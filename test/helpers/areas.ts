import { CONSENT_AREA } from "../../src/consent/area.js";
import { CONSENT_MESSAGES } from "../../src/consent/messages.js";
import type { AreaDef } from "../../src/core/evaluation.js";
import type { AreaMessages } from "../../src/core/explain.js";
import type { RuleDef } from "../../src/core/rule.js";
import { NAV_AREA } from "../../src/nav/area.js";
import { NAV_MESSAGES } from "../../src/nav/messages-bridge.js";
import { OT_AREA } from "../../src/ot/area.js";
import { OT_MESSAGES } from "../../src/ot/messages.js";
import { OUTREACH_AREA } from "../../src/outreach/area.js";
import { OUTREACH_MESSAGES } from "../../src/outreach/messages-bridge.js";

/** Every area with its rules and messages, for the tests that check them all. */
export const AREAS: readonly { area: AreaDef; rules: readonly RuleDef[]; messages: AreaMessages }[] = [
  { area: OT_AREA, rules: OT_MESSAGES.rules, messages: OT_MESSAGES },
  { area: CONSENT_AREA, rules: CONSENT_MESSAGES.rules, messages: CONSENT_MESSAGES },
  { area: OUTREACH_AREA, rules: OUTREACH_MESSAGES.rules, messages: OUTREACH_MESSAGES },
  { area: NAV_AREA, rules: NAV_MESSAGES.rules, messages: NAV_MESSAGES },
];
