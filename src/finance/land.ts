import type { Decimal } from 'decimal.js';
import { parseInput } from '../core/errors.js';
import {
  defineRuleSpec,
  openEvaluation,
  type EvaluationOptions,
  type RuleResult,
} from '../core/evaluation.js';
import { isPlaceWithin, NATIONAL_KEY_COUNTIES } from '../regions/index.js';
import { FINANCE_CITATIONS as C } from './citations.js';
import { LAND_QUOTA_MU } from './params.js';
import { placeFor } from './place.js';
import { FINANCE_RULE_IDS } from './rules.js';
import { landQuotaQuerySchema, type LandQuotaQuery } from './schema.js';

/** The result of {@link landQuota}. */
export interface LandQuota {
  /** The place asked about, as the registry names it, and its id. */
  readonly place: string;
  readonly placeId: string;
  /** The national key counties the quota covers: the place itself, or those within it. */
  readonly counties: readonly { readonly id: string; readonly name: string }[];
  /** Quota per county per year, mu. */
  readonly perCountyPerYearMu: Decimal;
  /** Quota of all the counties in one year, mu. */
  readonly perYearMu: Decimal;
  readonly years: number;
  /** Quota over `years` years, mu. */
  readonly totalMu: Decimal;
}

const SPEC = defineRuleSpec({
  ruleId: FINANCE_RULE_IDS.landQuota,
  citations: [C.landQuota],
  params: [LAND_QUOTA_MU],
  interpretations: [],
});

/**
 * The new construction land quota: “对国家扶贫开发工作重点县，每年每县专项安排600亩新增建设用地指标” (chapter 12,
 * section 2). For a national key county, 600 mu a year; for a prefecture or the province, 600 mu × the key counties
 * in it (the province: 8 × 600 = 4800 mu a year); for any other place, none. Places are found through the region
 * registry (names, official names, ids, GB/T 2260 codes).
 *
 * @throws PolicyInputError for an unknown or ambiguous place (path `place`) or a number of years that is not a
 *   whole number from 1 to 100 (path `years`).
 * @example
 * ```ts
 * landQuota({ place: '汪清县' }).totalMu.toString() //=> '600'
 * landQuota({ place: '吉林省', years: 5 }).totalMu.toString() //=> '24000' (8 × 600 × 5)
 * ```
 */
export function landQuota(query: LandQuotaQuery, options?: EvaluationOptions): RuleResult<LandQuota> {
  const input = parseInput(SPEC.ruleId, landQuotaQuerySchema, query);
  const region = placeFor(SPEC.ruleId, 'place', input.place);
  const ctx = openEvaluation(SPEC, options, null);
  const years = input.years ?? 1;
  const counties = NATIONAL_KEY_COUNTIES.filter(
    (c) => c.id === region.id || isPlaceWithin(c.id, region.id),
  ).map((c) => ({ id: c.id, name: c.name }));
  const perCountyPerYearMu = ctx.decimal(LAND_QUOTA_MU);
  const perYearMu = perCountyPerYearMu.times(counties.length);
  const totalMu = perYearMu.times(years);
  const names = counties.map((c) => c.name).join('、');
  ctx.step({
    citations: [C.landQuota],
    params: [LAND_QUOTA_MU],
    inputs: { place: region.name, keyCounties: counties.length, years },
    value: totalMu.toString(),
    zh:
      counties.length === 0
        ? `${region.name}不是国家扶贫开发工作重点县，也不含重点县：无专项指标`
        : `${names}：${counties.length} 个重点县 × 每年每县 ${ctx.show(LAND_QUOTA_MU, 'zh')} × ${years} 年 = ${totalMu.toString()} 亩`,
    en:
      counties.length === 0
        ? `${region.nameEn} is not and contains no national key county: no dedicated quota`
        : `${counties.length} national key ${counties.length === 1 ? 'county' : 'counties'} × ${ctx.show(LAND_QUOTA_MU, 'en')} a year × ${years} ${years === 1 ? 'year' : 'years'} = ${totalMu.toString()} mu`,
  });
  return ctx.finish({
    place: region.name,
    placeId: region.id,
    counties,
    perCountyPerYearMu,
    perYearMu,
    years,
    totalMu,
  });
}
