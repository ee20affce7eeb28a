import type { Decision } from "../core/decision.js";
import type { EvaluationOptions } from "../core/evaluation.js";
import { defineRule } from "../core/rule.js";
import type { Status } from "../core/types.js";
import { OUTREACH } from "./area.js";
import { type OutreachDocumentationInput, outreachDocumentationSchema } from "./schemas.js";

/** `outreach.documentation`: what is documented about a client matches what the client consented to. */
export const OUTREACH_DOCUMENTATION = /* @__PURE__ */ defineRule({
  id: "outreach.documentation",
  area: "outreach",
  strength: "recommendation",
  sources: [
    {
      ref: "losu-korus-veileder",
      locator:
        "«skal arbeidet dokumenteres på en slik måte at det som dokumenteres, er i samsvar med det klienten har samtykket til»",
    },
  ],
  parameters: [],
  evaluatedBy: "outreachDocumentation",
});

/** The outcomes of `outreachDocumentation`. */
export type OutreachDocumentationOutcome = "within-consent" | "beyond-consent" | "unknown";

/** What `outreachDocumentation` reports beside the outcome. */
export type OutreachDocumentationDetails = {
  /** The kinds of information documented without consent (empty when none, or when consent is unknown). */
  readonly beyondConsent: readonly string[];
};

/**
 * Whether what is documented about a client stays within what the client consented to.
 * Anything documented beyond the consent is listed. With the consent unknown the outcome is
 * `unknown` (unless nothing is documented). A professional recommendation, not law.
 * Rule `outreach.documentation`.
 *
 * @example
 * outreachDocumentation(
 *   { documented: ["contact log", "school situation", "substance use"], consentedTo: ["contact log", "school situation"] },
 *   { asOf: "2026-01-01" },
 * )
 * // outcome "beyond-consent", details.beyondConsent ["substance use"]
 */
export function outreachDocumentation(
  input: OutreachDocumentationInput,
  options: EvaluationOptions,
): Decision<OutreachDocumentationOutcome, OutreachDocumentationDetails> {
  const { ev, input: p } = OUTREACH.begin("outreachDocumentation", outreachDocumentationSchema, input, options);
  const documented = [...new Set(p.documented.map((d) => d.trim()))];
  const consented = p.consentedTo == null ? null : new Set(p.consentedTo.map((c) => c.trim()));
  const beyondConsent = consented === null ? [] : documented.filter((d) => !consented.has(d));
  // Nothing documented stays within any consent, even an unknown one.
  const status: Status =
    documented.length === 0 ? "holds" : consented === null ? "unknown" : beyondConsent.length === 0 ? "holds" : "fails";
  const reason = ev.reason(
    OUTREACH_DOCUMENTATION,
    "within-consent",
    status,
    { documented, consentedTo: consented === null ? null : [...consented], beyondConsent },
    ["consentedTo"],
  );
  const outcome: OutreachDocumentationOutcome =
    status === "holds" ? "within-consent" : status === "fails" ? "beyond-consent" : "unknown";
  return ev.decide(OUTREACH_DOCUMENTATION, outcome, [reason], status === "unknown" ? ["consentedTo"] : [], {
    beyondConsent,
  });
}
