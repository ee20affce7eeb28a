import type { AreaName, AreaTexts, RulebookTexts, Texts } from "../../src/core/texts.js";
import type { Locale } from "../../src/core/types.js";
import { en, enRulebook } from "../../src/locale/en.js";
import { nb, nbRulebook } from "../../src/locale/nb.js";
import { nn, nnRulebook } from "../../src/locale/nn.js";

/** Every language's texts, by code. */
export const TEXTS: Readonly<Record<Locale, Texts>> = { nb, nn, en };
const BOOKS: Readonly<Record<Locale, Readonly<Record<AreaName, RulebookTexts>>>> = {
  nb: nbRulebook,
  nn: nnRulebook,
  en: enRulebook,
};

const areaName = (id: string): AreaName => id.split(/[.-]/)[0] as AreaName;

/** One area's texts in one language. */
export const areaTexts = (area: string, l: Locale): AreaTexts => TEXTS[l][area as AreaName] as AreaTexts;

/** Everything the catalogues say of a rule, in one language. */
export function ruleWords(
  id: string,
  l: Locale,
): { title: string; summary: string; strengthNote?: string; interpretation?: string } {
  const a = areaName(id);
  const t = areaTexts(a, l).rules[id];
  const b = BOOKS[l][a].rules[id];
  if (t === undefined || b === undefined) throw new Error(`no texts for rule ${id} in ${l}`);
  return { ...t, ...b };
}

/** Everything the catalogues say of a parameter, in one language. */
export function parameterWords(id: string, l: Locale): { title: string; interpretation?: string } {
  if (id.startsWith("core.")) {
    const t = TEXTS[l].core.parameters[id];
    if (t === undefined) throw new Error(`no texts for parameter ${id} in ${l}`);
    return t;
  }
  const a = areaName(id);
  const t = areaTexts(a, l).parameters[id];
  if (t === undefined) throw new Error(`no texts for parameter ${id} in ${l}`);
  const b = BOOKS[l][a].parameters[id];
  return b === undefined ? t : { ...t, ...b };
}
