import { defineRule } from "../core/rule.js";

/** `consent.anonymous-forum`: environments, groups and anonymised cases may be discussed without consent. */
export const CONSENT_ANONYMOUS_FORUM = defineRule({
  id: "consent.anonymous-forum",
  area: "consent",
  strength: "statute",
  sources: [
    {
      ref: "forvaltningsloven/13a-2",
      locator:
        "«Det er tillatt å dele opplysningene dersom de er anonymisert slik at den det gjelder, ikke kan gjenkjennes.»",
    },
    {
      ref: "losu-korus-veileder",
      locator:
        "«profesjonelle møteplasser der man kan drøfte miljøer, grupper og anonymiserte case … uten å trekke inn navn eller enkeltpersoner»",
    },
  ],
  parameters: [],
  evaluatedBy: "consentToShare",
});
