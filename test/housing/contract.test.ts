/**
 * The housing area on the rule contract (issue 9): parameters, one envelope and a zh/en trace, reforms through
 * `options.overrides`, readings from the registry, local figures as the second argument, the renamed deadline
 * checks, and today's programme data kept identical (a test-only copy of the 0.1 module is the reference).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareReform } from '../../src/core/reform.js';
import { getParam, getRule } from '../../src/rules.js';
import {
  AREA_CAP_PARAM,
  AREA_CAP_PER_PERSON,
  areaCapFor,
  assessRelocationCandidacy,
  buildingSubsidy,
  checkDangerousHouseDeadline,
  checkHouseholdFinancing,
  checkHousePlan,
  checkRelocationDeadline,
  checkResettlementMix,
  CONCENTRATED_SHARE_FLOOR,
  CONCENTRATED_SHARE_PARAM,
  dangerousHouseDeadlineCheck,
  DANGEROUS_HOUSE_DEADLINE_PARAM,
  HOUSING_PARAMS,
  HOUSING_RULE_IDS,
  HOUSING_RULES,
  PROGRAMME_DERIVED_FIGURES,
  PROGRAMME_PARAMS,
  RELOCATION_DEADLINE_PARAM,
  RELOCATION_PROGRAMME,
  RELOCATION_PROGRAMME_AUDIT,
  relocationDeadlineCheck,
  relocationProgrammeReport,
  siteBuildingSubsidy,
} from '../../src/housing/index.js';
import * as reference from './reference/programme.js';
import { expectPolicyError } from './helpers.js';

const texts = (r: { trace: readonly { text: { zh: string; en: string } }[] }) =>
  r.trace.flatMap((s) => [s.text.zh, s.text.en]).join('\n');

/** Every evaluating function of the area, with a typical case. */
const CASES = [
  ['areaCapFor', () => areaCapFor({ registeredPeople: 3 })],
  ['checkHousePlan', () => checkHousePlan({ registeredPeople: 3, plannedAreaM2: '80' })],
  [
    'checkHouseholdFinancing',
    () =>
      checkHouseholdFinancing({
        stablyExitedPoverty: false,
        ownBorrowing: '30000',
        borrowingEnlargesHouse: true,
      }),
  ],
  ['buildingSubsidy', () => buildingSubsidy({ registeredPeople: 3 }, { ratePerPerson: '20000' })],
  [
    'siteBuildingSubsidy',
    () => siteBuildingSubsidy({ households: [{ registeredPeople: 2 }] }, { ratePerPerson: '100' }),
  ],
  ['checkResettlementMix', () => checkResettlementMix({ concentratedPeople: 70, totalPeople: 100 })],
  [
    'assessRelocationCandidacy',
    () => assessRelocationCandidacy({ registeredPoor: true, conditions: { frequentNaturalDisasters: true } }),
  ],
  ['checkRelocationDeadline', () => checkRelocationDeadline({ date: '2018-06-30' })],
  ['checkDangerousHouseDeadline', () => checkDangerousHouseDeadline({ date: '2018-01-01' })],
  ['relocationProgrammeReport', () => relocationProgrammeReport()],
] as const;

