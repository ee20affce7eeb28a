/**
 * The bibliography: every document a rule, parameter or version cites, and every
 * citation (a document and a paragraph, chapter or section in it), each marked as
 * verified (its text was read, with the address where) or unverified. Rules cite by id
 * (`{ ref: "opplaringslova-1998/3-6" }`); decisions carry the citation as a caseworker
 * reads it (`opplæringslova (1998) § 3-6`) beside the id and the mark.
 *
 * No decision path imports this file: `npm run docs` writes the compact table
 * `citations.ts` (id → citation text and mark) from it, which is all a decision needs.
 */

/** What kind of document a source is; its strength as law follows from the kind. */
export type SourceKind =
  | "statute"
  | "regulation"
  | "preparatory-work"
  | "circular"
  | "guide"
  | "report"
  | "consultation-response"
  | "web-page";

/** A public document in the bibliography. */
export interface DocumentDef {
  readonly kind: SourceKind;
  /** Author or publisher: `Stortinget`, `Kunnskapsdepartementet`, `LOSU og KoRus-Oslo`. */
  readonly author: string;
  /** The full title, as the document gives it. */
  readonly title: string;
  /** How a citation names it: `opplæringslova (1998)`. */
  readonly short: string;
  /** The year of publication; `null` where the document gives none. */
  readonly year: number | null;
  /** The official identifier where one exists: `LOV-1998-07-17-61`, an ISBN. */
  readonly identifier?: string;
  /** A public address where the document can be read. */
  readonly url?: string;
  /** Dates in force, repeal, or anything a reader needs to place it. */
  readonly note?: string;
}

/** Whether a citation's text was read, and where. */
export type Verification =
  | {
      readonly verified: true;
      /**
       * What was read: the provision's own words (`provision-text`), an official text
       * that states the rule with this pinpoint (`official-description`: a proposition, a
       * directorate's circular or commentary), or the cited document itself (`document-text`).
       */
      readonly basis: "provision-text" | "official-description" | "document-text";
      /** The address where the text was read. */
      readonly readAt: string;
      /** What the text says, in one line (a short quote where it matters). */
      readonly says: string;
    }
  | {
      readonly verified: false;
      /** Why not, and what the library assumes meanwhile. */
      readonly note: string;
    };

/** A place in a document: a paragraph, a chapter, a section or the document as a whole. */
export interface CitationDef {
  readonly document: DocumentId;
  /** `§ 3-6`, `§ 13 b første ledd nr. 7`, `kapittel 45.2`; absent for the whole document. */
  readonly pinpoint?: string;
  readonly check: Verification;
}

const unverified = (note: string): Verification => ({ verified: false, note });
const verified = (
  basis: "provision-text" | "official-description" | "document-text",
  readAt: string,
  says: string,
): Verification => ({ verified: true, basis, readAt, says });

