/** The schemas' field descriptions in Bokmål, keyed by their English text (see help.ts). */
export const NB: Readonly<Record<string, string>> = {
  "The facts `otTargetGroup` reads. Every fact may be absent or `null` (unknown).":
    "Opplysningene `otTargetGroup` bruker. Hver opplysning kan mangle eller være `null` (ukjent).",
  "Birth year; the age limit needs nothing more.": "Fødselsår; aldersgrensen trenger ikke mer.",
  "Birth date; its year is used when `birthYear` is absent.": "Fødselsdato; året brukes når `birthYear` mangler.",
  "Holds the right to upper secondary education for youth (ungdomsrett).":
    "Har ungdomsrett til videregående opplæring.",
  "In education (i opplæring).": "Er i opplæring.",
  "In work (i arbeid).": "Er i arbeid.",
  "Lost the right through expulsion or contract termination (old rules only).":
    "Har tapt retten ved bortvisning eller heving av kontrakt (bare etter de gamle reglene).",
  "How a young person lost the right under the old rules (bortvisning / heving av kontrakt), or `none`.":
    "Hvordan ungdommen tapte retten etter de gamle reglene (bortvisning eller heving av kontrakt), eller `none`.",
  "The options every evaluation takes.": "Valgene som hver vurdering tar imot.",
  'The date the question is asked for (`YYYY-MM-DD`). There is no implicit "today".':
    "Datoen spørsmålet gjelder (`YYYY-MM-DD`). Det finnes ingen underforstått «i dag».",
  "Pin a version of the rule set (what-if); by default the one in force on `asOf`.":
    "Lås en bestemt versjon av regelsettet (hva om); standard er den som gjelder på `asOf`.",
  "Override parameter values for this call only (a local mandate, a what-if reform).":
    "Overstyr parameterverdier bare for dette kallet (et lokalt mandat, en tenkt reform).",
  "Upper age limit of the follow-up service; in years.": "Øvre aldersgrense for oppfølgingstjenesten; i år.",
  "Days allowed to notify OT when a pupil quits; in days.": "Frist for å varsle OT når en elev slutter; i dager.",
  "Ways of losing the right that keep someone in the target group; one of the values listed.":
    "Måter å tape retten på som likevel gir plass i målgruppen; én av verdiene i listen.",
  "First day of the school year; a month and day, MM-DD.": "Første dag i skoleåret; måned og dag, MM-DD.",
  "Guardians of young people under this age get the same information; in years.":
    "Foresatte til ungdom under denne alderen får samme informasjon; i år.",
  "Age of deciding on one's own education; in years.": "Alder for å bestemme selv over egen utdanning; i år.",
  "What wins when informing guardians meets confidentiality; one of the values listed.":
    "Hva som går foran når informasjon til foresatte møter taushetsplikten; én av verdiene i listen.",
  "Contact and an offer each school year; true or false.": "Kontakt og tilbud hvert skoleår; ja eller nei.",
  "Whom OT follows up; one of the values listed.": "Hvem OT skal følge opp; én av verdiene i listen.",
  "The facts `otCoverageEnd` reads: a birth year, or a birth date to take it from.":
    "Opplysningene `otCoverageEnd` bruker: et fødselsår, eller en fødselsdato å hente det fra.",
  "Birth year; the coverage ends with the calendar year of the upper age.":
    "Fødselsår; OT gjelder til og med det kalenderåret personen fyller den øvre aldersgrensen.",
  "The facts `otContactTriggers` reads. Every fact may be absent or `null` (unknown), but `acceptedPlace` only when a place was offered: with `offeredPlace: false` it must be absent or `null`.":
    "Opplysningene `otContactTriggers` bruker. Hver opplysning kan mangle eller være `null` (ukjent), men `acceptedPlace` kan bare oppgis når det ble tilbudt plass: med `offeredPlace: false` må den mangle eller være `null`.",
  "Birth year: OT owes contact only within the age limit.":
    "Fødselsår: OT skal bare ta kontakt innenfor aldersgrensen.",
  "Applied for upper secondary education.": "Har søkt videregående opplæring.",
  'Was offered a student place or apprenticeship (new rules list "no place offered").':
    "Fikk tilbud om elevplass eller læreplass (de nye reglene har med «fikk ikke tilbud om plass»).",
  "Accepted the place assigned.": "Har tatt imot tildelt plass.",
  "Broke off education before completing it.": "Har avbrutt opplæringen før den er fullført.",
  "In work.": "Er i arbeid.",
  "The facts `otYearlyContact` reads: the contact history.":
    "Opplysningene `otYearlyContact` bruker: kontakthistorikken.",
  "Birth year: the duty ends with the age limit, and `dueBy` never passes it.":
    "Fødselsår: plikten slutter ved aldersgrensen, og `dueBy` går aldri forbi den.",
  "Every contact and attempt so far, in any order (none after `asOf`).":
    "All kontakt og alle forsøk så langt, i vilkårlig rekkefølge (ingen etter `asOf`).",
  "One contact or attempt: `established: false` is an attempt with no reply.":
    "Én kontakt eller ett forsøk: `established: false` er et forsøk uten svar.",
  "The day of the contact or attempt.": "Dagen for kontakten eller forsøket.",
  "Contact was established (`false`: an attempt with no reply).":
    "Kontakt ble etablert (`false`: et forsøk uten svar).",
  "The facts `otNotifyOnDropout` reads.": "Opplysningene `otNotifyOnDropout` bruker.",
  "The day the pupil quit.": "Dagen eleven sluttet.",
  "The day OT in the home municipality was told; absent or `null` while not yet told.":
    "Dagen OT i hjemkommunen fikk beskjed; mangler eller `null` så lenge OT ikke er varslet.",
  "The facts `otDuties` reads: what `otTargetGroup` reads, and the history of what was done.":
    "Opplysningene `otDuties` bruker: det `otTargetGroup` bruker, og historikken over hva som er gjort.",
  "Birth date: whether the guardians are owed information, and whether the young person decides on their own education, turn on birthdays.":
    "Fødselsdato: om foresatte skal ha informasjon, og om ungdommen bestemmer selv over sin utdanning, avhenger av fødselsdager.",
  "What OT has done so far; absent: nothing recorded.": "Hva OT har gjort så langt; mangler: ingenting registrert.",
  "The day the young person was entered in OT's running overview of the target group.":
    "Dagen ungdommen ble registrert i OTs løpende oversikt over målgruppen.",
  "The day written information about their rights was given to the young person.":
    "Dagen ungdommen fikk skriftlig informasjon om rettighetene sine.",
  "The day the same written information was given to their guardians.":
    "Dagen foresatte fikk den samme skriftlige informasjonen.",
  "Every contact and attempt (`established: false` is an attempt with no reply).":
    "All kontakt og alle forsøk (`established: false` er et forsøk uten svar).",
  "Every offer given.": "Alle tilbud som er gitt.",
  "An offer OT made: the day, and whether the young person accepted it (unknown while open).":
    "Et tilbud fra OT: dagen, og om ungdommen tok imot det (ukjent så lenge det er åpent).",
  "The day the offer was given.": "Dagen tilbudet ble gitt.",
  "Whether the young person accepted it; absent or `null` while not known.":
    "Om ungdommen tok imot tilbudet; mangler eller `null` så lenge det ikke er kjent.",
  "The days of follow-up (a guidance conversation, a visit) after an offer.":
    "Dagene med oppfølging (en veiledningssamtale, et besøk) etter et tilbud.",
  "The facts `consentToShare` reads. Every fact may be absent or `null` (unknown).":
    "Opplysningene `consentToShare` bruker. Hver opplysning kan mangle eller være `null` (ukjent).",
  "Birth date; the age decides who consents.": "Fødselsdato; alderen avgjør hvem som samtykker.",
  "The young person is named or can be identified in what is discussed.":
    "Ungdommen er nevnt ved navn eller kan kjennes igjen i det som drøftes.",
  "The duty to report to child welfare (opplysningsplikt) has been triggered.":
    "Opplysningsplikten til barnevernet er utløst.",
  "Another legal basis for sharing without consent, as the service judges it: `none`, `public-body` (forvaltningsloven § 13 b første ledd nr. 5), `report-offence` (nr. 6), `avert-danger` (nr. 7) or `duty-to-avert` (straffeloven § 196).":
    "Et annet lovlig grunnlag for å dele uten samtykke, etter tjenestens vurdering: `none`, `public-body` (forvaltningsloven § 13 b første ledd nr. 5), `report-offence` (nr. 6), `avert-danger` (nr. 7) eller `duty-to-avert` (straffeloven § 196).",
  "Legal bases other than consent, the duty to report and anonymisation on which a public service may share confidential information: `none`; `public-body`, forvaltningsloven § 13 b første ledd nr. 5 (to other public bodies: a person's connection with the service, decisions made); `report-offence`, nr. 6 (reporting breaches of the law to the prosecuting or supervisory authority); `avert-danger`, nr. 7 (as far as necessary to avert danger to life or health); `duty-to-avert`, straffeloven § 196 (the duty to avert certain serious crimes). Each basis's limit is in `CONSENT_OTHER_LEGAL_BASES`.":
    "Lovlige grunnlag utenom samtykke, opplysningsplikten og anonymisering som gir en offentlig tjeneste adgang til å dele taushetsbelagte opplysninger: `none`; `public-body`, forvaltningsloven § 13 b første ledd nr. 5 (til andre forvaltningsorganer: en persons forbindelse med tjenesten, avgjørelser som er truffet); `report-offence`, nr. 6 (anmeldelse av lovbrudd til påtalemyndigheten eller kontrollmyndigheten); `avert-danger`, nr. 7 (så langt det er nødvendig for å unngå fare for liv eller helse); `duty-to-avert`, straffeloven § 196 (plikten til å avverge visse alvorlige straffbare handlinger). Grensen for hvert grunnlag står i `CONSENT_OTHER_LEGAL_BASES`.",
  "Age from which the child shall be heard; in years.": "Alder fra da barnet skal høres; i år.",
  "Age from which the child's view carries great weight; in years.":
    "Alder fra da barnets mening skal tillegges stor vekt; i år.",
  "Age from which a patient may ask that the parents are not told; in years.":
    "Alder fra da en pasient kan be om at foreldrene ikke får opplysninger; i år.",
  "Age of consent to information-society services; in years.":
    "Alder for samtykke til informasjonssamfunnstjenester; i år.",
  "Age from which the young person chooses their own education; in years.":
    "Alder fra da ungdommen selv velger utdanning; i år.",
  "When confidentiality towards the guardians starts (“over 15 år”); one of the values listed.":
    "Når taushetsplikten overfor foresatte begynner («over 15 år»); én av verdiene i listen.",
  "Vital information to guardians: may or must; one of the values listed.":
    "Livsviktig informasjon til foresatte: kan eller må; én av verdiene i listen.",
  "Age from which the young person consents to sharing with other agencies; in years.":
    "Alder fra da ungdommen selv samtykker til deling med andre instanser; i år.",
  "Age of consent to health care; in years.": "Helserettslig myndighetsalder; i år.",
  "Age of majority; in years.": "Myndighetsalder; i år.",
  "Upper age of child-welfare aftercare; in years.": "Øvre alder for ettervern i barnevernet; i år.",
  "The facts `consentGuardianDisclosure` reads. Every fact may be absent or `null` (unknown).":
    "Opplysningene `consentGuardianDisclosure` bruker. Hver opplysning kan mangle eller være `null` (ukjent).",
  "Birth date; the age band decides what the guardians may be told.":
    "Fødselsdato; aldersgruppen avgjør hva foresatte kan få vite.",
  "The kind of information the guardians might be told.": "Hva slags informasjon foresatte kan få vite.",
  "The kinds of information a service may be asked to pass on to the guardians: `vital` (livsviktig), `whereabouts` (where the young person is staying), `serious` (not vital, but serious enough to weigh), `other`, and `agreed` (what the young person has agreed may be discussed with the parents). Each kind's source is in `CONSENT_INFORMATION_KINDS`.":
    "Hva slags informasjon en tjeneste kan bli bedt om å gi videre til foresatte: `vital` (livsviktig), `whereabouts` (hvor ungdommen oppholder seg), `serious` (ikke livsviktig, men alvorlig nok til å vurderes), `other` (annet) og `agreed` (det ungdommen har sagt seg enig i at kan drøftes med foreldrene). Kilden for hver type står i `CONSENT_INFORMATION_KINDS`.",
  "The facts `consentTimeline` reads: the birth date, which it cannot do without.":
    "Opplysningene `consentTimeline` bruker: fødselsdatoen, som den ikke klarer seg uten.",
  "Birth date; every threshold is reached on a birthday.": "Fødselsdato; hver aldersgrense nås på en fødselsdag.",
  "The facts `outreachTargetGroup` reads. Every fact may be absent or `null` (unknown).":
    "Opplysningene `outreachTargetGroup` bruker. Hver opplysning kan mangle eller være `null` (ukjent).",
  "Birth date; age is counted in completed years on `asOf`.": "Fødselsdato; alderen regnes i fylte år på `asOf`.",
  "(a) At risk of developing problems that threaten social and/or mental functioning.":
    "(a) I faresonen for å utvikle problemer som truer den sosiale og/eller mentale funksjonsevnen.",
  "Problem-burdened (problembelastet): the premise of categories (b) and (c).":
    "Problembelastet: forutsetningen for kategori (b) og (c).",
  "Has established contact with the ordinary help services.": "Har etablert kontakt med det ordinære hjelpeapparatet.",
  "Needs the outreach service as a supplement to the ordinary services (read only when in contact with them).":
    "Trenger den oppsøkende tjenesten som supplement til det ordinære hjelpeapparatet (leses bare når personen er i kontakt med det).",
  "Lower age of the outreach youth service; in years.": "Nedre alder for oppsøkende ungdomstjeneste; i år.",
  "Upper age of the outreach youth service (completed years, inclusive); in years.":
    "Øvre alder for oppsøkende ungdomstjeneste (fylte år, medregnet); i år.",
  "Very vulnerable young people aged 13–23 per 10,000 inhabitants; per 10,000 inhabitants.":
    "Svært sårbare unge 13–23 år per 10 000 innbyggere; per 10 000 innbyggere.",
  "Share of youth with experimenting behaviour, lower estimate; a share from 0 to 1.":
    "Andel ungdom med eksperimenterende atferd, nedre anslag; en andel fra 0 til 1.",
  "Share of youth with experimenting behaviour, upper estimate; a share from 0 to 1.":
    "Andel ungdom med eksperimenterende atferd, øvre anslag; en andel fra 0 til 1.",
  "Fraction of these who are very vulnerable; a share from 0 to 1.":
    "Andel av disse som er svært sårbare; en andel fra 0 til 1.",
  "Minimum staffing (FTE); in full-time equivalents.": "Minste bemanning; i årsverk.",
  "Inhabitants per position; in inhabitants.": "Innbyggere per stilling; i antall innbyggere.",
  "Rounding of the staffing need; one of the values listed.":
    "Avrunding av bemanningsbehovet; én av verdiene i listen.",
  "People working together in the field; in persons.": "Antall som arbeider sammen ute; i personer.",
  "Lowest recommended share of field time; a share from 0 to 1.":
    "Laveste anbefalte andel utetid; en andel fra 0 til 1.",
  "Highest recommended share of field time; a share from 0 to 1.":
    "Høyeste anbefalte andel utetid; en andel fra 0 til 1.",
  "Main rule for field time; a share from 0 to 1.": "Hovedregel for utetid; en andel fra 0 til 1.",
  "Share with social-work education that must be exceeded; a share from 0 to 1.":
    "Andel med sosialfaglig utdanning som må overstiges; en andel fra 0 til 1.",
  "The facts `outreachAgeBand` reads.": "Opplysningene `outreachAgeBand` bruker.",
  "The facts `outreachPrevalence` reads: a population, a 13–23 cohort, or both.":
    "Opplysningene `outreachPrevalence` bruker: et folketall, et kull 13–23 år, eller begge.",
  "Inhabitants of the municipality.": "Antall innbyggere i kommunen.",
  "A municipality's population: a whole number of inhabitants, at least 1.":
    "Folketallet i en kommune: et helt antall innbyggere, minst 1.",
  "Inhabitants aged 13 to 23.": "Innbyggere i alderen 13 til 23 år.",
  "The facts `outreachStaffing` reads.": "Opplysningene `outreachStaffing` bruker.",
  "Team work is secured in another way (so a single position need not be split). Absent or `null`: not secured, and the recommendation to split applies.":
    "Teamarbeid er sikret på annen måte (så én stilling ikke trenger å deles). Mangler eller `null`: ikke sikret, og anbefalingen om å dele stillingen gjelder.",
  'What `outreachFieldTimeShare` takes: one period or a list of periods. For a host\'s edge and for JSON Schema; the function itself dispatches on the shape, so that its errors name the bad field rather than "no union member matched".':
    "Det `outreachFieldTimeShare` tar imot: én periode eller en liste med perioder. For vertssystemets grensesnitt og for JSON Schema; funksjonen selv skiller på formen, slik at feilmeldingene navngir feltet som er feil, og ikke bare sier «ingen av variantene passet».",
  "One period (a week, a month) of working time: hours in the field and hours in all.":
    "Én periode (en uke, en måned) med arbeidstid: timer ute og timer i alt.",
  "A name for the period, such as `2025-W03` or `January`.":
    "Et navn på perioden, for eksempel `2025-W03` eller `January`.",
  "Hours of outreach (field) work.": "Timer med oppsøkende arbeid ute (utetid).",
  "All working hours in the period (more than 0).": "All arbeidstid i perioden, i timer (mer enn 0).",
  "Periods judged as a whole (at least one).": "Perioder som vurderes samlet (minst én).",
  "The facts `outreachVoluntaryFollowUp` reads.": "Opplysningene `outreachVoluntaryFollowUp` bruker.",
  "The young person has agreed to follow-up.": "Den unge har sagt seg enig i oppfølging.",
  "The facts `outreachDocumentation` reads: what is documented and what the client consented to.":
    "Opplysningene `outreachDocumentation` bruker: hva som er dokumentert, og hva klienten har samtykket til.",
  "The kinds of information documented about the client (the host system's own vocabulary).":
    "Typene opplysninger som er dokumentert om klienten (vertssystemets egne betegnelser).",
  "The kinds of information the client consented to; absent or `null` when not known.":
    "Typene opplysninger klienten har samtykket til; mangler eller `null` når det ikke er kjent.",
  "The facts `outreachAssessService` reads. Every fact may be absent or `null`: its items are then `unknown`. Give the staff as a list (`staff`) or as counts (`headcount`, `socialWorkEducated`), not both. Gender and ethnicity are asked for only at team level (`mixedGender`, `ethnicityConsidered`): the norm needs nothing about single persons.":
    "Opplysningene `outreachAssessService` bruker. Hver opplysning kan mangle eller være `null`: punktene den gjelder, blir da `unknown`. Oppgi de ansatte som en liste (`staff`) eller som antall (`headcount`, `socialWorkEducated`), ikke begge. Kjønn og etnisitet spørres det bare om på teamnivå (`mixedGender`, `ethnicityConsidered`): normen trenger ingenting om enkeltpersoner.",
  "Inhabitants of the municipality (or the area the service covers).":
    "Antall innbyggere i kommunen (eller området tjenesten dekker).",
  "The service's positions in full-time equivalents; the sum of `staff[].fte` when absent.":
    "Tjenestens stillinger i årsverk; summen av `staff[].fte` når den mangler.",
  "The staff, one entry per person.": "De ansatte, én oppføring per person.",
  "One member of staff. Only what the norms need: no gender or ethnicity per person.":
    "Én ansatt. Bare det normene trenger: ikke kjønn eller etnisitet per person.",
  "The post's share of a full-time position (0 < fte ≤ 1).": "Stillingens andel av en heltidsstilling (0 < fte ≤ 1).",
  "Has social-work education (sosialfaglig utdanning).": "Har sosialfaglig utdanning.",
  "Number of outreach workers (instead of `staff`).": "Antall oppsøkere (i stedet for `staff`).",
  "How many of them have social-work education (instead of `staff`).":
    "Hvor mange av dem som har sosialfaglig utdanning (i stedet for `staff`).",
  "Working time over one or more periods, judged as a whole.":
    "Arbeidstid over én eller flere perioder, vurdert samlet.",
  "Field work is done in pairs, never alone.": "Det oppsøkende arbeidet ute gjøres i par, aldri alene.",
  "With a single person, team work is secured some other way.":
    "Med bare én person er teamarbeid sikret på annen måte.",
  "A professional leader, or one with leadership or defined coordinator functions.":
    "En faglig leder, eller en med lederfunksjoner eller definerte koordinatorfunksjoner.",
  "The team has more than one gender.": "Teamet har mer enn ett kjønn.",
  "Ethnicity was taken into account when composing the team.":
    "Det er tatt hensyn til etnisitet da teamet ble satt sammen.",
  "Staff have access to supervision (veiledning) and reflection.":
    "De ansatte har tilgang til veiledning og refleksjon.",
  "The five structural success criteria.": "De fem strukturelle suksesskriteriene.",
  "The five structural success criteria, as facts about the service.":
    "De fem strukturelle suksesskriteriene, som opplysninger om tjenesten.",
  "1. Mandate and tasks defined by political guidelines or at chief-executive level.":
    "1. Mandat og oppgaver er definert i politiske retningslinjer eller på rådmannsnivå.",
  "2. A clear frame for the balance between outreach and follow-up work.":
    "2. Klare rammer for forholdet mellom oppsøkende og oppfølgende arbeid.",
  "3. Room and time to work on an independent professional basis.":
    "3. Rom og tid til å arbeide på et selvstendig faglig grunnlag.",
  "4. Staff cannot be drawn in as case workers for child welfare or other agencies.":
    "4. De ansatte kan ikke trekkes inn som saksbehandlere for barnevernet eller andre instanser.",
  "5. Responsibilities and authority clarified between the service's leader and management.":
    "5. Ansvar og myndighet er avklart mellom tjenestens leder og overordnet ledelse.",
  "The five material minimum standards.": "De fem materielle minimumsstandardene.",
  "The five material minimum standards, as facts about the service.":
    "De fem materielle minimumsstandardene, som opplysninger om tjenesten.",
  "1. Its own operating budget.": "1. Eget driftsbudsjett.",
  "2. Its own municipal car, or fixed agreements to borrow one.":
    "2. Egen kommunal tjenestebil, eller faste avtaler om lån av bil.",
  "3. Its own suitable premises apart from other municipal offices.":
    "3. Egne egnede lokaler atskilt fra øvrige kommunale kontorer.",
  "4. A mobile phone for every employee.": "4. Mobiltelefon til hver ansatt.",
  "5. Its own data storage tool for sensitive user data.":
    "5. Eget datalagringsverktøy for sensitive brukeropplysninger.",
  "What the service's mandate states.": "Hva tjenestens mandat sier.",
  "The mandate names the target groups.": "Mandatet angir målgruppene.",
  "The mandate states the service's responsibilities.": "Mandatet angir tjenestens ansvarsoppgaver.",
  "The mandate states the staffing and operating conditions.": "Mandatet angir personal- og driftsmessige rammevilkår.",
  "The mandate states how confidentiality (taushetsplikt) is applied.":
    "Mandatet angir hvordan taushetsplikten anvendes.",
  "The mandate states the age span served.": "Mandatet angir aldersspennet tjenesten skal arbeide med.",
  "The mandate is politically anchored.": "Mandatet er politisk forankret.",
  "The facts `navApproach` reads.": "Opplysningene `navApproach` bruker.",
  "Whom the effort is directed at: all young people in an area (a school, a district, the municipality), groups known to have elevated risk but perhaps no clear problems yet (selected classes, age groups, housing areas, a youth club), or individuals who show signs of difficulty. An effort may combine them. Absent or `null` when not known.":
    "Hvem tiltaket retter seg mot: alle ungdommer i et område (en skole, en bydel, kommunen), grupper med kjent forhøyet risiko som kanskje ennå ikke har klare problemer (utvalgte klasser, aldersgrupper, boområder, en fritidsklubb), eller enkeltpersoner som viser tegn på vansker. Et tiltak kan kombinere dem. Mangler eller `null` når det ikke er kjent.",
  "Whom an effort is directed at, in the words of the three approaches.":
    "Hvem et tiltak retter seg mot, uttrykt ved de tre tilnærmingene.",
  "Largest caseload per counsellor that leaves room for close follow-up; in persons.":
    "Største antall ungdommer per veileder som gir rom for tett oppfølging; i personer.",
  "Caseload per counsellor above which close follow-up is limited; in persons.":
    "Antall ungdommer per veileder som begrenser tett oppfølging når det overskrides; i personer.",
  "Ideal reaction time (at most, in days); in days.": "Ideell reaksjonstid (høyst antall dager); i dager.",
  "Recommended reaction time (at most, in days); in days.": "Anbefalt reaksjonstid (høyst antall dager); i dager.",
  "How the days of a reaction time are counted; one of the values listed.":
    "Hvordan dager i reaksjonstiden telles; én av verdiene i listen.",
  "Caseload that meets the capacity and intensity quality; one of the values listed.":
    "Saksmengde som oppfyller kvaliteten kapasitet og intensitet; én av verdiene i listen.",
  "First age of the 16–19 band; in years.": "Første alder i aldersgruppen 16–19 år; i år.",
  "First age of the band 20 and over; in years.": "Første alder i aldersgruppen 20 år og eldre; i år.",
  "Age from which child welfare is a partner through aftercare; in years.":
    "Alder fra da barnevernet er samarbeidspart gjennom ettervern; i år.",
  "Age at which child-welfare aftercare ends; in years.": "Alder da ettervern i barnevernet opphører; i år.",
  "Whether NAV-loven § 15 a (cooperation with other services) is in force; true or false.":
    "Om NAV-loven § 15 a (samarbeid med andre tjenester) er i kraft; ja eller nei.",
  "First age of the youth guarantee; in years.": "Første alder i ungdomsgarantien; i år.",
  "Age at which the youth guarantee ends; in years.": "Alder da ungdomsgarantien opphører; i år.",
  "Whom an activity plan is owed; one of the values listed.":
    "Hvem aktivitetsplan skal utarbeides for; én av verdiene i listen.",
  "The facts `navPartners` reads.": "Opplysningene `navPartners` bruker.",
  "Birth date; the age bands need the age in completed years.":
    "Fødselsdato; aldersgruppene trenger alderen i fylte år.",
  "The problem types present; `[]` when none is, absent or `null` when not known.":
    "Problemtypene som er til stede; `[]` når ingen er det, mangler eller `null` når det ikke er kjent.",
  "The problem types the report lists («Hvor er de sentrale utfordringene lokalt?»).":
    "Problemtypene rapporten lister opp («Hvor er de sentrale utfordringene lokalt?»).",
  "The facts `navInclusionApproach` reads.": "Opplysningene `navInclusionApproach` bruker.",
  "The follow-up model: `los` (pilot), `motivation` or `maturation`.":
    "Oppfølgingsmodellen: `los` (losmodellen), `motivation` (motivasjonsmodellen) eller `maturation` (modningsmodellen).",
  "The three follow-up models of the report's typology.": "De tre oppfølgingsmodellene i rapportens typologi.",
  "The facts `navReactionTime` reads.": "Opplysningene `navReactionTime` bruker.",
  "The day the young person made contact (or the need arose).": "Dagen ungdommen tok kontakt (eller behovet oppsto).",
  "The day a measure was triggered or follow-up offered; absent or `null` while none yet.":
    "Dagen et tiltak ble utløst eller oppfølging tilbudt; mangler eller `null` så lenge det ikke har skjedd.",
  "The facts `navCaseload` reads.": "Opplysningene `navCaseload` bruker.",
  "The number of young people one counsellor follows up («på benken»).":
    "Antall ungdommer én veileder følger opp («på benken»).",
  "A case's or a whole service's follow-up, described by the facts behind the ten qualities of close individual follow-up. Every fact may be absent or `null` (unknown); a list that is given is taken as complete.":
    "Oppfølgingen i én sak eller i en hel tjeneste, beskrevet ved opplysningene bak de ti kvalitetene ved tett individuell oppfølging. Hver opplysning kan mangle eller være `null` (ukjent); en liste som er oppgitt, regnes som fullstendig.",
  "1. The follow-up models used (`los` is the pilot function).":
    "1. Oppfølgingsmodellene som brukes (`los` er losfunksjonen).",
  "2. Who is followed up: the young person, the employer, the school, the family.":
    "2. Hvem som følges opp: ungdommen, arbeidsgiveren, skolen, familien.",
  "Whom the follow-up reaches besides the young person.": "Hvem oppfølgingen når i tillegg til ungdommen.",
  "3. The themes covered: social inclusion, tasks or subject, health, life otherwise.":
    "3. Temaene som dekkes: sosial innlemmelse, fag eller arbeidsoppgaver, helse, livet ellers.",
  "What the follow-up covers.": "Hva oppfølgingen dekker.",
  "4. The phases covered: before, during (around the start) and after starting school or work.":
    "4. Fasene som dekkes: før, under (rundt oppstart) og etter oppstart i skole eller arbeid.",
  "When the follow-up is given, relative to starting school or work.":
    "Når oppfølgingen gis, sett i forhold til oppstart i skole eller arbeid.",
  "4. Natural support (naturlig bistand) at school or work is arranged for lasting follow-up.":
    "4. Naturlig bistand i skolen eller på arbeidsplassen er lagt til rette for varig oppfølging.",
  "5. Youth counsellors can be reached by mobile phone and text message.":
    "5. Ungdomsveiledere kan nås på mobiltelefon og SMS.",
  "5. Days it takes to trigger a measure or offer follow-up (usually, or at most).":
    "5. Dager det tar å utløse et tiltak eller tilby oppfølging (vanligvis, eller høyst).",
  "A number of days: a whole number, zero or more.": "Et antall dager: et helt tall, null eller mer.",
  "6. Where young people are met.": "6. Hvor ungdom blir møtt.",
  "Where young people meet the follow-up.": "Hvor ungdom møter oppfølgingen.",
  "7. Young people per counsellor.": "7. Ungdommer per veileder.",
  "A count of young people: a whole number, zero or more (NaN, negatives and fractions are errors).":
    "Et antall ungdommer: et helt tall, null eller mer (NaN, negative tall og brøker er feil).",
  "7. One-to-one follow-up can be offered for short periods (a few days).":
    "7. En-til-en-oppfølging kan tilbys i kortere perioder (noen dager).",
  "8. Young people who do not turn up are actively sought out.": "8. Ungdom som ikke møter opp, blir aktivt oppsøkt.",
  "9. The follow-up's angle: reactive (fire-fighting), proactive, or health-promoting.":
    "9. Oppfølgingens vinkling: reaktiv («brannslukking»), proaktiv eller helsefremmende.",
  "How early the follow-up comes in.": "Hvor tidlig oppfølgingen kommer inn.",
  "10. Works with the situation here and now (problem focus).":
    "10. Arbeider med situasjonen her og nå (problemfokus).",
  "10. Works with possibilities and resources for the future.":
    "10. Arbeider med muligheter og ressurser for framtida.",
  "The facts `navDuties` reads about a young person known to NAV. Every fact may be absent or `null` (not known): a duty that depends on it is then `unknown`, never guessed.":
    "Opplysningene `navDuties` bruker om en ungdom som er kjent for NAV. Hver opplysning kan mangle eller være `null` (ikke kjent): en plikt som avhenger av den, blir da `unknown`, aldri gjettet.",
  "Birth date; the youth guarantee's age band needs it to the day.":
    "Fødselsdato; ungdomsgarantiens aldersspenn krever den nøyaktig på dagen.",
  "Birth year, when the date is not known: settles the age band except in the years of the birthdays that bound it.":
    "Fødselsår, når datoen ikke er kjent: avgjør aldersspennet, unntatt i de årene da fødselsdagene som avgrenser det, faller.",
  "The young person has come to NAV wanting or needing help to get or keep work.":
    "Ungdommen har henvendt seg til NAV og ønsker eller trenger hjelp til å skaffe seg eller beholde arbeid.",
  "NAV's assessment found that the young person needs help from NAV to get or keep work.":
    "NAVs vurdering viste at ungdommen trenger bistand fra NAV for å skaffe seg eller beholde arbeid.",
  "The young person needs a broader assessment of that need than a needs assessment (a work-ability assessment).":
    "Ungdommen trenger en bredere vurdering av bistandsbehovet enn en behovsvurdering (en arbeidsevnevurdering).",
  "The young person needs long-term, coordinated services.": "Ungdommen trenger langvarige og koordinerte tjenester.",
  "The young person also needs services from other public bodies or service providers (school, health, child welfare, …).":
    "Ungdommen trenger også tjenester fra andre offentlige organer eller tjenesteytere (skole, helse, barnevern, …).",
  "What NAV has done, and when.": "Hva NAV har gjort, og når.",
  "The days NAV did what it owes a young person, as its case system records them. Each date is on or before `asOf`; absent or `null` while not done (or not known to be).":
    "Dagene NAV gjorde det den skylder en ungdom, slik fagsystemet registrerer dem. Hver dato er på eller før `asOf`; mangler eller `null` så lenge det ikke er gjort (eller ikke er kjent å være gjort).",
  "The day NAV assessed the need for help to get or keep work (behovsvurdering, the § 14 a decision).":
    "Dagen NAV gjorde behovsvurdering av bistandsbehovet for å skaffe seg eller beholde arbeid (vedtaket etter § 14 a).",
  "The day NAV completed a work-ability assessment (arbeidsevnevurdering).":
    "Dagen NAV fullførte en arbeidsevnevurdering.",
  "The day an activity plan (aktivitetsplan) was drawn up.": "Dagen en aktivitetsplan ble utarbeidet.",
  "The day work on an individual plan (individuell plan) was started.":
    "Dagen arbeidet med en individuell plan ble startet.",
  "The day NAV began cooperating with the other services the young person needs.":
    "Dagen NAV begynte å samarbeide med de andre tjenestene ungdommen trenger.",
  "The day the young person was given a fixed contact person in NAV under the youth guarantee.":
    "Dagen ungdommen fikk en fast kontaktperson i NAV etter ungdomsgarantien.",
  "OT has judged that the young person who got an offer needs follow-up: the regulation owes it «ved behov» (as needed).":
    "OT har vurdert at ungdommen som har fått tilbud, trenger oppfølging: forskriften krever oppfølging «ved behov».",
};
