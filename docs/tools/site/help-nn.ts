/** The schemas' field descriptions in Nynorsk, keyed by their English text (see help.ts). */
export const NN: Readonly<Record<string, string>> = {};
