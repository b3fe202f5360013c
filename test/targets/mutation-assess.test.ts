/**
 * Assessment of targets, pinned sentence by sentence (issue 15): which figure an observation measures, when it is
 * due, the limit word applied (以上/不低于 include; 超过/高于 exclude), the readings, the refusals, and the trace
 * in both languages. Each result is built inside its own test.
 */
import { describe, expect, it } from 'vitest';
import { assessTarget, assessTargets, TARGETS } from '../../src/targets/index.js';
import { refusal } from '../support/errors.js';

const clauseOf = (id: string) => TARGETS.find((t) => t.id === id)?.citation;
const only = <T>(list: readonly T[]): T => {
  expect(list).toHaveLength(1);
  return list[0] as T;
};

describe('a bare number of 表1: a floor (以上, inclusive) under atLeast', () => {
  it('663 villages against 2017’s 663: met; the whole step', () => {
    const r = assessTarget('poorVillageExits', { value: 663, year: 2017 }, '2018-01-31');
    expect(r.ruleId).toBe('targets.assess');
    expect(r.assessment).toEqual({
      targetId: 'poorVillageExits',
      name: TARGETS.find((t) => t.id === 'poorVillageExits')?.name,
      year: 2017,
      due: '2017-12-31',
      kind: 'numeric',
      printed: '663',
      status: 'met',
      bound: '以上',
      target: '663',
      observed: '663',
      reference: null,
      reason: { zh: '无限定词，按“以上”（含本数）', en: 'no limit word: read as 以上 (inclusive)' },
      clause: clauseOf('poorVillageExits'),
    });
    expect(only(r.trace)).toEqual({
      ruleId: 'targets.assess',
      citations: [clauseOf('poorVillageExits')],
      params: ['targets.poorVillageExits2017'],
      inputs: {
        target: 'poorVillageExits',
        year: 2017,
        due: '2017-12-31',
        asOf: '2018-01-31',
        observed: '663',
      },
      amount: null,
      value: 'met',
      payer: null,
      text: {
        zh: '建档立卡贫困村年度退出（2017 年，2017-12-31 到期）：目标“663”（以上 663 个），观测值 663 个：达到（无限定词，按“以上”（含本数））',
        en: 'Registered poor villages exiting in the year (2017, due 2017-12-31): target “663” (at least 663 villages), observed 663 villages: met (no limit word: read as 以上 (inclusive))',
      },
    });
  });

  it('662 against 663: not met', () => {
    const r = assessTarget('poorVillageExits', { value: 662, year: 2017 }, '2018-01-31');
    expect(r.assessment.status).toBe('notMet');
    expect(r.trace[0]?.text.zh).toContain('观测值 662 个：未达到（');
    expect(r.trace[0]?.text.en).toContain('observed 662 villages: not met (');
  });

  it('0 counties in 2017 against 0: met (zero is not negative)', () => {
    const r = assessTarget('poorCountyExits', { value: 0, year: 2017 }, '2018-01-01');
    expect(r.assessment.status).toBe('met');
  });

  it('under exact: 663 is met, 664 is not, and the sentence says so', () => {
    const exact = { readings: { bareFigureDirection: 'exact' } };
    const at = assessTarget('poorVillageExits', { value: 663, year: 2017 }, '2018-01-31', exact);
    const over = assessTarget('poorVillageExits', { value: 664, year: 2017 }, '2018-01-31', exact);
    expect([at.assessment.status, over.assessment.status]).toEqual(['met', 'notMet']);
    expect(over.assessment.bound).toBeNull();
    expect(over.assessment.reason).toEqual({ zh: '须恰好等于目标', en: 'must equal the target exactly' });
    expect(over.trace[0]?.text).toEqual({
      zh: '建档立卡贫困村年度退出（2017 年，2017-12-31 到期）：目标“663”（663 个），观测值 664 个：未达到（须恰好等于目标）',
      en: 'Registered poor villages exiting in the year (2017, due 2017-12-31): target “663” (663 villages), observed 664 villages: not met (must equal the target exactly)',
    });
  });

  it('under exact, a figure not yet due has no limit word either', () => {
    const r = assessTarget('poorVillageExits', 5, '2016-01-01', {
      readings: { bareFigureDirection: 'exact' },
    });
    expect(r.assessment.status).toBe('notYetDue');
    expect(r.assessment.bound).toBeNull();
    expect(r.trace[0]?.text.en).toContain('target “663” (663 villages)');
  });
});

