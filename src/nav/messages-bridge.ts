import { withMessageAliases } from "../core/message-aliases.js";
import { NAV_MESSAGES as CATALOGUES } from "./messages.js";

/**
 * NAV's explanations in `nb`, `nn` and `en`. `nav.close-follow-up` reports a checklist's
 * outcome (`incomplete` where it said `unknown`); until the catalogues say so themselves,
 * `nav.close-follow-up/outcome/incomplete` is worded by the message of `…/unknown`.
 */
export const NAV_MESSAGES = /* @__PURE__ */ withMessageAliases(CATALOGUES, {
  "nav.close-follow-up/outcome/incomplete": { from: "nav.close-follow-up/outcome/unknown" },
});