describe('parameters: the plan’s figures as dated, cited params', () => {
  it('25 m² per person (不超过), more than 70% (超过), 2018-12-31 and 2017-12-31, each quoting its clause', () => {
    expect(AREA_CAP_PARAM).toMatchObject({
      id: 'housing.areaCapPerPerson',
      bound: '不超过',
      unit: 'm2PerPerson',
    });
    expect(AREA_CAP_PARAM.versions).toEqual([{ from: null, value: '25' }]);
    expect(AREA_CAP_PARAM.citation.quote).toContain('不超过25平方米');
    expect(CONCENTRATED_SHARE_PARAM).toMatchObject({ bound: '超过', unit: 'rate' });
    expect(CONCENTRATED_SHARE_PARAM.versions[0]?.value).toBe('0.7');
    expect(CONCENTRATED_SHARE_PARAM.citation.quote).toBe('集中安置人口超过70%');
    expect(RELOCATION_DEADLINE_PARAM.versions[0]?.value).toBe('2018-12-31');
    expect(RELOCATION_DEADLINE_PARAM.citation.quote).toContain('到 2018 年');
    expect(DANGEROUS_HOUSE_DEADLINE_PARAM.versions[0]?.value).toBe('2017-12-31');
    expect(DANGEROUS_HOUSE_DEADLINE_PARAM.citation.quote).toContain('2017 年底前');
  });

  it('the programme params: 1.28 亿元, 252 sites, 660000 m², 10.9 亿元, 12233 people, 41.83 亿元', () => {
    const values = Object.fromEntries(
      Object.entries(PROGRAMME_PARAMS).map(([k, p]) => [k, p.versions[0]?.value]),
    );
    expect(values).toEqual({
      housingInvestment: '1.28',
      concentratedSites: '252',
      housingAreaM2: '660000',
      siteInfrastructureInvestment: '10.9',
      registeredPeopleToRelocate: '12233',
      relocationProjectInvestment: '41.83',
    });
  });

  it('HOUSING_PARAMS is in the root registry, and every param a rule lists is one of them', () => {
    const ids = new Set(HOUSING_PARAMS.map((p) => p.id));
    for (const p of HOUSING_PARAMS) expect(getParam(p.id)).toBe(p);
    for (const rule of HOUSING_RULES) for (const id of rule.params) expect(ids.has(id), id).toBe(true);
    expect(getRule(HOUSING_RULE_IDS.areaCap).params).toEqual(['housing.areaCapPerPerson']);
    expect(getRule(HOUSING_RULE_IDS.concentratedShare).params).toEqual(['housing.concentratedShareFloor']);
    expect(getRule(HOUSING_RULE_IDS.relocationDeadline).params).toEqual(['housing.relocationDeadline']);
    expect(getRule(HOUSING_RULE_IDS.dangerousHouseDeadline).params).toEqual([
      'housing.dangerousHouseDeadline',
    ]);
  });

  it('the deprecated limits and deadline checks are aliases of the new ones', () => {
    /* eslint-disable @typescript-eslint/no-deprecated -- the test of the deprecated aliases */
    expect(AREA_CAP_PER_PERSON).toMatchObject({ value: '25', bound: '不超过' });
    expect(CONCENTRATED_SHARE_FLOOR).toMatchObject({ value: '0.7', bound: '超过' });
    expect(relocationDeadlineCheck).toBe(checkRelocationDeadline);
    expect(dangerousHouseDeadlineCheck).toBe(checkDangerousHouseDeadline);
    /* eslint-enable @typescript-eslint/no-deprecated */
  });
});

