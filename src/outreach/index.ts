/**
 * Placeholder until the outreach area lands.
 * @module outreach
 */
export {};
