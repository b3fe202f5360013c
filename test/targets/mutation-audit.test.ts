/**
 * The audit of 表1, pinned check by check (issue 15): each sum, each comparison with the text (±500 for the
 * preface's 70.1万, both sides of the tolerance), the provincial fund's accumulation, the notes, and the trace in
 * both languages. Each audit is run inside its own test.
 */
import { describe, expect, it } from 'vitest';
import { auditTable1, TABLE_1_HEADER, TARGETS } from '../../src/targets/index.js';

const clauseOf = (id: string) => TARGETS.find((t) => t.id === id)?.citation;
const plain = (c: ReturnType<typeof auditTable1>['checks'][number]) => ({
  id: c.id,
  status: c.status,
  description: c.description,
  stated: c.stated?.toFixed() ?? null,
  computed: c.computed?.toFixed() ?? null,
  difference: c.difference?.toFixed() ?? null,
});

describe('auditTable1 as the plan prints it', () => {
  it('ten checks: the sums agree, 70.1万 within rounding, three not checkable, one note', () => {
    const r = auditTable1();
    expect(r.ruleId).toBe('targets.table1Audit');
    expect(r.counts).toEqual({ agrees: 5, withinRounding: 1, material: 0, notCheckable: 3, note: 1 });
    expect(r.checks.map(plain)).toEqual([
      {
        id: 'sum/poorVillageExits',
        status: 'agrees',
        description:
          'Registered poor villages exiting in the year: 663 + 511 + 315 = 1489 against the 2015 baseline 1489',
        stated: '1489',
        computed: '1489',
        difference: '0',
      },
      {
        id: 'sum/poorCountyExits',
        status: 'agrees',
        description:
          'Poor counties exiting ("removing the hat") in the year: 0 + 4 + 11 = 15 against the 2015 baseline 15',
        stated: '15',
        computed: '15',
        difference: '0',
      },
      {
        id: 'sum/poorPeopleExits',
        status: 'notCheckable',
        description:
          '166854 + 140266 + 87314 = 394434 of the 2015 baseline 700739; the other 306305 would exit in 2016 (a year 表1 has no column for) or in 2020 (a target in words): the table cannot be checked.',
        stated: '700739',
        computed: '394434',
        difference: '-306305',
      },
      {
        id: 'text/scopeVillages',
        status: 'agrees',
        description: '表1’s 1489 against the text’s 1489 (printed 1489)',
        stated: '1489',
        computed: '1489',
        difference: '0',
      },
      {
        id: 'text/scopeCounties',
        status: 'agrees',
        description: '表1’s 15 against the text’s 15 (printed 15)',
        stated: '15',
        computed: '15',
        difference: '0',
      },
      {
        id: 'text/scopePeople',
        status: 'withinRounding',
        description: '表1’s 700739 against the text’s 701000 (printed 70.1 万)',
        stated: '701000',
        computed: '700739',
        difference: '-261',
      },
      {
        id: 'text/provincialFundIncrease',
        status: 'agrees',
        description:
          'The yearly increase accumulates over 5 years: 1 + 2 + 3 + 4 + 5 = 15 亿元 against the stated 15',
        stated: '15',
        computed: '15',
        difference: '0',
      },
      {
        id: 'notCheckable/relocatedPoorPeople',
        status: 'notCheckable',
        description:
          '表1’s 12233 people to relocate: the text gives no headcount to check it against (chapter 4 gives 252个 sites and 66万平方米, not people).',
        stated: null,
        computed: null,
        difference: null,
      },
      {
        id: 'notCheckable/twelfthPlan',
        status: 'notCheckable',
        description:
          'The preface’s 120 万 people lifted out and 5.8% incidence (2011–2015) come without a rural population to check them against.',
        stated: null,
        computed: null,
        difference: null,
      },
      {
        id: 'note/deadlines',
        status: 'note',
        description:
          'The last village and county exits are in 表1’s 2019 column, as the text’s “力争到 2019 年末基本完成” asks; 全部解决 sits in 2018 as chapter 4’s “到 2018 年” does; the dilapidated-house and water rows in 2017 as chapter 10 dates them.',
        stated: null,
        computed: null,
        difference: null,
      },
    ]);
  });

  it('each check cites its rows', () => {
    const r = auditTable1();
    const cites = Object.fromEntries(r.checks.map((c) => [c.id, c.citations]));
    expect(cites['sum/poorVillageExits']).toEqual([clauseOf('poorVillageExits')]);
    expect(cites['sum/poorPeopleExits']).toEqual([clauseOf('poorPeopleExits'), TABLE_1_HEADER]);
    expect(cites['text/scopePeople']).toEqual([clauseOf('poorPeopleExits'), clauseOf('scopePeople')]);
    expect(cites['text/provincialFundIncrease']).toEqual([clauseOf('provincialFundIncreasePerYear')]);
    expect(cites['notCheckable/relocatedPoorPeople']).toEqual([
      clauseOf('relocatedPoorPeople'),
      clauseOf('resettlementSites'),
    ]);
    expect(cites['notCheckable/twelfthPlan']).toEqual([
      clauseOf('twelfthPlanPeopleReduced'),
      clauseOf('twelfthPlanIncidence'),
    ]);
    expect(cites['note/deadlines']?.[0]).toEqual(clauseOf('campaignBasicallyComplete'));
    expect(cites['note/deadlines']?.[1]?.quote).toBe('到 2018 年，完成全省易地搬迁脱贫工作');
    expect(cites['note/deadlines']?.[1]?.chapter).toBe(4);
  });

  it('seven steps: their params, citations, values and sentences in both languages', () => {
    const r = auditTable1();
    expect(r.trace.map((s) => [s.params, s.value, s.citations])).toEqual([
      [
        [
          'targets.poorVillageExits2017',
          'targets.poorVillageExits2018',
          'targets.poorVillageExits2019',
          'targets.poorVillageExitsBaseline',
        ],
        'agrees',
        [clauseOf('poorVillageExits')],
      ],
      [
        [
          'targets.poorCountyExits2017',
          'targets.poorCountyExits2018',
          'targets.poorCountyExits2019',
          'targets.poorCountyExitsBaseline',
        ],
        'agrees',
        [clauseOf('poorCountyExits')],
      ],
      [
        [
          'targets.poorPeopleExits2017',
          'targets.poorPeopleExits2018',
          'targets.poorPeopleExits2019',
          'targets.poorPeopleExitsBaseline',
        ],
        'notCheckable',
        [clauseOf('poorPeopleExits'), TABLE_1_HEADER],
      ],
      [
        ['targets.poorVillageExitsBaseline', 'targets.scopeVillagesBaseline'],
        'agrees',
        [clauseOf('poorVillageExits'), clauseOf('scopeVillages')],
      ],
      [
        ['targets.poorCountyExitsBaseline', 'targets.scopeCountiesBaseline'],
        'agrees',
        [clauseOf('poorCountyExits'), clauseOf('scopeCounties')],
      ],
      [
        ['targets.poorPeopleExitsBaseline', 'targets.scopePeopleBaseline'],
        'withinRounding',
        [clauseOf('poorPeopleExits'), clauseOf('scopePeople')],
      ],
      [
        ['targets.provincialFundIncreasePerYearPerYear', 'targets.provincialFundIncreaseTotal2020'],
        'agrees',
        [clauseOf('provincialFundIncreasePerYear')],
      ],
    ]);
    expect(r.trace.map((s) => s.text)).toEqual([
      {
        zh: '建档立卡贫困村年度退出：663 + 511 + 315 = 1489，对照基数 1489 个：agrees',
        en: 'Registered poor villages exiting in the year: 663 + 511 + 315 = 1489 against the baseline 1489 villages: agrees',
      },
      {
        zh: '贫困县摘帽：0 + 4 + 11 = 15，对照基数 15 个：agrees',
        en: 'Poor counties exiting ("removing the hat") in the year: 0 + 4 + 11 = 15 against the baseline 15 counties: agrees',
      },
      {
        zh: '建档立卡年度脱贫人口：166854 + 140266 + 87314 = 394434，距基数 700739 尚余 306305；表1 无 2016 年列，2020 年为“实现全面脱贫”，无法核对',
        en: 'Registered poor people exiting poverty in the year: 166854 + 140266 + 87314 = 394434, 306305 short of the baseline 700739; 表1 has no 2016 column and 2020 says “实现全面脱贫”: not checkable',
      },
      {
        zh: '表1 1489 个 对照正文 1489 个（原文 1489）：agrees',
        en: '表1 1489 villages against the text’s 1489 villages (printed 1489): agrees',
      },
      {
        zh: '表1 15 个 对照正文 15 个（原文 15）：agrees',
        en: '表1 15 counties against the text’s 15 counties (printed 15): agrees',
      },
      {
        zh: '表1 700739 人 对照正文 701000 人（原文 70.1 万）：withinRounding',
        en: '表1 700739 people against the text’s 701000 people (printed 70.1 万): withinRounding',
      },
      {
        zh: '省级财政专项扶贫资金逐年累计增加：1 + 2 + 3 + 4 + 5 = 15 亿元，对照“共计 15 亿元”：agrees',
        en: 'provincial fund, increases accumulating: 1 + 2 + 3 + 4 + 5 = 15 亿元 against the stated 15: agrees',
      },
    ]);
  });
});

