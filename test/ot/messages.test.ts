import { describe, expect, it } from "vitest";
import type { Decision } from "../../src/core/decision.js";
import type { Locale } from "../../src/core/types.js";
import { explain, otContactTriggers, otNotifyOnDropout, otTargetGroup, otYearlyContact } from "../../src/ot/index.js";
import { TEXTS } from "../helpers/texts.js";

/** The outcome sentence of an explanation (after the rule's title and id). */
const outcomeText = (d: Decision, l: Locale): string =>
  (explain(d, TEXTS[l]).split("\n")[0] ?? "").replace(/^.*?\): /, "");
/** The reason lines of an explanation, without their strength and sources. */
const reasonTexts = (d: Decision, l: Locale): string[] =>
  explain(d, TEXTS[l])
    .split("\n")
    .filter((line) => line.startsWith("- "))
    .map((line) => line.slice(2).replace(/ \[[^\]]*\]$/, ""));

const OLD = { asOf: "2020-01-01" } as const;
const NEW = { asOf: "2025-01-01" } as const;

describe("ot.notify-on-dropout: explanations", () => {
  it("explains a pending notice with its deadline and the days gone", () => {
    const d = otNotifyOnDropout({ quitDate: "2025-10-01" }, { asOf: "2025-10-05" });
    expect(d.outcome).toBe("pending");
    expect(outcomeText(d, "nb")).toBe("OT er ikke varslet ennå; fristen er 8. oktober 2025.");
    expect(outcomeText(d, "nn")).toBe("OT er ikkje varsla enno; fristen er 8. oktober 2025.");
    expect(outcomeText(d, "en")).toBe("OT has not been notified yet; the deadline is 8 October 2025.");
    expect(reasonTexts(d, "nb")).toEqual([
      "Oppfylt: Eleven sluttet 1. oktober 2025; det har gått 4 dager, og OT bør varsles innen 8. oktober 2025.",
    ]);
    expect(reasonTexts(d, "nn")).toEqual([
      "Oppfylt: Eleven slutta 1. oktober 2025; det har gått 4 dagar, og OT bør varslast innan 8. oktober 2025.",
    ]);
    expect(reasonTexts(d, "en")).toEqual([
      "Met: The pupil quit on 1 October 2025; 4 days have passed, and OT should be notified by 8 October 2025.",
    ]);
  });

  it("explains an overdue notice with the deadline that passed and the days without notice", () => {
    const d = otNotifyOnDropout({ quitDate: "2025-10-01" }, { asOf: "2025-10-20" });
    expect(d.outcome).toBe("overdue");
    expect(outcomeText(d, "nb")).toBe("OT er ikke varslet, og fristen gikk ut 8. oktober 2025.");
    expect(outcomeText(d, "nn")).toBe("OT er ikkje varsla, og fristen gjekk ut 8. oktober 2025.");
    expect(outcomeText(d, "en")).toBe("OT has not been notified, and the deadline passed on 8 October 2025.");
    expect(reasonTexts(d, "nb")).toEqual([
      "Ikke oppfylt: Fortsatt innenfor fristen for å varsle OT – eleven sluttet 1. oktober 2025; det har gått 19 dager uten varsel, mer enn 7.",
    ]);
    expect(reasonTexts(d, "nn")).toEqual([
      "Ikkje oppfylt: Framleis innanfor fristen for å varsle OT – eleven slutta 1. oktober 2025; det har gått 19 dagar utan varsel, meir enn 7.",
    ]);
    expect(reasonTexts(d, "en")).toEqual([
      "Not met: Still within the time to notify OT – the pupil quit on 1 October 2025; 19 days have passed without notice, more than 7.",
    ]);
  });

  it("explains a timely and a late notice in Nynorsk", () => {
    const timely = otNotifyOnDropout({ quitDate: "2025-10-01", notifiedDate: "2025-10-03" }, { asOf: "2025-10-20" });
    expect(outcomeText(timely, "nn")).toBe("OT vart varsla i tide.");
    expect(reasonTexts(timely, "nn")).toEqual([
      "Oppfylt: OT vart varsla 3. oktober 2025, 2 dagar etter at eleven slutta 1. oktober 2025 (høgst 7).",
    ]);
    const late = otNotifyOnDropout({ quitDate: "2025-10-01", notifiedDate: "2025-10-13" }, { asOf: "2025-10-20" });
    expect(outcomeText(late, "nn")).toBe("OT vart varsla for seint.");
    expect(reasonTexts(late, "nn")).toEqual([
      "Ikkje oppfylt: OT vart varsla i tide – OT vart varsla 13. oktober 2025, 12 dagar etter at eleven slutta 1. oktober 2025; tilrådd er høgst 7.",
    ]);
  });

  it("explains a timely notice in Bokmål and English", () => {
    const d = otNotifyOnDropout({ quitDate: "2025-10-01", notifiedDate: "2025-10-03" }, { asOf: "2025-10-20" });
    expect(outcomeText(d, "nb")).toBe("OT ble varslet i tide.");
    expect(outcomeText(d, "en")).toBe("OT was notified in time.");
    expect(reasonTexts(d, "en")).toEqual([
      "Met: OT was notified on 3 October 2025, 2 days after the pupil quit on 1 October 2025 (at most 7).",
    ]);
  });
});

