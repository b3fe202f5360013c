/**
 * The rule contract of the core: dated, cited parameters; readings resolved from the registry; one
 * evaluation envelope and trace; reforms; periods of months (Civil Code arts. 201–203).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cite } from '../../src/core/citation.js';
import { compareReform } from '../../src/core/reform.js';
import { defineRuleSpec, openEvaluation, type EvaluationOptions } from '../../src/core/evaluation.js';
import {
  defineParam,
  formatParamLimit,
  formatParamValue,
  PLAN_START,
  versionOn,
} from '../../src/core/param.js';
import { monthPeriod } from '../../src/core/period.js';
import { readingsFor, readingsSchemaFor } from '../../src/core/readings.js';
import { defineInterpretation } from '../../src/core/registry.js';
import { refusal } from '../support/errors.js';

const citation = cite({
  chapter: 7,
  section: 2,
  quote: '降低新农合大病保险报销起付线，由 1 万元降至 6000 元',
});

const deductible = defineParam({
  id: 'core.testDeductible',
  area: 'core',
  title: { zh: '起付线', en: 'deductible' },
  unit: 'yuan',
  citation,
  versions: [
    { from: null, value: '10000', note: 'before the plan' },
    { from: PLAN_START, value: '6000' },
  ],
});
const cap = defineParam({
  id: 'core.testCap',
  area: 'core',
  title: { zh: '面积', en: 'area cap' },
  unit: 'm2PerPerson',
  bound: '不超过',
  citation,
  versions: [{ from: null, value: '25' }],
});
const basis = defineInterpretation({
  id: 'core.testBasis',
  area: 'core',
  question: 'Which people count?',
  chosen: { id: 'registeredMembers', description: 'registered only' },
  alternatives: [{ id: 'allMembers', description: 'everyone' }],
  rationale: 'test',
  citations: [citation],
});
const spec = defineRuleSpec({
  ruleId: 'core.testRule',
  citations: [citation],
  params: [deductible, cap],
  interpretations: [basis],
});

/** A tiny rule on the contract: cap × people, with the deductible read too. */
function testRule(input: { people: number; date: string | null }, options?: EvaluationOptions) {
  const ctx = openEvaluation(spec, options, input.date);
  const counted = ctx.reading(basis) === 'allMembers' ? input.people + 1 : input.people;
  const capM2 = ctx.decimal(cap).times(counted);
  ctx.step({
    citations: [cap.citation],
    params: [cap],
    inputs: { people: counted },
    value: capM2.toString(),
    zh: `${counted} 人 × ${ctx.show(cap, 'zh')}`,
    en: `${counted} people × ${ctx.show(cap, 'en')}`,
  });
  return ctx.finish({ capM2, deductible: ctx.money(deductible) });
}

describe('parameters: dated, cited figures', () => {
  it('the version in force is the latest that started on or before the date', () => {
    expect(versionOn(deductible, '2015-12-31')?.value).toBe('10000');
    expect(versionOn(deductible, '2016-01-01')?.value).toBe('6000');
    expect(versionOn(deductible, '2030-06-30')?.value).toBe('6000');
  });

  it('renders values with their unit and limit word, in both languages', () => {
    expect(formatParamValue(cap, '25', 'zh')).toBe('25 平方米/人');
    expect(formatParamValue(cap, '25', 'en')).toBe('25 m² per person');
    expect(formatParamLimit(cap, '25', 'zh')).toBe('不超过 25 平方米/人');
    expect(formatParamLimit(cap, '25', 'en')).toBe('not more than 25 m² per person');
    expect(formatParamValue({ unit: 'rate' }, '0.7', 'zh')).toBe('70%');
    expect(formatParamValue({ unit: 'percentagePoints' }, '5', 'zh')).toBe('5 个百分点');
    expect(formatParamValue({ unit: 'count', counter: { zh: '项', en: 'items' } }, '23', 'en')).toBe(
      '23 items',
    );
  });

  it('a malformed definition is a bug caught at load (plain Error)', () => {
    const base = { area: 'core' as const, title: { zh: 'x', en: 'x' }, unit: 'rate' as const, citation };
    expect(() => defineParam({ ...base, id: 'medical.x', versions: [{ from: null, value: '1' }] })).toThrow(
      /form/,
    );
    expect(() => defineParam({ ...base, id: 'core.x', versions: [] })).toThrow(/no value/);
    expect(() => defineParam({ ...base, id: 'core.x', versions: [{ from: null, value: '1.5' }] })).toThrow(
      /rate/,
    );
    expect(() =>
      defineParam({
        ...base,
        id: 'core.x',
        versions: [
          { from: '2017-01-01', value: '1' },
          { from: '2016-01-01', value: '1' },
        ],
      }),
    ).toThrow(/order/);
  });
});

