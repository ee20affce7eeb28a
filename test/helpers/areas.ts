import { CONSENT_AREA } from "../../src/consent/area.js";
import { CONSENT_RULES } from "../../src/consent/rules.js";
import type { AreaDef } from "../../src/core/evaluation.js";
import type { RuleDef } from "../../src/core/rule.js";
import { NAV_AREA } from "../../src/nav/area.js";
import { NAV_RULES } from "../../src/nav/rules.js";
import { OT_AREA } from "../../src/ot/area.js";
import { OT_RULES } from "../../src/ot/rules.js";
import { OUTREACH_AREA } from "../../src/outreach/area.js";
import { OUTREACH_RULES } from "../../src/outreach/rules.js";

/** Every area with its rules, for the tests that check them all (their texts: `TEXTS` in ./texts.js). */
export const AREAS: readonly { area: AreaDef; rules: readonly RuleDef[] }[] = [
  { area: OT_AREA, rules: OT_RULES },
  { area: CONSENT_AREA, rules: CONSENT_RULES },
  { area: OUTREACH_AREA, rules: OUTREACH_RULES },
  { area: NAV_AREA, rules: NAV_RULES },
];