describe('auditTable1 under reforms: the statuses follow the figures', () => {
  it.each([
    ['700239', 'withinRounding', '500'], // 700739 − 700239 = 500: within the ±500 of one decimal of 万
    ['700238', 'material', '501'],
    ['701239', 'withinRounding', '-500'],
    ['701240', 'material', '-501'],
    ['700739', 'agrees', '0'],
  ])('70.1万 reformed to %s: %s (difference %s)', (scope, status, difference) => {
    const r = auditTable1({ overrides: { 'targets.scopePeopleBaseline': scope } });
    const c = r.checks.find((x) => x.id === 'text/scopePeople');
    expect([c?.status, c?.difference?.toFixed()]).toEqual([status, difference]);
  });

  it('600 + 511 + 315 = 1426 against 1489: material (no tolerance for a sum)', () => {
    const r = auditTable1({ overrides: { 'targets.poorVillageExits2017': '600' } });
    const c = r.checks.find((x) => x.id === 'sum/poorVillageExits');
    expect([c?.status, c?.difference?.toFixed()]).toEqual(['material', '-63']);
    expect(r.trace[0]?.text.zh).toBe(
      '建档立卡贫困村年度退出：600 + 511 + 315 = 1426，对照基数 1489 个：material',
    );
    expect(r.counts).toEqual({ agrees: 4, withinRounding: 1, material: 1, notCheckable: 3, note: 1 });
  });

  it('one village more in a sum is material too (15 + 1)', () => {
    const r = auditTable1({ overrides: { 'targets.poorCountyExits2019': '12' } });
    expect(r.checks.find((x) => x.id === 'sum/poorCountyExits')?.status).toBe('material');
  });

  it('a text figure one off: material (no tolerance for counties)', () => {
    const r = auditTable1({ overrides: { 'targets.scopeCountiesBaseline': '16' } });
    const c = r.checks.find((x) => x.id === 'text/scopeCounties');
    expect([c?.status, c?.difference?.toFixed()]).toEqual(['material', '-1']);
    expect(r.trace[4]?.text.en).toBe('表1 15 counties against the text’s 16 counties (printed 15): material');
  });

  it('2 亿元 a year accumulates to 2 + 4 + 6 + 8 + 10 = 30 against 15: material', () => {
    const r = auditTable1({ overrides: { 'targets.provincialFundIncreasePerYearPerYear': '2' } });
    const c = r.checks.find((x) => x.id === 'text/provincialFundIncrease');
    expect([c?.status, c?.computed?.toFixed(), c?.difference?.toFixed()]).toEqual(['material', '30', '15']);
    expect(r.trace[6]?.text.zh).toBe(
      '省级财政专项扶贫资金逐年累计增加：2 + 4 + 6 + 8 + 10 = 30 亿元，对照“共计 15 亿元”：material',
    );
  });

  it('the people row follows its reformed years', () => {
    const r = auditTable1({ overrides: { 'targets.poorPeopleExits2017': '200000' } });
    const c = r.checks.find((x) => x.id === 'sum/poorPeopleExits');
    expect([c?.computed?.toFixed(), c?.difference?.toFixed()]).toEqual(['427580', '-273159']);
    expect(r.trace[2]?.text.en).toContain(
      '200000 + 140266 + 87314 = 427580, 273159 short of the baseline 700739',
    );
  });
});
