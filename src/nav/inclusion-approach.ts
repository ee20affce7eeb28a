import type { Decision } from "../core/decision.js";
import type { EvaluationOptions } from "../core/evaluation.js";
import { defineRule } from "../core/rule.js";
import type { Localized } from "../core/types.js";
import { NAV } from "./area.js";
import { advisory, type NavAdvisory } from "./common.js";
import { type NavFollowUpModel, type NavInclusionApproachInput, navInclusionSchema } from "./schemas.js";

/** `nav.inclusion-approach`: sheltered, gradual or integrated; and the follow-up models that fit each. */
export const NAV_INCLUSION_APPROACH = defineRule({
  id: "nav.inclusion-approach",
  area: "nav",
  strength: "recommendation",
  sources: [
    {
      ref: "afi-tipshefte-2016",
      locator:
        "«Man kan skille mellom tre hovedtilnærminger til inkludering: a) skjermet, b) opprustning med gradvis inkludering, eller c) integrert tilnærming med rask oppstart i ordinært løp.» … «Vi anbefaler at inkluderingsarbeid overfor ungdom utvikles i tråd med en integrert tilnærming.»",
    },
    {
      ref: "afi-tipshefte-2016",
      locator:
        "«Både losmodellen og motivasjonsmodellen ser ut til å kunne bidra til rask inkludering i ordinær skole eller arbeid for ungdom, altså inkludering etter integrert tilnærming. Modningsmodellen faller inn under skjermet tilnærming eller opprustning.»",
    },
  ],
  parameters: [],
  evaluatedBy: "navInclusionApproach",
});

/** The three approaches to inclusion. */
export type NavInclusionApproach = "sheltered" | "gradual" | "integrated";

/** An inclusion approach as data: its order of training and placing, and whether the report recommends it. */
export type NavInclusionApproachInfo = {
  readonly id: NavInclusionApproach;
  /** `train-place` (prepare first), `place-train` (place first, then support), or `null` (sheltered: no ordinary placement). */
  readonly order: "train-place" | "place-train" | null;
  readonly recommended: boolean;
  readonly title: Localized;
};

/** The three approaches, as the report describes them. */
export const NAV_INCLUSION_APPROACHES: Readonly<Record<NavInclusionApproach, NavInclusionApproachInfo>> = {
  sheltered: {
    id: "sheltered",
    order: null,
    recommended: false,
    title: { nb: "skjermet tilnærming", nn: "skjerma tilnærming", en: "sheltered approach" },
  },
  gradual: {
    id: "gradual",
    order: "train-place",
    recommended: false,
    title: {
      nb: "opprustning med gradvis inkludering (train–place)",
      nn: "opprusting med gradvis inkludering (train–place)",
      en: "gradual inclusion after preparation (train–place)",
    },
  },
  integrated: {
    id: "integrated",
    order: "place-train",
    recommended: true,
    title: {
      nb: "integrert tilnærming med rask oppstart i ordinært løp (place–train)",
      nn: "integrert tilnærming med rask oppstart i ordinært løp (place–train)",
      en: "integrated approach with a quick start in an ordinary path (place–train)",
    },
  },
};

/** A follow-up model as data: the approaches it fits and the strengths and weaknesses the report lists. */
export type NavFollowUpModelInfo = {
  readonly id: NavFollowUpModel;
  readonly title: Localized;
  readonly fits: readonly NavInclusionApproach[];
  readonly strengths: readonly Localized[];
  readonly weaknesses: readonly Localized[];
};

