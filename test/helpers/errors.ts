import { type InputIssue, UngrettInputError } from "../../src/core/errors.js";

/** Runs `f` and returns the library's input error it throws; anything else fails the test. */
export function thrown(f: () => unknown): UngrettInputError {
  try {
    f();
  } catch (e) {
    if (e instanceof UngrettInputError) return e;
    throw e;
  }
  throw new Error("expected an input error");
}

/** The issues of the input error `f` throws; fails the test when it throws nothing or something else. */
export const issuesOf = (f: () => unknown): readonly InputIssue[] => thrown(f).issues;

/** `path:code` of each issue of the input error `f` throws, for compact assertions. */
export const pathsOf = (f: () => unknown): string[] => issuesOf(f).map((i) => `${i.path}:${i.code}`);
