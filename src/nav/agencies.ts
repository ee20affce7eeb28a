import type { Source } from "../core/types.js";

/**
 * The agencies the report names as NAV's partners: «videregående skoler,
 * oppfølgingstjenesten, tiltaksleverandører, lokale bedrifter i ordinært arbeidsliv,
 * barnevern, psykisk helsetjenester, PPT og politi», with the municipal social support in
 * NAV, NAV itself, substance-use services («rustiltak») and the outreach service
 * («oppsøkende tjeneste»), which it names elsewhere.
 */
export type NavAgency =
  | "nav-municipal-social"
  | "nav"
  | "upper-secondary-school"
  | "ot"
  | "employers"
  | "providers"
  | "child-welfare"
  | "mental-health-services"
  | "ppt"
  | "police"
  | "substance-use-services"
  | "outreach-service";

/** Every agency, in the order lists of partners use. */
export const NAV_AGENCIES: readonly NavAgency[] = [
  "nav-municipal-social",
  "nav",
  "upper-secondary-school",
  "ot",
  "employers",
  "providers",
  "child-welfare",
  "mental-health-services",
  "ppt",
  "police",
  "substance-use-services",
  "outreach-service",
];

/**
 * How much an agency matters: `central`, `relevant`, or `less-central` (the report's «en
 * mindre sentral rolle» for schools and OT from age 20).
 */
export type NavRole = "central" | "relevant" | "less-central";

/** Every role, strongest first. */
export const NAV_ROLES: readonly NavRole[] = ["central", "relevant", "less-central"];

/** One agency a rule names, with how much it matters and the words it rests on. */
export type NavPartnerEntry = {
  readonly agency: NavAgency;
  readonly role: NavRole;
  readonly source: Source;
};
