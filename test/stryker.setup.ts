// Mutation runs only: fewer fast-check runs per property, so thousands of mutants fit in
// the time budget. The normal suite keeps fast-check's defaults.
import fc from "fast-check";

fc.configureGlobal({ numRuns: 25 });
