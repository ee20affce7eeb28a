/**
 * The try-it form's help texts in each language. The English is the input and options
 * schemas' own descriptions (src/, also shipped as JSON Schema); Bokmål and Nynorsk are
 * looked up by that English text in help-nb.ts and help-nn.ts. test/site/help.test.ts
 * fails when a description has no translation or a translation has no description left.
 */
import { NB } from "./help-nb.js";
import { NN } from "./help-nn.js";
import type { Lang } from "./words.js";

export const HELP: Readonly<Record<"nb" | "nn", Readonly<Record<string, string>>>> = { nb: NB, nn: NN };

/** A schema description in `lang`; the English where a translation is missing (the test forbids that). */
export function helpText(lang: Lang, english: string): string {
  if (lang === "en") return english;
  const table = HELP[lang];
  return Object.hasOwn(table, english) ? (table[english] as string) : english;
}