describe('limit words the plan writes', () => {
  it('99.4% 以上: 0.994 is met; the step names the limit word', () => {
    const r = assessTarget('gridReliability', '0.994', '2020-01-01');
    expect(r.assessment).toMatchObject({ status: 'met', bound: '以上', target: '0.994', year: 2019 });
    expect(r.assessment.reason).toEqual({ zh: '限定词“以上”', en: 'limit word 以上 (at least)' });
    expect(r.trace[0]?.text).toEqual({
      zh: '贫困地区农村电网供电可靠率（2019 年，2019-12-31 到期）：目标“99.4% 以上”（以上 99.4%），观测值 99.4%：达到（限定词“以上”）',
      en: 'Supply reliability of the rural grid in poor areas (2019, due 2019-12-31): target “99.4% 以上” (at least 99.4%), observed 99.4%: met (limit word 以上 (at least))',
    });
  });

  it('超过70%: 0.7 is not met, 0.7001 is', () => {
    const at = assessTarget('concentratedResettlementShare', '0.7', '2021-01-01');
    const above = assessTarget('concentratedResettlementShare', '0.7001', '2021-01-01');
    expect([at.assessment.status, above.assessment.status]).toEqual(['notMet', 'met']);
    expect(at.trace[0]?.text).toEqual({
      zh: '集中安置人口比重（2020 年，2020-12-31 到期）：目标“超过70%”（超过 70%），观测值 70%：未达到（限定词“超过”）',
      en: 'Share of the people resettled in concentrated sites (2020, due 2020-12-31): target “超过70%” (more than 70%), observed 70%: not met (limit word 超过 (more than))',
    });
  });

  it('≥5 万元 (不低于): 5 is met, 4.99 is not', () => {
    const at = assessTarget('villageCollectiveIncome', '5', '2020-01-01');
    const below = assessTarget('villageCollectiveIncome', '4.99', '2020-01-01');
    expect([at.assessment.status, below.assessment.status]).toEqual(['met', 'notMet']);
    expect(at.trace[0]?.text.en).toBe(
      'Annual income of the collective economy of a registered poor village (2019, due 2019-12-31): target “≥5” (not less than 5 万元 (10,000 yuan)), observed 5 万元 (10,000 yuan): met (limit word 不低于 (not less than))',
    );
    expect(at.trace[0]?.text.zh).toBe(
      '建档立卡贫困村集体经济年收入（2019 年，2019-12-31 到期）：目标“≥5”（不低于 5 万元），观测值 5 万元：达到（限定词“不低于”）',
    );
  });
});

