import { UngrettInputError } from "../../src/core/errors.js";

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
