import { defineRule } from "../core/rule.js";
import { CONSENT_AFTERCARE_UPPER_AGE } from "./parameters.js";

/**
 * `consent.aftercare`: child-welfare measures may continue after 18, with consent, until 25;
 * until 23 for those who turned 23 before 2021-01-01.
 */
export const CONSENT_AFTERCARE = defineRule({
  id: "consent.aftercare",
  area: "consent",
  title: { nb: "Ettervern i barnevernet", nn: "Ettervern i barnevernet", en: "Child-welfare aftercare" },
  summary: {
    nb: "Barnevernstiltak kan med ungdommens samtykke fortsette eller erstattes av andre tiltak etter 18 år, til ungdommen fyller 25 år. For den som fylte 23 år før 2021-01-01, tok ettervernet slutt på 23-årsdagen.",
    nn: "Barnevernstiltak kan med samtykke frå ungdommen halde fram eller bli erstatta av andre tiltak etter 18 år, til ungdommen fyller 25 år. For den som fylte 23 år før 2021-01-01, tok ettervernet slutt på 23-årsdagen.",
    en: "Child-welfare measures may, with the young person's consent, continue or be replaced by others after 18, until the young person turns 25. For someone who turned 23 before 2021-01-01, aftercare ended on that 23rd birthday.",
  },
  strength: "statute",
  sources: [
    { ref: "barnevernloven-1992/1-3", locator: "until 2022-12-31" },
    { ref: "barnevernsloven-2021/3-6", locator: "from 2023-01-01" },
    {
      ref: "bufdir-ettervern-25",
      locator:
        "«… vil lovendringen tre i kraft 1. januar 2021, med direkte virkning for unge voksne som fyller 23 år fra samme dato.»",
    },
    { ref: "prop-84-l-2019-2020/kap-3", locator: "Utvidet aldersgrense for rett til ettervern" },
  ],
  parameters: [CONSENT_AFTERCARE_UPPER_AGE],
  interpretation: {
    nb: "Ettervern «opp til 25 år» leses som at tiltakene kan vare mens ungdommen er under 25 år, og tar slutt på 25-årsdagen. Endringen fra 23 til 25 år gjelder etter Bufdir «med direkte virkning for unge voksne som fyller 23 år fra samme dato» (1. januar 2021). Derfor avgjøres aldersgrensen for en person av dagen personen når den, ikke av `asOf`: ettervernet slutter på den første fødselsdagen da personen har nådd grensen som gjaldt den dagen. Den som fylte 23 år 2020-12-31, fikk ettervernet avsluttet den dagen, også når det vurderes etter 2021; den som fylte 23 år 2021-01-01, har ettervern til 25 år. En fødselsdag etter `asOf` leser grensen som gjelder på `asOf`: en senere lovendring forutses ikke. Sett `consent.aftercare-upper-age` til 26 for lesemåten «til og med 25 år»; en overstyrt verdi gjelder uansett fødselsdag.",
    nn: "Ettervern «opp til 25 år» er lese som at tiltaka kan vare medan ungdommen er under 25 år, og tek slutt på 25-årsdagen. Endringa frå 23 til 25 år gjeld etter Bufdir «med direkte virkning for unge voksne som fyller 23 år fra samme dato» (1. januar 2021). Difor blir aldersgrensa for ein person avgjord av dagen personen når henne, ikkje av `asOf`: ettervernet sluttar på den første fødselsdagen då personen har nådd grensa som galdt den dagen. Den som fylte 23 år 2020-12-31, fekk ettervernet avslutta den dagen, også når det blir vurdert etter 2021; den som fylte 23 år 2021-01-01, har ettervern til 25 år. Ein fødselsdag etter `asOf` les grensa som gjeld på `asOf`: ei seinare lovendring blir ikkje føresett. Set `consent.aftercare-upper-age` til 26 for lesemåten «til og med 25 år»; ein overstyrt verdi gjeld same kva fødselsdag.",
    en: "Aftercare “up to 25” is read as: measures may last while the young person is under 25 and end on the 25th birthday. The change from 23 to 25 applies, in Bufdir's words, «med direkte virkning for unge voksne som fyller 23 år fra samme dato» (1 January 2021). So the limit that applies to a person is decided by the day they reach it, not by `asOf`: aftercare ends on the first birthday on which the person has reached the limit in force that day. Someone who turned 23 on 2020-12-31 had aftercare end that day, also when assessed after 2021; someone who turned 23 on 2021-01-01 has aftercare until 25. A birthday after `asOf` reads the limit in force on `asOf`: a later reform is not foreseen. Set `consent.aftercare-upper-age` to 26 for the reading “through age 25”; an overridden value applies whatever the birthday.",
  },
  evaluatedBy: "consentTimeline",
});
