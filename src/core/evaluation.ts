import * as z from "zod/mini";
import { birthdayOrNull, compareDates } from "./dates.js";
import type { Decision } from "./decision.js";
import { pathText } from "./describe.js";
import { IssueList, UngrettInputError } from "./errors.js";
import { deepFreeze } from "./freeze.js";
import { compileGuard, parseFast } from "./guard.js";
import { DECISION_FORMAT, LIBRARY_VERSION } from "./library-version.js";
import { type ParameterDef, type ParameterUse, valueOn } from "./parameters.js";
import type { CrossCheck } from "./person.js";
import { BARE_PROTOTYPE, isRecord, readOnce } from "./read.js";
import { type Reason, type RuleDef, sourcesFor } from "./rule.js";
import { parameterDate, type VersionDef, type VersionRef, versionRef, versionsInForce } from "./rule-versions.js";
import { isoDateSchema, toInputIssues } from "./schema.js";
import type { Facts, IsoDate, Json, Status } from "./types.js";

/** An area of the law: its versions, its parameters and its rules. */
export interface AreaDef {
  readonly id: string;
  readonly versions: readonly VersionDef[];
  readonly parameters: readonly ParameterDef[];
}

/** The options every evaluation takes. */
export interface EvaluationOptions {
  /** The date the question is asked for (`YYYY-MM-DD`). There is no implicit "today". */
  readonly asOf: IsoDate;
  /** Pin a version of the rule set (what-if); by default the one in force on `asOf`. */
  readonly version?: string | undefined;
  /** Override parameter values for this call only (a local mandate, a what-if reform). */
  readonly parameters?: Readonly<Record<string, Json>> | undefined;
}

const LIBRARY = `ungrett@${LIBRARY_VERSION}`;

/** The schema of the options for one area, with its version ids. */
export function optionsSchema(area: AreaDef) {
  const ids = area.versions.map((v) => v.id) as [string, ...string[]];
  return z.strictObject({
    asOf: isoDateSchema,
    version: z.optional(z.enum(ids)),
    parameters: z.optional(z.record(z.string(), z.unknown())),
  });
}

/**
 * One evaluation in progress: the date, the version, the parameter values read. Made per
 * call, never shared, so overrides never touch global state.
 */
export class Evaluation {
  readonly asOf: IsoDate;
  readonly version: VersionDef;
  private readonly versionRef: VersionRef;
  private readonly paramDate: IsoDate;
  private readonly overrides: ReadonlyMap<string, Json>;
  private readonly used: ParameterUse[] = [];

  constructor(asOf: IsoDate, version: VersionDef, overrides: ReadonlyMap<string, Json>) {
    this.asOf = asOf;
    this.version = version;
    this.paramDate = parameterDate(version, asOf);
    this.versionRef = versionRef(version);
    this.overrides = overrides;
  }

  /** Whether the caller overrides `def` in this evaluation. */
  isOverridden(def: ParameterDef): boolean {
    return this.overrides.has(def.id);
  }

  /** Reads a parameter: the caller's override, or the value in force for this version and date. */
  param<T extends Json>(def: ParameterDef<T>): T {
    const id = def.id;
    if (this.overrides.has(id)) {
      const value = this.overrides.get(id) as T;
      this.record({ id, value, from: null, to: null, overridden: true });
      return value;
    }
    const v = valueOn(def, this.paramDate);
    if (v === undefined) {
      // Unreachable for a well-formed area: a test proves every parameter covers every version.
      throw new RangeError(`parameter ${id} has no value on ${this.paramDate}`);
    }
    this.record({ id, value: v.value, from: v.from, to: v.to ?? null, overridden: false });
    return v.value;
  }

