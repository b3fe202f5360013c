/**
 * Exit standards, pinned sentence by sentence (issue 15): poverty incidence, village and county exit (2% 以下,
 * 3% 以下 in 延边州; 以下 includes the figure), the checklist step, household exit (超过 excludes the line) and
 * 摘帽不摘政策. Each result is built inside its own test.
 */
import { describe, expect, it } from 'vitest';
import {
  checkCountyExit,
  checkHouseholdExit,
  checkPolicyRetention,
  checkVillageExit,
  COUNTY_EXIT_CONDITIONS,
  EXIT_CITATIONS,
  HOUSEHOLD_EXIT_CONDITIONS,
  povertyIncidence,
  VILLAGE_EXIT_CONDITIONS,
} from '../../src/targets/index.js';
import { answerChecklist, checklistVerdict, exitVerdict } from '../../src/targets/exit.js';
import { refusal } from '../support/errors.js';

const answers = (ids: readonly { id: string }[], value: boolean | null) =>
  Object.fromEntries(ids.map((c) => [c.id, value]));

describe('poverty incidence: the step and the rounding of the percentage', () => {
  it('20 ÷ 1000 = 1/50 (2.00%): the whole step', () => {
    const r = povertyIncidence({ registeredPoor: 20, ruralPopulation: 1000 });
    expect(r.trace).toHaveLength(1);
    expect(r.trace[0]).toEqual({
      ruleId: 'targets.povertyIncidence',
      citations: [EXIT_CITATIONS.village, EXIT_CITATIONS.county],
      params: [],
      inputs: { registeredPoor: 20, ruralPopulation: 1000 },
      amount: null,
      value: '1/50',
      payer: null,
      text: {
        zh: '贫困发生率 = 20 ÷ 1000 = 1/50（约 2.00%）',
        en: 'poverty incidence = 20 ÷ 1000 = 1/50 (about 2.00%)',
      },
    });
    expect(r.incidence.toFixed()).toBe('0.02');
    expect([r.registeredPoor, r.ruralPopulation]).toEqual([20, 1000]);
  });

  it.each([
    [1, 800, 1, 800, '0.13'], // 0.125% rounds half up to 0.13
    [3, 800, 3, 800, '0.38'], // 0.375% → 0.38
    [6, 9, 2, 3, '66.67'],
    [0, 5, 0, 1, '0.00'],
  ])('%i ÷ %i = %i/%i, shown as %s%%', (poor, people, num, den, percent) => {
    const r = povertyIncidence({ registeredPoor: poor, ruralPopulation: people });
    expect([r.numerator, r.denominator, r.percent]).toEqual([num, den, percent]);
    expect(r.trace[0]?.value).toBe(`${String(num)}/${String(den)}`);
  });

  it('refuses more poor people than people (path registeredPoor)', () => {
    const e = refusal(() => povertyIncidence({ registeredPoor: 11, ruralPopulation: 10 }));
    expect(e.ruleId).toBe('targets.povertyIncidence');
    expect(e.issues[0]?.path).toBe('registeredPoor');
    expect(e.issues[0]?.message).toBe('must not exceed ruralPopulation');
  });
});

