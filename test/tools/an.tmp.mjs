import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const [path, names] = process.argv.slice(2);
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
const [o] = Object.values(r.metafile.outputs);
console.log("gz", gzipSync(r.outputFiles[0].text).length);
for (const [k, v] of Object.entries(o.inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput))
  console.log(v.bytesInOutput, k);
