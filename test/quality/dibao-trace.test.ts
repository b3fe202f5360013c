/**
 * The Dibao income exemption and safety-net class, step by step: each step's citations, inputs and formula
 * (issue 15: mutants of the trace's citations and inputs survived).
 */
import { describe, expect, it } from 'vitest';
import { classifySafetyNet, countableIncome } from '../../src/dibao/index.js';

const quotes = (s: { citations: readonly { quote: string }[] } | undefined) =>
  s?.citations.map((c) => c.quote);
const WHO = '对丧失劳动能力低保对象获得的扶贫项目保底收益';
const WHEN = '在脱贫攻坚期内，暂不计入家庭收入核算范围';

describe('countableIncome trace: 6000 (务工) + 500 counted, 1200 exempt', () => {
  // Evaluated inside each test (not at file load), so that Stryker attributes the trace to a test.
  const income = () =>
    countableIncome({
      assessmentDate: '2019-06-30',
      items: [
        { kind: 'other', amount: '6000', label: '务工' },
        { kind: 'other', amount: '500' },
        { kind: 'guaranteedProjectReturns', amount: '1200', recipientUnableToWork: true },
      ],
    });

  it('the period step cites 在脱贫攻坚期内… and reads both period parameters', () => {
    const r = income();
    expect(quotes(r.trace[0])).toEqual([WHEN]);
    expect(r.trace[0]?.params).toEqual(['dibao.campaignPeriodStart', 'dibao.campaignPeriodEnd']);
    expect(r.trace[0]?.inputs).toEqual({ formula: '2016-01-01 ≤ 2019-06-30 ≤ 2020-12-31' });
  });

  it('an item step names its index and reason; only guaranteed returns cite 对丧失劳动能力低保对象…', () => {
    const r = income();
    expect(r.trace.slice(1, 4).map((s) => s.inputs)).toEqual([
      { formula: 'notGuaranteedReturns', item: 0 },
      { formula: 'notGuaranteedReturns', item: 1 },
      { formula: 'exemptGuaranteedReturns', item: 2 },
    ]);
    expect(r.trace.slice(1, 4).map(quotes)).toEqual([[], [], [WHO]]);
  });

  it('counted: 6000.00 + 500.00 = 6500.00 (no citation); exempt: 1200.00 (cites 在脱贫攻坚期内…)', () => {
    const r = income();
    expect(r.trace[4]?.inputs).toEqual({ formula: '6000.00 + 500.00' });
    expect(r.trace[4]?.text.zh).toBe('计入家庭收入：6000.00 + 500.00 = 6500.00 元');
    expect(quotes(r.trace[4])).toEqual([]);
    expect(r.trace[5]?.inputs).toEqual({ formula: '1200.00' });
    expect(quotes(r.trace[5])).toEqual([WHEN]);
  });

  it('an item keeps its label only when it has one', () => {
    const r = income();
    expect(r.items[0]).toEqual({
      index: 0,
      label: '务工',
      amount: r.items[0]?.amount,
      exempt: false,
      reason: 'notGuaranteedReturns',
    });
    expect('label' in (r.items[1] ?? {})).toBe(false);
  });

  it('nothing exempt: the exempt formula is 0 (0 = 0.00); nothing counted: the counted formula is 0', () => {
    const none = countableIncome({ assessmentDate: '2019-06-30', items: [{ kind: 'other', amount: '1' }] });
    expect(none.trace.at(-1)?.text.zh).toBe('暂不计入家庭收入：0 = 0.00 元');
    expect(none.trace.at(-1)?.inputs).toEqual({ formula: '0' });
    const all = countableIncome({
      assessmentDate: '2019-06-30',
      items: [{ kind: 'guaranteedProjectReturns', amount: '2', recipientUnableToWork: true }],
    });
    expect(all.trace.at(-2)?.text.en).toBe('counted income: 0 = 0.00 yuan');
  });

  it('reading throughTransition2025 reads only the start parameter and says it came from the reading', () => {
    const t = countableIncome(
      { assessmentDate: '2023-06-30', items: [{ kind: 'other', amount: '1' }] },
      { readings: { campaignPeriod: 'throughTransition2025' } },
    );
    expect(t.campaignPeriodFrom).toBe('reading');
    expect(t.trace[0]?.params).toEqual(['dibao.campaignPeriodStart']);
    expect(t.params.map((p) => p.id)).toEqual(['dibao.campaignPeriodStart']);
    expect(t.campaignPeriod).toEqual({ start: '2016-01-01', end: '2025-12-31' });
  });
});

describe('classifySafetyNet trace: inputs and citations of each step', () => {
  const classify = () =>
    classifySafetyNet({
      noViableLivelihood: true,
      unableToExitByOwnEffort: false,
      notCoveredByMeasures: true,
    });

  it('step 1 cites 对“无业可扶、无力脱贫”… with both flags as inputs', () => {
    const s = classify();
    expect(quotes(s.trace[0])).toEqual(['对“无业可扶、无力脱贫”的贫困人口最终要靠政策兜底保障']);
    expect(s.trace[0]?.inputs).toEqual({ noViableLivelihood: true, unableToExitByOwnEffort: false });
    expect(s.trace[0]?.value).toBe(false);
  });

  it('step 2 cites 对上述措施无法覆盖… with both flags as inputs (suddenCause defaults to false)', () => {
    const s = classify();
    expect(quotes(s.trace[1])).toEqual(['对上述措施无法覆盖或因突发因素致贫的特殊个案所产生的贫困人口']);
    expect(s.trace[1]?.inputs).toEqual({ notCoveredByMeasures: true, suddenCause: false });
    expect(s.trace[1]?.value).toBe(true);
  });

  it('step 3, the class, cites nothing and has no inputs', () => {
    const s = classify();
    expect(quotes(s.trace[2])).toEqual([]);
    expect(s.trace[2]?.inputs).toEqual({});
    expect(s.trace[2]?.value).toBe('caseByCase');
  });
});
