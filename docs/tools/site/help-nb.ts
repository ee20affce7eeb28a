/** The schemas' field descriptions in Bokmål, keyed by their English text (see help.ts). */
export const NB: Readonly<Record<string, string>> = {};
