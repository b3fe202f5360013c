import type { Citation } from '../core/citation.js';
import { parseInput } from '../core/errors.js';
import {
  defineRuleSpec,
  openEvaluation,
  type EvaluationOptions,
  type RuleResult,
} from '../core/evaluation.js';
import { deepFreeze } from '../core/freeze.js';
import { findRegion, isPlaceWithin, PAIRINGS, type PairingKind, type Region } from '../regions/index.js';
import { FINANCE_CITATIONS as C } from './citations.js';
import { EAST_WEST_HELPERS, EAST_WEST_RECIPIENTS } from './params.js';
import { placeFor } from './place.js';
import { FINANCE_RULE_IDS } from './rules.js';
import { assistancePairsQuerySchema, placeSchema, type AssistancePairsQuery } from './schema.js';

/** One helper and one recipient of 专栏7, 8 or 9 (a row with two helpers is two pairs). */
export interface AssistancePair {
  readonly box: 7 | 8 | 9;
  readonly kind: PairingKind;
  readonly helperId: string;
  readonly helper: string;
  readonly recipientId: string;
  readonly recipient: string;
  /** The groups the box pairs (宁波市 → 延边州, 长春市 → 白城市, 吉林市 → 白山市). */
  readonly helperGroupId: string;
  readonly recipientGroupId: string;
  readonly citation: Citation;
}

/** A place at one end of a pair. */
export interface PairEnd {
  readonly id: string;
  readonly name: string;
}

/** Every helper–recipient pair of 专栏7, 专栏8 and 专栏9, in box order: 5 + 3 + 9 = 17. */
export const ASSISTANCE_PAIRS: readonly AssistancePair[] = deepFreeze(
  PAIRINGS.flatMap((p) =>
    p.helperIds.map((helperId): AssistancePair => ({
      box: p.box,
      kind: p.kind,
      helperId,
      helper: findRegion(helperId).name,
      recipientId: p.recipientId,
      recipient: findRegion(p.recipientId).name,
      helperGroupId: p.helperGroupId,
      recipientGroupId: p.recipientGroupId,
      citation: p.citation,
    })),
  ),
);

/** Whether `id` is `place` or lies within it. */
function atOrWithin(id: string, place: Region): boolean {
  return id === place.id || isPlaceWithin(id, place.id);
}

function ends(ids: readonly string[]): readonly PairEnd[] {
  return deepFreeze([...new Set(ids)].map((id) => ({ id, name: findRegion(id).name })));
}

/**
 * Who helps `place`: the helpers of every pair whose recipient is `place` or lies within it (靖宇县 → the eight
 * units of 吉林市 in 专栏9). The inverse of {@link recipientsOf}.
 *
 * @throws PolicyInputError (rule `finance.pairings`, path `place`) for an unknown or ambiguous place.
 * @example
 * ```ts
 * helpersFor('安图县').map((h) => h.name) //=> ['宁海县', '奉化区']
 * ```
 */
export function helpersFor(place: string): readonly PairEnd[] {
  const region = placeFor(
    FINANCE_RULE_IDS.pairings,
    'place',
    parseInput(FINANCE_RULE_IDS.pairings, placeSchema, place, 'place'),
  );
  return ends(ASSISTANCE_PAIRS.filter((p) => atOrWithin(p.recipientId, region)).map((p) => p.helperId));
}

/**
 * Whom `place` helps: the recipients of every pair whose helper is `place` or lies within it (长春市 → 镇赉县,
 * 通榆县, 大安市). The inverse of {@link helpersFor}.
 *
 * @throws PolicyInputError (rule `finance.pairings`, path `place`) for an unknown or ambiguous place.
 * @example
 * ```ts
 * recipientsOf('桦甸市').map((r) => r.name) //=> ['濛江乡']
 * ```
 */
export function recipientsOf(place: string): readonly PairEnd[] {
  const region = placeFor(
    FINANCE_RULE_IDS.pairings,
    'place',
    parseInput(FINANCE_RULE_IDS.pairings, placeSchema, place, 'place'),
  );
  return ends(ASSISTANCE_PAIRS.filter((p) => atOrWithin(p.helperId, region)).map((p) => p.recipientId));
}