describe('dates choose the figures (core.planEffectiveDate)', () => {
  it('a 2015 case takes the baseline deductible 10000, a 2016 case the plan’s 6000', () => {
    const before = testRule({ people: 3, date: '2015-12-31' });
    const after = testRule({ people: 3, date: '2016-01-01' });
    expect(before.regime).toBe('baseline');
    expect(before.deductible.toString()).toBe('10000.00');
    expect(before.params.find((p) => p.id === deductible.id)?.source).toBe('baseline');
    expect(after.regime).toBe('plan');
    expect(after.deductible.toString()).toBe('6000.00');
    expect(after.params.find((p) => p.id === deductible.id)).toMatchObject({
      source: 'plan',
      from: PLAN_START,
    });
  });

  it('options.date dates a case whose input has none; it must agree with an input date', () => {
    const r = testRule({ people: 1, date: null }, { date: '2015-03-01' });
    expect([r.date, r.regime, r.deductible.toString()]).toEqual(['2015-03-01', 'baseline', '10000.00']);
    expect(testRule({ people: 1, date: '2015-03-01' }, { date: '2015-03-01' }).date).toBe('2015-03-01');
    expect(refusal(() => testRule({ people: 1, date: '2015-03-01' }, { date: '2016-03-01' })).path).toBe(
      'options.date',
    );
    expect(refusal(() => testRule({ people: 1, date: null }, { date: '2016-02-30' })).path).toBe(
      'options.date',
    );
  });

  it('an explicit regime wins over the date; a rule without a date applies the plan', () => {
    expect(testRule({ people: 1, date: '2018-05-01' }, { regime: 'baseline' }).deductible.toString()).toBe(
      '10000.00',
    );
    expect(testRule({ people: 1, date: '2015-05-01' }, { regime: 'plan' }).deductible.toString()).toBe(
      '6000.00',
    );
    expect(testRule({ people: 1, date: null }).regime).toBe('plan');
  });
});

describe('readings come from the registry', () => {
  it('the default is the chosen reading; a caller may pick an alternative', () => {
    expect(readingsFor('core.testRule', [basis], undefined)).toEqual({ testBasis: 'registeredMembers' });
    expect(readingsFor('core.testRule', [basis], { testBasis: 'allMembers' })).toEqual({
      testBasis: 'allMembers',
    });
    expect(
      testRule({ people: 3, date: null }, { readings: { testBasis: 'allMembers' } }).capM2.toString(),
    ).toBe('100');
  });

  it('an unknown key or reading is refused at its path, with the valid choices', () => {
    const e1 = refusal(() => readingsFor('core.testRule', [basis], { testBasys: 'allMembers' }));
    expect(e1.path).toBe('options.readings.testBasys');
    expect(e1.suggestions).toContain('testBasis');
    const e2 = refusal(() => readingsFor('core.testRule', [basis], { testBasis: 'allMember' }));
    expect(e2.path).toBe('options.readings.testBasis');
    expect(e2.suggestions[0]).toBe('allMembers');
  });

  it('the readings schema accepts exactly the recorded readings', () => {
    const schema = readingsSchemaFor([basis]);
    expect(schema.safeParse({ testBasis: 'allMembers' }).success).toBe(true);
    expect(schema.safeParse({ testBasis: 'other' }).success).toBe(false);
    expect(schema.safeParse({ other: 'allMembers' }).success).toBe(false);
  });
});

