import { describe, expect, it } from "vitest";
import { UngrettInputError } from "../../src/core/errors.js";
import { explain, type OtDutiesInput, otDuties, otTargetGroup } from "../../src/index.js";
import { en } from "../../src/locale/en.js";
import { nn } from "../../src/locale/nn.js";

const inGroup = { hasYouthRight: true, inEducation: false, inWork: false } as const;
const statusOf = (input: OtDutiesInput, asOf: string, parameters?: Record<string, unknown>) =>
  Object.fromEntries(
    otDuties(input, {
      asOf,
      ...(parameters === undefined ? {} : { parameters: parameters as never }),
    }).details.duties.map((d) => [d.duty, d.status]),
  );

describe("ot.duties", () => {
  it("lists the six tasks in the regulation's order, each resting on ot.duties", () => {
    const d = otDuties({ birthDate: "2005-01-01", ...inGroup }, { asOf: "2025-10-01" });
    expect(d.rule).toBe("ot.duties");
    expect(d.details.duties.map((x) => x.duty)).toEqual([
      "overview",
      "written-information",
      "guardian-information",
      "contact",
      "offer",
      "follow-up",
    ]);
    expect(new Set(d.details.duties.map((x) => x.rule))).toEqual(new Set(["ot.duties"]));
    expect(d.details.duties.every((x) => x.strength === "regulation")).toBe(true);
  });

  it("owes nothing to someone otTargetGroup puts outside the target group, and says why", () => {
    const inWork = otDuties({ birthDate: "2005-01-01", ...inGroup, inWork: true }, { asOf: "2025-10-01" });
    expect(inWork.outcome).toBe("not-owed");
    expect(inWork.details.duties.every((x) => x.status === "not-owed" && x.because === "not-in-target-group")).toBe(
      true,
    );
    const old = otDuties({ birthDate: "1990-01-01", ...inGroup }, { asOf: "2025-10-01" });
    expect(old.details.duties.every((x) => x.because === "past-age-limit")).toBe(true);
    expect(otTargetGroup({ birthDate: "1990-01-01", ...inGroup }, { asOf: "2025-10-01" }).outcome).toBe(
      "not-in-target-group",
    );
  });

  it("carries the target group's reasons, so the explanation says why the tasks are owed", () => {
    const d = otDuties({ birthDate: "2005-01-01", ...inGroup }, { asOf: "2025-10-01" });
    expect(d.reasons.filter((r) => r.rule === "ot.target-group").map((r) => r.condition)).toEqual([
      "youth-right",
      "not-in-education",
      "not-in-work",
    ]);
    expect(d.reasons.some((r) => r.rule === "ot.age-limit")).toBe(true);
  });

  it("counts only established contact, and only in the school year of asOf", () => {
    const h = (established: boolean, date: string) => ({
      birthDate: "2005-01-01",
      ...inGroup,
      history: { contacts: [{ date, established }] },
    });
    expect(statusOf(h(false, "2025-09-10"), "2025-10-01").contact).toBe("due");
    expect(statusOf(h(true, "2025-09-10"), "2025-10-01").contact).toBe("done");
    expect(statusOf(h(true, "2025-07-31"), "2025-07-31").contact).toBe("done");
    expect(statusOf(h(true, "2025-07-31"), "2025-08-01").contact).toBe("due");
    expect(statusOf(h(true, "2025-07-31"), "2025-08-01", { "ot.each-school-year": false }).contact).toBe("done");
  });

  it("gives contact and the offer a due date: the school year's end or the end of coverage, whichever is first", () => {
    const due = (birthDate: string, asOf: string) =>
      otDuties({ birthDate, ...inGroup }, { asOf }).details.duties.find((x) => x.duty === "contact")?.dueBy;
    expect(due("2005-01-01", "2025-10-01")).toBe("2026-07-31");
    expect(due("2002-06-01", "2026-10-01")).toBe("2026-12-31");
    expect(
      otDuties(
        { birthDate: "2005-01-01", ...inGroup },
        { asOf: "2025-10-01", parameters: { "ot.each-school-year": false } },
      ).details.duties.find((x) => x.duty === "contact")?.dueBy,
    ).toBeNull();
  });

  it("owes follow-up only after an offer, and counts only a follow-up on or after the latest offer", () => {
    const base = { birthDate: "2005-01-01", ...inGroup, needsFollowUp: true };
    expect(statusOf(base, "2025-10-01")["follow-up"]).toBe("not-owed");
    const offered = { ...base, history: { offers: [{ date: "2025-09-01", accepted: true }] } };
    expect(statusOf(offered, "2025-10-01")["follow-up"]).toBe("due");
    expect(
      statusOf({ ...base, history: { ...offered.history, followUps: ["2025-08-31"] } }, "2025-10-01")["follow-up"],
    ).toBe("due");
    expect(
      statusOf({ ...base, history: { ...offered.history, followUps: ["2025-09-01"] } }, "2025-10-01")["follow-up"],
    ).toBe("done");
  });

  it("reads the follow-up duty as the parameter says: after any offer, or only an accepted one", () => {
    const withOffer = (accepted: boolean | null) => ({
      birthDate: "2005-01-01",
      ...inGroup,
      needsFollowUp: true,
      history: { offers: [{ date: "2025-09-01", accepted }] },
    });
    const accepted = { "ot.follow-up-after": "accepted-offer" };
    expect(statusOf(withOffer(false), "2025-10-01")["follow-up"]).toBe("due");
    expect(statusOf(withOffer(false), "2025-10-01", accepted)["follow-up"]).toBe("not-owed");
    expect(statusOf(withOffer(true), "2025-10-01", accepted)["follow-up"]).toBe("due");
    const open = otDuties(withOffer(null), {
      asOf: "2025-10-01",
      parameters: { "ot.follow-up-after": "accepted-offer" },
    });
    expect(open.details.duties.find((x) => x.duty === "follow-up")?.status).toBe("unknown");
    expect(open.needs).toContain("history.offers[0].accepted");
    // Named by the field's label, the row's number kept in the path.
    expect(explain(open)).toContain("om tilbudet ble tatt imot (history.offers[0].accepted)");
    expect(explain(open, en)).toContain("whether the offer was accepted (history.offers[0].accepted)");
  });

  it("owes follow-up as needed («ved behov»): not when OT judged none is needed, unknown while the need is, done once recorded", () => {
    const offered = {
      birthDate: "2005-01-01",
      ...inGroup,
      history: { offers: [{ date: "2025-09-01", accepted: true }] },
    };
    const followUp = (p: object) => otDuties(p as OtDutiesInput, { asOf: "2025-10-01" });
    const of = (p: object) => followUp(p).details.duties.find((x) => x.duty === "follow-up");
    expect(of({ ...offered, needsFollowUp: true })).toMatchObject({ status: "due", because: null });
    expect(of({ ...offered, needsFollowUp: false })).toMatchObject({ status: "not-owed", because: "not-needed" });
    expect(of(offered)).toMatchObject({ status: "unknown", because: "need-unknown" });
    expect(followUp(offered).needs).toEqual(["needsFollowUp"]);
    expect(of({ ...offered, needsFollowUp: null })).toMatchObject({ status: "unknown", because: "need-unknown" });
    // A follow-up recorded after the offer is done, the need recorded or not.
    const done = { ...offered, history: { ...offered.history, followUps: ["2025-09-15"] } };
    expect(of(done)).toMatchObject({ status: "done", doneOn: "2025-09-15" });
    expect(followUp(done).needs).toEqual([]);
    // Without an offer the need is not asked for.
    expect(followUp({ birthDate: "2005-01-01", ...inGroup }).needs).toEqual([]);
    expect(explain(followUp(offered))).toContain("om ungdommen trenger oppfølging (needsFollowUp)");
    expect(explain(followUp({ ...offered, needsFollowUp: false }))).toContain(
      "OT har vurdert at ungdommen ikke trenger oppfølging",
    );
  });

  it("owes the guardians the information until the 18th birthday, from the 2012 revision on", () => {
    const p = { birthDate: "2008-03-10", ...inGroup };
    expect(statusOf(p, "2026-03-09")["guardian-information"]).toBe("due");
    expect(statusOf(p, "2026-03-10")["guardian-information"]).toBe("not-owed");
    const old = { birthDate: "1995-06-01", ...inGroup };
    expect(statusOf(old, "2012-01-31")["guardian-information"]).toBe("not-owed");
    expect(statusOf(old, "2012-02-01")["guardian-information"]).toBe("due");
    const d = otDuties(old, { asOf: "2012-01-31" });
    expect(d.details.duties.find((x) => x.duty === "guardian-information")?.because).toBe("not-in-force");
  });

  it("asks for the birth date only where the birth year leaves an age limit open", () => {
    const year = (asOf: string) => otDuties({ birthYear: 2008, ...inGroup }, { asOf });
    expect(year("2026-05-01").needs).toEqual(["birthDate"]);
    expect(year("2025-05-01").needs).toEqual([]);
    expect(year("2027-05-01").needs).toEqual([]);
  });

  it("names both rules where informing the guardians meets confidentiality, and which wins, under both regulations", () => {
    const p = { birthDate: "2008-01-15", ...inGroup };
    const old = otDuties(p, { asOf: "2024-07-31" });
    const now = otDuties(p, { asOf: "2024-08-01" });
    expect(old.details.collisions).toEqual([
      {
        duty: "guardian-information",
        rules: ["ot.duties", "ot.guardian-confidentiality"],
        resolution: "confidentiality-wins",
      },
    ]);
    expect(now.details.collisions[0]?.resolution).toBe("confidentiality-wins");
    const judged = otDuties(p, { asOf: "2024-08-01", parameters: { "ot.guardian-collision": "judgement" } });
    expect(judged.details.collisions[0]?.resolution).toBe("judgement");
    expect(now.reasons.find((r) => r.rule === "ot.guardian-confidentiality")?.status).toBe("holds");
    // Under 15 the guardians decide on the education: no collision.
    expect(otDuties({ birthDate: "2010-09-01", ...inGroup }, { asOf: "2025-08-31" }).details.collisions).toEqual([]);
    expect(otDuties({ birthDate: "2010-09-01", ...inGroup }, { asOf: "2025-09-01" }).details.collisions).toHaveLength(
      1,
    );
    // Once the guardians are owed nothing, nothing collides.
    expect(otDuties({ birthDate: "2005-01-01", ...inGroup }, { asOf: "2025-10-01" }).details.collisions).toEqual([]);
  });

  it("explains the collision in every language, saying which rule wins", () => {
    const d = otDuties({ birthDate: "2008-01-15", ...inGroup }, { asOf: "2025-10-01" });
    expect(explain(d)).toContain("taushetsplikten går foran");
    expect(explain(d, nn)).toContain("teieplikta går føre");
    expect(explain(d, en)).toContain("confidentiality wins");
    const judged = otDuties(
      { birthDate: "2008-01-15", ...inGroup },
      { asOf: "2024-07-31", parameters: { "ot.guardian-collision": "judgement" } },
    );
    expect(explain(judged)).toContain("skjønnsmessig");
    expect(explain(judged, en)).toContain("needs judgement");
  });

  it("reads a to-do list from the explanation: what is due, with its date, before what is done", () => {
    const d = otDuties(
      { birthDate: "2005-01-01", ...inGroup, history: { registeredOn: "2025-09-01" } },
      { asOf: "2025-10-01" },
    );
    const first = explain(d).split("\n")[0] ?? "";
    expect(first).toMatch(/Skal gjøres: .*kontakt med ungdommen \(innen 31\. juli 2026\)/);
    expect(first.indexOf("Skal gjøres")).toBeLessThan(first.indexOf("Gjort: registrering"));
    expect(first).toContain("Skyldes ikke: den samme informasjonen til foresatte (personen er myndig)");
  });

  it("is an input error, naming the field, for a history date after asOf, and never echoes the value", () => {
    let caught: unknown;
    try {
      otDuties({ birthDate: "2005-01-01", history: { guardiansInformedOn: "2031-07-04" } }, { asOf: "2025-10-01" });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(UngrettInputError);
    const err = caught as UngrettInputError;
    expect(err.issues.map((i) => i.path)).toEqual(["history.guardiansInformedOn"]);
    expect(err.message).not.toContain("2031-07-04");
  });

  it("returns decisions that share no mutable state: editing one does not change the next", () => {
    const input = { birthDate: "2008-01-15", ...inGroup };
    const a = otDuties(input, { asOf: "2025-10-01" });
    const b = otDuties(input, { asOf: "2025-10-01" });
    (a.details.duties as unknown as { status: string }[])[0] = { status: "done" };
    expect(otDuties(input, { asOf: "2025-10-01" })).toEqual(b);
  });
});

describe("ot.duties: the reasons and their words", () => {
  const base = { birthDate: "2005-01-01", hasYouthRight: true, inEducation: false, inWork: false } as const;
  const lines = (input: OtDutiesInput, asOf: string, parameters?: Record<string, unknown>) =>
    explain(otDuties(input, { asOf, ...(parameters === undefined ? {} : { parameters: parameters as never }) }))
      .split("\n")
      .filter((l) => l.startsWith("- "));

  it("words a task done with its day, a task due with its date, and one with no date without it", () => {
    const l = lines({ ...base, history: { registeredOn: "2025-09-01" } }, "2025-10-01");
    expect(l).toEqual(
      expect.arrayContaining([
        expect.stringContaining("Oppfylt: Personen er registrert i oversikten over målgruppen (1. september 2025)."),
      ]),
    );
    expect(l.find((x) => x.includes("Kontakt med ungdommen er etablert"))).toContain(
      "ikke gjort ennå; fristen er 31. juli 2026.",
    );
    expect(l.find((x) => x.includes("Skriftlig informasjon om rettighetene"))).toContain("– ikke gjort ennå. [");
  });

  it("words a task not known to be owed with its name and the reason it is open", () => {
    const l = lines({ ...base, inWork: null }, "2025-10-01");
    expect(l).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          "Ukjent: Skriftlig informasjon om rettighetene er ikke registrert gjort, og det er uavklart om det skyldes: det er ikke kjent om personen er i målgruppen.",
        ),
      ]),
    );
  });

  it("counts the latest contact of the school year, and the latest offer for the follow-up", () => {
    const d = otDuties(
      {
        ...base,
        needsFollowUp: true,
        history: {
          contacts: [
            { date: "2025-10-01", established: true },
            { date: "2025-08-20", established: true },
            { date: "2025-10-05", established: false },
          ],
          offers: [
            { date: "2025-09-20", accepted: true },
            { date: "2025-08-25", accepted: true },
          ],
          followUps: ["2025-09-01"],
        },
      },
      { asOf: "2025-10-10" },
    );
    const by = Object.fromEntries(d.details.duties.map((x) => [x.duty, x]));
    expect(by.contact?.doneOn).toBe("2025-10-01");
    expect(by.offer?.doneOn).toBe("2025-09-20");
    // The follow-up on 2025-09-01 came before the latest offer: still due.
    expect(by["follow-up"]?.status).toBe("due");
  });

  it("asks for the birth date when only it settles whether the young person decides on their own education", () => {
    // Born 2010: in 2025 they turn 15, so with the year alone the guardians are owed (under 18)
    // but whether confidentiality applies is open.
    const d = otDuties(
      { birthYear: 2010, hasYouthRight: true, inEducation: false, inWork: false },
      { asOf: "2025-05-01" },
    );
    expect(d.details.duties.find((x) => x.duty === "guardian-information")?.status).toBe("due");
    const reason = d.reasons.find((r) => r.rule === "ot.guardian-confidentiality");
    expect(reason).toMatchObject({ condition: "decides-own-education", status: "unknown", needs: ["birthDate"] });
    expect(d.needs).toEqual(["birthDate"]);
    expect(d.details.collisions).toEqual([]);
  });

  it("names the first offer whose answer is not known when only accepted offers are followed up", () => {
    const d = otDuties(
      {
        ...base,
        needsFollowUp: true,
        history: {
          offers: [
            { date: "2025-09-01", accepted: false },
            { date: "2025-09-10", accepted: null },
          ],
        },
      },
      { asOf: "2025-10-01", parameters: { "ot.follow-up-after": "accepted-offer" } },
    );
    expect(d.needs).toEqual(["history.offers[1].accepted"]);
    expect(d.reasons.find((r) => r.condition === "follow-up")?.needs).toEqual(["history.offers[1].accepted"]);
  });

  it("asks for nothing when nothing is owed, though facts are missing", () => {
    const d = otDuties({ birthYear: 2008, hasYouthRight: true, inEducation: true }, { asOf: "2026-05-01" });
    expect(d.outcome).toBe("not-owed");
    expect(d.needs).toEqual([]);
  });

  it("reads the birth year from the birth date when the year is not given", () => {
    // Only a birth date, in the year the person turns 18: before the birthday the guardians are owed.
    const p = { birthDate: "2008-11-30", hasYouthRight: true, inEducation: false, inWork: false };
    expect(
      otDuties(p, { asOf: "2026-11-29" }).details.duties.find((x) => x.duty === "guardian-information")?.status,
    ).toBe("due");
    expect(otDuties(p, { asOf: "2026-11-29" }).details.coveredThrough).toBe("2032-12-31");
  });
});