describe('deadlines: the year’s end, the plan’s end, and the day itself', () => {
  it('not yet due the day before: 0.99 on 2019-06-30 (due 2019-12-31)', () => {
    const r = assessTarget('gridReliability', '0.99', '2019-06-30');
    expect(r.assessment).toMatchObject({ status: 'notYetDue', bound: '以上', target: '0.994' });
    expect(r.assessment.reason).toEqual({ zh: '2019-12-31 到期', en: 'due 2019-12-31' });
    expect(r.trace[0]?.value).toBe('notYetDue');
    expect(r.trace[0]?.text).toEqual({
      zh: '贫困地区农村电网供电可靠率（2019 年，2019-12-31 到期）：目标“99.4% 以上”（以上 99.4%），观测值 99%：尚未到期（2019-12-31 到期）',
      en: 'Supply reliability of the rural grid in poor areas (2019, due 2019-12-31): target “99.4% 以上” (at least 99.4%), observed 99%: not yet due (due 2019-12-31)',
    });
  });

  it('due on the day itself: 359 on 2020-12-31 is assessed (met)', () => {
    const r = assessTarget('tourismVillages', 359, '2020-12-31');
    expect(r.assessment).toMatchObject({ status: 'met', due: '2020-12-31', year: 2020 });
    expect(r.trace[0]?.inputs).toEqual({
      target: 'tourismVillages',
      year: 2020,
      due: '2020-12-31',
      asOf: '2020-12-31',
      observed: '359',
    });
  });

  it('the day before: 359 on 2020-12-30 is not yet due', () => {
    expect(assessTarget('tourismVillages', 359, '2020-12-30').assessment.status).toBe('notYetDue');
  });

  it('an undated target is due at the plan’s end date in force (a reform moves it)', () => {
    const r = assessTarget('tourismVillages', 359, '2021-03-01', {
      overrides: { 'targets.planEndDate': '2021-06-30' },
    });
    expect(r.assessment).toMatchObject({ status: 'notYetDue', due: '2021-06-30', year: 2020 });
  });

  it('without a year, the latest figure due by asOf: 2018-12-31 picks 2018, 2018-12-30 picks 2017', () => {
    const on = assessTarget('poorVillageExits', 511, '2018-12-31');
    const before = assessTarget('poorVillageExits', 511, '2018-12-30');
    expect([on.assessment.year, on.assessment.status]).toEqual([2018, 'met']);
    expect([before.assessment.year, before.assessment.status]).toEqual([2017, 'notMet']);
  });

  it('without a year and nothing due yet: the first figure, not yet due', () => {
    const r = assessTarget('poorVillageExits', 5, '2016-01-01');
    expect(r.assessment).toMatchObject({ year: 2017, due: '2017-12-31', status: 'notYetDue', bound: '以上' });
    expect(r.trace[0]?.text.zh).toBe(
      '建档立卡贫困村年度退出（2017 年，2017-12-31 到期）：目标“663”（以上 663 个），观测值 5 个：尚未到期（2017-12-31 到期）',
    );
  });

  it('after every figure: the last one (2019)', () => {
    expect(assessTarget('poorVillageExits', 315, '2025-01-01').assessment.year).toBe(2019);
  });

  it('表1 under planEnd: a lone cell is for the plan’s end year (82% in 2020, not 2017)', () => {
    const planEnd = { readings: { table1Columns: 'planEnd' } };
    const r = assessTarget('waterSupplyRate', '0.82', '2018-01-01', planEnd);
    expect(r.assessment).toMatchObject({ year: 2020, due: '2020-12-31', status: 'notYetDue', bound: '以上' });
    expect(r.trace[0]?.params).toEqual(['targets.waterSupplyRate2017']);
    expect(r.trace[0]?.text.en).toBe(
      'Rural centralised water-supply rate in poor areas (2020, due 2020-12-31): target “82” (at least 82%), observed 82%: not yet due (due 2020-12-31)',
    );
    const named = assessTarget('waterSupplyRate', { value: '0.82', year: 2020 }, '2021-01-01', planEnd);
    expect(named.assessment.status).toBe('met');
  });

  it('表1 under planEnd follows a reformed end date: 2021 and its year’s end', () => {
    const r = assessTarget('waterSupplyRate', '0.82', '2018-01-01', {
      readings: { table1Columns: 'planEnd' },
      overrides: { 'targets.planEndDate': '2021-06-30' },
    });
    expect([r.assessment.year, r.assessment.due]).toEqual([2021, '2021-12-31']);
  });

  it('表1 as printed: the lone 82% cell is 2017’s, and a dated figure of a text target keeps its year', () => {
    const r = assessTarget('waterSupplyRate', '0.81', '2018-01-01');
    expect(r.assessment).toMatchObject({ year: 2017, due: '2017-12-31', status: 'notMet' });
    const text = assessTarget('gridReliability', { value: '0.994', year: 2019 }, '2020-01-01', {
      readings: { table1Columns: 'planEnd' },
    });
    expect([text.assessment.year, text.assessment.due]).toEqual([2019, '2019-12-31']);
  });
});

