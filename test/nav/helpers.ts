import { expect } from "vitest";
import { type InputIssue, UngrettInputError } from "../../src/core/errors.js";
import type { NavAssessCloseFollowUpInput } from "../../src/nav/index.js";

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

/** A follow-up that meets every quality. */
export const GOOD: NavAssessCloseFollowUpInput = {
  models: ["los", "motivation"],
  actors: ["youth", "employer", "family"],
  themes: ["social-inclusion", "tasks", "health", "life-otherwise"],
  phases: ["before", "during", "after"],
  naturalSupport: true,
  reachableByMobile: true,
  reactionDays: 1,
  meetingPlace: "youth-branch",
  youthPerCounsellor: 20,
  oneToOnePeriods: true,
  activeOutreach: true,
  prevention: "proactive",
  problemFocus: true,
  futureFocus: true,
};
