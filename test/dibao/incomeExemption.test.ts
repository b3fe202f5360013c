import { describe, expect, it } from 'vitest';
import { CAMPAIGN_PERIODS, countableIncome, dibaoGapSubsidy } from '../../src/dibao/index.js';
import { deepFreeze, expectPolicyError } from './helpers.js';

const returns = (amount: string, recipientUnableToWork = true) =>
  ({ kind: 'guaranteedProjectReturns', amount, recipientUnableToWork }) as const;
const other = (amount: string) => ({ kind: 'other', amount }) as const;

describe('dibao.incomeExemption: 丧失劳动能力低保对象获得的扶贫项目保底收益，在脱贫攻坚期内，暂不计入家庭收入', () => {
  it('guaranteed returns of a recipient unable to work, in 2019, are not counted: 6000 counted, 1200 exempt', () => {
    const input = deepFreeze({ assessmentDate: '2019-06-30', items: [other('6000'), returns('1200')] });
    const r = countableIncome(input);
    expect(r.counted.toString()).toBe('6000.00');
    expect(r.exempt.toString()).toBe('1200.00');
    expect(r.total.toString()).toBe('7200.00');
    expect(r.items.map((i) => i.reason)).toEqual(['notGuaranteedReturns', 'exemptGuaranteedReturns']);
    expect(r.campaignPeriod).toEqual({ start: '2016-01-01', end: '2020-12-31' });
    expect(r.readings).toEqual({ campaignPeriod: 'through2020' });
    expect(r.campaignPeriodFrom).toBe('reading');
    expect([r.ruleId, r.date]).toEqual(['dibao.incomeExemption', '2019-06-30']);
    expect(r.params.map((p) => [p.id, p.value])).toEqual([
      ['dibao.campaignPeriodStart', '2016-01-01'],
      ['dibao.campaignPeriodEnd', '2020-12-31'],
    ]);
  });

  it('returns of a recipient who can work are counted: 6000 + 1200 = 7200', () => {
    const r = countableIncome({
      assessmentDate: '2019-06-30',
      items: [other('6000'), returns('1200', false)],
    });
    expect(r.counted.toString()).toBe('7200.00');
    expect(r.items[1]?.reason).toBe('recipientAbleToWork');
  });

  it('returns of someone who is not a Dibao recipient are counted', () => {
    const r = countableIncome({
      assessmentDate: '2019-06-30',
      items: [{ ...returns('1200'), recipientIsDibaoRecipient: false }],
    });
    expect(r.exempt.toString()).toBe('0.00');
    expect(r.items[0]?.reason).toBe('recipientNotDibao');
  });

  it.each([
    [
      'the last day of 2020 is within the campaign period (both ends inclusive)',
      '2020-12-31',
      undefined,
      true,
    ],
    ['1 January 2021 is after it (reading through2020)', '2021-01-01', undefined, false],
    ['2015-12-31 is before it', '2015-12-31', undefined, false],
    ['reading through2019: 2019-12-31 is within', '2019-12-31', 'through2019', true],
    ['reading through2019: 2020-01-01 is after', '2020-01-01', 'through2019', false],
    ['reading throughTransition2025: 2023-05-01 is within', '2023-05-01', 'throughTransition2025', true],
  ] as const)('%s', (_name, assessmentDate, reading, exempt) => {
    const r = countableIncome(
      { assessmentDate, items: [returns('500')] },
      reading === undefined ? undefined : { readings: { campaignPeriod: reading } },
    );
    expect(r.withinCampaignPeriod).toBe(exempt);
    expect(r.exempt.toString()).toBe(exempt ? '500.00' : '0.00');
    if (!exempt) expect(r.items[0]?.reason).toBe('outsideCampaignPeriod');
  });

  it('a caller may set the campaign period’s dates (reported as campaignPeriodFrom callerDates)', () => {
    const r = countableIncome(
      { assessmentDate: '2021-03-01', items: [returns('500')] },
      { campaignPeriod: { start: '2016-01-01', end: '2021-06-30' } },
    );
    expect(r.exempt.toString()).toBe('500.00');
    expect(r.campaignPeriodFrom).toBe('callerDates');
    expect(r.campaignPeriod.end).toBe('2021-06-30');
    expect(r.params).toEqual([]);
    expect(r.trace[0]?.text.zh).toBe('评估日在脱贫攻坚期内？2016-01-01 ≤ 2021-03-01 ≤ 2021-06-30：是');
  });

  /* eslint-disable @typescript-eslint/no-deprecated -- the deprecated table is what this test checks */
  it('the (deprecated) reading table is frozen and each period runs from 2016-01-01', () => {
    expect(Object.isFrozen(CAMPAIGN_PERIODS)).toBe(true);
    for (const p of Object.values(CAMPAIGN_PERIODS)) expect(p.start).toBe('2016-01-01');
    expect(CAMPAIGN_PERIODS.through2020.end).toBe('2020-12-31');
  });
  /* eslint-enable @typescript-eslint/no-deprecated */

  it('feeds the gap subsidy: 3500 × 2 − 6000 = 1000 a year with the 1200 of returns exempt', () => {
    const income = countableIncome({ assessmentDate: '2019-06-30', items: [other('6000'), returns('1200')] });
    const r = dibaoGapSubsidy(
      { members: 2, householdIncome: income.total, exemptIncome: income.exempt },
      { standard: '3500' },
    );
    expect(r.annual.toString()).toBe('1000.00');
  });

  it('traces the period test and each item in Chinese and English', () => {
    const r = countableIncome({
      assessmentDate: '2019-06-30',
      items: [{ ...other('6000'), label: '务工' }, returns('1200')],
    });
    expect(r.trace.map((s) => s.text.zh)).toEqual([
      '评估日在脱贫攻坚期内？2016-01-01 ≤ 2019-06-30 ≤ 2020-12-31：是',
      '第 0 项收入（务工） 6000.00 元：非扶贫项目保底收益，计入',
      '第 1 项收入 1200.00 元：丧失劳动能力低保对象获得的扶贫项目保底收益，脱贫攻坚期内，不计入',
      '计入家庭收入：6000.00 = 6000.00 元',
      '暂不计入家庭收入：1200.00 = 1200.00 元',
    ]);
    expect(r.trace.map((s) => s.text.en)).toEqual([
      'assessment date within the campaign period (脱贫攻坚期内)? 2016-01-01 ≤ 2019-06-30 ≤ 2020-12-31: yes',
      'item 0 (务工), 6000.00 yuan: not guaranteed project returns: counted',
      'item 1, 1200.00 yuan: guaranteed project returns of a Dibao recipient unable to work, in the campaign period: not counted',
      'counted income: 6000.00 = 6000.00 yuan',
      'exempt income (not counted for now): 1200.00 = 1200.00 yuan',
    ]);
    expect(r.trace[0]?.params).toEqual(['dibao.campaignPeriodStart', 'dibao.campaignPeriodEnd']);
  });

  it('reading through2019 reads its end from dibao.campaignPeriodEndBasicallyComplete (2019-12-31)', () => {
    const r = countableIncome(
      { assessmentDate: '2019-06-30', items: [] },
      { readings: { campaignPeriod: 'through2019' } },
    );
    expect(r.params.map((p) => [p.id, p.value])).toEqual([
      ['dibao.campaignPeriodStart', '2016-01-01'],
      ['dibao.campaignPeriodEndBasicallyComplete', '2019-12-31'],
    ]);
  });

  describe('bad input', () => {
    it.each([
      [
        'a negative amount',
        { assessmentDate: '2019-06-30', items: [other('6000'), returns('-1')] },
        'items[1].amount',
      ],
      [
        'a date that does not exist (2019-02-29)',
        { assessmentDate: '2019-02-29', items: [] },
        'assessmentDate',
      ],
      [
        'an unknown kind',
        { assessmentDate: '2019-06-30', items: [{ kind: 'wages', amount: '1' }] },
        'items[0].kind',
      ],
      [
        'returns without saying whether the recipient can work',
        { assessmentDate: '2019-06-30', items: [{ kind: 'guaranteedProjectReturns', amount: '1' }] },
        'items[0].recipientUnableToWork',
      ],
    ])('%s', (_name, input, path) => {
      expectPolicyError(() => countableIncome(deepFreeze(input) as never), 'dibao.incomeExemption', path);
    });

    it('a campaign period ending before it starts', () => {
      expectPolicyError(
        () =>
          countableIncome(
            { assessmentDate: '2019-06-30', items: [] },
            deepFreeze({ campaignPeriod: { start: '2020-12-31', end: '2016-01-01' } }),
          ),
        'dibao.incomeExemption',
        'options.campaignPeriod.end',
      );
    });
  });
});
