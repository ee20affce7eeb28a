import type { Decision } from "../core/decision.js";
import type { EvaluationOptions } from "../core/evaluation.js";
import { defineRule, factIs } from "../core/rule.js";
import { OUTREACH } from "./area.js";
import { type OutreachVoluntaryFollowUpInput, outreachVoluntarySchema } from "./schemas.js";

/** `outreach.voluntary`: contact is voluntary; no follow-up without the young person's agreement. */
export const OUTREACH_VOLUNTARY = /* @__PURE__ */ defineRule({
  id: "outreach.voluntary",
  area: "outreach",
  strength: "recommendation",
  sources: [
    {
      ref: "losu-korus-veileder",
      locator:
        "«de unges egen situasjon • at kontakten baserer seg på frivillighet • at kontakten bidrar til å ansvarliggjøre den unge selv»",
    },
    {
      ref: "losu-korus-veileder",
      locator:
        "«den oppsøkende tjenestens funksjon av å være en frivillig tjeneste som baserer sin kontakt med ungdom på tillit»",
    },
  ],
  parameters: [],
  evaluatedBy: "outreachVoluntaryFollowUp",
});

/** `outreachVoluntaryFollowUp` reports nothing beside the outcome. */
export type OutreachVoluntaryFollowUpDetails = null;

/** The outcomes of `outreachVoluntaryFollowUp`. */
export type OutreachVoluntaryFollowUpOutcome = "may-follow-up" | "no-follow-up" | "unknown";

/**
 * Whether the outreach service may follow a young person up: only with their agreement,
 * since the contact is voluntary. Unknown agreement is not agreement: the outcome is then
 * `unknown`, needing `agreed`. A professional principle, not law (the duty to report to
 * child welfare applies regardless). Rule `outreach.voluntary`.
 *
 * @example
 * outreachVoluntaryFollowUp({ agreed: true }, { asOf: "2026-01-01" }).outcome
 * // "may-follow-up"
 * outreachVoluntaryFollowUp({}, { asOf: "2026-01-01" }).needs
 * // ["agreed"]
 */
export function outreachVoluntaryFollowUp(
  input: OutreachVoluntaryFollowUpInput,
  options: EvaluationOptions,
): Decision<OutreachVoluntaryFollowUpOutcome, OutreachVoluntaryFollowUpDetails> {
  const { ev, input: p } = OUTREACH.begin("outreachVoluntaryFollowUp", outreachVoluntarySchema, input, options);
  const status = factIs(p.agreed, true);
  const reason = ev.reason(OUTREACH_VOLUNTARY, "agreement", status, { agreed: p.agreed ?? null }, ["agreed"]);
  const outcome: OutreachVoluntaryFollowUpOutcome =
    status === "holds" ? "may-follow-up" : status === "fails" ? "no-follow-up" : "unknown";
  return ev.decide(OUTREACH_VOLUNTARY, outcome, [reason], status === "unknown" ? ["agreed"] : [], null);
}
