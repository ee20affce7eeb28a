import { readOnce } from "./read.js";

/** One thing wrong with an input: the field (a dotted path) and why. */
export interface InputIssue {
  /** The field, as a path into the input: `birthDate`, `contacts[2].date`, `options.asOf`. */
  readonly path: string;
  /** A stable machine code: `invalid_type`, `invalid_date`, `unknown_field`, … */
  readonly code: string;
  /** What is wrong, in English. It names the rule broken and the type and length of the value, never the value. */
  readonly message: string;
}

/**
 * The bounds of an {@link UngrettInputError}: at most `issues` issues (the rest are
 * counted in `omitted`), a message of at most `message` characters, paths of at most
 * `path` characters in which a field name from the caller's object keeps at most `key`.
 */
export const ERROR_LIMITS = {
  issues: 100,
  message: 2_000,
  path: 256,
  key: 64,
  issueMessage: 400,
  code: 64,
} as const;

// Control characters, line and paragraph separators and bidirectional controls: a
// message is one line of text that shows what it says.
const unsafe = (c: number): boolean =>
  c < 0x20 ||
  (c >= 0x7f && c <= 0x9f) ||
  c === 0x2028 ||
  c === 0x2029 ||
  (c >= 0x202a && c <= 0x202e) ||
  (c >= 0x2066 && c <= 0x2069);

/**
 * `text` with control characters replaced by `?` and cut to at most `max` characters
 * (the cut marked with `…`, never inside a surrogate pair).
 */
export function boundedText(text: string, max: number): string {
  const head = text.length > max * 2 ? text.slice(0, max * 2) : text;
  let safe = "";
  for (let i = 0; i < head.length; i++) safe += unsafe(head.charCodeAt(i)) ? "?" : head[i];
  if (safe.length <= max) return safe;
  let cut = max - 1;
  const last = safe.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return `${safe.slice(0, cut)}…`;
}

const text = (v: unknown, max: number): string => (typeof v === "string" ? boundedText(v, max) : "");

/** The issues as the error keeps them: strings, bounded, at most `ERROR_LIMITS.issues`. */
function normalise(issues: unknown, omitted: unknown): { issues: InputIssue[]; omitted: number } {
  const copy = readOnce(issues).value;
  const list = Array.isArray(copy) ? copy : [];
  const out: InputIssue[] = [];
  for (const i of list.slice(0, ERROR_LIMITS.issues)) {
    const r = (typeof i === "object" && i !== null ? i : {}) as Record<string, unknown>;
    out.push({
      path: text(r.path, ERROR_LIMITS.path),
      code: text(r.code, ERROR_LIMITS.code),
      message: text(r.message, ERROR_LIMITS.issueMessage),
    });
  }
  const extra = typeof omitted === "number" && Number.isSafeInteger(omitted) && omitted > 0 ? omitted : 0;
  return { issues: out, omitted: extra + Math.max(0, list.length - ERROR_LIMITS.issues) };
}

/** The error's message: the head and as many issues as fit in `ERROR_LIMITS.message` characters. */
function messageOf(head: string, issues: readonly InputIssue[], omitted: number): string {
  const parts: string[] = [];
  let length = head.length + 2;
  // Room for the closing "; and N more issues".
  const room = ERROR_LIMITS.message - 40;
  let shown = 0;
  for (const i of issues) {
    const part = `${i.path || "(input)"}: ${i.message}`;
    if (length + part.length + 2 > room) break;
    parts.push(part);
    length += part.length + 2;
    shown++;
  }
  const more = issues.length - shown + omitted;
  const tail = more > 0 ? `${parts.length > 0 ? "; " : ""}and ${more} more issue${more === 1 ? "" : "s"}` : "";
  return `${head}: ${parts.join("; ")}${tail}`;
}

/**
 * The one error the library throws for bad input. Its `issues` name each bad field and
 * why (at most 100; `omitted` counts the rest). Nothing invalid ever reaches a rule:
 * every public function validates first. Neither the message nor the issues quote the
 * value given: they name the field, the rule it breaks and the value's type and length.
 * The message is at most 2,000 characters.
 *
 * @example
 * try { otTargetGroup({ birthYear: 2005 }, { asOf: "2024-02-30" }) }
 * catch (e) { if (e instanceof UngrettInputError) e.issues }
 * // [{ path: "options.asOf", code: "invalid_date", message: "is not a calendar date (YYYY-MM-DD): no such day, got a string of 10 characters" }]
 */
export class UngrettInputError extends Error {
  override readonly name = "UngrettInputError";
  readonly issues: readonly InputIssue[];
  /** How many issues were found beyond those in `issues` (0 when all are listed). */
  readonly omitted: number;
  constructor(issues: readonly InputIssue[], context?: string, omitted = 0) {
    const n = normalise(issues, omitted);
    const head =
      typeof context === "string" ? `Invalid input to ${boundedText(context, ERROR_LIMITS.key)}` : "Invalid input";
    super(messageOf(head, n.issues, n.omitted));
    this.issues = Object.freeze(n.issues.map((i) => Object.freeze(i)));
    this.omitted = n.omitted;
  }
}

/** Whether a value is the library's input error (also across bundle copies). Never throws. */
export function isUngrettInputError(e: unknown): e is UngrettInputError {
  try {
    if (e instanceof UngrettInputError) return true;
    return typeof e === "object" && e !== null && (e as { name?: unknown }).name === "UngrettInputError";
  } catch {
    return false;
  }
}

/** Issues collected for one error: the first `ERROR_LIMITS.issues` kept, the rest counted. */
export class IssueList {
  readonly issues: InputIssue[] = [];
  omitted = 0;
  // Made at the first issue: most calls have none, and pay for nothing.
  private paths: Set<string> | undefined;

  add(issue: InputIssue): void {
    this.paths ??= new Set();
    this.paths.add(issue.path);
    if (this.issues.length < ERROR_LIMITS.issues) this.issues.push(issue);
    else this.omitted++;
  }

  /** Adds an issue unless one for its path is already there (a cross-check after the schema's issues). */
  addNew(issue: InputIssue): void {
    if (this.paths?.has(issue.path) !== true) this.add(issue);
  }

  get size(): number {
    return this.issues.length + this.omitted;
  }

  /** The error for these issues. */
  error(context: string): UngrettInputError {
    return new UngrettInputError(this.issues, context, this.omitted);
  }
}
