/** The core every area shares, re-exported by `ungrett` and by each subpath. */
export { SCHOOL_YEAR_START } from "./calendar.js";
export type { ChecklistCounts, ChecklistOutcome, ChecklistStatus } from "./checklist.js";
export type { Decision } from "./decision.js";
export type { DutiesOutcome, Duty, DutyStatus } from "./duties.js";
export { type InputIssue, isUngrettInputError, UngrettInputError } from "./errors.js";
export { type AreaDef, type EvaluationOptions, PreparedOptions } from "./evaluation.js";
export type { Catalogue, Explain, Msg } from "./explain.js";
export type { Formatter } from "./format.js";
export {
  addDays,
  ageOn,
  birthdayAt,
  daysBetween,
  describeParameter,
  inForce,
  isIsoDate,
  isLeapYear,
  parseIsoDate,
  valueOn,
  versionsInForce,
} from "./helpers.js";
export { DECISION_FORMAT, LIBRARY_VERSION } from "./library-version.js";
export type { ParameterDef, ParameterInfo, ParameterUse, ParameterValue, Unit } from "./parameters.js";
export type { Reason, RuleDef, RuleSource } from "./rule.js";
export type { VersionDef, VersionRef } from "./rule-versions.js";
export { isoDateSchema } from "./schema.js";
export {
  type AreaName,
  type AreaTexts,
  type CoreTexts,
  defineTexts,
  type Headings,
  type ParameterText,
  type RulebookTexts,
  type RuleText,
  type Texts,
  type TextsInput,
  titleOf,
} from "./texts.js";
export {
  type Facts,
  type IsoDate,
  type Json,
  LOCALES,
  type Locale,
  type Localized,
  type Source,
  STRENGTHS,
  type Status,
  type Strength,
} from "./types.js";
