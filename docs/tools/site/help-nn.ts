/** The schemas' field descriptions in Nynorsk, keyed by their English text (see help.ts). */
export const NN: Readonly<Record<string, string>> = {
  "The facts `otTargetGroup` reads. Every fact may be absent or `null` (unknown).":
    "Fakta som `otTargetGroup` les. Kvart faktum kan mangle eller vere `null` (ukjent).",
  "Birth year; the age limit needs nothing more.": "Fødselsår; aldersgrensa treng ikkje meir.",
  "Birth date; its year is used when `birthYear` is absent.": "Fødselsdato; året blir brukt når `birthYear` manglar.",
  "Holds the right to upper secondary education for youth (ungdomsrett).":
    "Har ungdomsrett til vidaregåande opplæring.",
  "In education (i opplæring).": "I opplæring.",
  "In work (i arbeid).": "I arbeid.",
  "Lost the right through expulsion or contract termination (old rules only).":
    "Har tapt retten ved bortvising eller heving av kontrakt (berre etter dei gamle reglane).",
  "How a young person lost the right under the old rules (bortvisning / heving av kontrakt), or `none`.":
    "Korleis ein ungdom tapte retten etter dei gamle reglane (bortvising eller heving av kontrakt), eller `none`.",
  "The options every evaluation takes.": "Innstillingane kvar vurdering tek imot.",
  'The date the question is asked for (`YYYY-MM-DD`). There is no implicit "today".':
    "Datoen spørsmålet gjeld (`YYYY-MM-DD`). Det finst ingen underforstått «i dag».",
  "Pin a version of the rule set (what-if); by default the one in force on `asOf`.":
    "Lås ein versjon av regelsettet (kva om); elles den som gjeld på `asOf`.",
  "Override parameter values for this call only (a local mandate, a what-if reform).":
    "Overstyr parameterverdiar berre for dette kallet (eit lokalt mandat, ei tenkt reform).",
  "Upper age limit of the follow-up service; in years.": "Øvre aldersgrense for oppfølgingstenesta; i år.",
  "Days allowed to notify OT when a pupil quits; in days.": "Frist for å varsle OT når ein elev sluttar; i dagar.",
  "Ways of losing the right that keep someone in the target group; one of the values listed.":
    "Måtar å tape retten på som held personen i målgruppa; ein av verdiane i lista.",
  "First day of the school year; a month and day, MM-DD.": "Første dag i skuleåret; månad og dag, MM-DD.",
  "Guardians of young people under this age get the same information; in years.":
    "Føresette til ungdom under denne alderen får same informasjon; i år.",
  "Age of deciding on one's own education; in years.": "Alder for å avgjere sjølv kva utdanning ein skal ha; i år.",
  "What wins when informing guardians meets confidentiality; one of the values listed.":
    "Kva som går føre når informasjon til føresette møter teieplikta; ein av verdiane i lista.",
  "Contact and an offer each school year; true or false.": "Kontakt og tilbod kvart skuleår; sann eller usann.",
  "Whom OT follows up; one of the values listed.": "Kven OT følgjer opp; ein av verdiane i lista.",
  "The facts `otCoverageEnd` reads: a birth year, or a birth date to take it from.":
    "Fakta som `otCoverageEnd` les: eit fødselsår, eller ein fødselsdato å hente det frå.",
  "Birth year; the coverage ends with the calendar year of the upper age.":
    "Fødselsår; OT gjeld til og med kalenderåret personen fyller den øvre alderen.",
  "The facts `otContactTriggers` reads. Every fact may be absent or `null` (unknown), but `acceptedPlace` only when a place was offered: with `offeredPlace: false` it must be absent or `null`.":
    "Fakta som `otContactTriggers` les. Kvart faktum kan mangle eller vere `null` (ukjent), men `acceptedPlace` høyrer berre med når det er tilbode plass: med `offeredPlace: false` må feltet mangle eller vere `null`.",
  "Birth year: OT owes contact only within the age limit.":
    "Fødselsår: OT skuldar kontakt berre innanfor aldersgrensa.",
  "Applied for upper secondary education.": "Har søkt vidaregåande opplæring.",
  'Was offered a student place or apprenticeship (new rules list "no place offered").':
    "Fekk tilbod om elevplass eller læreplass (dei nye reglane listar «ikkje fått tilbod om plass»).",
  "Accepted the place assigned.": "Har teke imot tildelt plass.",
  "Broke off education before completing it.": "Har avbrote opplæringa før ho er fullført.",
  "In work.": "I arbeid.",
  "The facts `otYearlyContact` reads: the contact history.": "Fakta som `otYearlyContact` les: kontakthistorikken.",
  "Birth year: the duty ends with the age limit, and `dueBy` never passes it.":
    "Fødselsår: plikta tek slutt ved aldersgrensa, og `dueBy` går aldri forbi henne.",
  "Every contact and attempt so far, in any order (none after `asOf`).":
    "Kvar kontakt og kvart forsøk så langt, i vilkårleg rekkjefølgje (ingen etter `asOf`).",
  "One contact or attempt: `established: false` is an attempt with no reply.":
    "Éin kontakt eller eitt forsøk: `established: false` er eit forsøk utan svar.",
  "The day of the contact or attempt.": "Dagen for kontakten eller forsøket.",
  "Contact was established (`false`: an attempt with no reply).":
    "Kontakt vart etablert (`false`: eit forsøk utan svar).",
  "The facts `otNotifyOnDropout` reads.": "Fakta som `otNotifyOnDropout` les.",
  "The day the pupil quit.": "Dagen eleven slutta.",
  "The day OT in the home municipality was told; absent or `null` while not yet told.":
    "Dagen OT i heimkommunen fekk beskjed; manglar eller `null` så lenge OT ikkje har fått beskjed.",
  "The facts `otDuties` reads: what `otTargetGroup` reads, and the history of what was done.":
    "Fakta som `otDuties` les: det `otTargetGroup` les, og historikken over kva som er gjort.",
  "Birth date: whether the guardians are owed information, and whether the young person decides on their own education, turn on birthdays.":
    "Fødselsdato: om føresette skal ha informasjon, og om ungdomen sjølv avgjer kva utdanning han eller ho skal ha, avheng av fødselsdagar.",
  "What OT has done so far; absent: nothing recorded.":
    "Kva OT har gjort så langt; manglar feltet, er ingenting registrert.",
  "The day the young person was entered in OT's running overview of the target group.":
    "Dagen ungdomen vart registrert i den løpande oversikta OT har over målgruppa.",
  "The day written information about their rights was given to the young person.":
    "Dagen ungdomen fekk skriftleg informasjon om rettane sine.",
  "The day the same written information was given to their guardians.":
    "Dagen dei føresette fekk den same skriftlege informasjonen.",
  "Every contact and attempt (`established: false` is an attempt with no reply).":
    "Kvar kontakt og kvart forsøk (`established: false` er eit forsøk utan svar).",
  "Every offer given.": "Kvart tilbod som er gitt.",
  "An offer OT made: the day, and whether the young person accepted it (unknown while open).":
    "Eit tilbod frå OT: dagen, og om ungdomen tok imot det (ukjent så lenge det står ope).",
  "The day the offer was given.": "Dagen tilbodet vart gitt.",
  "Whether the young person accepted it; absent or `null` while not known.":
    "Om ungdomen tok imot det; manglar eller `null` så lenge det ikkje er kjent.",
  "The days of follow-up (a guidance conversation, a visit) after an offer.":
    "Dagane med oppfølging (ein rettleiingssamtale, eit besøk) etter eit tilbod.",
  "The facts `consentToShare` reads. Every fact may be absent or `null` (unknown).":
    "Fakta som `consentToShare` les. Kvart faktum kan mangle eller vere `null` (ukjent).",
  "Birth date; the age decides who consents.": "Fødselsdato; alderen avgjer kven som samtykkjer.",
  "The young person is named or can be identified in what is discussed.":
    "Ungdomen er namngitt eller kan kjennast att i det som blir drøfta.",
  "The duty to report to child welfare (opplysningsplikt) has been triggered.":
    "Opplysningsplikta til barnevernet er utløyst.",
  "Another legal basis for sharing without consent, as the service judges it: `none`, `public-body` (forvaltningsloven § 13 b første ledd nr. 5), `report-offence` (nr. 6), `avert-danger` (nr. 7) or `duty-to-avert` (straffeloven § 196).":
    "Eit anna lovleg grunnlag for å dele utan samtykke, etter vurderinga til tenesta: `none`, `public-body` (forvaltningslova § 13 b første ledd nr. 5), `report-offence` (nr. 6), `avert-danger` (nr. 7) eller `duty-to-avert` (straffelova § 196).",
  "Legal bases other than consent, the duty to report and anonymisation on which a public service may share confidential information: `none`; `public-body`, forvaltningsloven § 13 b første ledd nr. 5 (to other public bodies: a person's connection with the service, decisions made); `report-offence`, nr. 6 (reporting breaches of the law to the prosecuting or supervisory authority); `avert-danger`, nr. 7 (as far as necessary to avert danger to life or health); `duty-to-avert`, straffeloven § 196 (the duty to avert certain serious crimes). Each basis's limit is in `CONSENT_OTHER_LEGAL_BASES`.":
    "Andre lovlege grunnlag enn samtykke, opplysningsplikta og anonymisering for at ei offentleg teneste kan dele teiepliktige opplysningar: `none`; `public-body`, forvaltningslova § 13 b første ledd nr. 5 (til andre forvaltningsorgan: kva samband ein person har med tenesta, avgjerder som er tekne); `report-offence`, nr. 6 (melding om lovbrot til påtalemakta eller kontrollstyresmakta); `avert-danger`, nr. 7 (så langt det er nødvendig for å unngå fare for liv eller helse); `duty-to-avert`, straffelova § 196 (plikta til å avverje visse alvorlege straffbare handlingar). Grensa for kvart grunnlag står i `CONSENT_OTHER_LEGAL_BASES`.",
  "Age from which the child shall be heard; in years.": "Alder frå då barnet skal bli høyrt; i år.",
  "Age from which the child's view carries great weight; in years.":
    "Alder frå då det skal leggjast stor vekt på meininga til barnet; i år.",
  "Age from which a patient may ask that the parents are not told; in years.":
    "Alder frå då ein pasient kan be om at foreldra ikkje får opplysningar; i år.",
  "Age of consent to information-society services; in years.":
    "Alder for samtykke til informasjonssamfunnstenester; i år.",
  "Age from which the young person chooses their own education; in years.":
    "Alder frå då ungdomen sjølv vel utdanning; i år.",
  "When confidentiality towards the guardians starts (“over 15 år”); one of the values listed.":
    "Når teieplikta overfor føresette byrjar («over 15 år»); ein av verdiane i lista.",
  "Vital information to guardians: may or must; one of the values listed.":
    "Livsviktig informasjon til føresette: kan eller må; ein av verdiane i lista.",
  "Age from which the young person consents to sharing with other agencies; in years.":
    "Alder frå då ungdomen sjølv samtykkjer til deling med andre instansar; i år.",
  "Age of consent to health care; in years.": "Alder for samtykke til helsehjelp; i år.",
  "Age of majority; in years.": "Myndigheitsalder; i år.",
  "Upper age of child-welfare aftercare; in years.": "Øvre alder for ettervern i barnevernet; i år.",
  "The facts `consentGuardianDisclosure` reads. Every fact may be absent or `null` (unknown).":
    "Fakta som `consentGuardianDisclosure` les. Kvart faktum kan mangle eller vere `null` (ukjent).",
  "Birth date; the age band decides what the guardians may be told.":
    "Fødselsdato; aldersgruppa avgjer kva dei føresette kan få vite.",
  "The kind of information the guardians might be told.": "Kva slags opplysning dei føresette kan få vite.",
  "The kinds of information a service may be asked to pass on to the guardians: `vital` (livsviktig), `whereabouts` (where the young person is staying), `serious` (not vital, but serious enough to weigh), `other`, and `agreed` (what the young person has agreed may be discussed with the parents). Each kind's source is in `CONSENT_INFORMATION_KINDS`.":
    "Kva slags opplysningar ei teneste kan bli beden om å gi vidare til dei føresette: `vital` (livsviktige), `whereabouts` (kvar ungdomen oppheld seg), `serious` (ikkje livsviktige, men alvorlege nok til å vurderast), `other` (anna) og `agreed` (det ungdomen har sagt seg samd i at kan drøftast med foreldra). Kjelda for kvar type står i `CONSENT_INFORMATION_KINDS`.",
  "The facts `consentTimeline` reads: the birth date, which it cannot do without.":
    "Fakta som `consentTimeline` les: fødselsdatoen, som funksjonen ikkje klarer seg utan.",
  "Birth date; every threshold is reached on a birthday.":
    "Fødselsdato; kvar aldersgrense blir nådd på ein fødselsdag.",
  "The facts `outreachTargetGroup` reads. Every fact may be absent or `null` (unknown).":
    "Fakta som `outreachTargetGroup` les. Kvart faktum kan mangle eller vere `null` (ukjent).",
  "Birth date; age is counted in completed years on `asOf`.": "Fødselsdato; alderen blir rekna i fylte år på `asOf`.",
  "(a) At risk of developing problems that threaten social and/or mental functioning.":
    "(a) I faresona for å utvikle problem som trugar den sosiale og/eller mentale funksjonsevna.",
  "Problem-burdened (problembelastet): the premise of categories (b) and (c).":
    "Problembelasta: føresetnaden for kategori (b) og (c).",
  "Has established contact with the ordinary help services.": "Har etablert kontakt med det ordinære hjelpeapparatet.",
  "Needs the outreach service as a supplement to the ordinary services (read only when in contact with them).":
    "Treng den oppsøkjande tenesta som supplement til dei ordinære tenestene (blir berre lese når personen er i kontakt med dei).",
  "Lower age of the outreach youth service; in years.": "Nedre alder for oppsøkjande ungdomsteneste; i år.",
  "Upper age of the outreach youth service (completed years, inclusive); in years.":
    "Øvre alder for oppsøkjande ungdomsteneste (fylte år, medrekna); i år.",
  "Very vulnerable young people aged 13–23 per 10,000 inhabitants; per 10,000 inhabitants.":
    "Svært sårbare unge 13–23 år per 10 000 innbyggjarar; per 10 000 innbyggjarar.",
  "Share of youth with experimenting behaviour, lower estimate; a share from 0 to 1.":
    "Del av ungdomen med eksperimenterande åtferd, nedre overslag; ein del frå 0 til 1.",
  "Share of youth with experimenting behaviour, upper estimate; a share from 0 to 1.":
    "Del av ungdomen med eksperimenterande åtferd, øvre overslag; ein del frå 0 til 1.",
  "Fraction of these who are very vulnerable; a share from 0 to 1.":
    "Del av desse som er svært sårbare; ein del frå 0 til 1.",
  "Minimum staffing (FTE); in full-time equivalents.": "Minste bemanning (årsverk); i årsverk.",
  "Inhabitants per position; in inhabitants.": "Innbyggjarar per stilling; i innbyggjarar.",
  "Rounding of the staffing need; one of the values listed.":
    "Avrunding av bemanningsbehovet; ein av verdiane i lista.",
  "People working together in the field; in persons.": "Tal på personar som arbeider saman ute; i personar.",
  "Lowest recommended share of field time; a share from 0 to 1.": "Lågaste tilrådde del utetid; ein del frå 0 til 1.",
  "Highest recommended share of field time; a share from 0 to 1.": "Høgaste tilrådde del utetid; ein del frå 0 til 1.",
  "Main rule for field time; a share from 0 to 1.": "Hovudregel for utetid; ein del frå 0 til 1.",
  "Share with social-work education that must be exceeded; a share from 0 to 1.":
    "Del med sosialfagleg utdanning som må overstigast; ein del frå 0 til 1.",
  "The facts `outreachAgeBand` reads.": "Fakta som `outreachAgeBand` les.",
  "The facts `outreachPrevalence` reads: a population, a 13–23 cohort, or both.":
    "Fakta som `outreachPrevalence` les: eit folketal, eit kull 13–23 år, eller begge.",
  "Inhabitants of the municipality.": "Innbyggjarar i kommunen.",
  "A municipality's population: a whole number of inhabitants, at least 1.":
    "Folketalet i ein kommune: eit heiltal innbyggjarar, minst 1.",
  "Inhabitants aged 13 to 23.": "Innbyggjarar i alderen 13 til 23 år.",
  "The facts `outreachStaffing` reads.": "Fakta som `outreachStaffing` les.",
  "Team work is secured in another way (so a single position need not be split). Absent or `null`: not secured, and the recommendation to split applies.":
    "Teamarbeid er sikra på annan måte (så éi stilling treng ikkje delast). Manglar eller `null`: ikkje sikra, og tilrådinga om å dele gjeld.",
  'What `outreachFieldTimeShare` takes: one period or a list of periods. For a host\'s edge and for JSON Schema; the function itself dispatches on the shape, so that its errors name the bad field rather than "no union member matched".':
    "Det `outreachFieldTimeShare` tek imot: éin periode eller ei liste over periodar. For grensesnittet mot vertssystemet og for JSON Schema; funksjonen sjølv vel ut frå forma, slik at feilane nemner det feile feltet i staden for «ingen av alternativa i unionen passa».",
  "One period (a week, a month) of working time: hours in the field and hours in all.":
    "Éin periode (ei veke, ein månad) med arbeidstid: timar ute og timar i alt.",
  "A name for the period, such as `2025-W03` or `January`.":
    "Eit namn på perioden, til dømes `2025-W03` eller `January`.",
  "Hours of outreach (field) work.": "Timar med oppsøkjande arbeid (utetid).",
  "All working hours in the period (more than 0).": "Alle arbeidstimane i perioden (meir enn 0).",
  "Periods judged as a whole (at least one).": "Periodar som blir vurderte samla (minst éin).",
  "The facts `outreachVoluntaryFollowUp` reads.": "Fakta som `outreachVoluntaryFollowUp` les.",
  "The young person has agreed to follow-up.": "Ungdomen har sagt seg samd i oppfølging.",
  "The facts `outreachDocumentation` reads: what is documented and what the client consented to.":
    "Fakta som `outreachDocumentation` les: kva som er dokumentert, og kva klienten har samtykt til.",
  "The kinds of information documented about the client (the host system's own vocabulary).":
    "Kva slags opplysningar som er dokumenterte om klienten (nemningane til vertssystemet).",
  "The kinds of information the client consented to; absent or `null` when not known.":
    "Kva slags opplysningar klienten har samtykt til; manglar eller `null` når det ikkje er kjent.",
  "The facts `outreachAssessService` reads. Every fact may be absent or `null`: its items are then `unknown`. Give the staff as a list (`staff`) or as counts (`headcount`, `socialWorkEducated`), not both. Gender and ethnicity are asked for only at team level (`mixedGender`, `ethnicityConsidered`): the norm needs nothing about single persons.":
    "Fakta som `outreachAssessService` les. Kvart faktum kan mangle eller vere `null`: punkta det gjeld, blir då `unknown`. Oppgi dei tilsette som ei liste (`staff`) eller som tal (`headcount`, `socialWorkEducated`), ikkje begge delar. Kjønn og etnisitet blir berre spurde om på teamnivå (`mixedGender`, `ethnicityConsidered`): normene treng ingenting om einskildpersonar.",
  "Inhabitants of the municipality (or the area the service covers).":
    "Innbyggjarar i kommunen (eller området tenesta dekkjer).",
  "The service's positions in full-time equivalents; the sum of `staff[].fte` when absent.":
    "Stillingane i tenesta i årsverk; summen av `staff[].fte` når feltet manglar.",
  "The staff, one entry per person.": "Dei tilsette, éi oppføring per person.",
  "One member of staff. Only what the norms need: no gender or ethnicity per person.":
    "Éin tilsett. Berre det normene treng: ikkje kjønn eller etnisitet per person.",
  "The post's share of a full-time position (0 < fte ≤ 1).": "Stillingsdelen av ei heil stilling (0 < fte ≤ 1).",
  "Has social-work education (sosialfaglig utdanning).": "Har sosialfagleg utdanning.",
  "Number of outreach workers (instead of `staff`).": "Talet på oppsøkarar (i staden for `staff`).",
  "How many of them have social-work education (instead of `staff`).":
    "Kor mange av dei som har sosialfagleg utdanning (i staden for `staff`).",
  "Working time over one or more periods, judged as a whole.":
    "Arbeidstid over éin eller fleire periodar, vurdert samla.",
  "Field work is done in pairs, never alone.": "Arbeidet ute blir gjort i par, aldri åleine.",
  "With a single person, team work is secured some other way.":
    "Med berre éin person er teamarbeid sikra på annan måte.",
  "A professional leader, or one with leadership or defined coordinator functions.":
    "Ein fagleg leiar, eller ein med leiarfunksjonar eller definerte koordinatorfunksjonar.",
  "The team has more than one gender.": "Teamet har meir enn eitt kjønn.",
  "Ethnicity was taken into account when composing the team.":
    "Det vart teke omsyn til etnisitet då teamet vart sett saman.",
  "Staff have access to supervision (veiledning) and reflection.":
    "Dei tilsette har tilgang til rettleiing og refleksjon.",
  "The five structural success criteria.": "Dei fem strukturelle suksesskriteria.",
  "The five structural success criteria, as facts about the service.":
    "Dei fem strukturelle suksesskriteria, som fakta om tenesta.",
  "1. Mandate and tasks defined by political guidelines or at chief-executive level.":
    "1. Mandat og oppgåver definerte gjennom politiske retningsliner eller på rådmannsnivå.",
  "2. A clear frame for the balance between outreach and follow-up work.":
    "2. Klare rammer for forholdet mellom oppsøkjande og oppfølgjande arbeid.",
  "3. Room and time to work on an independent professional basis.":
    "3. Rom og tid til å arbeide på eit sjølvstendig fagleg grunnlag.",
  "4. Staff cannot be drawn in as case workers for child welfare or other agencies.":
    "4. Dei tilsette kan ikkje trekkjast inn som saksbehandlarar for barnevernet eller andre instansar.",
  "5. Responsibilities and authority clarified between the service's leader and management.":
    "5. Ansvar og mynde avklart mellom leiaren for tenesta og overordna leiing.",
  "The five material minimum standards.": "Dei fem materielle minimumsstandardane.",
  "The five material minimum standards, as facts about the service.":
    "Dei fem materielle minimumsstandardane, som fakta om tenesta.",
  "1. Its own operating budget.": "1. Eige driftsbudsjett.",
  "2. Its own municipal car, or fixed agreements to borrow one.":
    "2. Eigen kommunal tenestebil, eller faste avtalar om lån av bil.",
  "3. Its own suitable premises apart from other municipal offices.":
    "3. Eigne eigna lokale skilde frå andre kommunale kontor.",
  "4. A mobile phone for every employee.": "4. Mobiltelefon til kvar tilsett.",
  "5. Its own data storage tool for sensitive user data.":
    "5. Eige datalagringsverktøy for sensitive brukaropplysningar.",
  "What the service's mandate states.": "Kva mandatet til tenesta slår fast.",
  "The mandate names the target groups.": "Mandatet nemner målgruppene.",
  "The mandate states the service's responsibilities.": "Mandatet slår fast ansvarsoppgåvene til tenesta.",
  "The mandate states the staffing and operating conditions.":
    "Mandatet slår fast dei personal- og driftsmessige rammevilkåra.",
  "The mandate states how confidentiality (taushetsplikt) is applied.":
    "Mandatet slår fast korleis teieplikta blir praktisert.",
  "The mandate states the age span served.": "Mandatet slår fast aldersspennet tenesta skal arbeide med.",
  "The mandate is politically anchored.": "Mandatet er politisk forankra.",
  "The facts `navApproach` reads.": "Fakta som `navApproach` les.",
  "Whom the effort is directed at: all young people in an area (a school, a district, the municipality), groups known to have elevated risk but perhaps no clear problems yet (selected classes, age groups, housing areas, a youth club), or individuals who show signs of difficulty. An effort may combine them. Absent or `null` when not known.":
    "Kven tiltaket rettar seg mot: alle unge i eit område (ein skule, ein bydel, kommunen), grupper med kjend auka risiko som kanskje enno ikkje har klare problem (utvalde klassar, aldersgrupper, buområde, ein ungdomsklubb), eller einskildpersonar som viser teikn på vanskar. Eit tiltak kan kombinere dei. Manglar eller `null` når det ikkje er kjent.",
  "Whom an effort is directed at, in the words of the three approaches.":
    "Kven eit tiltak rettar seg mot, med omgrepa frå dei tre tilnærmingane.",
  "Largest caseload per counsellor that leaves room for close follow-up; in persons.":
    "Største saksmengd per rettleiar som gir rom for tett oppfølging; i personar.",
  "Caseload per counsellor above which close follow-up is limited; in persons.":
    "Saksmengd per rettleiar som avgrensar tett oppfølging når ho blir overskriden; i personar.",
  "Ideal reaction time (at most, in days); in days.": "Ideell reaksjonstid (høgst, i dagar); i dagar.",
  "Recommended reaction time (at most, in days); in days.": "Tilrådd reaksjonstid (høgst, i dagar); i dagar.",
  "How the days of a reaction time are counted; one of the values listed.":
    "Korleis dagane i ei reaksjonstid blir talde; ein av verdiane i lista.",
  "Caseload that meets the capacity and intensity quality; one of the values listed.":
    "Saksmengd som oppfyller kvaliteten kapasitet og intensitet; ein av verdiane i lista.",
  "First age of the 16–19 band; in years.": "Første alder i aldersgruppa 16–19 år; i år.",
  "First age of the band 20 and over; in years.": "Første alder i aldersgruppa 20 år og eldre; i år.",
  "Age from which child welfare is a partner through aftercare; in years.":
    "Alder frå då barnevernet er samarbeidspart gjennom ettervern; i år.",
  "Age at which child-welfare aftercare ends; in years.": "Alder då ettervern i barnevernet tek slutt; i år.",
  "Whether NAV-loven § 15 a (cooperation with other services) is in force; true or false.":
    "Om NAV-lova § 15 a (samarbeid med andre tenester) er i kraft; sann eller usann.",
  "First age of the youth guarantee; in years.": "Første alder i ungdomsgarantien; i år.",
  "Age at which the youth guarantee ends; in years.": "Alder då ungdomsgarantien tek slutt; i år.",
  "Whom an activity plan is owed; one of the values listed.":
    "Kven som har krav på aktivitetsplan; ein av verdiane i lista.",
  "The facts `navPartners` reads.": "Fakta som `navPartners` les.",
  "Birth date; the age bands need the age in completed years.": "Fødselsdato; aldersgruppene treng alderen i fylte år.",
  "The problem types present; `[]` when none is, absent or `null` when not known.":
    "Problemtypane som er til stades; `[]` når ingen er det, manglar eller `null` når det ikkje er kjent.",
  "The problem types the report lists («Hvor er de sentrale utfordringene lokalt?»).":
    "Problemtypane rapporten listar («Hvor er de sentrale utfordringene lokalt?»).",
  "The facts `navInclusionApproach` reads.": "Fakta som `navInclusionApproach` les.",
  "The follow-up model: `los` (pilot), `motivation` or `maturation`.":
    "Oppfølgingsmodellen: `los` (losmodellen), `motivation` (motivasjonsmodellen) eller `maturation` (modningsmodellen).",
  "The three follow-up models of the report's typology.": "Dei tre oppfølgingsmodellane i typologien i rapporten.",
  "The facts `navReactionTime` reads.": "Fakta som `navReactionTime` les.",
  "The day the young person made contact (or the need arose).": "Dagen ungdomen tok kontakt (eller behovet oppstod).",
  "The day a measure was triggered or follow-up offered; absent or `null` while none yet.":
    "Dagen eit tiltak vart utløyst eller oppfølging tilboden; manglar eller `null` så lenge det ikkje har skjedd.",
  "The facts `navCaseload` reads.": "Fakta som `navCaseload` les.",
  "The number of young people one counsellor follows up («på benken»).":
    "Talet på unge som éin rettleiar følgjer opp («på benken»).",
  "A case's or a whole service's follow-up, described by the facts behind the ten qualities of close individual follow-up. Every fact may be absent or `null` (unknown); a list that is given is taken as complete.":
    "Oppfølginga i ei sak eller i ei heil teneste, skildra med fakta bak dei ti kvalitetane ved tett individuell oppfølging. Kvart faktum kan mangle eller vere `null` (ukjent); ei liste som er oppgitt, blir rekna som fullstendig.",
  "1. The follow-up models used (`los` is the pilot function).":
    "1. Oppfølgingsmodellane som blir brukte (`los` er losfunksjonen).",
  "2. Who is followed up: the young person, the employer, the school, the family.":
    "2. Kven som blir følgd opp: ungdomen, arbeidsgivaren, skulen, familien.",
  "Whom the follow-up reaches besides the young person.": "Kven oppfølginga når i tillegg til ungdomen.",
  "3. The themes covered: social inclusion, tasks or subject, health, life otherwise.":
    "3. Tema som er dekte: sosial innlemming, fag eller arbeidsoppgåver, helse, livet elles.",
  "What the follow-up covers.": "Kva oppfølginga dekkjer.",
  "4. The phases covered: before, during (around the start) and after starting school or work.":
    "4. Fasar som er dekte: før, under (kring oppstarten) og etter oppstart i skule eller arbeid.",
  "When the follow-up is given, relative to starting school or work.":
    "Når oppfølginga blir gitt, sett i høve til oppstart i skule eller arbeid.",
  "4. Natural support (naturlig bistand) at school or work is arranged for lasting follow-up.":
    "4. Naturleg bistand på skulen eller arbeidsplassen er lagd til rette for varig oppfølging.",
  "5. Youth counsellors can be reached by mobile phone and text message.":
    "5. Ungdomsrettleiarane kan nåast på mobiltelefon og SMS.",
  "5. Days it takes to trigger a measure or offer follow-up (usually, or at most).":
    "5. Dagar det tek å utløyse eit tiltak eller tilby oppfølging (vanlegvis, eller høgst).",
  "A number of days: a whole number, zero or more.": "Eit tal på dagar: eit heiltal, null eller meir.",
  "6. Where young people are met.": "6. Kvar dei unge blir møtte.",
  "Where young people meet the follow-up.": "Kvar dei unge møter oppfølginga.",
  "7. Young people per counsellor.": "7. Unge per rettleiar.",
  "A count of young people: a whole number, zero or more (NaN, negatives and fractions are errors).":
    "Eit tal på unge: eit heiltal, null eller meir (NaN, negative tal og brøkar er feil).",
  "7. One-to-one follow-up can be offered for short periods (a few days).":
    "7. Ein-til-ein-oppfølging kan tilbydast i korte periodar (nokre dagar).",
  "8. Young people who do not turn up are actively sought out.": "8. Unge som ikkje møter opp, blir aktivt oppsøkte.",
  "9. The follow-up's angle: reactive (fire-fighting), proactive, or health-promoting.":
    "9. Vinklinga til oppfølginga: reaktiv («brannsløkking»), proaktiv eller helsefremjande.",
  "How early the follow-up comes in.": "Kor tidleg oppfølginga kjem inn.",
  "10. Works with the situation here and now (problem focus).":
    "10. Arbeider med situasjonen her og no (problemfokus).",
  "10. Works with possibilities and resources for the future.":
    "10. Arbeider med moglegheiter og ressursar for framtida.",
  "The facts `navDuties` reads about a young person known to NAV. Every fact may be absent or `null` (not known): a duty that depends on it is then `unknown`, never guessed.":
    "Fakta som `navDuties` les om ein ungdom som er kjend for NAV. Kvart faktum kan mangle eller vere `null` (ikkje kjent): ei plikt som er avhengig av det, blir då `unknown`, aldri gissa.",
  "Birth date; the youth guarantee's age band needs it to the day.":
    "Fødselsdato; aldersspennet i ungdomsgarantien treng datoen nøyaktig.",
  "Birth year, when the date is not known: settles the age band except in the years of the birthdays that bound it.":
    "Fødselsår, når datoen ikkje er kjend: avgjer aldersspennet, bortsett frå i åra med fødselsdagane som avgrensar det.",
  "The young person has come to NAV wanting or needing help to get or keep work.":
    "Ungdomen har vendt seg til NAV og ønskjer eller treng hjelp til å skaffe seg eller halde på arbeid.",
  "NAV's assessment found that the young person needs help from NAV to get or keep work.":
    "Vurderinga til NAV viste at ungdomen treng hjelp frå NAV til å skaffe seg eller halde på arbeid.",
  "The young person needs a broader assessment of that need than a needs assessment (a work-ability assessment).":
    "Ungdomen treng ei breiare vurdering av dette behovet enn ei behovsvurdering (ei arbeidsevnevurdering).",
  "The young person needs long-term, coordinated services.": "Ungdomen treng langvarige og koordinerte tenester.",
  "The young person also needs services from other public bodies or service providers (school, health, child welfare, …).":
    "Ungdomen treng òg tenester frå andre offentlege organ eller tenesteytarar (skule, helse, barnevern, …).",
  "What NAV has done, and when.": "Kva NAV har gjort, og når.",
  "The days NAV did what it owes a young person, as its case system records them. Each date is on or before `asOf`; absent or `null` while not done (or not known to be).":
    "Dagane NAV gjorde det NAV skuldar ein ungdom, slik saksbehandlingssystemet registrerer dei. Kvar dato er på eller før `asOf`; manglar eller `null` så lenge det ikkje er gjort (eller ikkje er kjent å vere gjort).",
  "The day NAV assessed the need for help to get or keep work (behovsvurdering, the § 14 a decision).":
    "Dagen NAV gjorde behovsvurderinga av hjelp til å skaffe seg eller halde på arbeid (vedtaket etter § 14 a).",
  "The day NAV completed a work-ability assessment (arbeidsevnevurdering).":
    "Dagen NAV fullførte ei arbeidsevnevurdering.",
  "The day an activity plan (aktivitetsplan) was drawn up.": "Dagen ein aktivitetsplan vart utarbeidd.",
  "The day work on an individual plan (individuell plan) was started.":
    "Dagen arbeidet med ein individuell plan tok til.",
  "The day NAV began cooperating with the other services the young person needs.":
    "Dagen NAV tok til å samarbeide med dei andre tenestene ungdomen treng.",
  "The day the young person was given a fixed contact person in NAV under the youth guarantee.":
    "Dagen ungdomen fekk ein fast kontaktperson i NAV etter ungdomsgarantien.",
  "OT has judged that the young person who got an offer needs follow-up: the regulation owes it «ved behov» (as needed).":
    "OT har vurdert at ungdomen som har fått tilbod, treng oppfølging: forskrifta krev oppfølging «ved behov».",
};
