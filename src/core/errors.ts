/** One thing wrong with an input: the field (a dotted path) and why. */
export interface InputIssue {
  /** The field, as a path into the input: `birthDate`, `contacts[2].date`, `options.asOf`. */
  readonly path: string;
  /** A stable machine code: `invalid_type`, `invalid_date`, `unknown_field`, … */
  readonly code: string;
  /** What is wrong, in English. */
  readonly message: string;
}

/**
 * The one error the library throws for bad input. Its `issues` name each bad field and
 * why. Nothing invalid ever reaches a rule: every public function validates first.
 *
 * @example
 * try { otTargetGroup({ birthYear: 2005 }, { asOf: "2024-02-30" }) }
 * catch (e) { if (e instanceof UngrettInputError) e.issues }
 * // [{ path: "options.asOf", code: "invalid_date", message: "2024-02-30 is not a calendar date (YYYY-MM-DD)" }]
 */
export class UngrettInputError extends Error {
  override readonly name = "UngrettInputError";
  readonly issues: readonly InputIssue[];
  constructor(issues: readonly InputIssue[], context?: string) {
    const head = context === undefined ? "Invalid input" : `Invalid input to ${context}`;
    super(`${head}: ${issues.map((i) => `${i.path || "(input)"}: ${i.message}`).join("; ")}`);
    this.issues = issues;
  }
}

/** Whether a value is the library's input error (also across bundle copies). */
export function isUngrettInputError(e: unknown): e is UngrettInputError {
  return (
    e instanceof UngrettInputError ||
    (typeof e === "object" && e !== null && (e as { name?: unknown }).name === "UngrettInputError")
  );
}
