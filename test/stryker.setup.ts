// Mutation runs only: fewer fast-check runs per property, so thousands of mutants fit in
// the time budget. The normal suite keeps fast-check's defaults.
import fc from "fast-check";

fc.configureGlobal({ numRuns: 25 });

// Tests of facts about dependencies on Node's default stack check this flag.
(globalThis as { __mutationRun?: boolean }).__mutationRun = true;