  /**
   * An age limit that applies to a person by the day they reach it, not by `asOf`: the
   * first birthday on which the person has reached the limit in force that day. A law
   * that raises the limit so reaches those who had not yet reached the old one when it
   * took effect, and nobody whose limit had already passed (child-welfare aftercare: 23,
   * and 25 for those who turn 23 from 2021-01-01). Birthdays after `asOf` read the value
   * in force on `asOf`, as `param` does: an evaluation foresees no later change. The
   * caller's override still wins; the value read on the deciding birthday is recorded.
   */
  ageLimitFor(def: ParameterDef<number>, birthDate: IsoDate): { readonly age: number; readonly date: IsoDate | null } {
    if (this.overrides.has(def.id)) {
      const age = this.param(def);
      return { age, date: birthdayOrNull(birthDate, age) };
    }
    // A birthday past 9999-12-31 (no ISO date) lies after asOf too, so it reads asOf's value.
    const dayRead = (day: IsoDate | null): IsoDate =>
      day === null || compareDates(day, this.asOf) > 0 ? this.paramDate : parameterDate(this.version, day);
    // No limit is reached before the smallest value the parameter ever takes.
    let age = Math.max(0, Math.min(...def.values.map((v) => v.value)));
    for (;;) {
      const date = birthdayOrNull(birthDate, age);
      const v = valueOn(def, dayRead(date));
      if (v === undefined) throw new RangeError(`parameter ${def.id} has no value on ${dayRead(date)}`);
      if (age >= v.value) {
        this.record({ id: def.id, value: v.value, from: v.from, to: v.to ?? null, overridden: false });
        return { age, date };
      }
      age++;
    }
  }

  private record(use: ParameterUse): void {
    for (const u of this.used) if (u.id === use.id) return;
    this.used.push(use);
  }

  /** One step of the trace, with the rule's strength and the sources for this version. */
  reason(rule: RuleDef, condition: string, status: Status, facts: Facts, needs: readonly string[] = []): Reason {
    return {
      rule: rule.id,
      condition,
      status,
      strength: rule.strength,
      sources: sourcesFor(rule, this.version.id),
      facts,
      needs: status === "unknown" ? needs : [],
    };
  }

  /** The decision, as plain JSON. */
  decide<O extends Json, D extends Json>(
    rule: RuleDef,
    outcome: O,
    reasons: readonly Reason[],
    needs: readonly string[],
    details: D,
  ): Decision<O, D> {
    return {
      format: DECISION_FORMAT,
      library: LIBRARY,
      rule: rule.id,
      outcome,
      needs,
      reasons,
      version: this.versionRef,
      asOf: this.asOf,
      parameters: this.used.slice(),
      details,
    };
  }
}

/** Where an area's options are checked: made once per area, used by each of its functions. */
export interface AreaRuntime {
  readonly area: AreaDef;
  /**
   * Reads the input and the options once, validates them together and starts an
   * evaluation, or throws one {@link UngrettInputError} naming every bad field of both.
   * The input returned is the validated copy: rules read nothing else.
   */
  begin<S extends z.core.$ZodType>(
    fn: string,
    schema: S,
    input: unknown,
    options: unknown,
    check?: CrossCheck,
    preparedOnly?: boolean,
  ): Started<z.output<S>>;
  /** Validates options once for many calls, or throws {@link UngrettInputError}. */
  prepare(options: unknown, fn: string): PreparedOptions;
}

/** What prepared options stand for, kept where no caller can reach it. */
interface Resolved {
  readonly area: string;
  readonly asOf: IsoDate;
  readonly version: VersionDef;
  readonly overrides: ReadonlyMap<string, Json>;
}

/**
 * The options this copy of the library prepared. Only `prepare` adds to it, so an object
 * that is not in it was not made here, whatever its prototype or fields.
 */
const PREPARED = /* @__PURE__ */ new WeakMap<object, Resolved>();

/** The key only this module holds, without which the constructor refuses. */
const MAKE: unique symbol = Symbol("ungrett.prepare");

