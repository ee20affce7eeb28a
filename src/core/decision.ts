import type { ParameterUse } from "./parameters.js";
import type { Reason } from "./rule.js";
import type { VersionRef } from "./rule-versions.js";
import type { IsoDate, Json } from "./types.js";

/**
 * What every rule function returns: plain JSON that survives a round trip, so a case
 * system can store it and show years later why it was made.
 */
export interface Decision<O extends Json = Json, D extends Json = Json> {
  /** The decision format, `ungrett.decision/2`. */
  readonly format: string;
  /** The library that made it, `ungrett@<version>`. */
  readonly library: string;
  /** The rule id the function evaluates. */
  readonly rule: string;
  readonly outcome: O;
  /** Facts whose absence keeps the outcome `unknown` (or a list possibly incomplete). */
  readonly needs: readonly string[];
  /** The trace: every condition weighed, with its status, strength and sources. */
  readonly reasons: readonly Reason[];
  /** The version of the rule set applied. */
  readonly version: VersionRef;
  readonly asOf: IsoDate;
  /** Every parameter value read, with the dates it is in force. */
  readonly parameters: readonly ParameterUse[];
  /** Rule-specific results beside the outcome (dates, counts); `null` when none. */
  readonly details: D;
}