describe("ot.contact-triggers: explanations", () => {
  /** Within the age limit on OLD (through 2024) and NEW (through 2027). */
  const young = { birthYear: 2003 } as const;

  it("explains lost right as a trigger under the old rules, in every locale", () => {
    const d = otContactTriggers({ ...young, applied: true, inWork: false, lostRight: "expulsion" }, OLD);
    expect(d.outcome).toEqual(["not-in-work", "lost-right"]);
    expect(outcomeText(d, "nb")).toBe(
      "OT skal ta kontakt fordi personen ikke er i arbeid og har tapt retten ved bortvisning eller heving av kontrakt.",
    );
    expect(outcomeText(d, "nn")).toBe(
      "OT skal ta kontakt fordi personen ikkje er i arbeid og har tapt retten ved bortvising eller heving av kontrakt.",
    );
    expect(outcomeText(d, "en")).toBe(
      "OT shall make contact because the person is not in work and lost the right through expulsion or contract termination.",
    );
    const lost = d.reasons.findIndex((r) => r.condition === "lost-right");
    expect(reasonTexts(d, "en")[lost]).toBe(
      "Met: The person lost the right through expulsion or contract termination.",
    );
  });

  it("lists several triggers with the locale's and", () => {
    const d = otContactTriggers(
      { ...young, applied: true, droppedOut: true, inWork: false, lostRight: "expulsion" },
      OLD,
    );
    expect(d.outcome).toEqual(["dropped-out", "not-in-work", "lost-right"]);
    expect(outcomeText(d, "nn")).toBe(
      "OT skal ta kontakt fordi personen har avbrote opplæringa før ho er fullført, ikkje er i arbeid og har tapt retten ved bortvising eller heving av kontrakt.",
    );
    expect(outcomeText(d, "en")).toBe(
      "OT shall make contact because the person has broken off education before completing it, is not in work and lost the right through expulsion or contract termination.",
    );
  });

  it("frames each trigger that holds, fails or is unknown, and the age limit, in Nynorsk", () => {
    const d = otContactTriggers(
      { ...young, applied: true, acceptedPlace: false, inWork: true, lostRight: "none" },
      OLD,
    );
    expect(reasonTexts(d, "nn")).toEqual([
      "Ikkje oppfylt: Personen har ikkje søkt vidaregåande opplæring – gjeld ikkje.",
      "Oppfylt: Personen har ikkje teke imot tildelt elev- eller læreplass.",
      "Ukjent: Ukjent om personen har avbrote opplæringa før ho er fullført.",
      "Ikkje oppfylt: Personen er ikkje i arbeid – gjeld ikkje.",
      "Ikkje oppfylt: Personen har tapt retten ved bortvising eller heving av kontrakt – gjeld ikkje.",
      "Oppfylt: Innanfor aldersgrensa: OT gjeld til og med 31. desember 2024, året personen fyller 21 år.",
    ]);
  });

  it("says when no trigger is known to apply, in every locale", () => {
    // Work unknown: no situation holds yet, and the person may still be in the target group.
    const d = otContactTriggers(
      { ...young, applied: true, offeredPlace: true, acceptedPlace: true, droppedOut: false },
      NEW,
    );
    expect(d.outcome).toEqual([]);
    expect(d.details.owed).toBeNull();
    expect(outcomeText(d, "nb")).toBe("ingen av situasjonene der OT skal ta kontakt, er kjent å gjelde.");
    expect(outcomeText(d, "nn")).toBe("ingen av situasjonane der OT skal ta kontakt, er kjende å gjelde.");
    expect(outcomeText(d, "en")).toBe("none of the situations in which OT shall make contact is known to apply.");
    expect(reasonTexts(d, "en")[1]).toBe(
      "Not met: The person was not offered a school or apprenticeship place – does not apply.",
    );
  });

  it("says OT owes no contact to someone in work, in every locale", () => {
    const d = otContactTriggers(
      { ...young, applied: false, offeredPlace: true, acceptedPlace: true, droppedOut: true, inWork: true },
      NEW,
    );
    expect(d.outcome).toEqual([]);
    expect(outcomeText(d, "nb")).toBe("OT skal ikke ta kontakt: personen er i arbeid og dermed utenfor målgruppen.");
    expect(outcomeText(d, "nn")).toBe("OT skal ikkje ta kontakt: personen er i arbeid og dermed utanfor målgruppa.");
    expect(outcomeText(d, "en")).toBe("OT owes no contact: the person is in work and so outside the target group.");
  });

  it("says OT owes no contact past the age limit, in every locale", () => {
    const d = otContactTriggers({ birthYear: 1999, applied: false, inWork: false }, NEW);
    expect(d.outcome).toEqual([]);
    expect(outcomeText(d, "nb")).toBe(
      "OT skal ikke ta kontakt: personen er over aldersgrensen og dermed utenfor målgruppen.",
    );
    expect(outcomeText(d, "nn")).toBe(
      "OT skal ikkje ta kontakt: personen er over aldersgrensa og dermed utanfor målgruppa.",
    );
    expect(outcomeText(d, "en")).toBe(
      "OT owes no contact: the person is past the age limit and so outside the target group.",
    );
  });

  it("adds the proviso of the target group while the duty is not settled, in every locale", () => {
    const open = otContactTriggers({ applied: false, inWork: false }, NEW);
    expect(open.details.owed).toBeNull();
    expect(outcomeText(open, "nb")).toBe(
      "OT skal ta kontakt fordi personen ikke har søkt videregående opplæring og ikke er i arbeid, så sant personen er i målgruppen.",
    );
    expect(outcomeText(open, "nn")).toBe(
      "OT skal ta kontakt fordi personen ikkje har søkt vidaregåande opplæring og ikkje er i arbeid, så sant personen er i målgruppa.",
    );
    expect(outcomeText(open, "en")).toBe(
      "OT shall make contact because the person has not applied for upper secondary education and is not in work, provided the person is in the target group.",
    );
    // With the birth year known and within the limit, the duty is settled and the proviso goes.
    const owed = otContactTriggers({ ...young, applied: false, inWork: false }, NEW);
    expect(owed.details.owed).toBe(true);
    expect(outcomeText(owed, "en")).toBe(
      "OT shall make contact because the person has not applied for upper secondary education and is not in work.",
    );
  });
});