describe('words, 左右, relative figures and context figures', () => {
  it('a target in words: not assessable even before it is due, with the words in the step', () => {
    const r = assessTarget('poorPeopleExits', { value: null, year: 2020 }, '2020-01-01');
    expect(r.assessment).toMatchObject({
      kind: 'qualitative',
      status: 'notAssessable',
      bound: null,
      target: null,
      observed: null,
    });
    expect(r.trace[0]?.params).toEqual([]);
    expect(r.trace[0]?.text).toEqual({
      zh: '建档立卡年度脱贫人口（2020 年，2020-12-31 到期）：目标“实现全面脱贫”（—），观测值 —：不可评估（以文字表述的目标，不能以数值评估）',
      en: 'Registered poor people exiting poverty in the year (2020, due 2020-12-31): target “实现全面脱贫” (—), observed —: not assessable (a target in words: not assessable from a number)',
    });
  });

  it('a target in words with a number observed: the number is shown bare', () => {
    const r = assessTarget('poorPeopleExits', { value: 12, year: 2020 }, '2021-01-01');
    expect(r.assessment.observed).toBe('12');
    expect(r.trace[0]?.text.en).toContain('observed 12: not assessable');
  });

  it('左右 under notAssessable: not assessable, the number kept', () => {
    const r = assessTarget('supportTeachersPerYear', 30, '2021-01-01');
    expect(r.assessment).toMatchObject({
      kind: 'approximate',
      status: 'notAssessable',
      bound: null,
      target: '30',
    });
    expect(r.assessment.reason).toEqual({
      zh: '“左右”未给出允许范围，不能评估',
      en: '左右 gives no tolerance: not assessable',
    });
    expect(r.trace[0]?.text).toEqual({
      zh: '每年选派支教优秀教师（2020 年，2020-12-31 到期）：目标“30 名左右”（30 名），观测值 30 名：不可评估（“左右”未给出允许范围，不能评估）',
      en: 'Excellent teachers sent to teach in poor areas each year (2020, due 2020-12-31): target “30 名左右” (30 teachers), observed 30 teachers: not assessable (左右 gives no tolerance: not assessable)',
    });
  });

  it('左右 under asFloor: 30 is met, 29 is not (以上), even under exact', () => {
    const floor = { readings: { approximateFigures: 'asFloor', bareFigureDirection: 'exact' } };
    const at = assessTarget('supportTeachersPerYear', 30, '2021-01-01', floor);
    const above = assessTarget('supportTeachersPerYear', 31, '2021-01-01', floor);
    const below = assessTarget('supportTeachersPerYear', 29, '2021-01-01', floor);
    expect([at.assessment.status, above.assessment.status, below.assessment.status]).toEqual([
      'met',
      'met',
      'notMet',
    ]);
    expect(at.assessment.bound).toBe('以上');
    expect(at.assessment.reason.en).toBe('no limit word: read as 以上 (inclusive)');
  });

  it('左右 not yet due: no limit word, the number shown', () => {
    const r = assessTarget('supportTeachersPerYear', 30, '2016-06-01');
    expect(r.assessment).toMatchObject({ year: 2016, status: 'notYetDue', bound: null, target: '30' });
    expect(r.trace[0]?.text.en).toContain('target “30 名左右” (30 teachers)');
  });

  it('高于 the national average: equal is not enough; above is met', () => {
    const equal = assessTarget('incomeGrowth', { value: '0.08', reference: '0.08' }, '2020-01-01');
    const above = assessTarget('incomeGrowth', { value: '0.081', reference: '0.08' }, '2020-01-01');
    expect([equal.assessment.status, above.assessment.status]).toEqual(['notMet', 'met']);
    expect(equal.assessment).toMatchObject({
      kind: 'relative',
      bound: '高于',
      target: '0.08',
      reference: '0.08',
    });
    expect(equal.assessment.reason).toEqual({
      zh: '与全国平均水平（年均增速）比较（高于：不含相等）',
      en: 'compared with the national average annual growth (高于: equal is not enough)',
    });
    expect(equal.trace[0]?.params).toEqual([]);
    expect(equal.trace[0]?.text).toEqual({
      zh: '贫困地区农民人均可支配收入增速（2019 年，2019-12-31 到期）：目标“年均增速高于全国平均水平”（高于 8%），观测值 8%：未达到（与全国平均水平（年均增速）比较（高于：不含相等））',
      en: 'Growth of per-capita disposable income of farmers in poor areas (2019, due 2019-12-31): target “年均增速高于全国平均水平” (higher than 8%), observed 8%: not met (compared with the national average annual growth (高于: equal is not enough))',
    });
  });

  it('a relative figure not yet due: its reference if given, else —', () => {
    const with_ = assessTarget('incomeGrowth', { value: '0.08', reference: '0.05' }, '2019-01-01');
    const without = assessTarget('incomeGrowth', { value: '0.08' }, '2019-01-01');
    expect(with_.assessment).toMatchObject({ status: 'notYetDue', bound: '高于', target: '0.05' });
    expect(without.assessment).toMatchObject({
      status: 'notYetDue',
      bound: '高于',
      target: null,
      reference: null,
    });
    expect(with_.trace[0]?.text.zh).toContain('（高于 5%），观测值 8%：尚未到期');
    expect(without.trace[0]?.text.en).toContain('(higher than —), observed 8%: not yet due');
  });

  it('a relative figure due without its reference is refused at observed.reference', () => {
    const e = refusal(() => assessTarget('incomeGrowth', { value: '0.08' }, '2020-01-01'));
    expect(e.ruleId).toBe('targets.assess');
    expect(e.issues[0]).toMatchObject({
      path: 'observed.reference',
      message: 'incomeGrowth compares with the national average annual growth: give it as reference',
    });
  });

  it('a context figure: not assessable, its printed figure and a one-line step', () => {
    const r = assessTarget('scopeVillages', 5, '2020-01-01');
    expect(r.assessment).toEqual({
      targetId: 'scopeVillages',
      name: TARGETS.find((t) => t.id === 'scopeVillages')?.name,
      year: null,
      due: null,
      kind: 'context',
      printed: '1489',
      status: 'notAssessable',
      bound: null,
      target: null,
      observed: '5',
      reference: null,
      reason: {
        zh: '背景数字（规划的成绩或范围），不是目标',
        en: 'a context figure (a result or the scope of the plan), not a target',
      },
      clause: clauseOf('scopeVillages'),
    });
    expect(only(r.trace)).toEqual({
      ruleId: 'targets.assess',
      citations: [clauseOf('scopeVillages')],
      params: [],
      inputs: { target: 'scopeVillages' },
      amount: null,
      value: 'notAssessable',
      payer: null,
      text: {
        zh: '规划范围：建档立卡贫困村：背景数字（规划的成绩或范围），不是目标',
        en: 'Scope of the plan: registered poor villages: a context figure (a result or the scope of the plan), not a target',
      },
    });
  });

  it('a context figure with a year: still not assessable (it has no figures to pick from)', () => {
    const r = assessTarget('scopeVillages', { value: 5, year: 2020 }, '2020-01-01');
    expect(r.assessment).toMatchObject({
      kind: 'context',
      status: 'notAssessable',
      year: null,
      observed: '5',
    });
  });

  it('a context figure observed as null keeps observed null', () => {
    expect(assessTarget('scopePeople', null, '2020-01-01').assessment.observed).toBeNull();
  });
});

