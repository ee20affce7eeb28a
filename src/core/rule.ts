import { deepFreeze } from "./freeze.js";
import type { ParameterDef } from "./parameters.js";
import { resolveSource } from "./sources.js";
import type { Facts, Source, SourceRef, Status, Strength } from "./types.js";

/** A source that applies only under some versions of the rule set. */
export interface RuleSource extends SourceRef {
  /** The versions this source applies to; every version when absent. */
  readonly versions?: readonly string[];
}

/**
 * A rule as a self-describing object (valibot's `{kind, type, expects, …}`): the
 * rulebook, the explanations and the conformance index are all derived from these.
 * Some rules compute nothing and exist so that the rulebook and explanations carry them.
 * A rule carries no prose: its title, summary, strength note and the readings of
 * ambiguous sources live in each language's catalogue (`src/<area>/messages/<lang>.ts`).
 */
export interface RuleDef {
  /** The public id from the rule catalogue, e.g. `ot.target-group`. */
  readonly id: string;
  /** The area (`ot`, `consent`, `outreach`, `nav`) and so the subpath export. */
  readonly area: string;
  readonly strength: Strength;
  readonly sources: readonly RuleSource[];
  /** The parameters the rule reads. */
  readonly parameters: readonly ParameterDef[];
  /** The versions the rule exists in; every version of its area when absent. */
  readonly versions?: readonly string[];
  /**
   * The public function that evaluates it, if any (several when more than one does). The
   * function registry (`FUNCTIONS`) takes each function's name from its rule's `evaluatedBy`.
   */
  readonly evaluatedBy?: string | readonly string[];
}

/** The names of the public functions that evaluate `rule` (none for a rule that computes nothing). */
export function evaluatorsOf(rule: RuleDef): readonly string[] {
  const by = rule.evaluatedBy;
  if (by === undefined) return [];
  return typeof by === "string" ? [by] : by;
}

/** The sources of each version, resolved from the bibliography once when a rule is declared (never per call). */
const BY_VERSION = Symbol("ungrett.sourcesByVersion");
type WithTable = { readonly [BY_VERSION]?: ReadonlyMap<string | null, readonly Source[]> };

function resolveFor(sources: readonly RuleSource[], versionId: string | null): readonly Source[] {
  return Object.freeze(
    sources
      .filter((s) => s.versions === undefined || (versionId !== null && s.versions.includes(versionId)))
      .map(resolveSource),
  );
}

/**
 * Declares a rule, and resolves once which of its sources apply under each version. The
 * rule is frozen, sources and all: decisions share its source lists, so a host that edits
 * a decision cannot change the next one.
 */
export function defineRule<R extends RuleDef>(rule: R): R {
  const versions = new Set<string>();
  for (const s of rule.sources) for (const v of s.versions ?? []) versions.add(v);
  const table = new Map<string | null, readonly Source[]>([[null, resolveFor(rule.sources, null)]]);
  for (const v of versions) table.set(v, resolveFor(rule.sources, v));
  Object.defineProperty(rule, BY_VERSION, { value: table, enumerable: false });
  return deepFreeze(rule);
}

/** The sources of `rule` that apply under `versionId`, as decisions carry them. */
export function sourcesFor(rule: RuleDef, versionId: string): readonly Source[] {
  const table = (rule as WithTable)[BY_VERSION];
  if (table === undefined) return resolveFor(rule.sources, versionId);
  return table.get(versionId) ?? (table.get(null) as readonly Source[]);
}

/**
 * One step of a decision's trace: which rule, which of its conditions, whether it holds,
 * how binding it is, where it comes from and which facts it read (helse-spleis'
 * `Subsumsjon`). Its explanation is looked up by `rule`, `condition` and `status`.
 */
export interface Reason {
  readonly rule: string;
  readonly condition: string;
  readonly status: Status;
  readonly strength: Strength;
  readonly sources: readonly Source[];
  readonly facts: Facts;
  /** The facts whose absence keeps this condition unknown. */
  readonly needs: readonly string[];
}

/** Three-valued reading of a fact: `holds` when it equals `wanted`, `unknown` when absent. */
export function factIs<T>(value: T | null | undefined, wanted: T): Status {
  if (value === undefined || value === null) return "unknown";
  return value === wanted ? "holds" : "fails";
}

/** Kleene conjunction: any failure decides; otherwise any unknown keeps it unknown. */
export function allOf(statuses: readonly Status[]): Status {
  let unknown = false;
  for (const s of statuses) {
    if (s === "fails") return "fails";
    if (s === "unknown") unknown = true;
  }
  return unknown ? "unknown" : "holds";
}

/** Kleene disjunction: any holding decides; otherwise any unknown keeps it unknown. */
export function anyOf(statuses: readonly Status[]): Status {
  let unknown = false;
  for (const s of statuses) {
    if (s === "holds") return "holds";
    if (s === "unknown") unknown = true;
  }
  return unknown ? "unknown" : "fails";
}

/** Kleene negation: holds and fails swap; unknown stays unknown. */
export function notOf(status: Status): Status {
  return status === "holds" ? "fails" : status === "fails" ? "holds" : "unknown";
}

/** The facts still needed: the union, in order, of the needs of the unknown reasons. */
export function needsOf(reasons: readonly Reason[]): string[] {
  const out: string[] = [];
  for (const r of reasons) {
    if (r.status !== "unknown") continue;
    for (const n of r.needs) if (!out.includes(n)) out.push(n);
  }
  return out;
}