describe('village exit: 2% 以下 outside 延边州, 3% 以下 inside (以下 includes the figure)', () => {
  it.each([
    ['通榆县', 20, true, '2.00', '0.02'],
    ['通榆县', 21, false, '2.10', '0.02'],
    ['汪清县', 30, true, '3.00', '0.03'],
    ['汪清县', 31, false, '3.10', '0.03'],
  ])('%s: %i/1000 → incidenceMet %s', (place, poor, met, percent, threshold) => {
    const r = checkVillageExit({ place, registeredPoor: poor, ruralPopulation: 1000, date: '2018-10-01' });
    expect(r.incidenceMet).toBe(met);
    expect(r.percent).toBe(percent);
    expect(r.threshold).toBe(threshold);
    expect(r.bound).toBe('以下');
    expect(r.place).toBe(place);
    expect(r.inYanbian).toBe(threshold === '0.03');
  });

  it('汪清县 30/1000 with two answers: both steps, word for word', () => {
    const r = checkVillageExit({
      place: '汪清县',
      registeredPoor: 30,
      ruralPopulation: 1000,
      date: '2018-10-01',
      conditions: { infrastructureImproved: true, farmlandImproved: false },
    });
    expect(r.ruleId).toBe('targets.villageExit');
    expect(r.trace).toEqual([
      {
        ruleId: 'targets.villageExit',
        citations: [EXIT_CITATIONS.village],
        params: ['targets.villageExitIncidenceYanbian'],
        inputs: { place: '汪清县', registeredPoor: 30, ruralPopulation: 1000 },
        amount: null,
        value: true,
        payer: null,
        text: {
          zh: '汪清县（延边州）：贫困发生率 30/1000（约 3.00%），标准 以下 3%：达到',
          en: 'Wangqing County (in Yanbian): incidence 30/1000 (about 3.00%) against at most 3%: met',
        },
      },
      {
        ruleId: 'targets.villageExit',
        citations: [EXIT_CITATIONS.villageConditions],
        params: [],
        inputs: {
          infrastructureImproved: true,
          farmlandImproved: false,
          featureIndustry: null,
          collectiveEconomy: null,
          selfGovernance: null,
        },
        amount: null,
        value: false,
        payer: null,
        text: {
          zh: '条件清单：✓村内基础设施、基本公共服务设施和人居环境明显改善；✗基本农田和农田水利等设施水平明显提高；?特色产业基本形成；?集体经济有一定规模；?自治管理能力不断增强：有未满足的条件',
          en: 'checklist: ✓ infrastructure, basic public service facilities and living environment clearly improved; ✗ basic farmland and irrigation facilities clearly improved; ? a distinctive industry basically formed; ? a collective economy of some scale; ? self-governance capacity growing: a condition is not met',
        },
      },
    ]);
    expect(r.checklist.map((i) => i.answer)).toEqual([true, false, null, null, null]);
    expect(r.checklist[0]).toEqual({ ...VILLAGE_EXIT_CONDITIONS[0], answer: true });
    expect([r.conditionsMet, r.qualifies]).toEqual([false, false]);
  });

  it('outside 延边州, 21/1000 against 2%: not met, in both languages', () => {
    const r = checkVillageExit({
      place: '通榆县',
      registeredPoor: 21,
      ruralPopulation: 1000,
      date: '2018-10-01',
    });
    expect(r.trace[0]?.params).toEqual(['targets.villageExitIncidence']);
    expect(r.trace[0]?.value).toBe(false);
    expect(r.trace[0]?.text).toEqual({
      zh: '通榆县（延边州以外）：贫困发生率 21/1000（约 2.10%），标准 以下 2%：未达到',
      en: 'Tongyu County (outside Yanbian): incidence 21/1000 (about 2.10%) against at most 2%: not met',
    });
  });

  it('no conditions given: every answer null, the checklist open, qualifies null', () => {
    const r = checkVillageExit({
      place: '通榆县',
      registeredPoor: 1,
      ruralPopulation: 1000,
      date: '2018-10-01',
    });
    expect(r.checklist.map((i) => i.answer)).toEqual([null, null, null, null, null]);
    expect([r.incidenceMet, r.conditionsMet, r.qualifies]).toEqual([true, null, null]);
    expect(r.trace[1]?.value).toBeNull();
    expect(r.trace[1]?.text.zh.endsWith('：尚未全部回答')).toBe(true);
    expect(r.trace[1]?.text.en.endsWith(': not all answered')).toBe(true);
  });

  it('every condition true and 20/1000: qualifies true, the checklist "all met"', () => {
    const r = checkVillageExit({
      place: '通榆县',
      registeredPoor: 20,
      ruralPopulation: 1000,
      date: '2018-10-01',
      conditions: answers(VILLAGE_EXIT_CONDITIONS, true),
    });
    expect([r.incidenceMet, r.conditionsMet, r.qualifies]).toEqual([true, true, true]);
    expect(r.trace[1]?.text.zh.endsWith('✓自治管理能力不断增强：全部满足')).toBe(true);
    expect(r.trace[1]?.text.en.endsWith('✓ self-governance capacity growing: all met')).toBe(true);
  });

  it('every condition true but 21/1000: qualifies false (the incidence fails)', () => {
    const r = checkVillageExit({
      place: '通榆县',
      registeredPoor: 21,
      ruralPopulation: 1000,
      date: '2018-10-01',
      conditions: answers(VILLAGE_EXIT_CONDITIONS, true),
    });
    expect([r.incidenceMet, r.conditionsMet, r.qualifies]).toEqual([false, true, false]);
  });

  it('a township of 延边州 counts as 延边州 (the region registry decides)', () => {
    const r = checkVillageExit({
      place: '延边朝鲜族自治州',
      registeredPoor: 30,
      ruralPopulation: 1000,
      date: '2018-10-01',
    });
    expect(r.inYanbian).toBe(true);
    expect(r.incidenceMet).toBe(true);
  });
});

