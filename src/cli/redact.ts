/**
 * What the CLI says about a bad record never repeats a value from it: the records are
 * about young people. Messages from the library are cleaned of every value the record
 * holds before they are written.
 */
import type { InputIssue } from "../core/errors.js";

const describe = (v: string | number): string =>
  typeof v === "string" ? `(text of ${v.length} characters)` : "(a number)";

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Every string and number in a JSON value (keys are ours or field names, not data). */
function leaves(value: unknown, out: Set<string | number>, depth = 0): void {
  if (typeof value === "string" || (typeof value === "number" && Number.isFinite(value))) out.add(value);
  else if (value !== null && typeof value === "object" && depth < 32) {
    for (const v of Object.values(value)) leaves(v, out, depth + 1);
  }
}

/**
 * A message with each value found in `record` (as JSON text: `"Kari"`, `2031`) replaced
 * by its kind and length. Strings of one character and numbers of one digit are left
 * alone: they say nothing about a person, and replacing them would garble the message
 * (for the same reason, strings of two or three characters only where they are quoted).
 */
export function redact(message: string, record: unknown): string {
  const values = new Set<string | number>();
  leaves(record, values);
  let out = message;
  // Longest first, so a value inside a longer one does not break the longer one's match.
  const sorted = [...values].sort((a, b) => String(b).length - String(a).length);
  for (const v of sorted) {
    if (typeof v === "string") {
      if (v.length < 2) continue;
      out = out.replaceAll(JSON.stringify(v), describe(v));
      // Unquoted, only values long enough not to be mistaken for a word of the message.
      if (v.length >= 4) out = out.replaceAll(v, describe(v));
    } else {
      const text = String(v);
      if (text.replace(/^-/, "").length < 2) continue;
      out = out.replace(new RegExp(`(?<![\\w.])${escapeRegExp(text)}(?![\\w.])`, "g"), describe(v));
    }
  }
  return out;
}

/** Issues with their messages redacted against the record. */
export const redactIssues = (issues: readonly InputIssue[], record: unknown): InputIssue[] =>
  issues.map((i) => ({ path: i.path, code: i.code, message: redact(i.message, record) }));
