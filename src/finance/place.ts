import type { Decimal } from 'decimal.js';
import { PolicyInputError, refuse } from '../core/errors.js';
import { yiToYuan, YUAN_PER_YI, type Money } from '../core/money.js';
import { findRegion, type Region } from '../regions/index.js';

/**
 * A place of the region registry, refused as bad input of `ruleId` at `path` (with the registry's message,
 * code and suggestions) where the registry does not find exactly one. Internal to the finance area.
 */
export function placeFor(ruleId: string, path: string, query: unknown): Region {
  if (typeof query !== 'string') return refuse(ruleId, path, query, 'must be a place name, id or code');
  try {
    return findRegion(query);
  } catch (error) {
    if (!(error instanceof PolicyInputError)) throw error;
    const issue = error.issues[0];
    return refuse(
      ruleId,
      path,
      query,
      issue?.message ?? 'is not a place in the registry',
      issue?.code,
      error.suggestions,
    );
  }
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
