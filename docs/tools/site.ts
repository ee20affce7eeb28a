/**
 * Builds the rule explorer into docs/site/ (build output, gitignored): a start page, one
 * page per rule, one per parameter, the bibliography, each written in Bokmål from the
 * library's objects (docs/tools/site/render.ts) and re-rendered in the browser by app.js,
 * the app bundled with the library into one classic script so the pages open from the
 * file system. Run: npm run site.
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "tsup";
import { isExpectedError } from "../../src/conformance/compare.js";
import { VECTORS } from "../../src/conformance/index.js";
import { inputJsonSchema, optionsJsonSchema } from "../../src/conformance/json-schemas.js";
import { ALL_PARAMETERS, FUNCTIONS, RULES } from "../../src/index.js";
import { esc, fileOf, langSwitch, type PageRef, pageHtml, type Schema } from "./site/render.js";
import { WORDS } from "./site/words.js";

const started = performance.now();
const root = fileURLToPath(new URL("../../", import.meta.url));
const out = join(root, "docs/site");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

await build({
  entry: { app: join(root, "docs/tools/site/app.ts") },
  format: ["iife"],
  platform: "browser",
  target: "es2020",
  outDir: out,
  minify: true,
  dts: false,
  sourcemap: false,
  clean: false,
  silent: true,
  config: false,
  removeNodeProtocol: false,
  outExtension: () => ({ js: ".js" }),
  // The CLI's CSV reader (reused for the cohort) sits beside a module that opens files;
  // the browser never calls it, so `node:fs` is a stub there.
  esbuildOptions(options) {
    const stub = join(root, "docs/tools/site/no-fs.ts");
    options.alias = { "node:fs": stub, fs: stub };
  },
});

const CSS = `:root{--fg:#1a1a1a;--bg:#fff;--muted:#4a4a4a;--link:#0645ad;--ok:#0a5c2b;--warn:#8a3b00;--err:#b00020;--line:#c8c8c8;--focus:#1d4ed8}
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,sans-serif;color:var(--fg);background:var(--bg)}
header,main{max-width:60rem;overflow-wrap:anywhere;margin:0 auto;padding:0 1rem}header{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:space-between;border-bottom:1px solid var(--line)}
a{color:var(--link)}a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible,summary:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:1}
.langs{display:flex;gap:1rem;list-style:none;padding:0}.langs a[aria-current]{font-weight:700;text-decoration:none;color:var(--fg)}
code{font-size:.9em;background:#f2f2f2;padding:0 .2em;border-radius:3px;overflow-wrap:anywhere}pre{white-space:pre-wrap;background:#f6f6f6;padding:.75rem;border:1px solid var(--line);overflow-wrap:anywhere}
.ok{color:var(--ok);font-weight:600}.warn{color:var(--warn);font-weight:600}.crumbs{color:var(--muted)}.help{color:var(--muted);font-size:.9rem;margin:.2rem 0 0}
.error{color:var(--err);font-weight:600;margin:.2rem 0 0}.error:empty{display:none}[aria-invalid=true]{border-color:var(--err);border-width:2px}
fieldset{border:1px solid var(--line);margin:1rem 0;padding:.5rem 1rem}.field{margin:.75rem 0}label{display:block;font-weight:600}
input,select,textarea{font:inherit;padding:.35rem;border:1px solid #767676;border-radius:3px;width:100%;max-width:24rem}textarea{width:100%}
button{font:inherit;padding:.4rem .9rem;border:1px solid #1d4ed8;background:#1d4ed8;color:#fff;border-radius:3px;cursor:pointer}button[type=button]{background:#fff;color:#1d4ed8}
.tag{font-size:.85rem;color:var(--ok)}.timeline{margin:.25rem 0}.cols{columns:2 18rem}dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:600}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid var(--line);padding:.3rem .6rem;text-align:left}td{text-align:right}
legend{font-weight:600;padding:0 .25rem}fieldset fieldset{margin:.75rem 0}fieldset.row{background:#fafafa}
.check{display:flex;gap:.5rem;align-items:center;margin:.25rem 0}.check input{width:auto;margin:0}.check label{display:inline;font-weight:400}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.st-holds{color:var(--ok)}.st-fails{color:var(--err)}.st-unknown{color:var(--warn)}
@media (max-width:40rem){dl{grid-template-columns:1fr}.cols{columns:1}h1{font-size:1.5rem}}`;
writeFileSync(join(out, "style.css"), `${CSS}\n`);

const pages: PageRef[] = [
  { kind: "start" },
  ...RULES.map((r): PageRef => ({ kind: "rule", id: r.id })),
  ...ALL_PARAMETERS.map((p): PageRef => ({ kind: "parameter", id: p.id })),
  { kind: "bibliography" },
  { kind: "whatif" },
];

for (const p of pages) {
  const fn = p.kind === "rule" ? FUNCTIONS.find((f) => f.rule === p.id) : undefined;
  const schemas = fn
    ? {
        input: inputJsonSchema(fn) as Schema,
        options: optionsJsonSchema(fn) as Schema,
        // The examples: the rule's vectors that expect a decision, not an error.
        vectors: VECTORS.filter((v) => v.rule === fn.rule && !isExpectedError(v.expected)),
      }
    : undefined;
  const main = pageHtml("nb", p, schemas);
  const h1 = /<h1>(.*?)<\/h1>/s.exec(main)?.[1]?.replace(/<[^>]+>/g, "") ?? "ungrett";
  const html = `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${esc(h1)} — ungrett</title>
<link rel="stylesheet" href="style.css" />
</head>
<body data-page="${esc(JSON.stringify(p))}">
<a class="skip" href="#main">${WORDS.nb.skip}</a>
<header><p><a href="index.html"><strong>ungrett</strong></a></p><div id="langs">${langSwitch("nb", p)}</div></header>
<main id="main" tabindex="-1">
${main}
</main>
${schemas ? `<script type="application/json" id="schemas">${JSON.stringify(schemas).replace(/</g, "\\u003c")}</script>\n` : ""}<script src="app.js"></script>
</body>
</html>
`;
  writeFileSync(join(out, fileOf(p)), html);
}

const size = readdirSync(out, { recursive: true }).reduce(
  (n, f) => n + (statSync(join(out, String(f))).isFile() ? statSync(join(out, String(f))).size : 0),
  0,
);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `docs/site: ${pages.length} pages (${RULES.length} rules, ${ALL_PARAMETERS.length} parameters, start, bibliography, OT age-limit what-if), ${FUNCTIONS.length} try-it forms, ${(size / 1024).toFixed(0)} kB, built in ${seconds} s`,
);
