import { expect } from "vitest";
import { type InputIssue, UngrettInputError } from "../../src/core/errors.js";

/** The issues of the input error `f` throws; fails the test when it throws nothing or something else. */
export function issuesOf(f: () => unknown): readonly InputIssue[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(UngrettInputError);
    return (e as UngrettInputError).issues;
  }
  throw new Error("expected an input error");
}

/** `path:code` of each issue, for compact assertions. */
export const codes = (f: () => unknown): string[] => issuesOf(f).map((i) => `${i.path}:${i.code}`);
