import type * as z from "zod/mini";
import { compareDates } from "./dates.js";
import { deepFreeze } from "./freeze.js";
import { resolveSource } from "./sources.js";
import type { IsoDate, Json, Source, SourceRef, Strength } from "./types.js";

/** What a parameter's number measures. */
export type Unit =
  | "years"
  | "days"
  | "inhabitants"
  | "persons"
  | "fte"
  | "share"
  | "per-10000"
  | "month-day"
  | "choice"
  | "flag";

/** One dated value of a parameter: in force from `from` through `to` (open-ended when absent). */
export interface ParameterValue<T extends Json = Json> {
  readonly from: IsoDate;
  readonly to?: IsoDate;
  readonly value: T;
  /** The source of this particular value, where it differs from the parameter's. */
  readonly source?: SourceRef;
}

/**
 * A number (or choice) a rule reads, as dated data in the manner of OpenFisca's
 * parameters: never a literal in rule code, always readable and overridable per call.
 * Its title, and the reading chosen where the source is ambiguous, live in each
 * language's catalogue.
 */
export interface ParameterDef<T extends Json = Json> {
  readonly id: string;
  readonly unit: Unit;
  readonly strength: Strength;
  readonly sources: readonly SourceRef[];
  /** Validates a caller's override. */
  readonly schema: z.ZodMiniType<T>;
  readonly values: readonly ParameterValue<T>[];
}

/** A parameter value a decision read, recorded in the decision. */
export interface ParameterUse {
  readonly id: string;
  readonly value: Json;
  /** The first day the value is in force (`null` when the caller overrode it). */
  readonly from: IsoDate | null;
  /** The last day it is in force, or `null` when open-ended or overridden. */
  readonly to: IsoDate | null;
  readonly overridden: boolean;
}

/**
 * Declares a parameter, frozen (its values reach decisions). Values must be sorted,
 * contiguous and non-overlapping (a test checks every one).
 */
export function defineParameter<T extends Json>(def: ParameterDef<T>): ParameterDef<T> {
  return deepFreeze(def);
}

/** The value of `param` in force on `date`, or `undefined` if none is. */
export function valueOn<T extends Json>(param: ParameterDef<T>, date: IsoDate): ParameterValue<T> | undefined {
  // An index loop: the values are frozen, and V8 iterates frozen arrays with for-of more slowly.
  const values = param.values;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as ParameterValue<T>;
    if (compareDates(v.from, date) <= 0 && (v.to === undefined || compareDates(date, v.to) <= 0)) return v;
  }
  return undefined;
}

/** A caller-facing view of a parameter, as plain JSON. */
export interface ParameterInfo {
  readonly id: string;
  readonly unit: Unit;
  readonly strength: Strength;
  readonly sources: readonly Source[];
  readonly values: readonly { from: IsoDate; to: IsoDate | null; value: Json; source: Source | null }[];
}

/** Describes a parameter as JSON (without its schema). */
export function describeParameter(p: ParameterDef): ParameterInfo {
  return {
    id: p.id,
    unit: p.unit,
    strength: p.strength,
    sources: p.sources.map(resolveSource),
    values: p.values.map((v) => ({
      from: v.from,
      to: v.to ?? null,
      value: v.value,
      source: v.source === undefined ? null : resolveSource(v.source),
    })),
  };
}