/** Every document cited, by id. */
export const DOCUMENTS = {
  // ---- The five documents the rules were drawn from -------------------------------------
  "losu-horing-ot": {
    kind: "consultation-response",
    author: "Landsforeningen for oppsøkende sosialt ungdomsarbeid (LOSU)",
    title:
      "Høringsuttalelse fra Landsforeningen for oppsøkende sosialt ungdomsarbeid (LOSU) vedrørende forslag om endringer i forskrift 23. juni 2006 nr. 724 til opplæringsloven. Forskriftens kapittel 13 Oppfølgingstenesta i videregåande opplæring",
    short: "LOSU, høringsuttalelse om endringer i forskrift til opplæringsloven kapittel 13 (2011)",
    year: 2011,
    note: "Answers Kunnskapsdepartementet's consultation on chapter 13 (høringsfrist 31.10.2011, ref. 201101650: https://www.regjeringen.no/nb/dep/kd/dok/hoeringer/hoeringsdok/2011/horing--forslag-om-endringer-i-forskri-2.html?id=651302). The response is undated; no public copy of it was found.",
  },
  "losu-korus-veileder": {
    kind: "guide",
    author:
      "Landsforeningen for oppsøkende sosialt ungdomsarbeid (LOSU), med støtte fra Kompetansesenter rus – Oslo (KoRus-Oslo)",
    title: "Oppsøkende sosialt ungdomsarbeid – Kommunal veileder",
    short: "LOSU og KoRus-Oslo, «Oppsøkende sosialt ungdomsarbeid – Kommunal veileder» (udatert)",
    year: null,
    url: "https://losu.no/article/4",
    note: "Title from its title page (a copy at http://docplayer.me/395837-Oppsokende-sosialt-ungdomsarbeid-kommunal-veileder.html). Undated: it cites works from 2012 and names bodies of 2011–2014, so it dates from about 2012–2014. A guide for decision makers («beslutningstakere»), funded by Barne-, likestillings- og inkluderingsdepartementet. No page numbers: locators quote its words.",
  },
  "ot-numedal-kongsberg": {
    kind: "web-page",
    author: "PPT og OT for Kongsberg og Numedal",
    title: "Oppfølgingstjenesten for Numedal og Kongsberg",
    short: "Oppfølgingstjenesten for Numedal og Kongsberg, nettside (oppdatert 5. januar 2011)",
    year: 2011,
    url: "http://www.ppt-ot.no/no/kontakt_og_informasjon/oppfolgingstjenesten/",
    note: "A county service's page describing the rules before 2024-08-01.",
  },
  "ot-trondelag": {
    kind: "web-page",
    author: "Trøndelag fylkeskommune",
    title: "Hvem er vi, og hva gjør vi?",
    short: "Trøndelag fylkeskommune, oppfølgingstjenesten, «Hvem er vi, og hva gjør vi?» (oppdatert 3. november 2023)",
    year: 2023,
    url: "https://trondelagfylke.no/vare-tjenester/utdanning/oppfolgingstjenesten/hvem-er-vi",
    note: "A county service's page on OT's tasks, written after the 2023 act was adopted and before the 2024 regulation was: it names opplæringsloven § 9-4 and opplæringsforskriften § 8-3, so it may summarise § 13-3 as then in force or the draft of § 8-3.",
  },
  "ung-no-ot": {
    kind: "web-page",
    author: "ung.no (redaksjonen)",
    title: "Hvem har rett på hjelp fra oppfølgingstjenesten?",
    short: "ung.no, «Hvem har rett på hjelp fra oppfølgingstjenesten?» (oppdatert 18. november 2020)",
    year: 2020,
    url: "https://www.ung.no/utdanning/vgs/121_Hvem_har_rett_p%C3%A5_hjelp_fra_oppf%C3%B8lgingstjenesten.html",
    note: "Describes the rules before 2024-08-01.",
  },
  "afi-tipshefte-2016": {
    kind: "report",
    author:
      "Tatiana Maximova-Mentzoni og Kjetil Frøyland, Arbeidsforskningsinstituttet (AFI), Høgskolen i Oslo og Akershus",
    title: "Oppfølging av ungdom i NAV. Tipshefte med forskningsbaserte anbefalinger",
    short:
      "Maximova-Mentzoni og Frøyland, «Oppfølging av ungdom i NAV. Tipshefte med forskningsbaserte anbefalinger» (AFI 2016)",
    year: 2016,
    identifier: "ISBN 978-82-7609-370-4",
    url: "http://www.hioa.no/Aktuelle-saker/Tipshefte-om-oppfoelging-av-ungdom-i-NAV",
    note: "Arbeidsforskningsinstituttets rapportserie (no number printed), ISSN 0807-0865; commissioned by Arbeids- og velferdsdirektoratet.",
  },
  // ---- Statutes ---------------------------------------------------------------------------
  "opplaringslova-1998": {
    kind: "statute",
    author: "Stortinget",
    title: "Lov 17. juli 1998 nr. 61 om grunnskolen og den vidaregåande opplæringa (opplæringslova)",
    short: "opplæringslova (1998)",
    year: 1998,
    identifier: "LOV-1998-07-17-61",
    url: "https://lovdata.no/dokument/NL/lov/1998-07-17-61",
    note: "Repealed 2024-08-01 by opplæringslova (2023).",
  },
  "opplaringslova-2023": {
    kind: "statute",
    author: "Stortinget",
    title: "Lov 9. juni 2023 nr. 30 om grunnskoleopplæringa og den vidaregåande opplæringa (opplæringslova)",
    short: "opplæringslova (2023)",
    year: 2023,
    identifier: "LOV-2023-06-09-30",
    url: "https://lovdata.no/dokument/NL/lov/2023-06-09-30",
    note: "In force 2024-08-01.",
  },
  forvaltningsloven: {
    kind: "statute",
    author: "Stortinget",
    title: "Lov 10. februar 1967 om behandlingsmåten i forvaltningssaker (forvaltningsloven)",
    short: "forvaltningsloven",
    year: 1967,
    identifier: "LOV-1967-02-10",
    url: "https://lovdata.no/dokument/NL/lov/1967-02-10",
  },
  straffeloven: {
    kind: "statute",
    author: "Stortinget",
    title: "Lov 20. mai 2005 nr. 28 om straff (straffeloven)",
    short: "straffeloven",
    year: 2005,
    identifier: "LOV-2005-05-20-28",
    url: "https://lovdata.no/dokument/NL/lov/2005-05-20-28",
  },
  "pasient-og-brukerrettighetsloven": {
    kind: "statute",
    author: "Stortinget",
    title: "Lov 2. juli 1999 nr. 63 om pasient- og brukerrettigheter (pasient- og brukerrettighetsloven)",
    short: "pasient- og brukerrettighetsloven",
    year: 1999,
    identifier: "LOV-1999-07-02-63",
    url: "https://lovdata.no/dokument/NL/lov/1999-07-02-63",
  },
  barnelova: {
    kind: "statute",
    author: "Stortinget",
    title: "Lov 8. april 1981 nr. 7 om barn og foreldre (barnelova)",
    short: "barnelova",
    year: 1981,
    identifier: "LOV-1981-04-08-7",
    url: "https://lovdata.no/dokument/NL/lov/1981-04-08-7",
  },
  vergemalsloven: {
    kind: "statute",
    author: "Stortinget",
    title: "Lov 26. mars 2010 nr. 9 om vergemål (vergemålsloven)",
    short: "vergemålsloven",
    year: 2010,
    identifier: "LOV-2010-03-26-9",
    url: "https://lovdata.no/dokument/NL/lov/2010-03-26-9",
  },
  personopplysningsloven: {
    kind: "statute",
    author: "Stortinget",
    title: "Lov 15. juni 2018 nr. 38 om behandling av personopplysninger (personopplysningsloven)",
    short: "personopplysningsloven (2018)",
    year: 2018,
    identifier: "LOV-2018-06-15-38",
    url: "https://lovdata.no/dokument/NL/lov/2018-06-15-38",
  },
  "personopplysningsloven-2000": {
    kind: "statute",
    author: "Stortinget",
    title: "Lov 14. april 2000 nr. 31 om behandling av personopplysninger (personopplysningsloven)",
    short: "personopplysningsloven (2000)",
    year: 2000,
    identifier: "LOV-2000-04-14-31",
    url: "https://lovdata.no/dokument/NL/lov/2000-04-14-31",
    note: "Repealed 2018-07-20 by personopplysningsloven (2018).",
  },
  personvernforordningen: {
    kind: "statute",
    author: "Europaparlamentet og Rådet",
    title:
      "Forordning (EU) 2016/679 om vern av fysiske personer i forbindelse med behandling av personopplysninger (personvernforordningen, GDPR)",
    short: "personvernforordningen (GDPR)",
    year: 2016,
    identifier: "CELEX 32016R0679",
    url: "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
    note: "Norwegian law through personopplysningsloven § 1.",
  },
  "barnevernloven-1992": {
    kind: "statute",
    author: "Stortinget",
    title: "Lov 17. juli 1992 nr. 100 om barneverntjenester (barnevernloven)",
    short: "barnevernloven (1992)",
    year: 1992,
    identifier: "LOV-1992-07-17-100",
    url: "https://lovdata.no/dokument/NL/lov/1992-07-17-100",
    note: "Repealed 2023-01-01 by barnevernsloven (2021).",
  },
  "barnevernsloven-2021": {
    kind: "statute",
    author: "Stortinget",
    title: "Lov 18. juni 2021 nr. 97 om barnevern (barnevernsloven)",
    short: "barnevernsloven (2021)",
    year: 2021,
    identifier: "LOV-2021-06-18-97",
    url: "https://lovdata.no/dokument/NL/lov/2021-06-18-97",
    note: "In force 2023-01-01.",
  },
  "nav-loven": {
    kind: "statute",
    author: "Stortinget",
    title:
      "Lov 16. juni 2006 nr. 20 om arbeids- og velferdsforvaltningen (arbeids- og velferdsforvaltningsloven, NAV-loven)",
    short: "arbeids- og velferdsforvaltningsloven (NAV-loven)",
    year: 2006,
    identifier: "LOV-2006-06-16-20",
    url: "https://lovdata.no/dokument/NL/lov/2006-06-16-20",
  },
  // NAV's statutory duties (nav.duties): the texts read about NAV-loven §§ 14 a, 15 and 15 a
  // and the youth guarantee. None of them is the statute's own text.
  "prop-100-l-2020-2021": {
    kind: "preparatory-work",
    author:
      "Arbeids- og sosialdepartementet, Barne- og familiedepartementet, Helse- og omsorgsdepartementet, Kommunal- og moderniseringsdepartementet og Kunnskapsdepartementet",
    title:
      "Prop. 100 L (2020–2021) Endringer i velferdstjenestelovgivningen (samarbeid, samordning og barnekoordinator)",
    short: "Prop. 100 L (2020–2021)",
    year: 2021,
    url: "http://www.regjeringen.no/no/dokumenter/prop.-100-l-20202021/id2838338/",
  },
  "innst-581-l-2020-2021": {
    kind: "preparatory-work",
    author: "Stortinget, helse- og omsorgskomiteen",
    title:
      "Innst. 581 L (2020–2021) Innstilling fra helse- og omsorgskomiteen om Endringer i velferdstjenestelovgivningen (samarbeid, samordning og barnekoordinator)",
    short: "Innst. 581 L (2020–2021)",
    year: 2021,
    url: "https://stortinget.no/no/Saker-og-publikasjoner/Publikasjoner/Innstillinger/Stortinget/2020-2021/inns-202021-581l?all=true",
  },
  "stortinget-sporsmal-15-257-2015-2016": {
    kind: "web-page",
    author: "Arbeids- og sosialministeren (Robert Eriksson), svar til Stortinget",
    title: "Dokument nr. 15:257 (2015–2016), skriftlig spørsmål og svar, besvart 4. desember 2015",
    short: "Dokument nr. 15:257 (2015–2016)",
    year: 2015,
    url: "https://www.stortinget.no/nn/Saker-og-publikasjonar/Sporsmal/skriftlege-sporsmal-og-svar/Skriftlig-sporsmal/?qid=64056",
    note: "The minister's account of NAV-loven § 14 a as it stood in 2015; later amendments are not reflected.",
  },
  "nav-retningslinjer-barnevern-nav": {
    kind: "guide",
    author: "Arbeids- og velferdsdirektoratet og Barne-, ungdoms- og familiedirektoratet",
    title: "Retningslinjer for samarbeid mellom barneverntjenesten og NAV-kontoret",
    short: "Retningslinjer for samarbeid mellom barneverntjenesten og NAV-kontoret",
    year: null,
    url: "https://www.nav.no/no/nav-og-samfunn/samarbeid/for-kommunen/barn-og-unge2/retningslinjer-for-samarbeid-mellom-barneverntjenesten-og-nav-kontoret/4.2-navs-oppfolging-av-ungdom",
    note: "Undated in the copy read.",
  },
  "sivilombudet-2014-2335": {
    kind: "web-page",
    author: "Sivilombudsmannen",
    title: "Sak om klageadgang på fornyet arbeidsevnevurdering (uttalelse 26. november 2014, sak 2014/2335)",
    short: "Sivilombudsmannen, sak 2014/2335",
    year: 2014,
    url: "https://www.sivilombudet.no/uttalelser/sak-om-klageadgang-pa-fornyet-arbeidsevnevurdering/",
  },
  "helsedirektoratet-samarbeid-barn-unge": {
    kind: "guide",
    author: "Helsedirektoratet",
    title: "Samarbeid om tjenester til barn, unge og deres familier (veileder), innledning",
    short: "Helsedirektoratet, veileder om samarbeid om tjenester til barn og unge",
    year: null,
    url: "https://www.helsedirektoratet.no/veiledere/samarbeid-om-tjenester-til-barn-unge-og-deres-familier/innledning-samarbeid-til-barns-beste",
  },
  "statsforvalteren-samarbeid-2022": {
    kind: "web-page",
    author: "Statsforvalteren i Oslo og Viken",
    title: "Endringer i velferdstjenestelovgivningen – samarbeid, samordning og barnekoordinator",
    short: "Statsforvalteren i Oslo og Viken om samarbeid og samordning (2023)",
    year: 2023,
    url: "https://www.statsforvalteren.no/nb/oslo-og-viken/helse-omsorg-og-sosialtjenester/okonomisk-sosialhjelp/endringer-i-velferdstjenestelovgivningen---samarbeid-samordning-og-barnekoordinator/",
  },
  "regjeringen-ungdomsgaranti-2022": {
    kind: "web-page",
    author: "Arbeids- og inkluderingsdepartementet",
    title: "Lanserer ny ungdomsgaranti for å få flere unge i arbeid (statsbudsjettet 2023)",
    short: "regjeringen.no om ny ungdomsgaranti (2022)",
    year: 2022,
    url: "https://www.regjeringen.no/no/aktuelt/budsjett-ungdomsgaranti/id2930065/",
  },
  "randaberg24-ungdomsgaranti-2023": {
    kind: "web-page",
    author: "Randaberg24, gjengir Arbeids- og inkluderingsdepartementet",
    title: "I går trådte NAV sin nye ungdomsgaranti i kraft",
    short: "Randaberg24 om ungdomsgarantien (2023)",
    year: 2023,
    url: "https://www.randaberg24.no/nyheter/i/0Qz4lA/i-gaar-traadte-nav-sin-ny-ungdomsgaranti-i-kraft",
    note: "A local newspaper reprinting the ministry's statement; the ministry's own page was not read. NTB (Adresseavisen) and E24 report the same start date and ages.",
  },
  "navikt-veilarbvedtaksstotte": {
    kind: "web-page",
    author: "Arbeids- og velferdsetaten (NAV), navikt",
    title: "veilarbvedtaksstotte: NAV's system for § 14 a decisions (source code), DokumentService.kt",
    short: "NAV, veilarbvedtaksstotte (kildekode)",
    year: 2025,
    url: "https://github.com/navikt/veilarbvedtaksstotte/blob/055430d101333826c829c22ce615fbc25e51ea9c/src/main/java/no/nav/veilarbvedtaksstotte/service/DokumentService.kt",
    note: "NAV's own implementation, in use in June 2025 («Per 17.6.25»); how NAV applies the guarantee, not a rule.",
  },
  "navikt-aktivitetsplan": {
    kind: "web-page",
    author: "Arbeids- og velferdsetaten (NAV), navikt",
    title: "aktivitetsplan: NAV's activity plan for users (source code), RettigheterPanel",
    short: "NAV, aktivitetsplanen (kildekode)",
    year: null,
    url: "https://github.com/navikt/aktivitetsplan",
    note: "The words NAV shows users about their rights; an older and a newer wording were read, neither dated.",
  },
  helligdagsfredloven: {
    kind: "statute",
    author: "Stortinget",
    title: "Lov 24. februar 1995 nr. 12 om helligdager og helligdagsfred (helligdagsfredloven)",
    short: "helligdagsfredloven",
    year: 1995,
    identifier: "LOV-1995-02-24-12",
    url: "https://lovdata.no/dokument/NL/lov/1995-02-24-12",
  },
  "hoytidsdagloven-1947": {
    kind: "statute",
    author: "Stortinget",
    title: "Lov 26. april 1947 nr. 1 om 1. og 17. mai som høgtidsdager",
    short: "lov 26. april 1947 nr. 1 om 1. og 17. mai som høgtidsdager",
    year: 1947,
    identifier: "LOV-1947-04-26-1",
    url: "https://lovdata.no/dokument/NL/lov/1947-04-26-1",
  },
  grunnloven: {
    kind: "statute",
    author: "Stortinget",
    title: "Kongeriket Norges Grunnlov 17. mai 1814",
    short: "Grunnloven",
    year: 1814,
    identifier: "LOV-1814-05-17",
    url: "https://lovdata.no/dokument/NL/lov/1814-05-17",
  },
  barnekonvensjonen: {
    kind: "statute",
    author: "De forente nasjoner",
    title: "FNs konvensjon 20. november 1989 om barnets rettigheter (barnekonvensjonen)",
    short: "barnekonvensjonen",
    year: 1989,
    note: "Norwegian law with precedence through menneskerettsloven (LOV-1999-05-21-30) § 2 and § 3.",
  },
  // ---- Regulations ------------------------------------------------------------------------
  "forskrift-opplaringslova-2006": {
    kind: "regulation",
    author: "Kunnskapsdepartementet",
    title: "Forskrift 23. juni 2006 nr. 724 til opplæringslova",
    short: "forskrift til opplæringslova (2006)",
    year: 2006,
    identifier: "FOR-2006-06-23-724",
    url: "https://lovdata.no/dokument/SF/forskrift/2006-06-23-724",
    note: "Chapter 13 (the follow-up service) revised with effect 2012-02-01; repealed 2024-08-01.",
  },
  "opplaringsforskrifta-2024": {
    kind: "regulation",
    author: "Kunnskapsdepartementet",
    title: "Forskrift 3. juni 2024 nr. 900 til opplæringslova (opplæringsforskrifta)",
    short: "opplæringsforskrifta (2024)",
    year: 2024,
    identifier: "FOR-2024-06-03-900",
    url: "https://lovdata.no/dokument/SF/forskrift/2024-06-03-900",
    note: "In force 2024-08-01.",
  },
  // ---- Preparatory works ------------------------------------------------------------------
  "prop-57-l-2022-2023": {
    kind: "preparatory-work",
    author: "Kunnskapsdepartementet",
    title: "Prop. 57 L (2022–2023) Lov om grunnskoleopplæringa og den vidaregåande opplæringa (opplæringslova)",
    short: "Prop. 57 L (2022–2023)",
    year: 2023,
    url: "https://www.regjeringen.no/nn/dokumenter/prop.-57-l-20222023/id2967679/",
    note: "Chapter 45 is the follow-up service; chapter 68 the economic consequences (where the raised age limit is stated); chapter 69 the comments on each paragraph.",
  },
  "prop-166-l-2020-2021": {
    kind: "preparatory-work",
    author: "Justis- og beredskapsdepartementet",
    title: "Prop. 166 L (2020–2021)",
    short: "Prop. 166 L (2020–2021)",
    year: 2021,
    url: "https://www.regjeringen.no/no/dokumenter/prop.-166-l-20202021/id2843338/",
    note: "Enacted as lov 18. juni 2021 nr. 127, which added forvaltningsloven § 13 b første ledd nr. 7.",
  },
  "kd-pressemelding-2012-ot": {
    kind: "web-page",
    author: "Kunnskapsdepartementet",
    title: "Tettere oppfølging av ungdom utenfor skole og arbeid",
    short: "Kunnskapsdepartementet, «Tettere oppfølging av ungdom utenfor skole og arbeid» (pressemelding 2012)",
    year: 2012,
    url: "https://www.regjeringen.no/no/dokumentarkiv/stoltenberg-ii/kd/Nyheter-og-pressemeldinger/nyheter/2012/tettere-oppfolging-av-ungdom-utenfor-sko/id671030/",
  },
  "snl-utekontakt": {
    kind: "web-page",
    author: "Store norske leksikon",
    title: "utekontakt",
    short: "Store norske leksikon, «utekontakt»",
    year: null,
    url: "https://snl.no/utekontakt",
  },
  "prop-84-l-2019-2020": {
    kind: "preparatory-work",
    author: "Barne- og familiedepartementet",
    title: "Prop. 84 L (2019–2020)",
    note: "Chapter 3: «Utvidet aldersgrense for rett til ettervern».",
    short: "Prop. 84 L (2019–2020)",
    year: 2020,
    url: "https://regjeringen.no/no/dokumenter/prop.-84-l-20192020/id2698870/",
  },
  "nou-1980-37": {
    kind: "report",
    author: "Sosialdepartementet",
    title: "NOU 1980:37",
    short: "NOU 1980:37",
    year: 1980,
    note: "Not read: cited through the LOSU/KoRus-Oslo guide, which quotes its three target-group categories («Sosialdepartementet 1980: 15»). Its title was not found.",
  },
  // ---- Guidance ---------------------------------------------------------------------------
  "udir-11-2012": {
    kind: "circular",
    author: "Utdanningsdirektoratet",
    title: "Oppfølgingstenesta Udir-11-2012",
    short: "Utdanningsdirektoratet, rundskriv Udir-11-2012 om oppfølgingstenesta",
    year: 2012,
    url: "https://www.udir.no/regelverk-og-tilsyn/finn-regelverk/etter-tema/Skoleeiers-ansvar/Udir-11-2012/",
  },
  "udir-ot-statuskoder": {
    kind: "guide",
    author: "Utdanningsdirektoratet",
    title: "Statuskoder for oppfølgingstjenesten",
    short: "Utdanningsdirektoratet, statuskoder for oppfølgingstjenesten",
    year: null,
    note: "Not read: the status codes OT reports with (what counts as established contact; the reporting year 1 August–31 July).",
  },
  "bufdir-ettervern-25": {
    kind: "web-page",
    author: "Barne-, ungdoms- og familiedirektoratet (Bufdir)",
    title: "Ungdom i barnevernet får utvidet rett til ettervern",
    short: "Bufdir, «Ungdom i barnevernet får utvidet rett til ettervern» (2020)",
    year: 2020,
    url: "https://bufdir.no/aktuelt/ungdom_i_barnevernet_far_utvidet_rett_til_ettervern/",
  },
} as const satisfies Record<string, DocumentDef>;

