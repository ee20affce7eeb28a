/**
 * Placeholder until the nav area lands.
 * @module nav
 */
export {};
