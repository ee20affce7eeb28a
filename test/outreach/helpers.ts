import { expect } from "vitest";
import { type InputIssue, UngrettInputError } from "../../src/core/errors.js";

/** Runs `f`, expects the library's input error, and returns its issues. */
export function issuesOf(f: () => unknown): readonly InputIssue[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(UngrettInputError);
    return (e as UngrettInputError).issues;
  }
  throw new Error("expected an input error");
}

/** `path:code` of every issue, for compact assertions. */
export const pathsOf = (f: () => unknown): string[] => issuesOf(f).map((i) => `${i.path}:${i.code}`);