/**
 * Marks prepared options across copies of the same library version (its ESM and
 * CommonJS builds, say): such options are taken as plain options and validated again,
 * since this copy cannot tell them from a forgery.
 */
const PREPARED_BRAND: unique symbol = Symbol.for(`ungrett.prepared@${LIBRARY_VERSION}`) as never;

/**
 * Options validated once, for many calls: made by an area's `prepare` (`otPrepare`, …)
 * and by nothing else (calling the constructor throws {@link UngrettInputError}). It is
 * itself a valid `EvaluationOptions`, so every function of its area takes it in place
 * of `{ asOf, … }` and then skips validating the options. Immutable; share it freely.
 * Options prepared by another build of the same library version (ESM and CommonJS) are
 * accepted too: their `asOf`, `version` and `parameters` are validated again.
 */
export class PreparedOptions implements EvaluationOptions {
  readonly asOf: IsoDate;
  /** The version id applied (pinned or in force on `asOf`). */
  readonly version: string;
  readonly parameters: Readonly<Record<string, Json>> | undefined;
  /** The area these options were validated for. */
  readonly area: string;
  /** @internal Only `prepare` has the key; any other call throws {@link UngrettInputError}. */
  constructor(key: typeof MAKE, resolved: Resolved) {
    if (key !== MAKE) {
      throw new UngrettInputError(
        [
          {
            path: "options",
            code: "not_prepared",
            message: "prepared options are made by an area's prepare function (otPrepare, …), not by new",
          },
        ],
        "PreparedOptions",
      );
    }
    this.area = resolved.area;
    this.asOf = resolved.asOf;
    this.version = resolved.version.id;
    this.parameters = resolved.overrides.size === 0 ? undefined : Object.freeze(Object.fromEntries(resolved.overrides));
    PREPARED.set(this, resolved);
    Object.freeze(this);
  }

  /** Always `true`: the mark other builds of the same library version look for. */
  get [PREPARED_BRAND](): boolean {
    return true;
  }
}

/** A validated input and its evaluation. */
export interface Started<T> {
  readonly ev: Evaluation;
  readonly input: T;
}

// `preparedFor` is named only when this copy of the library prepared the options (a
// foreign object's area is the caller's data).
const otherArea = (area: string, fn: string, preparedFor?: string): UngrettInputError =>
  new UngrettInputError(
    [
      {
        path: "options",
        code: "prepared_for_other_area",
        message: `were prepared for ${preparedFor === undefined ? "other rules than" : `the ${preparedFor} rules, not`} the ${area} rules: prepare them with this area's prepare function`,
      },
    ],
    fn,
  );

/** Whether `v` carries the mark of prepared options (from any build of this version). Never throws. */
function branded(v: unknown): boolean {
  try {
    return typeof v === "object" && v !== null && (v as Record<symbol, unknown>)[PREPARED_BRAND] === true;
  } catch {
    return false;
  }
}

