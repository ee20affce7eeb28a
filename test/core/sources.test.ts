import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generatedDocs } from "../../docs/tools/generated.js";
import { isExpectedError, optionsOf } from "../../src/conformance/compare.js";
import { VECTORS } from "../../src/conformance/index.js";
import { CITATIONS, type CitationDef, citationText, DOCUMENTS, type DocumentDef } from "../../src/core/bibliography.js";
import { CITES } from "../../src/core/citations.js";
import { describeParameter } from "../../src/core/parameters.js";
import { type CitationId, cite } from "../../src/core/sources.js";
import { ALL_PARAMETERS, AREAS, explain, findFunction, RULES } from "../../src/index.js";
import { TEXTS } from "../helpers/texts.js";

/** The names of the project's working copies, which no user can open. */
const INTERNAL = /seed:|\.txt\b|legal-context|rules\.md/;

const citations = Object.entries(CITATIONS) as [CitationId, CitationDef][];
const documents = Object.entries(DOCUMENTS) as [string, DocumentDef][];

describe("the bibliography", () => {
  it("gives every citation a document in the registry and every document at least one citation", () => {
    for (const [id, c] of citations) {
      expect(DOCUMENTS[c.document], id).toBeDefined();
      expect(id === c.document || id.startsWith(`${c.document}/`), `${id} is named after its document`).toBe(true);
    }
    const cited = new Set(citations.map(([, c]) => c.document));
    for (const [id] of documents) expect(cited.has(id as never), `${id} has no citation`).toBe(true);
  });

  it("records where a verified citation was read and what it says, and why an unverified one is not", () => {
    for (const [id, c] of citations) {
      if (c.check.verified) {
        expect(c.check.readAt, id).toMatch(/^https?:\/\/\S+$/);
        expect(c.check.says.length, id).toBeGreaterThan(20);
      } else {
        expect(c.check.note.length, id).toBeGreaterThan(5);
      }
    }
  });

  it("gives each document an author, a title, a citation form and a public address where one is known", () => {
    for (const [id, d] of documents) {
      expect(d.author.length, id).toBeGreaterThan(2);
      expect(d.title.length, id).toBeGreaterThan(2);
      expect(d.short.length, id).toBeGreaterThan(2);
      if (d.url !== undefined) expect(d.url, id).toMatch(/^https?:\/\/\S+$/);
      // A statute or regulation is always findable by its official identifier.
      if (d.kind === "statute" && id !== "barnekonvensjonen") expect(d.identifier, id).toBeDefined();
    }
  });

  it("cites a paragraph as a caseworker reads it: the document's short name and the pinpoint", () => {
    expect(citationText("opplaringslova-1998/3-6")).toBe("opplæringslova (1998) § 3-6");
    expect(citationText("forvaltningsloven/13b-1-7")).toBe("forvaltningsloven § 13 b første ledd nr. 7");
    expect(cite("opplaringslova-2023/9-4", "«…»")).toEqual({
      ref: "opplaringslova-2023/9-4",
      cite: "opplæringslova (2023) § 9-4",
      verified: true,
      locator: "«…»",
    });
    expect(Object.isFrozen(cite("nav-loven"))).toBe(true);
  });

  it("gives decisions the same citation text and mark as the bibliography (the compact table is in sync)", () => {
    const ids = Object.keys(CITATIONS) as CitationId[];
    expect(Object.keys(CITES)).toEqual(ids);
    for (const id of ids) {
      const c: CitationDef = CITATIONS[id];
      expect(cite(id), id).toEqual({ ref: id, cite: citationText(id), verified: c.check.verified });
    }
  });

  it("is cited by every rule, parameter and version only through ids it knows", () => {
    const refs = [
      ...RULES.flatMap((r) => r.sources.map((s) => s.ref)),
      ...ALL_PARAMETERS.flatMap((p) => [
        ...p.sources.map((s) => s.ref),
        ...p.values.flatMap((v) => (v.source ? [v.source.ref] : [])),
      ]),
      ...AREAS.flatMap((a) => a.versions.flatMap((v) => v.sources.map((s) => s.ref))),
    ];
    for (const ref of refs) expect(CITATIONS[ref as CitationId], ref).toBeDefined();
  });
});

describe("no user-visible text names the project's working files", () => {
  it("in any rule, parameter, version or bibliography entry", () => {
    const texts = JSON.stringify({
      rules: RULES,
      parameters: ALL_PARAMETERS.map((p) => describeParameter(p)),
      versions: AREAS.map((a) => a.versions),
      documents: DOCUMENTS,
      citations: CITATIONS,
    });
    expect(texts).not.toMatch(INTERNAL);
  });

  it.each(VECTORS.filter((v) => !isExpectedError(v.expected)).map((v) => [v.id, v] as const))(
    "in the decision of %s and its explanation in nb, nn and en",
    (_id, v) => {
      const entry = findFunction(v.function);
      if (entry === undefined) throw new Error(`no function ${v.function}`);
      const decision = entry.evaluate(v.input as never, optionsOf(v) as never);
      expect(JSON.stringify(decision)).not.toMatch(INTERNAL);
      for (const locale of ["nb", "nn", "en"] as const) expect(explain(decision, TEXTS[locale])).not.toMatch(INTERNAL);
    },
  );

  it.each(generatedDocs().map(([path, content]) => [path, content]))("in %s", (_path, content) => {
    expect(content).not.toMatch(INTERNAL);
  });

  it("in the other documents and the examples (what they print is built from their source)", () => {
    const read = (dir: string): [string, string][] =>
      readdirSync(new URL(`../../${dir}`, import.meta.url), { withFileTypes: true }).flatMap((e) =>
        e.isDirectory()
          ? e.name === "api" || e.name === "output"
            ? []
            : read(`${dir}/${e.name}`)
          : /\.(md|ts|mjs)$/.test(e.name)
            ? [[`${dir}/${e.name}`, readFileSync(new URL(`../../${dir}/${e.name}`, import.meta.url), "utf8")]]
            : [],
      );
    const files = [
      ["CHANGELOG.md", readFileSync(new URL("../../CHANGELOG.md", import.meta.url), "utf8")] as [string, string],
      ...read("docs"),
      ...read("examples"),
    ];
    for (const [path, text] of files) expect(text, path).not.toMatch(INTERNAL);
  });
});
