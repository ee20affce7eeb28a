import { defineParameter } from "./parameters.js";
import { monthDaySchema } from "./schema.js";

/** The first day of the school year (skoleår), as `MM-DD`; it ends the day before. */
export const SCHOOL_YEAR_START = /* @__PURE__ */ defineParameter<string>({
  id: "core.school-year-start",
  unit: "month-day",
  strength: "guidance",
  sources: [{ ref: "udir-ot-statuskoder", locator: "rapporteringsåret 1. august–31. juli" }],
  schema: monthDaySchema,
  values: [{ from: "2006-08-01", value: "08-01" }],
});