describe('one envelope and a zh/en trace for every evaluating function', () => {
  it.each(CASES)('%s returns the envelope, frozen, with a bilingual trace', (_name, run) => {
    const r = run();
    expect(r.ruleId).toMatch(/^housing\./u);
    expect(Object.values(HOUSING_RULE_IDS)).toContain(r.ruleId);
    expect(r.regime).toBe('plan');
    expect(r.citations.length).toBeGreaterThan(0);
    expect(r.trace.length).toBeGreaterThan(0);
    for (const step of r.trace) {
      expect(step.text.zh).toMatch(/[\u4e00-\u9fff]/u);
      expect(step.text.en.length).toBeGreaterThan(10);
    }
    const rule = getRule(r.ruleId);
    for (const p of r.params) expect(rule.params, p.id).toContain(p.id);
    expect(Object.isFrozen(r) && Object.isFrozen(r.trace) && Object.isFrozen(r.readings)).toBe(true);
    expect(r).not.toHaveProperty('reading');
  });

  it('readings come from the registry, keyed by short name', () => {
    expect(areaCapFor({ registeredPeople: 1 }).readings).toEqual({ areaCapBasis: 'registeredMembers' });
    expect(checkResettlementMix({ concentratedPeople: 1, totalPeople: 1 }).readings).toEqual({
      concentratedShareBase: 'registeredPeople',
    });
    expect(checkRelocationDeadline({ date: '2018-01-01' }).readings).toEqual({
      relocationBy2018: 'endOf2018',
      deadlineDay: 'lastDayIncluded',
    });
    expect(
      checkHouseholdFinancing({ stablyExitedPoverty: true, ownBorrowing: 0, borrowingEnlargesHouse: false })
        .readings,
    ).toEqual({ borrowingScope: 'borrowingToEnlarge' });
    expect(assessRelocationCandidacy({ registeredPoor: false, conditions: {} }).readings).toEqual({
      candidacyConditions: 'anyListedCondition',
    });
  });

  it('checkHousePlan, 80 m² for 3 people: the trace in Chinese and English', () => {
    const r = checkHousePlan({ registeredPeople: 3, plannedAreaM2: '80' });
    expect(r.trace.map((s) => s.text)).toEqual([
      {
        zh: '住房建设面积上限：3 名建档立卡搬迁人口 × 25 平方米/人 = 75 平方米（标准：不超过 25 平方米/人）。',
        en: 'Area cap: 3 registered people × 25 m² per person = 75 m².',
      },
      {
        zh: '3 名建档立卡搬迁人口规划住房建设面积 80 平方米，超过上限 75 平方米，超出 5 平方米，不符合标准（标准：不超过 25 平方米/人）。',
        en: '80 m² for 3 registered people exceeds the cap of 3 × 25 m² per person = 75 m² by 5 m².',
      },
    ]);
    expect(r.explanation).toBe(r.trace[1]?.text.en);
    expect(r.trace[1]).toMatchObject({ value: false, params: ['housing.areaCapPerPerson'] });
  });

  it('checkResettlementMix, 70 of 100: 未超过 70% / not more than 70%', () => {
    const r = checkResettlementMix({ concentratedPeople: 70, totalPeople: 100 });
    expect(r.trace[1]?.text).toEqual({
      zh: '集中安置 70 人，占 100 人的 70%，未超过 70%；至少需 71 人（尚差 1 人）。',
      en: '70 of 100 people (70%) are resettled in concentrated sites: not more than 70%; at least 71 are needed (1 more).',
    });
  });

  it('checkDangerousHouseDeadline on 2018-01-01: the deadline step and the status step, zh and en', () => {
    const r = checkDangerousHouseDeadline({ date: '2018-01-01' });
    expect(r.date).toBe('2018-01-01');
    expect(r.trace.map((s) => s.text)).toEqual([
      {
        zh: '建档立卡贫困户存量危房改造完成期限：2017-12-31（含当日）。',
        en: 'The deadline for dangerous-house renovation: 2017-12-31 (that day included).',
      },
      {
        zh: '2018-01-01：建档立卡贫困户存量危房改造应于 2017-12-31 前完成，已过期 1 天；未完成即逾期。',
        en: 'On 2018-01-01, dangerous-house renovation was due by 2017-12-31, 1 day(s) ago; unfinished work is overdue.',
      },
    ]);
  });

  it('buildingSubsidy: 20,000 × 3 = 60,000.00 yuan; the step pays the amount and says who is not counted', () => {
    const r = buildingSubsidy({ registeredPeople: 3, nonRegisteredPeople: 1 }, { ratePerPerson: '20000' });
    expect(r.trace[0]?.amount?.toString()).toBe('60000.00');
    expect(r.trace[0]?.text.zh).toBe(
      '建房补助：20000.00 元/人（地方标准）× 3 名建档立卡搬迁人口 = 60000.00 元；非建档立卡人口 1 人不计入。',
    );
    expect(r.trace[0]?.text.en).toContain('the 1 person not registered adds nothing');
  });

  it('the date selects the params: a 2015 date is the baseline regime, with the same date-independent deadline', () => {
    const r = checkRelocationDeadline({ date: '2015-06-01' });
    expect(r.regime).toBe('baseline');
    expect(r.deadline).toBe('2018-12-31');
    expect(r.params[0]).toMatchObject({
      id: 'housing.relocationDeadline',
      value: '2018-12-31',
      source: 'plan',
    });
  });

  it('an override of another rule’s parameter is refused at options.overrides.<id>', () => {
    expectPolicyError(
      () =>
        checkResettlementMix(
          { concentratedPeople: 1, totalPeople: 1 },
          { overrides: { 'housing.areaCapPerPerson': '30' } },
        ),
      'housing.concentratedShare',
      'options.overrides.housing.areaCapPerPerson',
    );
    expectPolicyError(
      () =>
        checkHousePlan(
          { registeredPeople: 1, plannedAreaM2: 1 },
          { overrides: { 'housing.areaCapPerPerson': '-1' } },
        ),
      'housing.areaCap',
      'options.overrides.housing.areaCapPerPerson',
    );
  });
});

