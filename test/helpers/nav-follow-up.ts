import type { NavAssessCloseFollowUpInput } from "../../src/nav/index.js";

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