describe("ot.yearly-contact: explanations in Nynorsk", () => {
  it("explains a contact still due, counting the attempts without reply", () => {
    const d = otYearlyContact(
      {
        contacts: [
          { date: "2025-09-10", established: false },
          { date: "2025-10-10", established: false },
        ],
      },
      { asOf: "2026-05-20" },
    );
    expect(outcomeText(d, "nn")).toBe("kontakt er ikkje etablert i skuleåret og skal skje innan 31. juli 2026.");
    expect(reasonTexts(d, "nn")).toEqual([
      "Ikkje oppfylt: Kontakt er etablert i skuleåret – ingen etablert kontakt i skuleåret 1. august 2025–31. juli 2026; 2 forsøk utan svar tel ikkje.",
    ]);
  });

  it("explains a contact done, with its date", () => {
    const d = otYearlyContact({ contacts: [{ date: "2025-09-10", established: true }] }, { asOf: "2026-05-20" });
    expect(outcomeText(d, "nn")).toBe("kontakt er etablert i skuleåret (10. september 2025).");
    expect(reasonTexts(d, "nn")).toEqual([
      "Oppfylt: Kontakt vart etablert 10. september 2025, i skuleåret 1. august 2025–31. juli 2026.",
    ]);
    expect(outcomeText(d, "en")).toBe("contact established this school year (10 September 2025).");
  });
});

describe("ot.yearly-contact: the age limit in explanations", () => {
  it("gives the last day of coverage as the deadline when it comes before the end of the school year", () => {
    const d = otYearlyContact({ birthYear: 2002, contacts: [] }, { asOf: "2026-09-01" });
    expect(outcomeText(d, "nb")).toBe("kontakt er ikke etablert i skoleåret og skal skje innen 31. desember 2026.");
    expect(outcomeText(d, "nn")).toBe("kontakt er ikkje etablert i skuleåret og skal skje innan 31. desember 2026.");
    expect(outcomeText(d, "en")).toBe("no contact established this school year; due by 31 December 2026.");
    expect(reasonTexts(d, "en").at(-1)).toBe(
      "Met: Within the age limit: OT applies through 31 December 2026, the year the person turns 24.",
    );
  });

  it("says no contact is owed past the age limit, in every locale", () => {
    const d = otYearlyContact(
      { birthYear: 2002, contacts: [{ date: "2026-09-10", established: true }] },
      { asOf: "2027-01-01" },
    );
    expect(d.outcome).toBe("not-owed");
    expect(outcomeText(d, "nb")).toBe(
      "ingen kontakt skyldes: OT gjaldt til og med 31. desember 2026, og personen er nå utenfor målgruppen.",
    );
    expect(outcomeText(d, "nn")).toBe(
      "inga kontakt er skuldig: OT gjaldt til og med 31. desember 2026, og personen er no utanfor målgruppa.",
    );
    expect(outcomeText(d, "en")).toBe(
      "no contact is owed: OT applied through 31 December 2026, and the person is now outside the target group.",
    );
    expect(reasonTexts(d, "en").at(-1)).toBe(
      "Not met: Within the age limit – past the age limit: OT applied through 31 December 2026, the year the person turned 24.",
    );
  });
});