describe('reforms: results and trace texts follow the overrides', () => {
  it('a cap of 30 m²: 3 people may build 3 × 30 = 90 m², 80 m² then complies, and the trace says 30', () => {
    const c = compareReform((o) => checkHousePlan({ registeredPeople: 3, plannedAreaM2: '80' }, o), {
      name: 'cap at 30 m²',
      overrides: { 'housing.areaCapPerPerson': '30' },
    });
    expect([c.plan.capM2.toString(), c.plan.compliant]).toEqual(['75', false]);
    expect([c.reform.capM2.toString(), c.reform.compliant]).toEqual(['90', true]);
    expect(c.reform.headroomM2.toString()).toBe('10'); // 90 − 80
    expect(c.reform.trace[0]?.text.zh).toContain('3 名建档立卡搬迁人口 × 30 平方米/人 = 90 平方米');
    expect(c.reform.trace[0]?.text.en).toBe('Area cap: 3 registered people × 30 m² per person = 90 m².');
    expect(c.reform.explanation).toBe(
      '80 m² for 3 registered people is not more than the cap of 3 × 30 m² per person = 90 m²; 10 m² below it.',
    );
    expect(texts(c.reform)).not.toMatch(/25/u);
    expect(c.reform.params[0]).toMatchObject({ value: '30', source: 'override' });
    expect(c.changes.map((x) => x.path)).toContain('capM2');
  });

  it('a share of 60%: 65 of 100 complies under the reform (65 > 60) but not the plan (65 ≤ 70); the trace says 60%', () => {
    const c = compareReform((o) => checkResettlementMix({ concentratedPeople: 65, totalPeople: 100 }, o), {
      overrides: { 'housing.concentratedShareFloor': '0.6' },
    });
    expect([c.plan.compliant, c.plan.minimumConcentratedPeople]).toEqual([false, 71]);
    expect([c.reform.compliant, c.reform.minimumConcentratedPeople]).toEqual([true, 61]); // ⌊0.6 × 100⌋ + 1
    expect(c.reform.threshold.toString()).toBe('0.6');
    expect(c.reform.trace[1]?.text.zh).toContain('超过 60%');
    expect(c.reform.explanation).toContain('more than 60%');
    expect(texts(c.reform)).not.toMatch(/70%/u);
  });

  it('deadlines moved a year: relocation by 2019-12-31, dangerous houses by 2018-12-31', () => {
    const relocation = checkRelocationDeadline(
      { date: '2019-06-30' },
      { overrides: { 'housing.relocationDeadline': '2019-12-31' } },
    );
    expect([relocation.deadline, relocation.pastDeadline, relocation.daysUntilDeadline]).toEqual([
      '2019-12-31',
      false,
      184, // Jul–Dec
    ]);
    expect(texts(relocation)).not.toMatch(/2018/u);
    const start = checkRelocationDeadline(
      { date: '2019-06-30' },
      {
        overrides: { 'housing.relocationDeadline': '2019-12-31' },
        readings: { relocationBy2018: 'startOf2018' },
      },
    );
    expect([start.deadline, start.pastDeadline]).toEqual(['2018-12-31', true]);
    const houses = checkDangerousHouseDeadline(
      { date: '2018-06-30' },
      { overrides: { 'housing.dangerousHouseDeadline': '2018-12-31' } },
    );
    expect([houses.deadline, houses.due]).toEqual(['2018-12-31', false]);
    expect(houses.trace[0]?.text.zh).toContain('2018-12-31');
    expect(texts(houses)).not.toMatch(/2017/u);
  });

  it('the programme report follows the cap: at 60 m² the area per person (53.95) is within it, and the audit says so', () => {
    const r = relocationProgrammeReport({ overrides: { 'housing.areaCapPerPerson': '60' } });
    expect(r.derived.maximumAreaUnderCap.exact.toString()).toBe('733980'); // 12,233 × 60
    expect(r.audit[0]?.severity).toBe('note');
    expect(r.audit[0]?.title).toContain('not more than the 60 m² cap');
    expect(texts(r)).not.toMatch(/25 m²/u);
    expect(r.trace.some((s) => s.ruleId === HOUSING_RULE_IDS.programmeAudit)).toBe(true);
  });

  it('the programme report follows the programme figures: 2 亿元 of housing for 252 sites', () => {
    const r = relocationProgrammeReport({ overrides: { 'housing.housingInvestment': '2' } });
    expect(r.figures.housingInvestment.value.toString()).toBe('200000000.00');
    expect(r.derived.housingInvestmentPerM2.rounded.toString()).toBe('303.03'); // 200,000,000 ÷ 660,000
    expect(r.audit[1]?.title).toBe(
      '2 亿元 for 660,000 m² is about 303.03 yuan per m², too little to build houses',
    );
  });

  it('a reform with no overrides equals the plan, for any house plan (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 100_000 }), (n, hundredths) => {
        const plan = { registeredPeople: n, plannedAreaM2: String(hundredths / 100) };
        const c = compareReform((o) => checkHousePlan(plan, o), {});
        expect(c.changes).toEqual([]);
      }),
    );
  });

  it('any cap c: the cap is n × c and the trace shows c, never 25 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 26, max: 200 }), (n, c) => {
        const r = areaCapFor({ registeredPeople: n }, { overrides: { 'housing.areaCapPerPerson': c } });
        expect(r.capM2.toString()).toBe(String(n * c));
        expect(r.trace[0]?.text.en).toContain(`× ${c} m² per person`);
        expect(r.trace[0]?.text.zh).toContain(`× ${c} 平方米/人`);
        expect(r.trace[0]?.text.zh).not.toMatch(/(?<!\d)25 平方米\/人/u);
      }),
    );
  });
});

