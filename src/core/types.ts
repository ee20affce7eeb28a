import type { CitationId } from "./sources.js";

/** An ISO 8601 calendar date, `YYYY-MM-DD`. Never an instant: no time, no zone. */
export type IsoDate = string;

/** How binding a norm is. Every reason and every explanation states it. */
export type Strength = "statute" | "regulation" | "guidance" | "recommendation" | "estimate";

/** Every strength, weakest last. */
export const STRENGTHS: readonly Strength[] = ["statute", "regulation", "guidance", "recommendation", "estimate"];

/** The outcome of one condition in a decision's trace (fp-nare's JA / NEI / IKKE_VURDERT). */
export type Status = "holds" | "fails" | "unknown";

/** A status that is decided: the condition holds or fails. */
export type Settled = Exclude<Status, "unknown">;

/** The languages explanations are written in. */
export type Locale = "nb" | "nn" | "en";

/** Every locale the library ships a catalogue for. */
export const LOCALES: readonly Locale[] = ["nb", "nn", "en"];

/** A text in every locale. */
export type Localized = Readonly<Record<Locale, string>>;

/**
 * Where a norm comes from, as a definition writes it: a citation from the bibliography
 * (`src/core/sources.ts`) by id, and the few words it rests on.
 */
export interface SourceRef {
  /** The citation's id in the bibliography: `opplaringslova-1998/3-6`. */
  readonly ref: CitationId;
  /** Where in the document: a quote, a heading or a page. */
  readonly locator?: string;
}

/**
 * Where a norm comes from, as a decision carries it: the citation's id, the citation as
 * a caseworker reads it, whether its text was verified, and the words it rests on.
 */
export type Source = {
  /** The citation's id in the bibliography: `opplaringslova-1998/3-6`. */
  readonly ref: string;
  /** The citation: `opplæringslova (1998) § 3-6`. */
  readonly cite: string;
  /** Whether the cited text was read (the bibliography says where). */
  readonly verified: boolean;
  /** Where in the document: a quote, a heading or a page. */
  readonly locator?: string;
};

/** A JSON value: what facts, outcomes and details are made of. */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [k: string]: Json };

/** The facts a condition read, by input field name. */
export type Facts = { readonly [field: string]: Json };