describe('county exit: the same standard, a county-level place, its own conditions', () => {
  it('通榆县 21/1000 with every condition true: the whole trace', () => {
    const r = checkCountyExit({
      county: '通榆县',
      registeredPoor: 21,
      ruralPopulation: 1000,
      date: '2018-10-01',
      conditions: answers(COUNTY_EXIT_CONDITIONS, true),
    });
    expect(r.ruleId).toBe('targets.countyExit');
    expect(r.trace[0]).toEqual({
      ruleId: 'targets.countyExit',
      citations: [EXIT_CITATIONS.county],
      params: ['targets.countyExitIncidence'],
      inputs: { place: '通榆县', registeredPoor: 21, ruralPopulation: 1000 },
      amount: null,
      value: false,
      payer: null,
      text: {
        zh: '通榆县（延边州以外）：贫困发生率 21/1000（约 2.10%），标准 以下 2%：未达到',
        en: 'Tongyu County (outside Yanbian): incidence 21/1000 (about 2.10%) against at most 2%: not met',
      },
    });
    expect(r.trace[1]?.citations).toEqual([EXIT_CITATIONS.countyConditions]);
    expect(r.trace[1]?.value).toBe(true);
    expect(r.trace[1]?.text.zh).toBe(
      '条件清单：✓县域内基础设施明显改善；✓基本公共服务能力和水平进一步提升；✓全面解决出行难、就医难等问题；✓社会保障实现全覆盖；✓县域经济不断壮大；✓生态环境有效改善；✓可持续发展能力不断增强：全部满足',
    );
    expect(r.trace[1]?.text.en).toBe(
      'checklist: ✓ infrastructure in the county clearly improved; ✓ basic public services further improved; ✓ difficulties of travel and of seeing a doctor fully solved; ✓ social security covering everyone; ✓ the county economy growing; ✓ the ecological environment effectively improved; ✓ capacity for sustainable development growing: all met',
    );
    expect([r.incidenceMet, r.conditionsMet, r.qualifies]).toEqual([false, true, false]);
  });

  it('和龙市 (延边州) 30/1000 passes, 31/1000 fails', () => {
    const at = checkCountyExit({
      county: '和龙市',
      registeredPoor: 30,
      ruralPopulation: 1000,
      date: '2019-10-01',
    });
    const over = checkCountyExit({
      county: '和龙市',
      registeredPoor: 31,
      ruralPopulation: 1000,
      date: '2019-10-01',
    });
    expect([at.incidenceMet, over.incidenceMet]).toEqual([true, false]);
    expect(at.trace[0]?.params).toEqual(['targets.countyExitIncidenceYanbian']);
    expect(at.threshold).toBe('0.03');
  });

  it.each([
    ['火星县', 'unknown_region', 'is not one place of the region registry (a name, alias, id or code)'],
    ['浙江省', 'outside_jilin', 'is not in Jilin Province: the plan’s exit standards are Jilin’s'],
    ['吉林省', 'outside_jilin', 'is not in Jilin Province: the plan’s exit standards are Jilin’s'],
    ['延边朝鲜族自治州', 'wrong_level', 'is a prefecture; must be one of: county, countyCity, district'],
  ])('refuses county %s (%s)', (county, code, message) => {
    const e = refusal(() =>
      checkCountyExit({ county, registeredPoor: 1, ruralPopulation: 10, date: '2019-10-01' }),
    );
    expect(e.ruleId).toBe('targets.countyExit');
    expect(e.issues[0]).toMatchObject({ path: 'county', value: county, code, message });
  });

  it('an unknown place is refused with close names as suggestions', () => {
    const e = refusal(() =>
      checkVillageExit({ place: '通榆具', registeredPoor: 1, ruralPopulation: 10, date: '2019-10-01' }),
    );
    expect(e.ruleId).toBe('targets.villageExit');
    expect(e.issues[0]?.path).toBe('place');
    expect(e.suggestions).toContain('通榆县');
  });
});