describe('a reform’s target', () => {
  it('663 against a reformed 700: not met, the sentence says “a reform’s value”', () => {
    const r = assessTarget('poorVillageExits', 663, '2018-01-31', {
      overrides: { 'targets.poorVillageExits2017': '700' },
    });
    expect(r.assessment).toMatchObject({ status: 'notMet', target: '700' });
    expect(r.trace[0]?.text).toEqual({
      zh: '建档立卡贫困村年度退出（2017 年，2017-12-31 到期）：目标（改革值）（以上 700 个），观测值 663 个：未达到（无限定词，按“以上”（含本数））',
      en: 'Registered poor villages exiting in the year (2017, due 2017-12-31): target (a reform’s value) (at least 700 villages), observed 663 villages: not met (no limit word: read as 以上 (inclusive))',
    });
  });
});

describe('refusals', () => {
  it('an unknown id, with close ids suggested', () => {
    const e = refusal(() => assessTarget('poorVillageExit', 1, '2018-01-31'));
    expect(e.ruleId).toBe('targets.assess');
    expect(e.issues[0]).toMatchObject({
      path: 'id',
      value: 'poorVillageExit',
      message: 'is not a target id',
      code: 'unknown_target',
    });
    expect(e.suggestions[0]).toBe('poorVillageExits');
  });

  it('an id that is not a string', () => {
    const e = refusal(() => assessTarget(5 as unknown as string, 1, '2018-01-31'));
    expect(e.issues[0]).toMatchObject({ path: 'id', value: 5, message: 'must be a target id (see TARGETS)' });
  });

  it('a year the target does not have, with its years', () => {
    const e = refusal(() => assessTarget('poorVillageExits', { value: 1, year: 2016 }, '2018-01-31'));
    expect(e.issues[0]).toMatchObject({
      path: 'observed.year',
      value: 2016,
      message: 'is not a year of poorVillageExits: 2017, 2018, 2019',
      code: 'unknown_year',
    });
    expect(e.suggestions).toEqual(['2017', '2018', '2019']);
  });

  it('a negative number, and no number for a numeric target', () => {
    const neg = refusal(() => assessTarget('gridReliability', '-1', '2020-01-01'));
    expect(neg.issues[0]).toMatchObject({
      path: 'observed.value',
      value: '-1',
      message: 'must not be negative',
    });
    const none = refusal(() => assessTarget('gridReliability', null, '2020-01-01'));
    expect(none.issues[0]).toMatchObject({
      path: 'observed.value',
      value: null,
      message: 'gridReliability needs an observed number',
    });
  });

  it('a negative number not yet due is not judged (no refusal)', () => {
    expect(assessTarget('gridReliability', '-1', '2019-01-01').assessment.status).toBe('notYetDue');
  });

  it('a bad observation and a bad date name their fields', () => {
    expect(refusal(() => assessTarget('gridReliability', 'x', '2020-01-01')).issues[0]?.path).toMatch(
      /^observed/,
    );
    expect(refusal(() => assessTarget('gridReliability', '0.9', '2020-13-01')).issues[0]?.path).toBe('asOf');
  });
});

