/* eslint-disable @typescript-eslint/no-deprecated -- this file also checks the deprecated aliases */
/**
 * The medical area on the rule contract (issue 9): the plan's figures as dated, cited params; the claim's date
 * chooses the regime; one envelope and trace; readings from the registry; reforms through overrides; the
 * cascade's order chosen by the readings; validated profiles reused.
 */
import { describe, expect, it } from 'vitest';
import { compareReform } from '../../src/core/reform.js';
import { getParam, registry } from '../../src/rules.js';
import {
  BASELINE_CRITICAL_ILLNESS_DEDUCTIBLE,
  compareWithBaseline,
  IN_COUNTY_RATIO_RANGE,
  INPATIENT_WAIVER_RATE,
  MEDICAL_ENTRY_RULE,
  MEDICAL_INTERPRETATIONS,
  MEDICAL_PARAMS,
  MEDICAL_RULE_IDS,
  MEDICAL_RULES,
  parseSchemeProfile,
  PLAN_CRITICAL_ILLNESS_DEDUCTIBLE,
  REHABILITATION_ITEM_COUNT,
  reimburse,
  reimburseYear,
  UPLIFT,
  UPLIFT_POINTS,
  type ClaimInput,
  type ReimburseOptions,
  type ReimbursementResult,
} from '../../src/medical/index.js';
import { layerOrder } from '../../src/medical/layers/order.js';
import { refusal } from '../support/errors.js';
import { copy, deepFreeze, inpatient, outpatient, PROFILE } from './support.js';

const check = (claim: ClaimInput, options?: ReimburseOptions) => reimburse(claim, PROFILE, options);
const step = (r: ReimbursementResult, ruleId: string) => {
  const found = r.trace.find((s) => s.ruleId === ruleId);
  if (found === undefined) throw new Error(`no ${ruleId} step`);
  return found;
};
const texts = (r: ReimbursementResult) => r.trace.map((s) => `${s.text.zh} | ${s.text.en}`).join('\n');
/** A large in-catalogue county admission, so critical illness insurance pays. */
const large = () => inpatient({ totalCost: '50000', inCatalogueCost: '50000' });

describe('MEDICAL_RULE_IDS: one object of every medical rule id', () => {
  it('names exactly the registered medical rules, and the old MEDICAL_ENTRY_RULE is its fourLayers', () => {
    expect(Object.values(MEDICAL_RULE_IDS).sort()).toEqual(MEDICAL_RULES.map((r) => r.id).sort());
    expect(MEDICAL_ENTRY_RULE).toBe(MEDICAL_RULE_IDS.fourLayers);
  });
});

describe('the plan’s figures are dated, cited params', () => {
  it('every param is in the root registry, and every rule’s params exist', () => {
    for (const p of MEDICAL_PARAMS) expect(getParam(p.id)).toBe(p);
    for (const r of MEDICAL_RULES) for (const id of r.params) expect(getParam(id).id).toBe(id);
    expect(registry.rule(MEDICAL_RULE_IDS.fiveUplifts)?.params).toContain('medical.upliftPoints');
  });

  it('the deductible: 10000 before 2016-01-01 (由 1 万元), 6000 from it (降至 6000 元)', () => {
    const p = getParam('medical.criticalIllnessDeductible');
    expect(p.versions.map((v) => [v.from, v.value])).toEqual([
      [null, '10000'],
      ['2016-01-01', '6000'],
    ]);
  });

  it('the deprecated constants are the params’ values: 5 pp = 0.05, 10000 → 6000, 5%, 85%—90%, 23 items', () => {
    expect([UPLIFT_POINTS, UPLIFT.toString()]).toEqual([5, '0.05']);
    expect([
      BASELINE_CRITICAL_ILLNESS_DEDUCTIBLE.toString(),
      PLAN_CRITICAL_ILLNESS_DEDUCTIBLE.toString(),
    ]).toEqual(['10000.00', '6000.00']);
    expect(INPATIENT_WAIVER_RATE.toString()).toBe('0.05');
    expect(IN_COUNTY_RATIO_RANGE.map(String)).toEqual(['0.85', '0.9']);
    expect(REHABILITATION_ITEM_COUNT).toBe(23);
  });
});

