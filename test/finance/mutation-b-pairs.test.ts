/**
 * finance.pairings, step by step: the 专栏7 count against “宁波市5县（市、区）与延边州4县（市）” (agree only when
 * both counts match), the pairs of a place (one pair, several, none, all), and the refusals' field path `place`.
 * Found by mutation testing.
 */
import { describe, expect, it } from 'vitest';
import { plainStep } from '../support/trace.js';
import {
  assistancePairs,
  FINANCE_CITATIONS as C,
  helpersFor,
  recipientsOf,
} from '../../src/finance/index.js';
import { refusal } from '../support/errors.js';

const plain = plainStep;

const COUNT_STEP = {
  citations: [C.eastWestCounts, C.box7],
  params: ['finance.eastWestHelpers', 'finance.eastWestRecipients'],
  inputs: { helpers: 5, recipients: 4 },
  amount: null,
  value: true,
  zh: '专栏7：宁波市 5 个、延边州 4 个单位；正文：5 个县（市、区）、4 个县（市）（一致）',
  en: 'box 7: 5 units of Ningbo, 4 of Yanbian; the text: 5 units and 4 units (agree)',
};

describe('assistancePairs trace: the 专栏7 count, then the pairs of the place', () => {
  it('every pair: 5 + 3 + 9 = 17, place null', () => {
    const r = assistancePairs();
    expect(r.place).toBeNull();
    expect(r.trace.map(plain)).toEqual([
      COUNT_STEP,
      {
        citations: [C.box7, C.box8, C.box9],
        params: [],
        inputs: { place: null },
        amount: null,
        value: 17,
        zh: '全部结对 17 对',
        en: '17 pairs in all',
      },
    ]);
  });

  it.each([
    [
      '濛江乡 (one pair: 桦甸市 → 濛江乡)',
      '濛江乡',
      1,
      '濛江乡结对 1 对',
      '1 pair involving Mengjiang Township, Jingyu County',
    ],
    ['安图县 (two pairs: 宁海县, 奉化区)', '安图县', 2, '安图县结对 2 对', '2 pairs involving Antu County'],
    ['四平市 (no pair)', '四平市', 0, '四平市结对 0 对', '0 pairs involving Siping'],
  ])('%s', (_name, place, count, zh, en) => {
    const r = assistancePairs({ place });
    expect(r.place).toBe(place);
    expect(r.pairs).toHaveLength(count);
    expect(r.trace.map(plain)).toEqual([
      COUNT_STEP,
      {
        citations: [C.box7, C.box8, C.box9],
        params: [],
        inputs: { place },
        amount: null,
        value: count,
        zh,
        en,
      },
    ]);
  });
});

describe('专栏7 against the text: agree only when both 5 helpers and 4 recipients match', () => {
  it.each([
    [
      '5 and 4 as stated: agree',
      '5',
      '4',
      true,
      '5 个县（市、区）、4 个县（市）（一致）',
      '5 units and 4 units (agree)',
    ],
    [
      'helpers 6 ≠ 5, recipients 4: disagree',
      '6',
      '4',
      false,
      '6 个县（市、区）、4 个县（市）（不一致）',
      '6 units and 4 units (disagree)',
    ],
    [
      'helpers 5, recipients 3 ≠ 4: disagree',
      '5',
      '3',
      false,
      '5 个县（市、区）、3 个县（市）（不一致）',
      '5 units and 3 units (disagree)',
    ],
    [
      'both differ, 4 and 5: disagree',
      '4',
      '5',
      false,
      '4 个县（市、区）、5 个县（市）（不一致）',
      '4 units and 5 units (disagree)',
    ],
  ])('%s', (_name, helpers, recipients, agrees, zhText, enText) => {
    const r = assistancePairs(undefined, {
      overrides: { 'finance.eastWestHelpers': helpers, 'finance.eastWestRecipients': recipients },
    });
    expect(r.eastWest).toEqual({
      helpers: 5,
      recipients: 4,
      statedHelpers: Number(helpers),
      statedRecipients: Number(recipients),
      agrees,
    });
    expect(r.trace[0]?.value).toBe(agrees);
    expect(r.trace[0]?.text).toEqual({
      zh: `专栏7：宁波市 5 个、延边州 4 个单位；正文：${zhText}`,
      en: `box 7: 5 units of Ningbo, 4 of Yanbian; the text: ${enText}`,
    });
  });
});

describe('the pairing functions refuse a bad place at path `place` of finance.pairings', () => {
  it.each([
    ['helpersFor(3)', () => helpersFor(3 as unknown as string), 3, 'invalid_type'],
    ['helpersFor(火星)', () => helpersFor('火星'), '火星', 'unknown_region'],
    ['recipientsOf(3)', () => recipientsOf(3 as unknown as string), 3, 'invalid_type'],
    ['recipientsOf(火星)', () => recipientsOf('火星'), '火星', 'unknown_region'],
    ['assistancePairs({ place: 火星 })', () => assistancePairs({ place: '火星' }), '火星', 'unknown_region'],
    ['assistancePairs({ place: 3 })', () => assistancePairs({ place: 3 as unknown as string }), 3, undefined],
  ])('%s', (_name, call, value, code) => {
    const e = refusal(call);
    expect(e.ruleId).toBe('finance.pairings');
    expect(e.issues[0]?.path).toBe('place');
    expect(e.issues[0]?.value).toBe(value);
    if (code !== undefined) expect(e.issues[0]?.code).toBe(code);
  });
});