/** The result of {@link assistancePairs}. */
export interface AssistancePairList {
  /** The place asked about (its registry name), or null for every pair. */
  readonly place: string | null;
  readonly pairs: readonly AssistancePair[];
  /** 专栏7 counted against the text's “宁波市5县（市、区）与延边州4县（市）”. */
  readonly eastWest: {
    readonly helpers: number;
    readonly recipients: number;
    readonly statedHelpers: number;
    readonly statedRecipients: number;
    readonly agrees: boolean;
  };
}

const SPEC = defineRuleSpec({
  ruleId: FINANCE_RULE_IDS.pairings,
  citations: [C.box7, C.box8, C.box9, C.eastWestCounts, C.intraProvincial],
  params: [EAST_WEST_HELPERS, EAST_WEST_RECIPIENTS],
  interpretations: [],
});

/**
 * The helper–recipient pairs of 专栏7–9: all of them, or those of a province, prefecture or county (a pair counts
 * where either end is the place or lies within it: 浙江省 gives 专栏7, 吉林市 专栏9, 吉林省 every pair), with the
 * check that 专栏7 pairs 5 units of 宁波市 with 4 of 延边州 as the text says.
 *
 * @throws PolicyInputError for input that is not `{ place? }`, or an unknown or ambiguous place (path `place`).
 * @example
 * ```ts
 * assistancePairs({ place: '白城市' }).pairs.length //=> 3
 * assistancePairs().eastWest.agrees //=> true (5 and 4)
 * ```
 */
export function assistancePairs(
  query?: AssistancePairsQuery,
  options?: EvaluationOptions,
): RuleResult<AssistancePairList> {
  const input = parseInput(SPEC.ruleId, assistancePairsQuerySchema, query);
  const region = input?.place === undefined ? null : placeFor(SPEC.ruleId, 'place', input.place);
  const ctx = openEvaluation(SPEC, options, null);
  const pairs = ASSISTANCE_PAIRS.filter(
    (p) => region === null || atOrWithin(p.helperId, region) || atOrWithin(p.recipientId, region),
  );
  const box7 = ASSISTANCE_PAIRS.filter((p) => p.box === 7);
  const helpers = new Set(box7.map((p) => p.helperId)).size;
  const recipients = new Set(box7.map((p) => p.recipientId)).size;
  const statedHelpers = ctx.integer(EAST_WEST_HELPERS);
  const statedRecipients = ctx.integer(EAST_WEST_RECIPIENTS);
  const agrees = helpers === statedHelpers && recipients === statedRecipients;
  ctx.step({
    citations: [C.eastWestCounts, C.box7],
    params: [EAST_WEST_HELPERS, EAST_WEST_RECIPIENTS],
    inputs: { helpers, recipients },
    value: agrees,
    zh: `专栏7：宁波市 ${helpers} 个、延边州 ${recipients} 个单位；正文：${ctx.show(EAST_WEST_HELPERS, 'zh')}、${ctx.show(EAST_WEST_RECIPIENTS, 'zh')}（${agrees ? '一致' : '不一致'}）`,
    en: `box 7: ${helpers} units of Ningbo, ${recipients} of Yanbian; the text: ${ctx.show(EAST_WEST_HELPERS, 'en')} and ${ctx.show(EAST_WEST_RECIPIENTS, 'en')} (${agrees ? 'agree' : 'disagree'})`,
  });
  ctx.step({
    citations: [C.box7, C.box8, C.box9],
    inputs: { place: region?.name ?? null },
    value: pairs.length,
    zh: `${region === null ? '全部' : region.name}结对 ${pairs.length} 对`,
    en: `${pairs.length} ${pairs.length === 1 ? 'pair' : 'pairs'}${region === null ? ' in all' : ` involving ${region.nameEn}`}`,
  });
  return ctx.finish({
    place: region?.name ?? null,
    pairs,
    eastWest: { helpers, recipients, statedHelpers, statedRecipients, agrees },
  });
}
