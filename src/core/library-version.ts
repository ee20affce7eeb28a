/** The library's version, recorded in every decision. A test keeps it equal to package.json. */
export const LIBRARY_VERSION = "0.1.0";

/** The decision format. Bumped only when a stored decision could no longer be read the same way. */
export const DECISION_FORMAT = "ungrett.decision/2";
