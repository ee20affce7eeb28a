import * as z from "zod/mini";
import { birthdayAt, compareDates } from "./dates.js";
import type { Decision } from "./decision.js";
import { type InputIssue, UngrettInputError } from "./errors.js";
import { compileGuard, parseFast } from "./guard.js";
import { type ParameterDef, type ParameterUse, valueOn } from "./parameters.js";
import type { CrossCheck } from "./person.js";
import { type Reason, type RuleDef, sourcesFor } from "./rule.js";
import { isoDateSchema, toInputIssues } from "./schema.js";
import type { Facts, IsoDate, Json, Localized, Status } from "./types.js";
import { DECISION_FORMAT, LIBRARY_VERSION } from "./version.js";
import { parameterDate, type VersionDef, type VersionRef, versionRef, versionsInForce } from "./versions.js";

/** An area of the law: its versions, its parameters and its rules. */
export interface AreaDef {
  readonly id: string;
  readonly title: Localized;
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
  ageLimitFor(def: ParameterDef<number>, birthDate: IsoDate): { readonly age: number; readonly date: IsoDate } {
    if (this.overrides.has(def.id)) {
      const age = this.param(def);
      return { age, date: birthdayAt(birthDate, age) };
    }
    const dayRead = (day: IsoDate): IsoDate =>
      compareDates(day, this.asOf) > 0 ? this.paramDate : parameterDate(this.version, day);
    // No limit is reached before the smallest value the parameter ever takes.
    let age = Math.max(0, Math.min(...def.values.map((v) => v.value)));
    for (;;) {
      const date = birthdayAt(birthDate, age);
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
   * Validates the input and the options together and starts an evaluation, or throws one
   * {@link UngrettInputError} naming every bad field of both.
   */
  begin<S extends z.core.$ZodType>(
    fn: string,
    schema: S,
    input: unknown,
    options: unknown,
    check?: CrossCheck,
  ): Started<z.output<S>>;
  /** Validates options once for many calls, or throws {@link UngrettInputError}. */
  prepare(options: unknown, fn: string): PreparedOptions;
  /** Starts an evaluation from prepared options (no validation). */
  start(prepared: PreparedOptions): Evaluation;
}

/**
 * Options validated once, for many calls: made by an area's `prepare` (`otPrepare`, …).
 * It is itself a valid `EvaluationOptions`, so every function of its area takes it in place
 * of `{ asOf, … }` and then skips validating the options. Immutable; share it freely.
 */
export class PreparedOptions implements EvaluationOptions {
  readonly asOf: IsoDate;
  /** The version id applied (pinned or in force on `asOf`). */
  readonly version: string;
  readonly parameters: Readonly<Record<string, Json>> | undefined;
  /** The area these options were validated for. */
  readonly area: string;
  /** @internal */
  readonly versionDef: VersionDef;
  /** @internal */
  readonly overrides: ReadonlyMap<string, Json>;
  constructor(area: string, asOf: IsoDate, version: VersionDef, overrides: ReadonlyMap<string, Json>) {
    this.area = area;
    this.asOf = asOf;
    this.version = version.id;
    this.versionDef = version;
    this.overrides = overrides;
    this.parameters = overrides.size === 0 ? undefined : Object.freeze(Object.fromEntries(overrides));
    Object.freeze(this);
  }
}

/** A validated input and its evaluation. */
export interface Started<T> {
  readonly ev: Evaluation;
  readonly input: T;
}

/** Prepares an area's option checking once, so calls allocate nothing but their result. */
export function areaRuntime(area: AreaDef): AreaRuntime {
  const schema = optionsSchema(area);
  const optionsGuard = compileGuard(schema);
  const byId = new Map<string, ParameterDef>(area.parameters.map((p) => [p.id, p]));
  const byVersion = new Map(area.versions.map((v) => [v.id, v]));
  const earliest = area.versions.map((v) => v.validFrom).sort()[0] ?? "9999-12-31";
  const noOverrides: ReadonlyMap<string, Json> = new Map();
  // The version and overrides for validated options; throws for a date before every version
  // or a bad override.
  const resolve = (opts: z.output<typeof schema>, fn: string): PreparedOptions => {
    const pinned = opts.version === undefined ? undefined : byVersion.get(opts.version);
    // Versions are contiguous from the earliest (a test proves it), so before it there is
    // nothing to pin or apply, and from it on exactly one version is in force.
    const version = opts.asOf < earliest ? undefined : (pinned ?? versionsInForce(area.versions, opts.asOf)[0]);
    if (version === undefined) {
      throw new UngrettInputError(
        [
          {
            path: "options.asOf",
            code: "no_version_in_force",
            message: `no version of the ${area.id} rules is in force on ${opts.asOf} (the earliest starts ${earliest})`,
          },
        ],
        fn,
      );
    }
    let overrides = noOverrides;
    if (opts.parameters !== undefined) {
      const map = new Map<string, Json>();
      const issues: InputIssue[] = [];
      for (const [id, value] of Object.entries(opts.parameters)) {
        const def = byId.get(id);
        if (def === undefined) {
          issues.push({
            path: `options.parameters.${id}`,
            code: "unknown_parameter",
            message: `is not a parameter of the ${area.id} rules (known: ${[...byId.keys()].join(", ")})`,
          });
          continue;
        }
        const r = parseFast(def.schema, value, null);
        if (r.success) map.set(id, r.data as Json);
        else issues.push(...toInputIssues(r.error.issues, value, `options.parameters.${id}`));
      }
      if (issues.length > 0) throw new UngrettInputError(issues, fn);
      overrides = map;
    }
    return new PreparedOptions(area.id, opts.asOf, version, overrides);
  };
  return {
    area,
    begin<S extends z.core.$ZodType>(fn: string, inputSchema: S, input: unknown, options: unknown, check?: CrossCheck) {
      const parsedInput = parseFast(inputSchema, input);
      if (options instanceof PreparedOptions && options.area !== area.id) {
        throw new UngrettInputError(
          [
            {
              path: "options",
              code: "prepared_for_other_area",
              message: `were prepared for the ${options.area} rules, not the ${area.id} rules: prepare them with this area's prepare function`,
            },
          ],
          fn,
        );
      }
      if (options instanceof PreparedOptions) {
        // Options validated once by `prepare`: only the input is checked per call.
        const issues = parsedInput.success ? [] : toInputIssues(parsedInput.error.issues, input);
        for (const i of check === undefined ? [] : check(input, options.asOf)) {
          if (!issues.some((x) => x.path === i.path)) issues.push(i);
        }
        if (issues.length > 0 || !parsedInput.success) throw new UngrettInputError(issues, fn);
        return {
          ev: new Evaluation(options.asOf, options.versionDef, options.overrides),
          input: parsedInput.data as z.output<S>,
        };
      }
      const parsedOptions = parseFast(schema, options, optionsGuard);
      const issues: InputIssue[] = [];
      if (!parsedInput.success) issues.push(...toInputIssues(parsedInput.error.issues, input));
      if (!parsedOptions.success) issues.push(...toInputIssues(parsedOptions.error.issues, options, "options"));
      // Facts checked against asOf are reported with the schema's issues, so one error names every bad field.
      if (check !== undefined && parsedOptions.success) {
        for (const i of check(input, parsedOptions.data.asOf)) {
          if (!issues.some((x) => x.path === i.path)) issues.push(i);
        }
      }
      let prepared: PreparedOptions | undefined;
      if (parsedOptions.success) {
        try {
          prepared = resolve(parsedOptions.data, fn);
        } catch (e) {
          if (!(e instanceof UngrettInputError)) throw e;
          issues.push(...e.issues);
        }
      }
      if (issues.length > 0 || !parsedInput.success || prepared === undefined) throw new UngrettInputError(issues, fn);
      return {
        ev: new Evaluation(prepared.asOf, prepared.versionDef, prepared.overrides),
        input: parsedInput.data as z.output<S>,
      };
    },
    prepare(options: unknown, fn: string): PreparedOptions {
      const parsed = z.safeParse(schema, options);
      if (!parsed.success) throw new UngrettInputError(toInputIssues(parsed.error.issues, options, "options"), fn);
      return resolve(parsed.data, fn);
    },
    start(prepared: PreparedOptions): Evaluation {
      return new Evaluation(prepared.asOf, prepared.versionDef, prepared.overrides);
    },
  };
}
