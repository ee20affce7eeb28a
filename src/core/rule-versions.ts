import { compareDates } from "./dates.js";
import type { IsoDate, SourceRef } from "./types.js";

/** A version of an area's rule set, in force from `validFrom` through `validTo`. */
export interface VersionDef {
  readonly id: string;
  readonly validFrom: IsoDate;
  /** The last day in force, or `null` while it is still in force. */
  readonly validTo: IsoDate | null;
  readonly sources: readonly SourceRef[];
}

/** The version a decision was made under, as recorded in the decision. */
export interface VersionRef {
  readonly id: string;
  readonly validFrom: IsoDate;
  readonly validTo: IsoDate | null;
}

/** Whether `version` is in force on `date`. */
export function inForce(version: VersionDef, date: IsoDate): boolean {
  return (
    compareDates(version.validFrom, date) <= 0 && (version.validTo === null || compareDates(date, version.validTo) <= 0)
  );
}

/** The versions of `versions` in force on `date` (exactly one, for a well-formed area). */
export function versionsInForce(versions: readonly VersionDef[], date: IsoDate): VersionDef[] {
  return versions.filter((v) => inForce(v, date));
}

/**
 * The day whose parameter values a version reads on `asOf`: `asOf` itself while the
 * version is in force, otherwise the nearest day of the version. So pinning the old OT
 * rules in 2026 reads the old age limit of 21.
 */
export function parameterDate(version: VersionDef, asOf: IsoDate): IsoDate {
  if (compareDates(asOf, version.validFrom) < 0) return version.validFrom;
  if (version.validTo !== null && compareDates(asOf, version.validTo) > 0) return version.validTo;
  return asOf;
}

/** The JSON reference to a version that decisions carry. */
export const versionRef = (v: VersionDef): VersionRef => ({ id: v.id, validFrom: v.validFrom, validTo: v.validTo });