describe('the claim’s date chooses the regime (core.planEffectiveDate)', () => {
  it('2015-12-31: the baseline: (10000 − 300) × 65% = 6305, deposit required, no county top-up', () => {
    const r = check(inpatient({ date: '2015-12-31' }));
    expect(r.regime).toBe('baseline');
    expect(r.shares.basicInsurance.toString()).toBe('6305.00');
    expect(r.shares.countyFund.isZero()).toBe(true);
    expect(r.depositRequired).toBe(true);
    const deductible = r.params.find((p) => p.id === 'medical.criticalIllnessDeductible');
    expect([deductible?.value, deductible?.source]).toEqual(['10000', 'baseline']);
  });

  it('2016-01-01: the plan: (10000 − 300) × (65% + 5 pp) = 6790', () => {
    const r = check(inpatient({ date: '2016-01-01' }));
    expect(r.regime).toBe('plan');
    expect(r.shares.basicInsurance.toString()).toBe('6790.00');
  });

  it('options.regime forces one: plan figures for a 2015 claim, baseline figures for a 2018 one', () => {
    expect(
      check(inpatient({ date: '2015-06-01' }), { regime: 'plan' }).shares.basicInsurance.toString(),
    ).toBe('6790.00');
    expect(check(inpatient(), { regime: 'baseline' }).shares.basicInsurance.toString()).toBe('6305.00');
  });

  it('a patient who is not registered poor gets the baseline under the plan’s dates too', () => {
    const r = check(inpatient({ patient: { registeredPoor: false } }));
    expect(r.regime).toBe('baseline');
    expect(r.shares.basicInsurance.toString()).toBe('6305.00');
  });

  it('a year of claims across no boundary still takes each claim’s own date', () => {
    const y = reimburseYear([inpatient({ date: '2015-03-01' }), inpatient({ date: '2015-09-01' })], PROFILE);
    expect(y.claims.map((c) => c.regime)).toEqual(['baseline', 'baseline']);
  });
});

describe('one envelope and trace', () => {
  it('ruleId, date, regime, citations, readings, params and trace steps with citations[] and params[]', () => {
    const r = check(inpatient());
    expect(r.ruleId).toBe('medical.fourLayers');
    expect(r.date).toBe('2018-05-02');
    expect(r.citations.length).toBeGreaterThan(0);
    expect(Object.keys(r.readings).sort()).toEqual(
      MEDICAL_INTERPRETATIONS.map((i) => i.id.replace('medical.', '')).sort(),
    );
    const uplift = step(r, 'medical.fiveUplifts');
    expect(uplift.params).toEqual(['medical.upliftPoints']);
    expect(uplift.citations.length).toBe(1);
    expect(r.params.find((p) => p.id === 'medical.upliftPoints')?.value).toBe('5');
    expect(Object.isFrozen(r.trace[0])).toBe(true);
  });
});

describe('reforms: each param overridden, results and trace texts follow', () => {
  it('medical.upliftPoints 10: (10000 − 300) × 75% = 7275, the uplift adds 970; no stale “5 个百分点”', () => {
    const r = check(inpatient(), { overrides: { 'medical.upliftPoints': '10' } });
    expect(r.shares.basicInsurance.toString()).toBe('7275.00');
    const s = step(r, 'medical.fiveUplifts');
    expect(s.amount?.toString()).toBe('970.00');
    expect(s.text.zh).toContain('提高 10 个百分点');
    expect(s.text.en).toContain('+ 10 percentage points');
    expect(texts(r)).not.toMatch(/(^|[^0-9])5 (个百分点|percentage points)/u);
    expect(r.params.find((p) => p.id === 'medical.upliftPoints')?.source).toBe('override');
  });

  it('medical.criticalIllnessDeductible 8000: CI (15210 − 8000) × 55% = 3965.50 instead of 5065.50', () => {
    const plan = check(large());
    const reform = check(large(), { overrides: { 'medical.criticalIllnessDeductible': 8000 } });
    expect(plan.shares.criticalIllnessInsurance.toString()).toBe('5065.50');
    expect(reform.shares.criticalIllnessInsurance.toString()).toBe('3965.50');
    const s = step(reform, 'medical.criticalIllnessDeductible');
    expect(s.text.zh).toContain('降至 8000 元');
    expect(s.text.en).toContain('to 8000 yuan');
    expect(texts(reform)).not.toContain('6000');
  });

  it('medical.inpatientWaiverRate 0.1: 10000 × 10% = 1000 waived, said so', () => {
    const r = check(inpatient(), { overrides: { 'medical.inpatientWaiverRate': '0.1' } });
    expect(r.shares.waiver.toString()).toBe('1000.00');
    const s = step(r, 'medical.inpatientWaiver5Percent');
    expect(s.text.zh).toContain('× 10% = 1000.00 元');
    expect(s.text.en).toContain('10% of in-catalogue costs waived');
    expect(texts(r)).not.toMatch(/(^|[^0-9])5%/u);
  });

  it.each([
    [
      'medical.rehabilitationItemCount',
      '25',
      inpatient({ rehabilitationItemsCost: '1000' }),
      '25 项',
      '25 items',
    ],
    [
      'medical.surgicalDiseaseCount',
      '30',
      inpatient({ diseaseGroup: 'surgical28', totalCost: '50000', inCatalogueCost: '45000' }),
      '30 种',
      '30 diseases',
    ],
    [
      'medical.chronicDiseaseCount',
      '33',
      outpatient({ diseaseGroup: 'chronic32' }),
      '33 种常见慢性病',
      '33 diseases',
    ],
    [
      'medical.specialDiseaseCount',
      '41',
      outpatient({ diseaseGroup: 'special42' }),
      '41 种特殊疾病',
      '41 diseases',
    ],
    [
      'medical.majorDiseaseCount',
      '43',
      inpatient({ diseaseGroup: 'major42' }),
      '43 种重大疾病',
      '43 diseases',
    ],
  ] as const)('%s %s: the trace says %s', (id, value, claim, zh, en) => {
    const plan = texts(check(claim));
    const reform = texts(check(claim, { overrides: { [id]: value } }));
    expect(reform).toContain(zh);
    expect(reform).toContain(en);
    expect(plan).not.toContain(zh);
  });

  it.each([
    ['medical.inCountyRatioMin', '0.86'],
    ['medical.inCountyRatioMax', '0.84'],
  ])('%s %s: a county target of 0.85 falls outside the reformed range and is refused', (id, value) => {
    const e = refusal(() => check(inpatient(), { overrides: { [id]: value } }));
    expect(e.path).toBe('profile.countyFund.targetInCountyRatio');
  });

  it('compareReform lists what the reform changed: basic insurance +485 (9700 × 5 pp)', () => {
    const c = compareReform((o) => check(inpatient(), o), {
      name: 'uplift at 10 pp',
      overrides: { 'medical.upliftPoints': '10' },
    });
    const basic = c.changes.find((x) => x.path === 'shares.basicInsurance');
    expect([basic?.plan, basic?.reform, Number(basic?.difference)]).toEqual(['6790.00', '7275.00', 485]);
  });

  it('compareWithBaseline applies a reform to the plan side only: baseline 6305, reformed plan 7275', () => {
    const c = compareWithBaseline(inpatient(), PROFILE, { overrides: { 'medical.upliftPoints': '10' } });
    expect(c.baseline.shares.basicInsurance.toString()).toBe('6305.00');
    expect(c.plan.shares.basicInsurance.toString()).toBe('7275.00');
  });

  it('an override of a param that is not medical, or a bad value, is refused naming it', () => {
    expect(refusal(() => check(inpatient(), { overrides: { 'housing.areaCapPerPerson': '30' } })).path).toBe(
      'options.overrides.housing.areaCapPerPerson',
    );
    expect(
      refusal(() => check(inpatient(), { overrides: { 'medical.inpatientWaiverRate': '5' } })).path,
    ).toBe('options.overrides.medical.inpatientWaiverRate');
  });
});