describe('the checklist and the verdicts', () => {
  it('answerChecklist: missing answers and no answers at all are null', () => {
    expect(answerChecklist(VILLAGE_EXIT_CONDITIONS, undefined).map((i) => i.answer)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(
      answerChecklist(VILLAGE_EXIT_CONDITIONS, { featureIndustry: false, selfGovernance: true }).map(
        (i) => i.answer,
      ),
    ).toEqual([null, null, false, null, true]);
  });

  it.each([
    [[true, true], true],
    [[true, null], null],
    [[null, false], false],
    [[false, true], false],
    [[], true],
  ] as const)('checklistVerdict(%j) = %s', (given, verdict) => {
    const items = VILLAGE_EXIT_CONDITIONS.slice(0, given.length).map((k, n) => ({
      ...k,
      answer: given[n] ?? null,
    }));
    expect(checklistVerdict(items)).toBe(verdict);
  });

  it.each([
    [true, true, true],
    [true, null, null],
    [true, false, false],
    [false, true, false],
    [false, null, false],
    [false, false, false],
  ] as const)('exitVerdict(incidence %s, checklist %s) = %s', (inc, list, verdict) => {
    expect(exitVerdict(inc, list)).toBe(verdict);
  });
});

describe('household exit: income 超过 the national line (equal is not enough)', () => {
  it('3000 against 3000: not met; the whole income step and the open checklist', () => {
    const r = checkHouseholdExit(
      { perCapitaIncome: '3000', date: '2018-12-01' },
      { nationalPovertyLine: '3000' },
    );
    expect(r.ruleId).toBe('targets.householdExit');
    expect(r.bound).toBe('超过');
    expect(r.perCapitaIncome.toString()).toBe('3000.00');
    expect(r.nationalPovertyLine.toString()).toBe('3000.00');
    expect(r.trace[0]).toEqual({
      ruleId: 'targets.householdExit',
      citations: [EXIT_CITATIONS.householdIncome],
      params: [],
      inputs: { perCapitaIncome: '3000.00', nationalPovertyLine: '3000.00' },
      amount: null,
      value: false,
      payer: null,
      text: {
        zh: '家庭年人均可支配收入 3000.00 元，须超过国家扶贫标准 3000.00 元（不含相等）：未达到',
        en: 'per-capita disposable income 3000.00 yuan must be more than the national line 3000.00 yuan (超过: equal is not enough): not met',
      },
    });
    expect(r.trace[1]).toEqual({
      ruleId: 'targets.householdExit',
      citations: [
        EXIT_CITATIONS.householdIncome,
        EXIT_CITATIONS.householdChannels,
        EXIT_CITATIONS.twoAssurances,
      ],
      params: [],
      inputs: {
        incomeStable: null,
        incomeChannels: null,
        food: null,
        clothing: null,
        compulsoryEducation: null,
        basicMedicalCare: null,
        housingSafety: null,
      },
      amount: null,
      value: null,
      payer: null,
      text: {
        zh: '条件清单：?收入稳定超过国家扶贫标准；?有稳定增收渠道和收入来源；?不愁吃；?不愁穿；?义务教育有保障；?基本医疗有保障；?住房安全有保障：尚未全部回答',
        en: 'checklist: ? income stably above the national line; ? stable channels and sources of income; ? no worry about food; ? no worry about clothing; ? compulsory education guaranteed; ? basic medical care guaranteed; ? safe housing guaranteed: not all answered',
      },
    });
    expect([r.incomeMet, r.conditionsMet, r.qualifies]).toEqual([false, null, false]);
  });

  it('3000.01 against 3000 with every condition true: met, qualifies', () => {
    const r = checkHouseholdExit(
      {
        perCapitaIncome: '3000.01',
        date: '2018-12-01',
        conditions: answers(HOUSEHOLD_EXIT_CONDITIONS, true),
      },
      { nationalPovertyLine: '3000' },
    );
    expect(r.trace[0]?.value).toBe(true);
    expect(r.trace[0]?.text).toEqual({
      zh: '家庭年人均可支配收入 3000.01 元，须超过国家扶贫标准 3000.00 元（不含相等）：达到',
      en: 'per-capita disposable income 3000.01 yuan must be more than the national line 3000.00 yuan (超过: equal is not enough): met',
    });
    expect([r.incomeMet, r.conditionsMet, r.qualifies]).toEqual([true, true, true]);
  });

  it('2999.99 against 3000: not met', () => {
    const r = checkHouseholdExit(
      { perCapitaIncome: '2999.99', date: '2018-12-01' },
      { nationalPovertyLine: '3000' },
    );
    expect(r.incomeMet).toBe(false);
  });

  it('a line of zero is refused at local.nationalPovertyLine', () => {
    const e = refusal(() =>
      checkHouseholdExit({ perCapitaIncome: '1', date: '2018-12-01' }, { nationalPovertyLine: '0' }),
    );
    expect(e.ruleId).toBe('targets.householdExit');
    expect(e.issues[0]?.path).toBe('local.nationalPovertyLine');
    expect(e.issues[0]?.message).toBe('must be greater than zero');
  });
});

describe('摘帽不摘政策: the period and its ends', () => {
  const local = { retentionMonths: 24 };
  it('exited 2018-12-31, 24 months: the whole step on 2020-06-30', () => {
    const r = checkPolicyRetention({ unit: 'village', exitDate: '2018-12-31', date: '2020-06-30' }, local);
    expect(r.ruleId).toBe('targets.policyRetention');
    expect(r.trace).toEqual([
      {
        ruleId: 'targets.policyRetention',
        citations: [EXIT_CITATIONS.retention],
        params: [],
        inputs: { exitDate: '2018-12-31', date: '2020-06-30', retentionMonths: 24 },
        amount: null,
        value: 'retained',
        payer: null,
        text: {
          zh: '摘帽不摘政策：2018-12-31 退出，退出后 24 个月（地方规定），至 2020-12-31；2020-06-30：继续享受相关政策',
          en: 'exit without losing policies: exited 2018-12-31, 24 months after exit (local figure), to 2020-12-31; on 2020-06-30: policies kept',
        },
      },
    ]);
    expect(r).toMatchObject({
      unit: 'village',
      exitDate: '2018-12-31',
      retainedUntil: '2020-12-31',
      status: 'retained',
      retained: true,
    });
  });

  it.each([
    ['2018-12-30', 'notYetExited', false, '尚未退出', 'not yet exited'],
    ['2018-12-31', 'retained', true, '继续享受相关政策', 'policies kept'],
    ['2020-12-31', 'retained', true, '继续享受相关政策', 'policies kept'],
    ['2021-01-01', 'ended', false, '期限已过', 'period over'],
  ] as const)('on %s: %s', (date, status, retained, zh, en) => {
    const r = checkPolicyRetention({ unit: 'household', exitDate: '2018-12-31', date }, local);
    expect([r.status, r.retained]).toEqual([status, retained]);
    expect(r.trace[0]?.value).toBe(status);
    expect(r.trace[0]?.text.zh.endsWith(`；${date}：${zh}`)).toBe(true);
    expect(r.trace[0]?.text.en.endsWith(`; on ${date}: ${en}`)).toBe(true);
  });

  it('under untilPlanEnd: to 2020-12-31 whatever the months, the plan’s end date as a param', () => {
    const r = checkPolicyRetention(
      { unit: 'county', exitDate: '2019-05-01', date: '2021-01-01' },
      {},
      { readings: { policyRetentionPeriod: 'untilPlanEnd' } },
    );
    expect(r.retainedUntil).toBe('2020-12-31');
    expect(r.status).toBe('ended');
    expect(r.trace[0]?.params).toEqual(['targets.planEndDate']);
    expect(r.trace[0]?.inputs).toEqual({ exitDate: '2019-05-01', date: '2021-01-01', retentionMonths: null });
    expect(r.trace[0]?.text).toEqual({
      zh: '摘帽不摘政策：2019-05-01 退出，至规划期末 2020-12-31；2021-01-01：期限已过',
      en: 'exit without losing policies: exited 2019-05-01, until the plan’s end, 2020-12-31; on 2021-01-01: period over',
    });
  });

  it('a bad local figure is refused under local', () => {
    const e = refusal(() =>
      checkPolicyRetention(
        { unit: 'village', exitDate: '2018-12-31', date: '2019-01-01' },
        { retentionMonths: 1201 },
      ),
    );
    expect(e.issues[0]).toMatchObject({
      path: 'local.retentionMonths',
      message: 'must be at most 1200 months',
    });
  });

  it('under localPeriod without months: refused at local.retentionMonths', () => {
    const e = refusal(() =>
      checkPolicyRetention({ unit: 'village', exitDate: '2018-12-31', date: '2019-01-01' }, {}),
    );
    expect(e.ruleId).toBe('targets.policyRetention');
    expect(e.issues[0]).toMatchObject({
      path: 'local.retentionMonths',
      message: 'is needed: the plan fixes no period (一定期限); give the local one',
    });
  });
});

describe('the counts: the poor cannot outnumber the people (equal is allowed)', () => {
  it.each([
    [
      'village',
      () =>
        checkVillageExit({ place: '通榆县', registeredPoor: 11, ruralPopulation: 10, date: '2018-10-01' }),
      'targets.villageExit',
    ],
    [
      'county',
      () =>
        checkCountyExit({ county: '通榆县', registeredPoor: 11, ruralPopulation: 10, date: '2018-10-01' }),
      'targets.countyExit',
    ],
  ] as const)('%s: 11 poor of 10 people is refused at registeredPoor', (_name, run, ruleId) => {
    const e = refusal(run);
    expect(e.ruleId).toBe(ruleId);
    expect(e.issues[0]).toMatchObject({ path: 'registeredPoor', message: 'must not exceed ruralPopulation' });
  });

  it('10 poor of 10 people: accepted (100%), not met', () => {
    const v = checkVillageExit({
      place: '通榆县',
      registeredPoor: 10,
      ruralPopulation: 10,
      date: '2018-10-01',
    });
    const c = checkCountyExit({
      county: '通榆县',
      registeredPoor: 10,
      ruralPopulation: 10,
      date: '2018-10-01',
    });
    expect([v.percent, v.incidenceMet, c.percent, c.incidenceMet]).toEqual([
      '100.00',
      false,
      '100.00',
      false,
    ]);
  });

  it('a line of 0.01 yuan is accepted', () => {
    const r = checkHouseholdExit(
      { perCapitaIncome: '0.02', date: '2018-12-01' },
      { nationalPovertyLine: '0.01' },
    );
    expect(r.incomeMet).toBe(true);
  });
});
