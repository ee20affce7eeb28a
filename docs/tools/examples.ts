/**
 * Worked examples in the Markdown guides, generated from the library so they cannot go
 * stale. A guide writes the call as a comment and an empty block after it:
 *
 *     <!-- explain {"function":"otTargetGroup","input":{…},"asOf":"2026-04-15"} nb -->
 *     ```text
 *     ```
 *
 * and `npm run docs` fills the block with `explain(decision, "nb")`. `decision` instead of
 * `explain` fills a ```json block with the decision itself. `npm test` fails when a block
 * does not match what the library returns.
 */
import { explain, FUNCTIONS } from "../../src/index.js";
import { en } from "../../src/locale/en.js";
import { nb } from "../../src/locale/nb.js";
import { nn } from "../../src/locale/nn.js";

type Spec = {
  function: string;
  input: unknown;
  asOf: string;
  version?: string;
  parameters?: Record<string, unknown>;
};

const BLOCK = /<!-- (explain|decision) (\{.*?\})(?: (nb|nn|en))? -->\n```(text|json)\n[\s\S]*?```/g;

function decide(spec: Spec) {
  const entry = FUNCTIONS.find((f) => f.name === spec.function);
  if (entry === undefined) throw new Error(`docs example: no function ${spec.function}`);
  const options = {
    asOf: spec.asOf,
    ...(spec.version === undefined ? {} : { version: spec.version }),
    ...(spec.parameters === undefined ? {} : { parameters: spec.parameters }),
  };
  return entry.evaluate(spec.input as never, options as never);
}

/** Fills every example block of a Markdown document from the library. */
export function fillExamples(doc: string): string {
  return doc.replace(BLOCK, (_all, kind: string, json: string, locale: string | undefined) => {
    const spec = JSON.parse(json) as Spec;
    const decision = decide(spec);
    const head = `<!-- ${kind} ${json}${locale ? ` ${locale}` : ""} -->`;
    if (kind === "decision") return `${head}\n\`\`\`json\n${JSON.stringify(decision, null, 2)}\n\`\`\``;
    return `${head}\n\`\`\`text\n${explain(decision, { nb, nn, en }[(locale ?? "nb") as "nb" | "nn" | "en"])}\n\`\`\``;
  });
}