describe('a report of several observations', () => {
  it('counts by status, one step per observation, in order', () => {
    const r = assessTargets(
      [
        { target: 'poorCountyExits', value: 4, year: 2018 },
        { target: 'gridReliability', value: '0.99' },
        { target: 'scopePeople', value: null },
        { target: 'poorPeopleExits', value: null, year: 2020 },
        { target: 'tourismVillages', value: 1 },
      ],
      '2020-01-01',
    );
    expect(r.counts).toEqual({ met: 1, notMet: 1, notYetDue: 1, notAssessable: 2 });
    expect(r.assessments.map((a) => [a.targetId, a.status])).toEqual([
      ['poorCountyExits', 'met'],
      ['gridReliability', 'notMet'],
      ['scopePeople', 'notAssessable'],
      ['poorPeopleExits', 'notAssessable'],
      ['tourismVillages', 'notYetDue'],
    ]);
    expect(r.trace.map((s) => s.value)).toEqual([
      'met',
      'notMet',
      'notAssessable',
      'notAssessable',
      'notYetDue',
    ]);
    expect(r.trace[1]?.text.zh).toBe(
      '贫困地区农村电网供电可靠率（2019 年，2019-12-31 到期）：目标“99.4% 以上”（以上 99.4%），观测值 99%：未达到（限定词“以上”）',
    );
  });

  it('a report on a bad date is refused at asOf', () => {
    const e = refusal(() => assessTargets([{ target: 'gridReliability', value: '1' }], '2020-02-30'));
    expect(e.issues[0]?.path).toBe('asOf');
  });

  it('an unknown target is refused at its index, and a bad year at its own', () => {
    const e = refusal(() =>
      assessTargets(
        [
          { target: 'gridReliability', value: '1' },
          { target: 'nope', value: 4 },
        ],
        '2020-01-01',
      ),
    );
    expect(e.issues[0]).toMatchObject({ path: 'observations[1].target', code: 'unknown_target' });
    const y = refusal(() =>
      assessTargets([{ target: 'poorVillageExits', value: 1, year: 2020 }], '2020-01-01'),
    );
    expect(y.issues[0]?.path).toBe('observations[0].year');
    const ref = refusal(() => assessTargets([{ target: 'incomeGrowth', value: '0.1' }], '2020-01-01'));
    expect(ref.issues[0]?.path).toBe('observations[0].reference');
  });
});
