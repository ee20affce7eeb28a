/**
 * `ungrett verify`: compares another implementation's results with the conformance
 * vectors. A team that implements part of the rules checks that part (`--area`,
 * `--function`), and results that give only some fields are compared on those
 * (`--strict` requires all of them).
 */
import {
  difference,
  type ExpectedDecision,
  isExpectedError,
  type Observed,
  VECTOR_FILES,
  VECTORS,
  type Vector,
} from "../conformance/index.js";
import { CliError, didYouMean, parseOptions, shown } from "./args.js";
import { write } from "./io.js";
import { inputChunks, lineBatches, MAX_LINE_BYTES, withoutBom } from "./lines.js";

export const VERIFY_OPTIONS = {
  strict: { type: "boolean" },
  area: { type: "string" },
  function: { type: "string" },
} as const;

/** The fields of an expected decision that a result may leave out (the outcome it may not). */
export const OPTIONAL_FIELDS = ["needs", "details", "version"] as const;
type OptionalField = (typeof OPTIONAL_FIELDS)[number];

const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === "object" && !Array.isArray(x);
const isStringList = (x: unknown): boolean => Array.isArray(x) && x.every((s) => typeof s === "string");

/** Refuses an `--area` that names no vector file, suggesting the closest. */
export function checkVectorArea(command: string, area: string | undefined): void {
  const areas = VECTOR_FILES.map((f) => f.area);
  if (area !== undefined && !areas.includes(area))
    throw new CliError(
      `no vectors for area ${shown(area)}${didYouMean(area, areas)}; the areas are ${areas.join(", ")}`,
      2,
      command,
    );
}

/** Why a parsed result line is not a result, or `null` when it is one. */
export function resultProblem(r: unknown): string | null {
  if (!isObject(r)) return "a result must be a JSON object";
  if (typeof r.id !== "string") return 'a result needs "id" (a string)';
  if ("error" in r) {
    return isObject(r.error) && isStringList(r.error.paths)
      ? null
      : '"error" must be {"paths": [...]} with the paths as strings';
  }
  if (!("outcome" in r)) return 'a result needs "outcome" (or "error" for bad input)';
  if ("needs" in r && !isStringList(r.needs)) return '"needs" must be a list of strings';
  if ("version" in r && typeof r.version !== "string" && !(isObject(r.version) && typeof r.version.id === "string"))
    return '"version" must be a version id (or {"id": ...})';
  return null;
}

/**
 * The difference between a vector and a result, comparing the outcome and only those
 * other fields the result gives; with `strict`, a field the vector expects and the result
 * leaves out is a difference. Also returns the fields left out.
 */
export function partialDifference(
  v: Vector,
  o: Observed,
  strict: boolean,
): { difference: string | null; notCompared: OptionalField[] } {
  if (isExpectedError(v.expected) || "error" in o) return { difference: difference(v, o), notCompared: [] };
  const expected: Record<string, unknown> = { ...v.expected };
  const notCompared: OptionalField[] = [];
  for (const f of OPTIONAL_FIELDS) {
    if (expected[f] !== undefined && !(f in o)) {
      notCompared.push(f);
      delete expected[f];
    }
  }
  const d = difference({ ...v, expected: expected as unknown as ExpectedDecision }, o);
  if (!strict || notCompared.length === 0) return { difference: d, notCompared };
  const missing = notCompared.map((f) => `${f}: not given (--strict)`).join("; ");
  return { difference: d === null ? missing : `${d}; ${missing}`, notCompared };
}

export async function verify(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseOptions("verify", args, VERIFY_OPTIONS);
  const [file, ...extra] = positionals;
  if (file === undefined) throw new CliError("verify needs a results file (JSON Lines; - for stdin)", 2, "verify");
  if (extra.length > 0) throw new CliError("verify reads one results file", 2, "verify");
  const strict = values.strict === true;
  const area = values.area as string | undefined;
  const fn = values.function as string | undefined;
  checkVectorArea("verify", area);
  const functions = [...new Set(VECTORS.map((v) => v.function))];
  if (fn !== undefined && !functions.includes(fn))
    throw new CliError(
      `no vectors for function ${shown(fn)}${didYouMean(fn, functions)}; ungrett functions lists them`,
      2,
      "verify",
    );
  const areaOf = new Map(VECTOR_FILES.flatMap((f) => f.vectors.map((v) => [v.id, f.area] as const)));
  const selected = (v: Vector) =>
    (area === undefined || areaOf.get(v.id) === area) && (fn === undefined || v.function === fn);
  const byId = new Map(VECTORS.map((v) => [v.id, v]));

  const seen = new Map<string, { observed: Observed; line: number }>();
  let problems = 0;
  let outside = 0;
  let lineNo = 0;
  const problem = (m: string) => {
    problems++;
    write(`line ${lineNo}: ${m}\n`);
  };
  for await (const batch of lineBatches(withoutBom(inputChunks(file)))) {
    for (const line of batch) {
      lineNo++;
      if (line === null) {
        problem(`the line is longer than ${MAX_LINE_BYTES.toLocaleString("en-US")} bytes (the maximum)`);
        continue;
      }
      if (line.trim() === "") continue;
      let r: unknown;
      try {
        r = JSON.parse(line);
      } catch {
        problem("not valid JSON");
        continue;
      }
      const why = resultProblem(r);
      if (why !== null) {
        problem(why);
        continue;
      }
      const { id } = r as { id: string };
      const v = byId.get(id);
      if (v === undefined)
        problem(`no vector has the id ${/^[\w./:-]{1,120}$/.test(id) ? JSON.stringify(id) : "given"}`);
      else if (seen.has(id)) problem(`a second result for ${id} (the first is on line ${seen.get(id)?.line})`);
      else if (!selected(v)) {
        outside++;
        seen.set(id, { observed: r as Observed, line: lineNo });
      } else seen.set(id, { observed: r as Observed, line: lineNo });
    }
  }
  let passed = 0;
  let failed = 0;
  const notCompared: Record<OptionalField, number> = { needs: 0, details: 0, version: 0 };
  for (const v of VECTORS) {
    if (!selected(v)) continue;
    const o = seen.get(v.id)?.observed;
    let d: string | null;
    if (o === undefined) d = "no result for this vector";
    else {
      const p = partialDifference(v, o, strict);
      d = p.difference;
      for (const f of p.notCompared) notCompared[f]++;
    }
    if (d === null) passed++;
    else {
      failed++;
      write(`FAIL ${v.id} (${v.function}): ${d}\n`);
    }
  }
  const skipped = OPTIONAL_FIELDS.filter((f) => notCompared[f] > 0);
  if (skipped.length > 0) {
    const counts = skipped.map((f) => `${f} in ${notCompared[f]}`).join(", ");
    write(
      strict
        ? `Not given, so failed under --strict: ${counts} vectors\n`
        : `Not compared, as the results leave them out: ${counts} vectors (--strict requires them)\n`,
    );
  }
  if (outside > 0) {
    const filter = [area === undefined ? "" : `--area ${area}`, fn === undefined ? "" : `--function ${fn}`].filter(
      Boolean,
    );
    write(`Not checked: ${outside} results for vectors outside ${filter.join(" ")}\n`);
  }
  write(`${passed} passed, ${failed} failed${problems === 0 ? "" : `, ${problems} bad result lines`}\n`);
  return failed === 0 && problems === 0 ? 0 : 1;
}
