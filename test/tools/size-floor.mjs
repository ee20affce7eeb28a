/**
 * `npm run size:floor`: how small the size-limit entries could get, measured rather than
 * guessed. For each entry it bundles the import as size-limit does (esbuild, ESM,
 * minified), then reports:
 *   - the bundle, gzipped;
 *   - the same bundle with every string literal longer than 20 characters emptied (what
 *     is left if all texts moved elsewhere: the code alone);
 *   - zod/mini's share, gzipped on its own;
 *   - the largest inputs.
 * Needs `npm run build` first.
 */
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import ts from "typescript";

const ENTRIES = [
  ["otTargetGroup from ungrett/ot", "dist/esm/ot/index.js", "{ otTargetGroup }"],
  ["otTargetGroup and explain from ungrett/ot (Bokmål)", "dist/esm/ot/index.js", "{ otTargetGroup, explain }"],
  ["the whole library", "dist/esm/index.js", "*"],
  [
    "zod/mini: the parts the OT input and options schemas use",
    "node_modules/zod/v4/mini/index.js",
    "{ strictObject, optional, nullable, boolean, int, string, enum as enum_, check, regex, refine, minimum, maximum, safeParse, record, unknown }",
  ],
];

const kb = (n) => `${(n / 1000).toFixed(1)} kB`;

async function bundle(path, names) {
  const r = await build({
    stdin: { contents: `export ${names} from "${process.cwd()}/${path}";`, resolveDir: process.cwd(), loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    metafile: true,
    platform: "browser",
    logLevel: "silent",
  });
  const [output] = Object.values(r.metafile.outputs);
  return { text: r.outputFiles[0].text, inputs: output.inputs };
}

/** The bundle with every string or template literal of more than 20 characters emptied. */
function withoutTexts(text) {
  const sf = ts.createSourceFile("b.js", text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const cuts = [];
  const visit = (n) => {
    if ((ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && n.text.length > 20) {
      cuts.push([n.getStart(sf), n.end]);
    } else if (ts.isTemplateExpression(n)) {
      const len = n.head.text.length + n.templateSpans.reduce((a, s) => a + s.literal.text.length, 0);
      if (len > 20) cuts.push([n.getStart(sf), n.end]);
      else ts.forEachChild(n, visit);
    } else ts.forEachChild(n, visit);
  };
  visit(sf);
  let out = "";
  let last = 0;
  for (const [a, b] of cuts) {
    out += `${text.slice(last, a)}""`;
    last = b;
  }
  return out + text.slice(last);
}

for (const [label, path, names] of ENTRIES) {
  const { text, inputs } = await bundle(path, names);
  const zodBytes = Object.entries(inputs)
    .filter(([k]) => k.includes("node_modules/zod/"))
    .reduce((a, [, v]) => a + v.bytesInOutput, 0);
  console.log(`\n${label}`);
  console.log(`  minified ${kb(text.length)}, gzipped ${kb(gzipSync(text).length)}`);
  console.log(`  without string literals over 20 characters: gzipped ${kb(gzipSync(withoutTexts(text)).length)}`);
  console.log(
    `  zod's share of the minified bundle: ${kb(zodBytes)} (${Math.round((100 * zodBytes) / text.length)} %)`,
  );
  const top = Object.entries(inputs)
    .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
    .slice(0, 5)
    .map(([k, v]) => `${k.replace(/.*node_modules\//, "")} ${kb(v.bytesInOutput)}`);
  console.log(`  largest inputs (minified): ${top.join(", ")}`);
}