/** The id of a document in the bibliography. */
export type DocumentId = keyof typeof DOCUMENTS;

/** Every citation a rule, parameter or version makes, by id (`<document>` or `<document>/<place>`). */
export const CITATIONS = {
  "losu-horing-ot": {
    document: "losu-horing-ot",
    check: verified(
      "document-text",
      "https://www.regjeringen.no/nb/dep/kd/dok/hoeringer/hoeringsdok/2011/horing--forslag-om-endringer-i-forskri-2.html?id=651302",
      "The whole response was read in a copy; the address is the consultation it answers (høringsfrist 31.10.2011), as no public copy of the response was found.",
    ),
  },
  "losu-korus-veileder": {
    document: "losu-korus-veileder",
    check: verified(
      "document-text",
      "https://losu.no/article/4",
      "The whole guide was read in a copy; the address is LOSU's announcement of it («en kommunal veileder for oppsøkende sosialt ungdomsarbeid»).",
    ),
  },
  "ot-numedal-kongsberg": {
    document: "ot-numedal-kongsberg",
    check: verified(
      "document-text",
      "http://www.ppt-ot.no/no/kontakt_og_informasjon/oppfolgingstjenesten/",
      "«Tjenesten gjelder til og med det året personen fyller 21 år»; «Sist oppdatert: 05.01.11».",
    ),
  },
  "ot-trondelag": {
    document: "ot-trondelag",
    check: verified(
      "document-text",
      "https://trondelagfylke.no/vare-tjenester/utdanning/oppfolgingstjenesten/hvem-er-vi",
      "«Vi skal etter behov følge opp ungdom som tar imot tilbud gjennom oppfølgingstjenesten med veiledningssamtaler.»; «I tillegg skal foresatte til ungdommer som ikke er myndige ha samme informasjon (med mindre denne er underlagt taushetsplikt).»; «Sist oppdatert 03.11.2023».",
    ),
  },
  "ung-no-ot": {
    document: "ung-no-ot",
    check: verified(
      "document-text",
      "https://www.ung.no/utdanning/vgs/121_Hvem_har_rett_p%C3%A5_hjelp_fra_oppf%C3%B8lgingstjenesten.html",
      "«… til og med det året de fyller 21 år»; five situations in which OT shall contact a young person; «Sist oppdatert: 18.11.2020».",
    ),
  },
  "afi-tipshefte-2016": {
    document: "afi-tipshefte-2016",
    check: verified(
      "document-text",
      "http://www.hioa.no/Aktuelle-saker/Tipshefte-om-oppfoelging-av-ungdom-i-NAV",
      "The whole booklet was read in a copy; the address is the publisher's page («Tipsheftet er bestilt fra Arbeids- og velferdsdirektoratet …»).",
    ),
  },
  "opplaringslova-1998/3-1": {
    document: "opplaringslova-1998",
    pinpoint: "§ 3-1",
    check: verified(
      "provision-text",
      "http://okhm-sfj.no/wp-content/uploads/2013/12/Opplaeringslov.htm",
      "«Ungdom som har fullført grunnskolen eller tilsvarande opplæring, har etter søknad rett til tre års heiltids vidaregåande opplæring …»",
    ),
  },
  "opplaringslova-1998/3-6": {
    document: "opplaringslova-1998",
    pinpoint: "§ 3-6",
    check: verified(
      "official-description",
      "https://www.udir.no/regelverk-og-tilsyn/finn-regelverk/etter-tema/Skoleeiers-ansvar/Udir-11-2012/",
      "«Opplæringslova § 3-6 fastset at fylkeskommunen skal ha ei oppfølgingsteneste for ungdom som har rett til opplæring etter § 3-1, og som ikkje er i opplæring eller arbeid. Tenesta gjeld til og med det året ungdommen fyller 21 år. Tenesta omfattar også ungdom som har tapt opplæringsretten etter § 3-8 eller § 4-6.»",
    ),
  },
  "opplaringslova-1998/3-8": {
    document: "opplaringslova-1998",
    pinpoint: "§ 3-8",
    check: unverified(
      "Only the heading «Bortvising og tap av rettar» was seen; the expulsion limb of § 3-6 is confirmed through Udir-11-2012.",
    ),
  },
  "opplaringslova-1998/4-6": {
    document: "opplaringslova-1998",
    pinpoint: "§ 4-6",
    check: verified(
      "official-description",
      "https://www.regjeringen.no/nn/dokumenter/prop.-57-l-20222023/id2967679/?ch=45",
      "Prop. 57 L (2022–2023) punkt 45.2: «Sidan regelen om tap av opplæringstid i § 4-6 vart oppheva i 2017, har ikkje denne delen av § 3-6 praktisk betydning lenger.» The amending act and its day were not found.",
    ),
  },
  "forskrift-opplaringslova-2006/13-1": {
    document: "forskrift-opplaringslova-2006",
    pinpoint: "§ 13-1",
    check: verified(
      "official-description",
      "https://www.regjeringen.no/nn/dokumenter/prop.-57-l-20222023/id2967679/?ch=45",
      "Formål: «at ungdom i målgruppa får tilbod om opplæring, arbeid eller andre kompetansefremjande tiltak, eventuelt ein kombinasjon av desse».",
    ),
  },
  "forskrift-opplaringslova-2006/13-2": {
    document: "forskrift-opplaringslova-2006",
    pinpoint: "§ 13-2",
    check: unverified(
      "Not read: the paragraph number of the situations that place someone in the target group (not applied, not accepted a place, dropped out, not in work) is assumed.",
    ),
  },
  "forskrift-opplaringslova-2006/13-3": {
    document: "forskrift-opplaringslova-2006",
    pinpoint: "§ 13-3",
    check: verified(
      "official-description",
      "https://www.regjeringen.no/nn/dokumenter/prop.-57-l-20222023/id2967679/?ch=45",
      "The tasks: «å ha løpande oversikt over alle i målgruppa …», «å gi skriftleg informasjon til alle i målgruppa om rettane dei har», «å etablere kontakt med kvar enkelt ungdom …», «å gi alle i målgruppa tilbod i samsvar med formålet til oppfølgingstenesta», «å sørgje for nødvendig oppfølging ved behov for dei som har fått tilbod …» (Prop. 57 L (2022–2023) punkt 45.2, the ministry's account; the regulation's own text was not read).",
    ),
  },
  "forskrift-opplaringslova-2006/kap-13": {
    document: "forskrift-opplaringslova-2006",
    pinpoint: "kapittel 13",
    check: verified(
      "official-description",
      "https://www.udir.no/regelverk-og-tilsyn/finn-regelverk/etter-tema/Skoleeiers-ansvar/Udir-11-2012/",
      "«Kapittelet er revidert, og endringane tok til å gjelde frå 01.02.2012. Endringane inneber ingen nye oppgåver for oppfølgingstenesta …»",
    ),
  },
  "opplaringslova-2023": {
    document: "opplaringslova-2023",
    check: unverified(
      "Not read: the paragraph of the 2023 act that carries on the 1998 act's «Ungdom som har fylt 15 år, søkjer sjølv om inntak» (§ 3-1) was not found; the age of 15 is assumed to be unchanged from 2024-08-01.",
    ),
  },
  "opplaringslova-2023/5-1": {
    document: "opplaringslova-2023",
    pinpoint: "§ 5-1",
    check: unverified(
      "Not read. Prop. 57 L (2022–2023) chapter 68 confirms that the youth right lasts «fram til den enkelte har oppnådd studie- eller yrkeskompetanse»; the paragraph's number is as counties give it.",
    ),
  },
  "opplaringslova-2023/9-4": {
    document: "opplaringslova-2023",
    pinpoint: "§ 9-4",
    check: verified(
      "provision-text",
      "https://www.tromsfylke.no/tjenester/skole-og-opplaring/elev-og-larlingtjenester/oppfolgingstjenesten-ot/organisering-lovverk-og-statistikk.72377.aspx",
      "«Oppfølgingstenesta skal sørgje for at dei som har rett til opplæring etter § 5-1 og ikkje er i opplæring eller arbeid, får tilbod … Ein er omfatta av tenesta fram til utgangen av det året ein fyller 24 år.» (quoted in full by Troms fylkeskommune)",
    ),
  },
  "opplaringsforskrifta-2024/8-3": {
    document: "opplaringsforskrifta-2024",
    pinpoint: "§ 8-3",
    check: unverified(
      "The regulation's text was not read. Trøndelag fylkeskommune (trondelagfylke.no, «Hvem er vi», updated 2023-11-03, before the regulation was adopted) names «§ 8-3. Oppgåvene til oppfølgingstenesta» and summarises: written information on their rights to each young person, «I tillegg skal foresatte til ungdommer som ikke er myndige ha samme informasjon (med mindre denne er underlagt taushetsplikt).» The library assumes the adopted text says the same.",
    ),
  },
  "prop-57-l-2022-2023/kap-45": {
    document: "prop-57-l-2022-2023",
    pinpoint: "kapittel 45",
    check: verified(
      "document-text",
      "https://www.regjeringen.no/nn/dokumenter/prop.-57-l-20222023/id2967679/?ch=45",
      "«45 Oppfølgingstenesta … Fylkeskommunen pliktar å ha ei oppfølgingsteneste for dei som har rett til vidaregåande opplæring, men som ikkje er i opplæring eller i arbeid.»",
    ),
  },
  "prop-57-l-2022-2023/45.2": {
    document: "prop-57-l-2022-2023",
    pinpoint: "punkt 45.2",
    check: verified(
      "document-text",
      "https://www.regjeringen.no/nn/dokumenter/prop.-57-l-20222023/id2967679/?ch=45",
      "«Tilbod frå tenesta kan givast til og med det året den enkelte fyller 21 år.»",
    ),
  },
  "prop-57-l-2022-2023/kap-68": {
    document: "prop-57-l-2022-2023",
    pinpoint: "kapittel 68",
    check: verified(
      "document-text",
      "https://regjeringen.no/no/dokumenter/prop.-57-l-20222023/id2967679/?ch=68",
      "«… utvida øvre aldersgrense for målgruppa for oppfølgingstenesta frå 21 til 24 år»; the youth right lasts until study or vocational competence.",
    ),
  },
  "kd-pressemelding-2012-ot": {
    document: "kd-pressemelding-2012-ot",
    check: verified(
      "document-text",
      "https://www.regjeringen.no/no/dokumentarkiv/stoltenberg-ii/kd/Nyheter-og-pressemeldinger/nyheter/2012/tettere-oppfolging-av-ungdom-utenfor-sko/id671030/",
      "«… skal få informasjon om sine rettigheter. Foresatte skal gis den samme informasjonen.»; «Oppfølgingstjenesten skal etablere kontakt med hver enkelt av dem som faller utenfor»; in force 1 February 2012.",
    ),
  },
  "udir-11-2012": {
    document: "udir-11-2012",
    check: verified(
      "document-text",
      "https://www.udir.no/regelverk-og-tilsyn/finn-regelverk/etter-tema/Skoleeiers-ansvar/Udir-11-2012/",
      "«Tenesta gjeld til og med det året ungdommen fyller 21 år»; the revised chapter 13 in force «frå 01.02.2012»; «ingen nye oppgåver».",
    ),
  },
  "udir-ot-statuskoder": {
    document: "udir-ot-statuskoder",
    check: unverified(
      "Not read: what counts as established contact (a message without reply does not) and the reporting year are as the counties describe Udir's status codes.",
    ),
  },
  "forvaltningsloven/13": {
    document: "forvaltningsloven",
    pinpoint: "§ 13",
    check: verified(
      "official-description",
      "https://www.regjeringen.no/no/dokumenter/taushetsplikt-opplysningsrett-og-opplysningsplikt-i-forvaltningen-en-veileder/id2963083/?ch=4",
      "«Taushetsplikt etter forvaltningsloven påligger enhver som «utfører tjeneste eller arbeid for et forvaltningsorgan», jf. forvaltningsloven § 13 første ledd.» (the ministry's guide, punkt 4.2.1)",
    ),
  },
  "forvaltningsloven/13a-1": {
    document: "forvaltningsloven",
    pinpoint: "§ 13 a nr. 1",
    check: verified(
      "official-description",
      "https://www.regjeringen.no/no/dokumenter/taushetsplikt-opplysningsrett-og-opplysningsplikt-i-forvaltningen-en-veileder/id2963083/?ch=5",
      "«Den som er vernet etter opplysningene, kan samtykke til at man deler opplysningene.» (the ministry's guide, punkt 5.2, on § 13 a nr. 1)",
    ),
  },
  "forvaltningsloven/13a-2": {
    document: "forvaltningsloven",
    pinpoint: "§ 13 a nr. 2",
    check: verified(
      "official-description",
      "https://www.regjeringen.no/no/dokumenter/taushetsplikt-opplysningsrett-og-opplysningsplikt-i-forvaltningen-en-veileder/id2963083/?ch=5",
      "«Det er tillatt å dele opplysningene dersom de er anonymisert slik at den det gjelder, ikke kan gjenkjennes.»",
    ),
  },
  "forvaltningsloven/13b-1-5": {
    document: "forvaltningsloven",
    pinpoint: "§ 13 b første ledd nr. 5",
    check: verified(
      "official-description",
      "https://9pdf.net/article/forslaget-fra-forvaltningslovutvalget-innhold-h%C3%B8ringsnotat.yngpx6rj",
      "The Justice Ministry's consultation paper of September 2020 (Snr. 20/4064, punkt 2.4.6, read in a copy): nr. 5 lets information be given to other public bodies about «en persons forbindelse med organet» and «avgjørelser som er truffet»; NAV-loven § 7 disapplies nr. 5 and 6 for NAV staff, and sosialtjenesteloven § 44 narrows them.",
    ),
  },
  "forvaltningsloven/13b-1-6": {
    document: "forvaltningsloven",
    pinpoint: "§ 13 b første ledd nr. 6",
    check: verified(
      "official-description",
      "https://9pdf.net/article/forslaget-fra-forvaltningslovutvalget-innhold-h%C3%B8ringsnotat.yngpx6rj",
      "The Justice Ministry's consultation paper of September 2020 (Snr. 20/4064, punkt 2.4.6, read in a copy): nr. 6 lets a public body report or give information about breaches of the law to the prosecuting authority or the supervisory authority when «allmenne omsyn» call for it.",
    ),
  },
  "forvaltningsloven/13b-1-7": {
    document: "forvaltningsloven",
    pinpoint: "§ 13 b første ledd nr. 7",
    check: verified(
      "official-description",
      "https://www.regjeringen.no/no/dokumenter/prop.-166-l-20202021/id2843338/?ch=8",
      "«… kan dele taushetsbelagte opplysninger med andre så langt det er nødvendig for å unngå fare for liv eller helse … lovfesting av den adgangen … som allerede følger av nødretten.» Added by lov 18. juni 2021 nr. 127; the day it came into force was not found.",
    ),
  },
  "prop-166-l-2020-2021/kap-8": {
    document: "prop-166-l-2020-2021",
    pinpoint: "kapittel 8",
    check: verified(
      "document-text",
      "https://www.regjeringen.no/no/dokumenter/prop.-166-l-20202021/id2843338/?ch=8",
      "The comments on § 13 b første ledd nr. 7: sharing as far as necessary to avert danger to life or health, codifying what necessity (nødrett) already allowed.",
    ),
  },
  "straffeloven/196": {
    document: "straffeloven",
    pinpoint: "§ 196",
    check: verified(
      "official-description",
      "https://regjeringen.no/no/dokumenter/taushetsplikt-opplysningsrett-og-opplysningsplikt-i-forvaltningen-en-veileder/id2963083/?ch=2",
      "«Alle har plikt til å søke å avverge enkelte alvorlige straffbare handlinger eller følgen av dem …»; the duty goes before every duty of confidentiality.",
    ),
  },
  "pasient-og-brukerrettighetsloven/3-4": {
    document: "pasient-og-brukerrettighetsloven",
    pinpoint: "§ 3-4",
    check: verified(
      "official-description",
      "https://www.helsedirektoratet.no/rundskriv/pasient-og-brukerrettighetsloven-med-kommentarer/rett-til-medvirkning-og-informasjon/informasjon-nar-pasienten-eller-brukeren-er-under-18-ar",
      "Fourth paragraph: parents of patients under 18 still get what they need to carry out parental responsibility; from 16, only that.",
    ),
  },
  "pasient-og-brukerrettighetsloven/4-3": {
    document: "pasient-og-brukerrettighetsloven",
    pinpoint: "§ 4-3",
    check: verified(
      "official-description",
      "https://www.helsedirektoratet.no/rundskriv/pasient-og-brukerrettighetsloven-med-kommentarer/samtykke-til-helsehjelp",
      `«Bokstav b fastsetter den "helserettslige myndighetsalder" til 16 år …»; amended by lov 16. juni 2017 nr. 53, in force 1 January 2018.`,
    ),
  },
  "barnelova/30": {
    document: "barnelova",
    pinpoint: "§ 30",
    check: unverified(
      "Only mentioned in official texts (parents decide in the child's personal matters); the text was not read.",
    ),
  },
  "barnelova/31": {
    document: "barnelova",
    pinpoint: "§ 31",
    check: verified(
      "provision-text",
      "https://barnerettsbloggen.no/horing-av-barn-etter-barneloven-nar-sak-etter-annen-lovgivning-utredes/",
      "«Eit barn som er fylt sju år … skal få informasjon og høve til å seie meininga si før det blir teke avgjerd om personlege forhold for barnet … Når barnet er fylt 12 år, skal det leggjast stor vekt på kva barnet meiner.» (quoted in full on a legal blog)",
    ),
  },
  "barnelova/32": {
    document: "barnelova",
    pinpoint: "§ 32",
    check: unverified(
      "Only mentioned in an official text (Udir-2-2016); the 15-year limit was read in an unofficial commentary.",
    ),
  },
  "vergemalsloven/2": {
    document: "vergemalsloven",
    pinpoint: "§ 2",
    check: verified(
      "official-description",
      "https://www.regjeringen.no/no/dokumenter/nou-2020-14/id2788399/?ch=19",
      "NOU 2020: 14 punkt 17.2.1: «… myndighetsalder (18 år), jf. vergemålsloven § 2 tredje ledd.»",
    ),
  },
  "personopplysningsloven/5": {
    document: "personopplysningsloven",
    pinpoint: "§ 5",
    check: unverified(
      "Not read. Datatilsynet says parents consent «på vegne av barn under 13 år» for information-society services, without naming the paragraph.",
    ),
  },
  "personopplysningsloven-2000": {
    document: "personopplysningsloven-2000",
    check: unverified("Not read: cited for the absence of an age of consent before 2018-07-20."),
  },
  "personvernforordningen/8": {
    document: "personvernforordningen",
    pinpoint: "artikkel 8",
    check: unverified("Not read: the conditions for a child's consent to information-society services."),
  },
  "barnevernloven-1992/1-3": {
    document: "barnevernloven-1992",
    pinpoint: "§ 1-3 andre ledd",
    check: verified(
      "provision-text",
      "https://www.ks.no/fagomrader/barn-og-unge/barnevern/oppfolging-av-unge-med-barnevernserfaring/regelverk-og-referanser/barnevernloven/",
      "«Når barnet samtykker, kan tiltak som er iverksatt før barnet har fylt 18 år, opprettholdes eller erstattes av andre tiltak … inntil barnet har fylt 25 år» (23 before 2021-01-01).",
    ),
  },
  "barnevernloven-1992/6-4": {
    document: "barnevernloven-1992",
    pinpoint: "§ 6-4",
    check: verified(
      "official-description",
      "https://www.regjeringen.no/no/dokumenter/otprp-nr-64-2004-2005-/id398514/?ch=8",
      "«I henhold til barnevernloven § 6-4 annet ledd har andre offentlige myndigheter opplysningsplikt til barneverntjenesten …»",
    ),
  },
  "barnevernsloven-2021/3-6": {
    document: "barnevernsloven-2021",
    pinpoint: "§ 3-6",
    check: verified(
      "official-description",
      "https://www.heim.kommune.no/ettervern.588127.no.html",
      "«Tiltak kan iverksettes frem til ungdommen fyller 25 år. (jf. Barnevernsloven § 3-6)»",
    ),
  },
  "barnevernsloven-2021/13-2": {
    document: "barnevernsloven-2021",
    pinpoint: "§ 13-2",
    check: verified(
      "official-description",
      "https://regjeringen.no/no/dokumenter/taushetsplikt-opplysningsrett-og-opplysningsplikt-i-forvaltningen-en-veileder/id2963083/?ch=2",
      "Public employees must report to child welfare on reason to believe a child is neglected, untreated for serious harm, shows serious behavioural problems or is trafficked, «jf. barnevernsloven § 13-2».",
    ),
  },
  "bufdir-ettervern-25": {
    document: "bufdir-ettervern-25",
    check: verified(
      "document-text",
      "https://bufdir.no/aktuelt/ungdom_i_barnevernet_far_utvidet_rett_til_ettervern/",
      "«… vil lovendringen tre i kraft 1. januar 2021, med direkte virkning for unge voksne som fyller 23 år fra samme dato.»",
    ),
  },
  "prop-84-l-2019-2020/kap-3": {
    document: "prop-84-l-2019-2020",
    pinpoint: "kapittel 3",
    check: verified(
      "document-text",
      "https://regjeringen.no/no/dokumenter/prop.-84-l-20192020/id2698870/?ch=3",
      "«Utvidet aldersgrense for rett til ettervern … Ettervern kan tilbys frem til ungdommen fyller 23 år.» (the law before the change)",
    ),
  },
  "grunnloven/104": {
    document: "grunnloven",
    pinpoint: "§ 104",
    check: verified(
      "official-description",
      "https://www.bufdir.no/fagstotte/produkter/barn_og_unges_medvirkning___veileder/barns_rett_til_medvirkning/",
      "Children's right to be heard, their views given weight by age and maturity, binds public authorities («Grunnlovens § 104»).",
    ),
  },
  "barnekonvensjonen/12": {
    document: "barnekonvensjonen",
    pinpoint: "artikkel 12",
    check: verified(
      "official-description",
      "https://www.regjeringen.no/nn/dokumenter/prop.-75-l-20162017/id2546261/?ch=3",
      "«Partene skal garantere et barn som er i stand til å danne seg egne synspunkter, retten til fritt å gi uttrykk for disse …»",
    ),
  },
  "nav-loven": {
    document: "nav-loven",
    check: unverified("The act NAV works under, cited as a whole; its text was not read."),
  },
  "nav-loven/14a": {
    document: "nav-loven",
    pinpoint: "§ 14 a første ledd",
    check: verified(
      "official-description",
      "https://www.stortinget.no/nn/Saker-og-publikasjonar/Sporsmal/skriftlege-sporsmal-og-svar/Skriftlig-sporsmal/?qid=64056",
      "«Etter NAV-loven § 14a første ledd har alle som ønsker eller trenger bistand for å komme i arbeid, rett til å få vurdert sitt bistandsbehov.» (the minister, 2015; the statute's own words were not read)",
    ),
  },
  "nav-loven/14a-work-ability": {
    document: "nav-loven",
    pinpoint: "§ 14 a (arbeidsevnevurdering)",
    check: verified(
      "official-description",
      "https://www.stortinget.no/nn/Saker-og-publikasjonar/Sporsmal/skriftlege-sporsmal-og-svar/Skriftlig-sporsmal/?qid=64056",
      "«Dersom brukeren har behov for en mer omfattende vurdering av sitt bistandsbehov, har han eller hun rett til å få en arbeidsevne-vurdering …» (the minister, 2015; which ledd says so was not read)",
    ),
  },
  "nav-loven/14a-activity-plan": {
    document: "nav-loven",
    pinpoint: "§ 14 a (aktivitetsplan)",
    check: unverified(
      "Not read. Only the heading was read, in an unofficial copy (norgeslover.no): «§ 14 a Vurdering av behov for bistand for å beholde eller skaffe seg arbeid og rett til aktivitetsplan». Who is owed a plan is a reading, chosen by nav.activity-plan-owed-to.",
    ),
  },
  "nav-loven/15": {
    document: "nav-loven",
    pinpoint: "§ 15",
    check: unverified(
      "Not read. Only the heading was read, in an unofficial copy (norgeslover.no): «§ 15 Samarbeid med brukeren og individuell plan». The library assumes the condition common to the individual-plan provisions, a need for long-term, coordinated services.",
    ),
  },
  "nav-loven/15a": {
    document: "nav-loven",
    pinpoint: "§ 15 a",
    check: unverified(
      "Not read. Only the heading was read, in an unofficial copy (norgeslover.no): «§ 15 a Samarbeid med andre offentlige organer og tjenesteytere». In force 2022-08-01 by official descriptions (Helsedirektoratet, Statsforvalteren); not limited to those under 25 (Innst. 581 L).",
    ),
  },
  "stortinget-sporsmal-15-257-2015-2016": {
    document: "stortinget-sporsmal-15-257-2015-2016",
    check: verified(
      "document-text",
      "https://www.stortinget.no/nn/Saker-og-publikasjonar/Sporsmal/skriftlege-sporsmal-og-svar/Skriftlig-sporsmal/?qid=64056",
      "The minister on NAV-loven § 14 a: the right to have one's need for help assessed, a work-ability assessment where a more thorough one is needed, and a right to appeal, so «det skal derfor utarbeides et eget vedtak».",
    ),
  },
  "prop-100-l-2020-2021/kap-8": {
    document: "prop-100-l-2020-2021",
    pinpoint: "kapittel 8",
    check: verified(
      "document-text",
      "http://www.regjeringen.no/no/dokumenter/prop.-100-l-20202021/id2838338/?ch=8",
      "«Helse- og omsorgstjenesten, barneverntjenesten og arbeids- og velferdsforvaltningen har i dag regler om plikt til å tilby eller opprette individuell plan …»",
    ),
  },
  "innst-581-l-2020-2021": {
    document: "innst-581-l-2020-2021",
    check: verified(
      "document-text",
      "https://stortinget.no/no/Saker-og-publikasjoner/Publikasjoner/Innstillinger/Stortinget/2020-2021/inns-202021-581l?all=true",
      "«Departementene foreslår en ny bestemmelse i Nav-loven, § 15 a som ikke vil være avgrenset til kun å gjelde personer under 25 …»",
    ),
  },
  "nav-retningslinjer-barnevern-nav/4.2.1": {
    document: "nav-retningslinjer-barnevern-nav",
    pinpoint: "punkt 4.2.1",
    check: verified(
      "document-text",
      "https://www.nav.no/no/nav-og-samfunn/samarbeid/for-kommunen/barn-og-unge2/retningslinjer-for-samarbeid-mellom-barneverntjenesten-og-nav-kontoret/4.2-navs-oppfolging-av-ungdom",
      "«Ungdom som ønsker eller trenger bistand for å komme i arbeid har rett til en behovs- og eventuelt arbeidsevnevurdering, jf. NAV-loven § 14 a.»",
    ),
  },
  "sivilombudet-2014-2335": {
    document: "sivilombudet-2014-2335",
    check: verified(
      "document-text",
      "https://www.sivilombudet.no/uttalelser/sak-om-klageadgang-pa-fornyet-arbeidsevnevurdering/",
      "The directorate: «Oppfølgingsvedtak etter AEV har fire mulige utfall; standardinnsats, situasjonsbestemt innsats, spesielt tilpasset innsats og varig tilpasset innsats.»",
    ),
  },
  "helsedirektoratet-samarbeid-barn-unge": {
    document: "helsedirektoratet-samarbeid-barn-unge",
    check: verified(
      "document-text",
      "https://www.helsedirektoratet.no/veiledere/samarbeid-om-tjenester-til-barn-unge-og-deres-familier/innledning-samarbeid-til-barns-beste",
      "«… er det med virkning fra 1. august 2022 vedtatt bestemmelser om samarbeid, samordning, barnekoordinator og individuell plan.» (NAV-loven among the acts amended)",
    ),
  },
  "statsforvalteren-samarbeid-2022": {
    document: "statsforvalteren-samarbeid-2022",
    check: verified(
      "document-text",
      "https://www.statsforvalteren.no/nb/oslo-og-viken/helse-omsorg-og-sosialtjenester/okonomisk-sosialhjelp/endringer-i-velferdstjenestelovgivningen---samarbeid-samordning-og-barnekoordinator/",
      "«Fra 01.08.2022 er velferdstjenestelovgivningens bestemmelser knyttet til samarbeid og samordning forsterket.» «Lovendringene gjelder alle med behov for velferdstjenester, og uavhengig av alder.»",
    ),
  },
  "regjeringen-ungdomsgaranti-2022": {
    document: "regjeringen-ungdomsgaranti-2022",
    check: verified(
      "document-text",
      "https://www.regjeringen.no/no/aktuelt/budsjett-ungdomsgaranti/id2930065/",
      "«Regjeringen foreslår å bevilge 175 millioner kroner i 2023 til en ny ungdomsgaranti.» «… unge under 30 år som trenger hjelp til å komme i arbeid får tettere oppfølging.»",
    ),
  },
  "randaberg24-ungdomsgaranti-2023": {
    document: "randaberg24-ungdomsgaranti-2023",
    check: verified(
      "document-text",
      "https://www.randaberg24.no/nyheter/i/0Qz4lA/i-gaar-traadte-nav-sin-ny-ungdomsgaranti-i-kraft",
      "«… en ny ungdomsgaranti i regi av NAV som trer i kraft 1. juli.» «Alle i målgruppen skal få en fast kontaktperson i NAV.» «Ungdomsgarantien gjelder personer mellom 16 og 30 år som har behov for hjelp fra NAV for å komme i arbeid.»",
    ),
  },
  "navikt-veilarbvedtaksstotte": {
    document: "navikt-veilarbvedtaksstotte",
    check: verified(
      "document-text",
      "https://github.com/navikt/veilarbvedtaksstotte/blob/055430d101333826c829c22ce615fbc25e51ea9c/src/main/java/no/nav/veilarbvedtaksstotte/service/DokumentService.kt",
      "«Undomsgarantien gjelder for personer fra og med de fyller 16 inntil dagen de fyller 30 år.»; the § 14 a letter names the guarantee only for situasjonsbestemt and spesielt tilpasset innsats.",
    ),
  },
  "navikt-aktivitetsplan": {
    document: "navikt-aktivitetsplan",
    check: verified(
      "document-text",
      "https://github.com/navikt/aktivitetsplan",
      "Older: «Du har rett til å få en aktivitetsplan når du har kontaktet oss for å få hjelp til å komme i jobb.» Newer: «Du har rett til å få en aktivitetsplan når du har registrert deg hos Nav.»",
    ),
  },
  "helligdagsfredloven/2": {
    document: "helligdagsfredloven",
    pinpoint: "§ 2",
    check: verified(
      "provision-text",
      "https://www.rettsdata.no/rettsdata-apen/helligdagsfredloven/l-gl19950224z2d12-r100001/",
      "«Følgende dager er helligdag: a) vanlige søndager, b) nyttårsdag (1. januar), c) skjærtorsdag …»",
    ),
  },
  "hoytidsdagloven-1947": {
    document: "hoytidsdagloven-1947",
    pinpoint: "§ 1",
    check: verified(
      "provision-text",
      "https://www.arbeidstilsynet.no/regelverk/lover/lov-om-1-og-17-mai/1/",
      "«1. og 17. mai er høgtidsdager og skal være jamstelt med søndager …»",
    ),
  },
  "snl-utekontakt": {
    document: "snl-utekontakt",
    check: verified(
      "document-text",
      "https://snl.no/utekontakt",
      "«En egen enhet som utekontakt er ikke lovpålagt.» «I 2015 var det mer enn 90 kommuner som organiserte oppsøkende ungdomstjenester. Antall årsverk på landsbasis var i overkant av 290 …»",
    ),
  },
  "nou-1980-37": {
    document: "nou-1980-37",
    check: unverified(
      "Not read: cited through the LOSU/KoRus-Oslo guide's quotation («Sosialdepartementet 1980: 15»).",
    ),
  },
} as const satisfies Record<string, CitationDef>;

/** The id of a citation in the bibliography. */
export type CitationId = keyof typeof CITATIONS;

/** The citation as a caseworker reads it: `opplæringslova (1998) § 3-6`. */
export function citationText(id: CitationId): string {
  const c: CitationDef = CITATIONS[id];
  const doc = DOCUMENTS[c.document];
  return c.pinpoint === undefined ? doc.short : `${doc.short} ${c.pinpoint}`;
}
