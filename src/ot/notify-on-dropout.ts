import { addDaysOrNull, daysBetween } from "../core/dates.js";
import type { Decision } from "../core/decision.js";
import { UngrettInputError } from "../core/errors.js";
import type { EvaluationOptions } from "../core/evaluation.js";
import { notAfterCheck, rawField } from "../core/person.js";
import { defineRule } from "../core/rule.js";
import type { IsoDate } from "../core/types.js";
import { OT } from "./area.js";
import { OT_NOTIFY_MAX_DAYS } from "./parameters.js";
import { type OtNotifyOnDropoutInput, otDropoutNoticeSchema } from "./schemas.js";

/** `ot.notify-on-dropout`: tell OT in the home municipality as soon as a pupil quits. */
export const OT_NOTIFY_ON_DROPOUT = /* @__PURE__ */ defineRule({
  id: "ot.notify-on-dropout",
  area: "ot",
  strength: "recommendation",
  sources: [
    {
      ref: "losu-horing-ot",
      locator:
        "«får beskjed så snart en elev har sluttet, og at ungdommene får tilbud om oppfølging så tidlig som mulig»",
    },
    {
      ref: "losu-horing-ot",
      locator: "«Listene med navn over ungdom som er uten skoletilbud, må komme til faste tider hvert år»",
    },
  ],
  parameters: [OT_NOTIFY_MAX_DAYS],
  evaluatedBy: "otNotifyOnDropout",
});

const datesNotAfter = /* @__PURE__ */ notAfterCheck((raw) => [
  ["quitDate", rawField(raw, "quitDate")],
  ["notifiedDate", rawField(raw, "notifiedDate")],
]);

/** The outcomes of `otNotifyOnDropout`. */
export type OtNotifyOnDropoutOutcome = "timely" | "late" | "pending" | "overdue";

/** What `otNotifyOnDropout` reports beside the outcome. */
export type OtNotifyOnDropoutDetails = {
  /** Days from quitting to notification (or to `asOf` while OT is not yet told). */
  readonly days: number;
  readonly maxDays: number;
  /** The last day that still counts as timely (`null` when after 9999-12-31). */
  readonly deadline: IsoDate | null;
};

/**
 * Days from a pupil quitting to OT being told, against the threshold
 * `ot.notify-max-days`: `timely` or `late` once told, `pending` or `overdue` while not.
 * Rule `ot.notify-on-dropout` (a recommendation).
 *
 * @example
 * otNotifyOnDropout({ quitDate: "2025-10-01", notifiedDate: "2025-10-20" }, { asOf: "2025-11-01" }).outcome
 * // "late" (19 days; 7 allowed)
 */
export function otNotifyOnDropout(
  notice: OtNotifyOnDropoutInput,
  options: EvaluationOptions,
): Decision<OtNotifyOnDropoutOutcome, OtNotifyOnDropoutDetails> {
  const { ev, input: n } = OT.begin("otNotifyOnDropout", otDropoutNoticeSchema, notice, options, datesNotAfter);
  if (n.notifiedDate != null && n.notifiedDate < n.quitDate) {
    throw new UngrettInputError(
      [
        {
          path: "notifiedDate",
          code: "before_quit_date",
          message: "is before quitDate: OT cannot be told before the pupil quits",
        },
      ],
      "otNotifyOnDropout",
    );
  }
  const maxDays = ev.param(OT_NOTIFY_MAX_DAYS);
  const deadline = addDaysOrNull(n.quitDate, maxDays);
  const told = n.notifiedDate != null;
  const days = daysBetween(n.quitDate, n.notifiedDate ?? ev.asOf);
  const inTime = days <= maxDays;
  const outcome: OtNotifyOnDropoutOutcome = told ? (inTime ? "timely" : "late") : inTime ? "pending" : "overdue";
  const reason = ev.reason(OT_NOTIFY_ON_DROPOUT, told ? "notified" : "not-yet-notified", inTime ? "holds" : "fails", {
    quitDate: n.quitDate,
    notifiedDate: n.notifiedDate ?? null,
    days,
    maxDays,
    deadline,
  });
  return ev.decide(OT_NOTIFY_ON_DROPOUT, outcome, [reason], [], { days, maxDays, deadline });
}
