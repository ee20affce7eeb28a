/** The five seed documents, cited by file name as `seed:<file>`. */
export const SEED = {
  /** LOSU consultation response on chapter 13 of the 2006 regulation (OT). */
  losuHoring: "seed:000_45c261ab54aeb178.txt",
  /** LOSU/KoRus-Oslo guide on outreach social youth work. */
  losuGuide: "seed:001_10b3942c653378f2.txt",
  /** County web page: OT for Numedal and Kongsberg. */
  otNumedal: "seed:002_60fbc2100704215b.txt",
  /** ung.no: who has a right to help from OT. */
  otUngNo: "seed:003_ae83fd0fbb4b61e7.txt",
  /** AFI report: tips for NAV's follow-up of young people. */
  navAfi: "seed:004_2132bd4cf7faa39a.txt",
} as const;
