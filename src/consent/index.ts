/**
 * Placeholder until the consent area lands.
 * @module consent
 */
export {};
