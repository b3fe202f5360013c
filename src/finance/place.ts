import type { Decimal } from 'decimal.js';
import { refuse } from '../core/errors.js';
import { yiToYuan, YUAN_PER_YI, type Money } from '../core/money.js';
import { resolveRegion, type Region } from '../regions/index.js';

/**
 * A place of the region registry, refused as bad input of `ruleId` at `path` (with the registry's message,
 * code and suggestions) where the registry does not find exactly one. Internal to the finance area.
 */
export function placeFor(ruleId: string, path: string, query: unknown): Region {
  return resolveRegion(query, ruleId, path);
}

/**
 * An amount in 亿元 converted to yuan exactly, or refused as bad input of `ruleId` where it is finer than one fen
 * (only an override can be: the plan's figures have two decimals). Internal to the finance area.
 */
export function yuanOfYi(ruleId: string, yi: Decimal, paramId: string): Money {
  const fen = yi.times(YUAN_PER_YI).times(100);
  if (!fen.isInteger()) {
    return refuse(
      ruleId,
      `options.overrides.${paramId}`,
      yi.toString(),
      'is finer than one fen in yuan (at most 10 decimals of 亿元)',
      'invalid_value',
    );
  }
  return yiToYuan(yi);
}