/** Prepares an area's option checking once, so calls allocate little beyond their result. */
export function areaRuntime(area: AreaDef): AreaRuntime {
  const schema = optionsSchema(area);
  const optionsGuard = compileGuard(schema);
  const byId = new Map<string, ParameterDef>(area.parameters.map((p) => [p.id, p]));
  const byVersion = new Map(area.versions.map((v) => [v.id, v]));
  const earliest = area.versions.map((v) => v.validFrom).sort()[0] ?? "9999-12-31";
  // An unfrozen copy of the list for the per-call search: V8 filters frozen arrays on a slow path.
  const versions = [...area.versions];
  const noOverrides: ReadonlyMap<string, Json> = new Map();

  // The version and overrides for validated options; adds an issue for a date before
  // every version or a bad override.
  const resolve = (opts: z.output<typeof schema>, issues: IssueList): Resolved | undefined => {
    const pinned = opts.version === undefined ? undefined : byVersion.get(opts.version);
    // Versions are contiguous from the earliest (a test proves it), so before it there is
    // nothing to pin or apply, and from it on exactly one version is in force.
    const version = opts.asOf < earliest ? undefined : (pinned ?? versionsInForce(versions, opts.asOf)[0]);
    if (version === undefined) {
      issues.add({
        path: "options.asOf",
        code: "no_version_in_force",
        message: `is before every version of the ${area.id} rules (the earliest starts ${earliest})`,
      });
    }
    let overrides = noOverrides;
    if (opts.parameters !== undefined) {
      const map = new Map<string, Json>();
      for (const [id, value] of Object.entries(opts.parameters)) {
        const path = pathText("options.parameters", [id]);
        const def = byId.get(id);
        if (def === undefined) {
          issues.add({
            path,
            code: "unknown_parameter",
            message: `is not a parameter of the ${area.id} rules (known: ${[...byId.keys()].join(", ")})`,
          });
          continue;
        }
        const r = parseFast(def.schema, value, null);
        if (r.success) map.set(id, deepFreeze(r.data as Json));
        else for (const i of toInputIssues(r.issues, value, path)) issues.add(i);
      }
      overrides = map;
    }
    return version === undefined ? undefined : { area: area.id, asOf: opts.asOf, version, overrides };
  };

  // Options: prepared here (trusted), prepared by another build (validated again) or plain.
  const readOptions = (options: unknown, issues: IssueList, fn: string): Resolved | undefined => {
    const known = typeof options === "object" && options !== null ? PREPARED.get(options) : undefined;
    if (known !== undefined) {
      if (known.area !== area.id) throw otherArea(area.id, fn, known.area);
      return known;
    }
    let copy = readOnce(options).value;
    if (branded(options) && isRecord(copy)) {
      if (copy.area !== area.id) throw otherArea(area.id, fn);
      // Its options fields alone, on the copy's prototype (an absent one reads as absent).
      const { asOf, version, parameters } = copy;
      copy = Object.assign(Object.create(BARE_PROTOTYPE), {
        asOf,
        ...(version === undefined ? {} : { version }),
        ...(parameters === undefined ? {} : { parameters }),
      });
    }
    const parsed = parseFast(schema, copy, optionsGuard);
    if (!parsed.success) {
      for (const i of toInputIssues(parsed.issues, copy, "options")) issues.add(i);
      return undefined;
    }
    return resolve(parsed.data, issues);
  };

  return {
    area,
    begin<S extends z.core.$ZodType>(
      fn: string,
      inputSchema: S,
      input: unknown,
      options: unknown,
      check?: CrossCheck,
      preparedOnly = false,
    ) {
      if (
        preparedOnly &&
        !(typeof options === "object" && options !== null && PREPARED.has(options)) &&
        !branded(options)
      ) {
        throw new UngrettInputError(
          [{ path: "options", code: "not_prepared", message: "must be options made by this area's prepare function" }],
          fn,
        );
      }
      const copy = readOnce(input).value;
      const parsedInput = parseFast(inputSchema, copy);
      const issues = new IssueList();
      if (!parsedInput.success) for (const i of toInputIssues(parsedInput.issues, copy)) issues.add(i);
      const resolved = readOptions(options, issues, fn);
      // Facts checked against asOf are reported with the schema's issues, so one error names every bad field.
      if (check !== undefined && resolved !== undefined) {
        for (const i of check(copy, resolved.asOf)) issues.addNew(i);
      }
      if (issues.size > 0 || !parsedInput.success || resolved === undefined) throw issues.error(fn);
      return {
        ev: new Evaluation(resolved.asOf, resolved.version, resolved.overrides),
        input: parsedInput.data,
      };
    },
    prepare(options: unknown, fn: string): PreparedOptions {
      const issues = new IssueList();
      const resolved = readOptions(options, issues, fn);
      if (issues.size > 0 || resolved === undefined) throw issues.error(fn);
      return new PreparedOptions(MAKE, resolved);
    },
  };
}
