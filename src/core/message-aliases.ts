import type { AreaMessages, Catalogue, Msg } from "./explain.js";
import { deepFreeze } from "./freeze.js";
import type { Facts } from "./types.js";

/** A message under a key (new or existing) that formats with the message of key `from`, on facts renamed back. */
export type MessageAlias<K extends string> = {
  readonly from: K;
  /** The facts as the message of `from` reads them; the decision's own when absent. */
  readonly facts?: (facts: Facts) => Facts;
};

/**
 * An area's messages with aliases added: the bridge while a rule's outcome or detail names
 * change before its catalogues are rewritten. Every locale gets each alias; the area's own
 * messages are not changed.
 */
export function withMessageAliases<K extends string, A extends string>(
  messages: AreaMessages<K>,
  aliases: Readonly<Record<A, MessageAlias<K>>>,
): AreaMessages<K | A> {
  const alias = (catalogue: Catalogue<K>): Catalogue<K | A> => {
    const out: Record<string, Msg> = { ...catalogue };
    for (const [key, { from, facts }] of Object.entries(aliases) as [A, MessageAlias<K>][]) {
      const msg = catalogue[from];
      out[key] = facts === undefined ? msg : (x, f) => msg(facts(x), f);
    }
    return out as Catalogue<K | A>;
  };
  return deepFreeze({
    ...messages,
    catalogues: {
      nb: alias(messages.catalogues.nb),
      nn: alias(messages.catalogues.nn),
      en: alias(messages.catalogues.en),
    },
  });
}
