import { defineRule } from "../core/rule.js";
import { CONSENT_AFTERCARE_UPPER_AGE } from "./parameters.js";

/** `consent.aftercare`: child-welfare measures may continue after 18, with consent, until 25 (23 before 2021). */
export const CONSENT_AFTERCARE = defineRule({
  id: "consent.aftercare",
  area: "consent",
  title: { nb: "Ettervern i barnevernet", nn: "Ettervern i barnevernet", en: "Child-welfare aftercare" },
  summary: {
    nb: "Barnevernstiltak kan med ungdommens samtykke fortsette eller erstattes av andre tiltak etter 18 år, til ungdommen fyller 25 år (23 år før 2021-01-01).",
    nn: "Barnevernstiltak kan med samtykke frå ungdommen halde fram eller bli erstatta av andre tiltak etter 18 år, til ungdommen fyller 25 år (23 år før 2021-01-01).",
    en: "Child-welfare measures may, with the young person's consent, continue or be replaced by others after 18, until the young person turns 25 (23 before 2021-01-01).",
  },
  strength: "statute",
  sources: [
    { ref: "barnevernloven-1992/1-3", locator: "until 2022-12-31" },
    { ref: "barnevernsloven-2021/3-6", locator: "from 2023-01-01" },
  ],
  parameters: [CONSENT_AFTERCARE_UPPER_AGE],
  interpretation: {
    nb: "Ettervern «opp til 25 år» leses som at tiltakene kan vare mens ungdommen er under 25 år, og tar slutt på 25-årsdagen. Sett `consent.aftercare-upper-age` til 26 for lesemåten «til og med 25 år».",
    nn: "Ettervern «opp til 25 år» er lese som at tiltaka kan vare medan ungdommen er under 25 år, og tek slutt på 25-årsdagen. Set `consent.aftercare-upper-age` til 26 for lesemåten «til og med 25 år».",
    en: "Aftercare “up to 25” is read as: measures may last while the young person is under 25 and end on the 25th birthday. Set `consent.aftercare-upper-age` to 26 for the reading “through age 25”.",
  },
  evaluatedBy: "consentTimeline",
});
