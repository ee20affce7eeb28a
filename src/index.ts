/**
 * ungrett: Norwegian rules for young people outside school and work, as pure,
 * explained, versioned functions. Everything is exported here; each area also has a
 * subpath (`ungrett/ot`, `ungrett/consent`, …) that pulls in only its own rules and texts.
 * @module ungrett
 */
import { CONSENT_AREA } from "./consent/area.js";
import { CONSENT_MESSAGES, CONSENT_RULES } from "./consent/messages.js";
import { CONSENT_PARAMETERS } from "./consent/parameters.js";
import type { AreaDef } from "./core/evaluation.js";
import { createExplain } from "./core/explain.js";
import type { ParameterDef } from "./core/parameters.js";
import type { RuleDef } from "./core/rule.js";
import { NAV_AREA } from "./nav/area.js";
import { NAV_RULES } from "./nav/messages.js";
import { NAV_MESSAGES } from "./nav/messages-bridge.js";
import { NAV_PARAMETERS } from "./nav/parameters.js";
import { OT_AREA } from "./ot/area.js";
import { OT_MESSAGES, OT_RULES } from "./ot/messages.js";
import { OT_PARAMETERS } from "./ot/parameters.js";
import { OUTREACH_AREA } from "./outreach/area.js";
import { OUTREACH_RULES } from "./outreach/messages.js";
import { OUTREACH_MESSAGES } from "./outreach/messages-bridge.js";
import { OUTREACH_PARAMETERS } from "./outreach/parameters.js";

export * from "./consent/index.js";
export * from "./nav/index.js";
export * from "./ot/index.js";
export * from "./outreach/index.js";

/**
 * Explains any decision of the library in `nb` (default), `nn` or `en`.
 *
 * @example
 * explain(otTargetGroup({ birthYear: 2005, hasYouthRight: true, inEducation: false, inWork: false }, { asOf: "2026-04-15" }))
 * // "Målgruppen for oppfølgingstjenesten (ot.target-group): i målgruppen for oppfølgingstjenesten. …"
 */
export const explain = /* @__PURE__ */ createExplain([OT_MESSAGES, CONSENT_MESSAGES, OUTREACH_MESSAGES, NAV_MESSAGES]);

/** Every area of the law the library encodes. */
export const AREAS: readonly AreaDef[] = /* @__PURE__ */ Object.freeze([
  OT_AREA,
  CONSENT_AREA,
  OUTREACH_AREA,
  NAV_AREA,
]);

/** Every rule object of every area, in catalogue order. */
export const RULES: readonly RuleDef[] = /* @__PURE__ */ Object.freeze([
  ...OT_RULES,
  ...CONSENT_RULES,
  ...OUTREACH_RULES,
  ...NAV_RULES,
]);

/** Every parameter of every area (each once). */
export const ALL_PARAMETERS: readonly ParameterDef[] = /* @__PURE__ */ Object.freeze([
  ...new Map(
    [...OT_PARAMETERS, ...CONSENT_PARAMETERS, ...OUTREACH_PARAMETERS, ...NAV_PARAMETERS].map((p) => [p.id, p]),
  ).values(),
]);

export { FUNCTIONS, type FunctionEntry, findFunction } from "./functions.js";