/** The report's three ideal types of follow-up («Idealtyper for oppfølging»). */
export const NAV_FOLLOW_UP_MODELS: Readonly<Record<NavFollowUpModel, NavFollowUpModelInfo>> = {
  los: {
    id: "los",
    title: { nb: "losmodellen", nn: "losmodellen", en: "the los (pilot) model" },
    fits: ["integrated"],
    strengths: [
      {
        nb: "muligheter for individuell tilpasning og skreddersøm",
        nn: "høve til individuell tilpassing og skreddarsaum",
        en: "room for individual tailoring",
      },
      { nb: "oppfølging i ordinære løp", nn: "oppfølging i ordinære løp", en: "follow-up in ordinary paths" },
      { nb: "oppfølging over lang tid", nn: "oppfølging over lang tid", en: "follow-up over a long time" },
      {
        nb: "oppfølging av både ungdommer, skole og arbeidsplass",
        nn: "oppfølging av både ungdommar, skule og arbeidsplass",
        en: "follow-up of young people, school and workplace alike",
      },
    ],
    weaknesses: [
      {
        nb: "person- og relasjonsavhengig",
        nn: "person- og relasjonsavhengig",
        en: "depends on persons and relations",
      },
      { nb: "utfordrende kompetansemessig", nn: "utfordrande kompetansemessig", en: "demanding in competence" },
    ],
  },
  motivation: {
    id: "motivation",
    title: { nb: "motivasjonsmodellen", nn: "motivasjonsmodellen", en: "the motivation model" },
    fits: ["integrated"],
    strengths: [
      {
        nb: "motivasjon ut fra felles allianse med andre unge",
        nn: "motivasjon ut frå felles allianse med andre unge",
        en: "motivation from an alliance with other young people",
      },
      {
        nb: "unge vokser i samvær med andre i samme situasjon (likemannsprinsippet)",
        nn: "unge veks i samvær med andre i same situasjon (likemannsprinsippet)",
        en: "young people grow with others in the same situation (the peer principle)",
      },
    ],
    weaknesses: [
      {
        nb: "kan gi oppfølging av kortere varighet",
        nn: "kan gi oppfølging av kortare varigheit",
        en: "may mean follow-up of shorter duration",
      },
      {
        nb: "ikke alle tør å delta i en gruppe",
        nn: "ikkje alle tør å delta i ei gruppe",
        en: "not everyone dares to join a group",
      },
    ],
  },
  maturation: {
    id: "maturation",
    title: { nb: "modningsmodellen", nn: "modningsmodellen", en: "the maturation model" },
    fits: ["sheltered", "gradual"],
    strengths: [
      {
        nb: "god tid til å finne trygghet og bygge relasjoner",
        nn: "god tid til å finne tryggleik og byggje relasjonar",
        en: "time to feel safe and build relations",
      },
      { nb: "tid til å modnes", nn: "tid til å modnast", en: "time to mature" },
    ],
    weaknesses: [
      {
        nb: "lang tid før inkludering i ordinære løp med reelle og meningsfulle oppgaver",
        nn: "lang tid før inkludering i ordinære løp med reelle og meiningsfulle oppgåver",
        en: "a long time before inclusion in ordinary paths with real and meaningful tasks",
      },
      {
        nb: "unge flest vil være normale og ha vanlige jobber",
        nn: "dei fleste unge vil vere normale og ha vanlege jobbar",
        en: "most young people want to be normal and have ordinary jobs",
      },
    ],
  },
};

/** The outcomes of `navInclusionApproach`. */
export type NavInclusionApproachOutcome = "integrated" | "sheltered-or-gradual" | "unknown";

/** What `navInclusionApproach` reports beside the outcome. */
export type NavInclusionApproachDetails = NavAdvisory & {
  readonly model: NavFollowUpModel | null;
  /** The approaches the model fits (empty when the model is unknown). */
  readonly approaches: readonly NavInclusionApproach[];
  /** Whether the model fits the recommended (integrated) approach; `null` when unknown. */
  readonly recommended: boolean | null;
};

/**
 * The inclusion approach a follow-up model belongs to: the los (pilot) model and the
 * motivation model fit the `integrated` approach (place–train, the one the report
 * recommends); the maturation model is `sheltered-or-gradual` (train–place). The
 * approaches and models are also exported as data. A recommendation, not law.
 * Rule `nav.inclusion-approach`.
 *
 * @example
 * navInclusionApproach({ model: "maturation" }, { asOf: "2026-03-02" })
 * // outcome "sheltered-or-gradual", details.recommended false
 */
export function navInclusionApproach(
  input: NavInclusionApproachInput,
  options: EvaluationOptions,
): Decision<NavInclusionApproachOutcome, NavInclusionApproachDetails> {
  const { ev, input: i } = NAV.begin("navInclusionApproach", navInclusionSchema, input, options);
  const rule = NAV_INCLUSION_APPROACH;
  const model = i.model ?? null;
  const approaches = model === null ? [] : NAV_FOLLOW_UP_MODELS[model].fits.slice();
  const recommended = model === null ? null : approaches.some((a) => NAV_INCLUSION_APPROACHES[a].recommended);
  const reason = ev.reason(
    rule,
    "integrated",
    recommended === null ? "unknown" : recommended ? "holds" : "fails",
    { model, approaches: approaches.slice() },
    ["model"],
  );
  const outcome: NavInclusionApproachOutcome =
    recommended === null ? "unknown" : recommended ? "integrated" : "sheltered-or-gradual";
  return ev.decide(rule, outcome, [reason], model === null ? ["model"] : [], {
    ...advisory(rule.strength),
    model,
    approaches,
    recommended,
  });
}
