/**
 * Kept only for `core/explain.ts`, which imports `VersionDef` from here until its rewrite;
 * the rule-set versions live in `core/rule-versions.ts` (the library's own version is
 * `core/library-version.ts`). Delete this file once nothing imports it.
 */
export type { VersionDef } from "./rule-versions.js";
