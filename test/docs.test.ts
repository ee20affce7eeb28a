import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generatedDocs } from "../docs/tools/generated.js";
import { FUNCTIONS, RULES } from "../src/index.js";

describe("generated documents", () => {
  it.each(generatedDocs().map(([path, content]) => [path, content]))(
    "%s matches the code (run npm run docs when this fails)",
    (path, content) => {
      expect(readFileSync(new URL(`../${path}`, import.meta.url), "utf8")).toBe(content);
    },
  );

  it("lists every rule id exactly once", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("API documentation", () => {
  const sources = new Map<string, string>();
  const read = (dir: string): void => {
    for (const e of readdirSync(new URL(`../${dir}`, import.meta.url), { withFileTypes: true })) {
      if (e.isDirectory()) read(`${dir}/${e.name}`);
      else if (e.name.endsWith(".ts"))
        sources.set(`${dir}/${e.name}`, readFileSync(new URL(`../${dir}/${e.name}`, import.meta.url), "utf8"));
    }
  };
  read("src");
  const docBlockOf = (name: string): string | undefined => {
    for (const text of sources.values()) {
      const at = text.search(new RegExp(`export function ${name}\\b`));
      if (at < 0) continue;
      const before = text.slice(0, at);
      const start = before.lastIndexOf("/**");
      const end = before.lastIndexOf("*/");
      if (start < 0 || end < start || before.slice(end + 2).trim() !== "") return "";
      return before.slice(start, end);
    }
    return undefined;
  };

  it.each(FUNCTIONS.map((f) => f.name))("%s has a doc block with an @example and its result", (name) => {
    const block = docBlockOf(name);
    expect(block, `export function ${name} not found`).toBeDefined();
    expect(block).toMatch(/@example/);
    // The example shows its result: a comment line after the call.
    expect(block?.slice(block.indexOf("@example"))).toMatch(/\/\/ /);
  });
});

/*
 * Links: every relative link in README.md and in the guides under docs/ (hand-written and
 * generated) goes to a file that exists and, into Markdown, to a heading or anchor it has.
 */
describe("links in README.md, CONTRIBUTING.md and docs/*.md", () => {
  const root = new URL("../", import.meta.url);
  const docs = [
    "README.md",
    "CONTRIBUTING.md",
    ...readdirSync(new URL("docs/", root))
      .filter((f) => f.endsWith(".md"))
      .map((f) => `docs/${f}`),
  ];
  const text = (path: string): string => readFileSync(new URL(path, root), "utf8");
  /** The text outside fenced code blocks and inline code, where a link is a link. */
  const unfenced = (md: string): string => md.replace(/^(```|~~~)[\s\S]*?^\1/gm, "");
  const prose = (md: string): string => unfenced(md).replace(/`[^`\n]*`/g, "");

  /** GitHub's heading anchors (github-slugger): lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
  const anchorsOf = (md: string): Set<string> => {
    const seen = new Map<string, number>();
    const out = new Set<string>();
    for (const m of unfenced(md).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
      const base = (m[1] as string)
        .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
        .replace(/`/g, "")
        .toLowerCase()
        .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
        .replace(/ /g, "-");
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      out.add(n === 0 ? base : `${base}-${n}`);
    }
    for (const m of md.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) out.add(m[1] as string);
    return out;
  };

  /** Relative link targets of a Markdown text: inline links, images and reference definitions. */
  const linksOf = (md: string): string[] => {
    const body = prose(md);
    const inline = [...body.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1] as string);
    const refs = [...body.matchAll(/^\s*\[[^\]]+\]:\s*(\S+)/gm)].map((m) => m[1] as string);
    const hrefs = [...body.matchAll(/<a\s[^>]*href="([^"]+)"/g)].map((m) => m[1] as string);
    return [...inline, ...refs, ...hrefs].filter((t) => !/^[a-z][a-z0-9+.-]*:/i.test(t));
  };

  /** The links of `path` that lead nowhere, as `target (why)`. */
  const broken = (path: string): string[] => {
    const out: string[] = [];
    for (const target of linksOf(text(path))) {
      const [file = "", anchor] = target.split("#");
      const resolved = file === "" ? path : new URL(decodeURI(file), new URL(path, root)).href.slice(root.href.length);
      if (!existsSync(new URL(resolved, root))) out.push(`${target} (no file ${resolved})`);
      else if (anchor !== undefined && resolved.endsWith(".md") && !anchorsOf(text(resolved)).has(anchor))
        out.push(`${target} (no anchor #${anchor} in ${resolved})`);
    }
    return out;
  };

  it("reads the guides of every area, hand-written and generated", () => {
    for (const guide of ["docs/ot.md", "docs/consent.md", "docs/outreach.md", "docs/nav.md", "docs/rulebook.en.md"])
      expect(docs).toContain(guide);
  });

  it.each(docs)("every relative link in %s resolves to a file and anchor", (path) => {
    expect(broken(path)).toEqual([]);
  });

  it("reads relative links, skipping code and URLs, and heading anchors as GitHub makes them", () => {
    expect(linksOf("[a](docs/x.md#y) [b](https://example.org) `[c](z.md)`\n[d]: ot.md")).toEqual([
      "docs/x.md#y",
      "ot.md",
    ]);
    expect([
      ...anchorsOf("# Count outcomes: `--summary`\n## Dates, and 29 February\n## Dates, and 29 February"),
    ]).toEqual(["count-outcomes---summary", "dates-and-29-february", "dates-and-29-february-1"]);
  });

  it("keeps README.md at most 12,000 bytes", () => {
    expect(Buffer.byteLength(text("README.md"))).toBeLessThanOrEqual(12_000);
  });
});