describe('readings choose the order of the layers', () => {
  it.each([
    ['beforeInsurance', 2],
    ['afterInsurance', 4],
    ['afterAssistance', 7],
  ] as const)('waiverPosition %s puts the waiver at position %i of the order', (position, index) => {
    const order = layerOrder({ waiverPosition: position });
    expect(order.indexOf('inpatientWaiver')).toBe(index);
    expect(order.filter((l) => l === 'inpatientWaiver')).toHaveLength(1);
    expect(order.at(-1)).toBe('countyFund');
  });

  it('the trace follows the order: beforeInsurance puts the waiver step before basic insurance', () => {
    const ids = check(inpatient(), { readings: { waiverPosition: 'beforeInsurance' } }).trace.map(
      (s) => s.ruleId,
    );
    expect(ids.indexOf('medical.inpatientWaiver5Percent')).toBeLessThan(
      ids.indexOf('medical.basicInsurance'),
    );
  });

  it('a reading that is not recorded is refused, naming options.readings.<key>', () => {
    const bad = { readings: { waiverPosition: 'never' } } as unknown as ReimburseOptions;
    expect(refusal(() => check(inpatient(), bad)).path).toBe('options.readings.waiverPosition');
  });
});

describe('a validated profile is reused', () => {
  it('a deeply frozen profile is validated once: the same parsed object comes back', () => {
    expect(parseSchemeProfile(PROFILE)).toBe(parseSchemeProfile(PROFILE));
    const parsed = parseSchemeProfile(PROFILE);
    expect(parseSchemeProfile(parsed)).toBe(parsed);
    expect(Object.isFrozen(parsed.countyFund)).toBe(true);
  });

  it('a profile that is not frozen is validated on every call (a later change is seen)', () => {
    const profile = copy(PROFILE);
    expect(parseSchemeProfile(profile).countyFund.targetInCountyRatio.toString()).toBe('0.85');
    profile.countyFund.targetInCountyRatio = '0.95';
    expect(refusal(() => parseSchemeProfile(profile)).path).toBe('profile.countyFund.targetInCountyRatio');
  });

  it('a shallow-frozen profile with a mutable part is not cached either', () => {
    const profile = Object.freeze(copy(PROFILE));
    parseSchemeProfile(profile);
    profile.countyFund.targetInCountyRatio = '0.5';
    expect(refusal(() => parseSchemeProfile(profile)).path).toBe('profile.countyFund.targetInCountyRatio');
  });

  it('reimburse gives the same figures from a cached profile as from a fresh copy', () => {
    const a = check(large());
    const b = reimburse(large(), deepFreeze(copy(PROFILE)));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});