describe("ot.target-group: the lost-right limb of the old rules", () => {
  const rest = { birthYear: 2000, hasYouthRight: false, inEducation: false, inWork: false } as const;

  it("explains that losing the right still covers the person", () => {
    const d = otTargetGroup({ ...rest, lostRight: "expulsion" }, OLD);
    expect(d.outcome).toBe("in-target-group");
    expect(reasonTexts(d, "nn")[1]).toBe(
      "Oppfylt: Personen har tapt retten ved bortvising for resten av skuleåret eller heving av lære- eller opplæringskontrakt, og er likevel omfatta.",
    );
    expect(reasonTexts(d, "en")[1]).toBe(
      "Met: The person lost the right through expulsion for the rest of the school year or termination of the apprenticeship or training contract, and is covered all the same.",
    );
  });

  it("explains that contract termination no longer covers the person after 2017, in every locale", () => {
    const d = otTargetGroup({ ...rest, lostRight: "contract-termination" }, OLD);
    expect(d.outcome).toBe("not-in-target-group");
    expect(reasonTexts(d, "nb")[1]).toBe(
      "Ikke oppfylt: Personen har tapt retten på en måte som gir plass i målgruppen – personen har tapt retten ved heving av kontrakt, men det gir ikke plass i målgruppen etter reglene på denne datoen: heving av kontrakt telte bare til § 4-6 ble opphevet i 2017 (parameteren ot.lost-right-grounds).",
    );
    expect(reasonTexts(d, "nn")[1]).toBe(
      "Ikkje oppfylt: Personen har tapt retten på ein måte som gir plass i målgruppa – personen har tapt retten ved heving av kontrakt, men det gir ikkje plass i målgruppa etter reglane på denne datoen: heving av kontrakt talde berre til § 4-6 vart oppheva i 2017 (parameteren ot.lost-right-grounds).",
    );
    expect(reasonTexts(d, "en")[1]).toBe(
      "Not met: The person lost the right in a way that brings them into the target group – the person lost the right through contract termination, but under the rules on this date that does not bring them into the target group: contract termination counted only until § 4-6 was repealed in 2017 (parameter ot.lost-right-grounds).",
    );
  });

  it("explains a right not lost and a loss not known", () => {
    const none = otTargetGroup({ ...rest, lostRight: "none" }, OLD);
    expect(reasonTexts(none, "nb")[1]).toBe(
      "Ikke oppfylt: Personen har tapt retten på en måte som gir plass i målgruppen – personen har ikke tapt retten ved bortvisning eller heving av kontrakt.",
    );
    expect(reasonTexts(none, "en")[1]).toBe(
      "Not met: The person lost the right in a way that brings them into the target group – the person did not lose the right through expulsion or contract termination.",
    );
    const unknown = otTargetGroup(rest, OLD);
    expect(unknown.outcome).toBe("unknown");
    expect(reasonTexts(unknown, "nn")[1]).toBe(
      "Ukjent: Det er ikkje kjent om personen har tapt retten ved bortvising eller heving av kontrakt.",
    );
    expect(explain(unknown, TEXTS.en)).toContain("Missing facts: lost right (lostRight).");
  });

  it("explains an unknown birth year with the limit it would be judged by", () => {
    const d = otTargetGroup({ hasYouthRight: true }, OLD);
    expect(reasonTexts(d, "nn").at(-1)).toBe(
      "Ukjent: Fødselsåret er ikkje kjent, så aldersgrensa (til og med året personen fyller 21 år) kan ikkje vurderast.",
    );
  });
});

describe("ot explanations of stored decisions", () => {
  it("shows a dash for a date a stored decision no longer carries", () => {
    const d = otNotifyOnDropout({ quitDate: "2025-10-01" }, { asOf: "2025-10-05" });
    const stripped: Decision = { ...d, details: { days: 4, maxDays: 7 } };
    expect(outcomeText(stripped, "en")).toBe("OT has not been notified yet; the deadline is —.");
  });
});
