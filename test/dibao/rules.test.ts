import { describe, expect, it } from 'vitest';
import { getInterpretation, getRule } from '../../src/index.js';
import { readingIds } from '../../src/core/registry.js';
import {
  campaignPeriodReadingSchema,
  DIBAO_INTERPRETATIONS,
  DIBAO_RULES,
  gradualExitDecreaseReadingSchema,
  incomeMeasureReadingSchema,
  safetyNetConditionReadingSchema,
  twoLinesMergeFromReadingSchema,
} from '../../src/dibao/index.js';

describe('the dibao registry', () => {
  it('registers each rule of chapter 8 in the root registry', () => {
    const ids = DIBAO_RULES.map((r) => r.id);
    expect(ids).toEqual([
      'dibao.gapSubsidy',
      'dibao.incomeExemption',
      'dibao.gradualExit',
      'dibao.safetyNetClass',
      'dibao.caseByCaseProcedure',
      'dibao.localStandard',
      'dibao.twoLinesMerge',
    ]);
    for (const id of ids) expect(getRule(id).area).toBe('dibao');
    for (const i of DIBAO_INTERPRETATIONS) expect(getInterpretation(i.id)).toBe(i);
  });

  it('every chapter-8 citation is in chapter 8 (or the 2020 goal it rests on)', () => {
    for (const rule of DIBAO_RULES) expect(rule.citations[0]?.chapter).toBe(8);
  });

  it.each([
    ['dibao.incomeMeasure', incomeMeasureReadingSchema.options],
    ['dibao.campaignPeriod', campaignPeriodReadingSchema.options],
    ['dibao.gradualExitDecrease', gradualExitDecreaseReadingSchema.options],
    ['dibao.safetyNetCondition', safetyNetConditionReadingSchema.options],
    ['dibao.twoLinesMergeFrom', twoLinesMergeFromReadingSchema.options],
  ])('the readings of %s are exactly those its option accepts, chosen first', (id, options) => {
    expect(readingIds(getInterpretation(id))).toEqual([...options]);
  });
});