describe('today’s programme data, kept identical (reference: the 0.1 module, test/housing/reference)', () => {
  it('RELOCATION_PROGRAMME and PROGRAMME_DERIVED_FIGURES serialize exactly as before', () => {
    expect(JSON.stringify(RELOCATION_PROGRAMME)).toBe(JSON.stringify(reference.RELOCATION_PROGRAMME));
    expect(JSON.stringify(PROGRAMME_DERIVED_FIGURES)).toBe(
      JSON.stringify(reference.PROGRAMME_DERIVED_FIGURES),
    );
  });

  it('the audit findings are as before (a Chinese title, zh, is new)', () => {
    const withoutZh = RELOCATION_PROGRAMME_AUDIT.map((f) =>
      Object.fromEntries(Object.entries(f).filter(([key]) => key !== 'zh')),
    );
    expect(JSON.stringify(withoutZh)).toBe(JSON.stringify(reference.RELOCATION_PROGRAMME_AUDIT));
  });

  it('relocationProgrammeReport() without options gives the same figures, with the envelope', () => {
    const r = relocationProgrammeReport();
    expect(JSON.stringify({ figures: r.figures, derived: r.derived, audit: r.audit })).toBe(
      JSON.stringify({
        figures: RELOCATION_PROGRAMME,
        derived: PROGRAMME_DERIVED_FIGURES,
        audit: RELOCATION_PROGRAMME_AUDIT,
      }),
    );
    expect(r.ruleId).toBe(HOUSING_RULE_IDS.programmeFigures);
    expect(r.readings).toEqual({ relocationHeadcount: 'totalToRelocate' });
    expect(r.params.map((p) => p.id)).toContain('housing.registeredPeopleToRelocate');
  });
});
