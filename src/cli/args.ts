/**
 * The CLI's arguments: a small parser with messages of our own (no stack traces, no echo
 * of values), and "did you mean" suggestions by edit distance.
 */

/**
 * A failure the CLI reports in one line and an exit code: 2 for a usage error (then with
 * the command's usage), 1 for input that cannot be read.
 */
export class CliError extends Error {
  override readonly name = "CliError";
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 2,
    /** The command whose usage follows the message, for usage errors. */
    readonly usageOf?: string,
  ) {
    super(message);
  }
}

/** The Levenshtein distance between two strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      row.push(Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost));
    }
    prev = row;
  }
  return prev[b.length] as number;
}

/**
 * The known name closest to `name` (ignoring case), when it is close enough to be a
 * slip: at most a third of the longer name's length away, or, failing
 * that, a known name of 3 or more characters that `name` starts with (`--paramter`, `--param`).
 */
export function closest(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const k of known) {
    const d = editDistance(lower, k.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  if (best !== undefined && bestDistance <= Math.floor(Math.max(best.length, name.length) / 3)) return best;
  return known.filter((k) => k.length >= 3 && lower.startsWith(k.toLowerCase())).sort((a, b) => b.length - a.length)[0];
}

/** ` (did you mean x?)`, or nothing. */
export const didYouMean = (name: string, known: readonly string[], prefix = ""): string => {
  const c = closest(name, known);
  return c === undefined ? "" : ` (did you mean ${prefix}${c}?)`;
};

/**
 * A name the user typed, fit to repeat in a message: short names of letters, digits and
 * `. _ -` as they are; anything else only by its length (it may be data).
 */
export function shown(name: string): string {
  return /^[\p{L}\p{N}._-]{1,60}$/u.test(name) ? JSON.stringify(name) : `(a name of ${name.length} characters)`;
}

/** An option a command takes. */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly multiple?: boolean;
}

export interface Parsed {
  readonly values: Readonly<Record<string, string | boolean | string[] | undefined>>;
  readonly positionals: readonly string[];
  /** `--help` or `-h` was given. */
  readonly help: boolean;
}

/**
 * Parses a command's arguments: `--name value`, `--name=value`, boolean `--name`, `--`
 * to end the options, `-` as a positional (stdin), and `--help` / `-h`. Anything else that
 * starts with `-` is an error naming the option (never its value) with a suggestion.
 */
export function parseOptions(
  command: string,
  args: readonly string[],
  spec: Readonly<Record<string, OptionSpec>>,
): Parsed {
  const values: Record<string, string | boolean | string[] | undefined> = {};
  const positionals: string[] = [];
  let help = false;
  const names = Object.keys(spec);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--") {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (arg === "--help" || arg === "-h") {
      help = true;
      continue;
    }
    if (arg === "-" || !arg.startsWith("-")) {
      positionals.push(arg);
      continue;
    }
    if (!arg.startsWith("--")) {
      const flag = /^-[a-z]$/i.test(arg) ? arg : "(an option)";
      throw new CliError(`unknown option ${flag}`, 2, command);
    }
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const o = spec[name];
    if (o === undefined) {
      const flag = /^[a-z][a-z-]{0,40}$/i.test(name) ? `--${name}` : "(an option)";
      throw new CliError(`unknown option ${flag}${didYouMean(name, names, "--")}`, 2, command);
    }
    if (o.type === "boolean") {
      if (eq >= 0) throw new CliError(`--${name} takes no value`, 2, command);
      values[name] = true;
      continue;
    }
    let value: string;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      const next = args[i + 1];
      if (next === undefined || next.startsWith("--")) throw new CliError(`--${name} needs a value`, 2, command);
      value = next;
      i++;
    }
    if (o.multiple === true) {
      const list = (values[name] as string[] | undefined) ?? [];
      list.push(value);
      values[name] = list;
    } else {
      if (values[name] !== undefined) throw new CliError(`--${name} is given twice`, 2, command);
      values[name] = value;
    }
  }
  return { values, positionals, help };
}
