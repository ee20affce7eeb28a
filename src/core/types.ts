/** An ISO 8601 calendar date, `YYYY-MM-DD`. Never an instant: no time, no zone. */
export type IsoDate = string;

/** How binding a norm is. Every reason and every explanation states it. */
export type Strength = "statute" | "regulation" | "guidance" | "recommendation" | "estimate";

/** Every strength, weakest last. */
export const STRENGTHS: readonly Strength[] = ["statute", "regulation", "guidance", "recommendation", "estimate"];

/** The outcome of one condition in a decision's trace (fp-nare's JA / NEI / IKKE_VURDERT). */
export type Status = "holds" | "fails" | "unknown";

/** The languages explanations are written in. */
export type Locale = "nb" | "nn" | "en";

/** Every locale the library ships a catalogue for. */
export const LOCALES: readonly Locale[] = ["nb", "nn", "en"];

/** A text in every locale. */
export type Localized = Readonly<Record<Locale, string>>;

/**
 * Where a norm comes from: a seed document (`seed:002_60fbc2100704215b.txt`) or a
 * statute / regulation / guidance paragraph (`opplæringslova 2023 § 9-4`), with the
 * few words it rests on.
 */
export interface Source {
  readonly ref: string;
  readonly locator?: string;
}

/** A JSON value: what facts, outcomes and details are made of. */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [k: string]: Json };

/** The facts a condition read, by input field name. */
export type Facts = { readonly [field: string]: Json };
