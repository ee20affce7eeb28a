/**
 * Sources as decisions carry them. The bibliography (`bibliography.ts`: every document,
 * every citation, whether and where its text was read) stays out of decision paths; a
 * decision reads only the compact generated table `citations.ts`.
 */
import { CITES } from "./citations.js";
import type { Source, SourceRef } from "./types.js";

/** The id of a citation in the bibliography. */
export type CitationId = keyof typeof CITES;

/** The ids of every citation, for checking a definition's `ref`. */
export const CITATION_IDS = /* @__PURE__ */ Object.freeze(Object.keys(CITES) as CitationId[]);

/**
 * A source as decisions carry it: the citation's id, its text, whether it was verified,
 * and the locator (the words it rests on). Frozen, so decisions can share it.
 */
export function cite(ref: CitationId, locator?: string): Source {
  const [text, verified] = CITES[ref];
  const base = { ref, cite: text, verified: verified === 1 };
  return Object.freeze(locator === undefined ? base : { ...base, locator });
}

/** Resolves a source reference from a definition into the form decisions carry. */
export const resolveSource = (s: SourceRef): Source => cite(s.ref, s.locator);