describe('one envelope and trace', () => {
  it('3 people × 25 m² = 75: figures, rule id, citations, readings, params and a bilingual trace', () => {
    const r = testRule({ people: 3, date: '2018-01-01' });
    expect(r.capM2.toString()).toBe('75');
    expect(r.ruleId).toBe('core.testRule');
    expect(r.date).toBe('2018-01-01');
    expect(r.citations).toEqual([citation]);
    expect(r.readings).toEqual({ testBasis: 'registeredMembers' });
    expect(r.params.map((p) => p.id)).toEqual(['core.testCap', 'core.testDeductible']);
    expect(r.trace[0]).toMatchObject({
      ruleId: 'core.testRule',
      params: ['core.testCap'],
      value: '75',
      amount: null,
      payer: null,
      text: { zh: '3 人 × 25 平方米/人', en: '3 people × 25 m² per person' },
    });
    expect(Object.isFrozen(r) && Object.isFrozen(r.trace[0]) && Object.isFrozen(r.params[0])).toBe(true);
  });

  it('bad options are refused with the rule and the field', () => {
    expect(refusal(() => testRule({ people: 1, date: null }, { regime: 'later' as never })).path).toBe(
      'options.regime',
    );
    expect(refusal(() => testRule({ people: 1, date: null }, { reigme: 'plan' } as never)).path).toBe(
      'options.reigme',
    );
    expect(refusal(() => testRule({ people: 1, date: null }, 5 as never)).path).toBe('options');
    const e = refusal(() => testRule({ people: 1, date: null }, { overrides: { 'core.testCapp': '30' } }));
    expect(e.ruleId).toBe('core.testRule');
    expect(e.path).toBe('options.overrides.core.testCapp');
    expect(e.suggestions).toContain('core.testCap');
    expect(
      refusal(() => testRule({ people: 1, date: null }, { overrides: { 'core.testCap': '-1' } })).message,
    ).toMatch(/negative/);
    expect(
      refusal(() => testRule({ people: 1, date: null }, { overrides: { 'core.testDeductible': '1.001' } }))
        .message,
    ).toMatch(/fen/);
  });
});

describe('reforms', () => {
  it('a cap of 30 m²: 3 × 30 = 90 instead of 75; the trace and params report the override', () => {
    const c = compareReform((o) => testRule({ people: 3, date: '2018-01-01' }, o), {
      name: 'cap 30',
      overrides: { 'core.testCap': '30' },
    });
    expect(c.plan.capM2.toString()).toBe('75');
    expect(c.reform.capM2.toString()).toBe('90');
    expect(c.changes).toEqual([{ path: 'capM2', plan: '75', reform: '90', difference: '15' }]);
    expect(c.reform.trace[0]?.text.zh).toBe('3 人 × 30 平方米/人');
    expect(c.reform.params.find((p) => p.id === 'core.testCap')).toMatchObject({
      value: '30',
      source: 'override',
    });
  });

  it('a reform with no overrides equals the plan (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.constantFrom(null, '2015-06-01', '2019-06-01'),
        (people, date) => {
          const c = compareReform((o) => testRule({ people, date }, o), {});
          expect(c.changes).toEqual([]);
          expect(JSON.stringify(c.reform)).toBe(JSON.stringify(c.plan));
        },
      ),
    );
  });
});

describe('periods of months (core.monthPeriod, Civil Code arts. 201–203)', () => {
  it.each([
    ['2019-03-31', 18, 'civilCode', '2019-04-01', '2020-09-30'],
    ['2019-03-15', 18, 'civilCode', '2019-03-16', '2020-09-15'],
    ['2019-08-31', 6, 'civilCode', '2019-09-01', '2020-02-29'],
    ['2019-03-31', 18, 'startDayCounted', '2019-03-31', '2020-09-29'],
    ['2019-03-15', 24, 'startDayCounted', '2019-03-15', '2021-03-14'],
  ] as const)('%s + %i months (%s): %s to %s', (start, months, reading, first, last) => {
    const p = monthPeriod(start, months, reading);
    expect([p.firstDay, p.lastDay]).toEqual([first, last]);
  });

  it('refuses a non-date start and a non-whole month count', () => {
    expect(refusal(() => monthPeriod('2019-02-30', 18)).path).toBe('start');
    expect(refusal(() => monthPeriod('2019-02-01', 1.5)).path).toBe('months');
  });

  it('the civil-code period ends one day after the start-day-counted one, or on the same month-end (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(2000, 0, 1), max: new Date(2099, 11, 31), noInvalidDate: true }),
        fc.integer({ min: 1, max: 60 }),
        (d, months) => {
          const start = `${String(d.getFullYear())}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
          const civil = monthPeriod(start, months);
          const counted = monthPeriod(start, months, 'startDayCounted');
          expect(civil.lastDay >= counted.lastDay).toBe(true);
          expect(civil.firstDay > start).toBe(true);
        },
      ),
    );
  });
});
