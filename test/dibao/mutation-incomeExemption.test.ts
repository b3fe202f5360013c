/** dibao.incomeExemption: the sums' formulas join two or more items with “ + ” (issue 15). */
import { describe, expect, it } from 'vitest';
import { countableIncome } from '../../src/dibao/index.js';

describe('countableIncome sums', () => {
  it('two exempt items and two counted: 1200 + 300 = 1500 not counted; 6000 + 500 = 6500 counted', () => {
    const r = countableIncome({
      assessmentDate: '2020-12-31',
      items: [
        { kind: 'guaranteedProjectReturns', amount: '1200', recipientUnableToWork: true },
        { kind: 'other', amount: '6000' },
        { kind: 'guaranteedProjectReturns', amount: '300', recipientUnableToWork: true },
        { kind: 'other', amount: '500' },
      ],
    });
    expect(r.trace.slice(-2).map((s) => [s.inputs, s.text])).toEqual([
      [
        { formula: '6000.00 + 500.00' },
        {
          zh: '计入家庭收入：6000.00 + 500.00 = 6500.00 元',
          en: 'counted income: 6000.00 + 500.00 = 6500.00 yuan',
        },
      ],
      [
        { formula: '1200.00 + 300.00' },
        {
          zh: '暂不计入家庭收入：1200.00 + 300.00 = 1500.00 元',
          en: 'exempt income (not counted for now): 1200.00 + 300.00 = 1500.00 yuan',
        },
      ],
    ]);
    expect([r.counted, r.exempt, r.total].map(String)).toEqual(['6500.00', '1500.00', '8000.00']);
    expect(r.withinCampaignPeriod).toBe(true);
  });
});
