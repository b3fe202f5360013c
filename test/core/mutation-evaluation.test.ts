/**
 * The rule contract's evaluation (src/core/evaluation.ts) and the outline's pages (src/core/outline-pages.ts),
 * pinned outcome by outcome (issue 15): which version of a parameter a date and a regime select and where it
 * came from, the exact refusals of bad options, the rendered figures in both languages, and the envelope.
 */
import { describe, expect, it } from 'vitest';
import { cite } from '../../src/core/citation.js';
import { PolicyInputError } from '../../src/core/errors.js';
import { defineRuleSpec, openEvaluation, type Regime, type RuleSpec } from '../../src/core/evaluation.js';
import { Money } from '../../src/core/money.js';
import { outlinePage } from '../../src/core/outline-pages.js';
import { defineParam, PLAN_START } from '../../src/core/param.js';
import { defineInterpretation } from '../../src/core/registry.js';
import { refusal } from '../support/errors.js';

const citation = cite({
  chapter: 7,
  section: 2,
  quote: '降低新农合大病保险报销起付线，由 1 万元降至 6000 元',
});
const midCitation = cite({ chapter: 2, section: 1, quote: '2015年' });

/** 10000 yuan before the plan, 6000 from its start (a plan version). */
const deductible = defineParam({
  id: 'core.mutDeductible',
  area: 'core',
  title: { zh: '起付线', en: 'deductible' },
  unit: 'yuan',
  citation,
  versions: [
    { from: null, value: '10000' },
    { from: PLAN_START, value: '6000' },
  ],
});
/** A limit with one undated value (no plan version). */
const cap = defineParam({
  id: 'core.mutCap',
  area: 'core',
  title: { zh: '面积', en: 'area cap' },
  unit: 'm2PerPerson',
  bound: '不超过',
  citation,
  versions: [{ from: null, value: '25' }],
});
/** A count with four versions: 1 (any earlier date), 2 from 2015-07-01 (own citation), 3 from the plan, 4 from 2017. */
const stepped = defineParam({
  id: 'core.mutStepped',
  area: 'core',
  title: { zh: '项目', en: 'items' },
  unit: 'count',
  counter: { zh: '项', en: 'items' },
  citation,
  versions: [
    { from: null, value: '1' },
    { from: '2015-07-01', value: '2', citation: midCitation },
    { from: PLAN_START, value: '3' },
    { from: '2017-01-01', value: '4' },
  ],
});
/** Two versions, both before the plan: no plan version at all. */
const preplan = defineParam({
  id: 'core.mutPreplan',
  area: 'core',
  title: { zh: '年限', en: 'years' },
  unit: 'years',
  citation,
  versions: [
    { from: null, value: '3' },
    { from: '2015-07-01', value: '5' },
  ],
});
/** Only the plan's value: nothing in force before it. */
const planOnly = defineParam({
  id: 'core.mutPlanOnly',
  area: 'core',
  title: { zh: '比例', en: 'share' },
  unit: 'rate',
  citation,
  versions: [{ from: PLAN_START, value: '0.7' }],
});
/** A date figure. */
const deadline = defineParam({
  id: 'core.mutDeadline',
  area: 'core',
  title: { zh: '期限', en: 'deadline' },
  unit: 'date',
  citation,
  versions: [{ from: null, value: '2020-12-31' }],
});
const basis = defineInterpretation({
  id: 'core.mutBasis',
  area: 'core',
  question: 'Which people count?',
  chosen: { id: 'registeredMembers', description: 'registered only' },
  alternatives: [{ id: 'allMembers', description: 'everyone' }],
  rationale: 'test',
  citations: [citation],
});
const undeclared = defineInterpretation({
  id: 'core.mutOther',
  area: 'core',
  question: 'Not declared by the rule',
  chosen: { id: 'a', description: 'a' },
  alternatives: [{ id: 'b', description: 'b' }],
  rationale: 'test',
  citations: [citation],
});

const SPEC: RuleSpec = defineRuleSpec({
  ruleId: 'core.mutRule',
  citations: [citation],
  params: [deductible, cap, stepped, preplan, planOnly, deadline],
  interpretations: [basis],
});
const LOCAL_SPEC: RuleSpec = defineRuleSpec({ ...SPEC, ruleId: 'core.mutLocal', optionKeys: ['local'] });

/** The PolicyInputError's one issue and suggestions, for an exact comparison. */
function refused(fn: () => unknown) {
  const e = refusal(fn);
  expect(e).toBeInstanceOf(PolicyInputError);
  return { ruleId: e.ruleId, issues: e.issues, suggestions: e.suggestions };
}

function issue(path: string, value: unknown, message: string, code = 'custom') {
  return [{ path, value, message, code }];
}

describe('the version a date and a regime select, and its source', () => {
  it.each([
    // date, regime, value, from, source
    ['2015-03-01', undefined, '1', null, 'baseline'],
    ['2015-09-01', undefined, '2', '2015-07-01', 'baseline'],
    ['2015-12-31', undefined, '2', '2015-07-01', 'baseline'],
    ['2016-01-01', undefined, '3', PLAN_START, 'plan'],
    ['2016-12-31', undefined, '3', PLAN_START, 'plan'],
    ['2018-05-01', undefined, '4', '2017-01-01', 'plan'],
    [null, undefined, '3', PLAN_START, 'plan'],
    ['2015-03-01', 'baseline', '1', null, 'baseline'],
    ['2016-01-01', 'baseline', '2', '2015-07-01', 'baseline'],
    ['2018-05-01', 'baseline', '2', '2015-07-01', 'baseline'],
    [null, 'baseline', '2', '2015-07-01', 'baseline'],
    ['2015-03-01', 'plan', '3', PLAN_START, 'plan'],
    ['2018-05-01', 'plan', '4', '2017-01-01', 'plan'],
  ] as const)('stepped count on %s (regime %s): %s, from %s, %s', (date, regime, value, from, source) => {
    const ctx = openEvaluation(SPEC, regime === undefined ? undefined : { regime }, date);
    expect(ctx.use(stepped)).toMatchObject({ value, from, source });
  });

  it('the regime follows the date: before 2016-01-01 baseline, from it (and without a date) plan', () => {
    const regimes = ['2015-12-31', '2016-01-01', null].map((d) => openEvaluation(SPEC, undefined, d).regime);
    expect(regimes).toEqual<Regime[]>(['baseline', 'plan', 'plan']);
    expect(openEvaluation(SPEC, { regime: 'plan' }, '2015-12-31').regime).toBe('plan');
    expect(openEvaluation(SPEC, { regime: 'baseline' }, '2016-01-01').regime).toBe('baseline');
  });

  it('a parameter with no plan version is the plan’s figure whatever the date (source plan)', () => {
    const early = openEvaluation(SPEC, undefined, '2015-03-01');
    const mid = openEvaluation(SPEC, undefined, '2015-09-01');
    expect([early.use(cap).source, early.use(preplan).value, early.use(preplan).source]).toEqual([
      'plan',
      '3',
      'plan',
    ]);
    expect([mid.use(preplan).value, mid.use(preplan).from, mid.use(preplan).source]).toEqual([
      '5',
      '2015-07-01',
      'plan',
    ]);
  });

  it('the use records id, unit, limit word, value, date, source and citation, and nothing more', () => {
    const ctx = openEvaluation(SPEC, undefined, '2015-09-01');
    expect(ctx.use(cap)).toStrictEqual({
      id: 'core.mutCap',
      unit: 'm2PerPerson',
      citation,
      bound: '不超过',
      value: '25',
      from: null,
      source: 'plan',
    });
    expect(ctx.use(deductible)).toStrictEqual({
      id: 'core.mutDeductible',
      unit: 'yuan',
      citation,
      value: '10000',
      from: null,
      source: 'baseline',
    });
    // The 2015-07-01 version cites its own clause.
    expect(ctx.use(stepped).citation).toBe(midCitation);
    expect(openEvaluation(SPEC, undefined, '2018-01-01').use(stepped).citation).toBe(citation);
  });

  it('a parameter read twice is the same record (read once per evaluation)', () => {
    const ctx = openEvaluation(SPEC, undefined, '2018-01-01');
    const first = ctx.use(cap);
    expect(ctx.use(cap)).toBe(first);
    expect(ctx.params).toEqual([first]);
  });

  it('a parameter without a value in force is a plain Error naming the param, the day and the regime', () => {
    expect(() => openEvaluation(SPEC, undefined, '2015-03-01').use(planOnly)).toThrow(
      new Error('param core.mutPlanOnly has no value in force on 2015-03-01 (baseline)'),
    );
    expect(() => openEvaluation(SPEC, { regime: 'baseline' }, null).use(planOnly)).toThrow(
      new Error('param core.mutPlanOnly has no value in force on 2015-12-31 (baseline)'),
    );
    expect(() => openEvaluation(SPEC, undefined, '2015-03-01').use(planOnly)).not.toThrow(PolicyInputError);
  });

  it('an override wins over every version: source override, from null, canonical value', () => {
    const ctx = openEvaluation(
      SPEC,
      { overrides: { 'core.mutCap': 30.5, 'core.mutStepped': '07' } },
      '2015-03-01',
    );
    expect(ctx.use(cap)).toStrictEqual({
      id: 'core.mutCap',
      unit: 'm2PerPerson',
      citation,
      bound: '不超过',
      value: '30.5',
      from: null,
      source: 'override',
    });
    expect(ctx.use(stepped)).toMatchObject({ value: '7', source: 'override', from: null });
    expect(ctx.use(deductible)).toMatchObject({ value: '10000', source: 'baseline' });
  });
});

describe('reading figures and rendering them (ctx.show / ctx.showLimit)', () => {
  it('decimal, money, integer and date reads: 25, 6000.00, 4, 0.7, 2020-12-31', () => {
    const ctx = openEvaluation(SPEC, undefined, '2018-05-01');
    expect(ctx.decimal(cap).toString()).toBe('25');
    expect(ctx.money(deductible).toString()).toBe('6000.00');
    expect(ctx.integer(stepped)).toBe(4);
    expect(ctx.decimal(planOnly).toString()).toBe('0.7');
    expect(ctx.plainDate(deadline)).toBe('2020-12-31');
  });

  it.each([
    [cap, {}, '25 平方米/人', '25 m² per person', '不超过 25 平方米/人', 'not more than 25 m² per person'],
    [
      cap,
      { 'core.mutCap': '30' },
      '30 平方米/人',
      '30 m² per person',
      '不超过 30 平方米/人',
      'not more than 30 m² per person',
    ],
    [deductible, {}, '6000 元', '6000 yuan', '6000 元', '6000 yuan'],
    [stepped, {}, '4 项', '4 items', '4 项', '4 items'],
    [planOnly, { 'core.mutPlanOnly': '0.55' }, '55%', '55%', '55%', '55%'],
  ] as const)(
    '%o with overrides %o: %s / %s; limit %s / %s',
    (param, overrides, zh, en, limitZh, limitEn) => {
      const ctx = openEvaluation(SPEC, { overrides }, '2018-05-01');
      expect([ctx.show(param, 'zh'), ctx.show(param, 'en')]).toEqual([zh, en]);
      expect([ctx.showLimit(param, 'zh'), ctx.showLimit(param, 'en')]).toEqual([limitZh, limitEn]);
      expect(ctx.params.map((p) => p.id)).toEqual([param.id]);
    },
  );

  it('readings: the chosen one by default, the caller’s when given; an undeclared interpretation is a plain Error', () => {
    expect(openEvaluation(SPEC, undefined, null).reading(basis)).toBe('registeredMembers');
    expect(openEvaluation(SPEC, { readings: { mutBasis: 'allMembers' } }, null).reading(basis)).toBe(
      'allMembers',
    );
    expect(() => openEvaluation(SPEC, undefined, null).reading(undeclared)).toThrow(
      new Error('core.mutRule does not declare core.mutOther'),
    );
  });
});

describe('the trace and the envelope (ctx.step / ctx.finish)', () => {
  it('3 people × 25 m² = 75 and a 12.50 yuan share: every field of both steps and of the envelope', () => {
    const ctx = openEvaluation(SPEC, { readings: { mutBasis: 'allMembers' } }, '2018-05-01');
    ctx.step({
      citations: [cap.citation],
      params: [cap],
      inputs: { people: 3 },
      value: '75',
      zh: `3 人 × ${ctx.show(cap, 'zh')} = 75 平方米`,
      en: `3 people × ${ctx.show(cap, 'en')} = 75 m²`,
    });
    ctx.step({
      ruleId: 'core.mutOtherRule',
      citations: [],
      amount: Money.of('12.5'),
      payer: 'patient',
      zh: '个人负担 12.50 元',
      en: 'the patient pays 12.50 yuan',
    });
    expect(ctx.trace).toHaveLength(2);
    const r = ctx.finish({ areaM2: '75' });
    expect(r.trace[0]).toStrictEqual({
      ruleId: 'core.mutRule',
      citations: [citation],
      params: ['core.mutCap'],
      inputs: { people: 3 },
      amount: null,
      value: '75',
      payer: null,
      text: { zh: '3 人 × 25 平方米/人 = 75 平方米', en: '3 people × 25 m² per person = 75 m²' },
    });
    expect(r.trace[1]).toMatchObject({
      ruleId: 'core.mutOtherRule',
      citations: [],
      params: [],
      inputs: {},
      value: null,
      payer: 'patient',
      text: { zh: '个人负担 12.50 元', en: 'the patient pays 12.50 yuan' },
    });
    expect(r.trace[1]?.amount?.toString()).toBe('12.50');
    expect({ ...r, trace: r.trace.length }).toStrictEqual({
      areaM2: '75',
      ruleId: 'core.mutRule',
      date: '2018-05-01',
      regime: 'plan',
      citations: [citation],
      readings: { mutBasis: 'allMembers' },
      params: [
        {
          id: 'core.mutCap',
          unit: 'm2PerPerson',
          citation,
          bound: '不超过',
          value: '25',
          from: null,
          source: 'plan',
        },
      ],
      trace: 2,
    });
    expect(Object.isFrozen(r) && Object.isFrozen(r.trace) && Object.isFrozen(r.trace[0]?.inputs)).toBe(true);
  });

  it('a step records a copy of its inputs and citations (a later change to the caller’s objects is not seen)', () => {
    const ctx = openEvaluation(SPEC, undefined, null);
    const inputs: Record<string, number> = { people: 2 };
    const citations = [citation];
    ctx.step({ citations, inputs, zh: '二', en: 'two' });
    inputs.people = 9;
    citations.pop();
    expect(ctx.trace[0]?.inputs).toEqual({ people: 2 });
    expect(ctx.trace[0]?.citations).toEqual([citation]);
  });

  it('options.date dates a case without a date of its own: 2015-03-01 takes the baseline 10000', () => {
    const ctx = openEvaluation(SPEC, { date: '2015-03-01' }, null);
    expect([ctx.date, ctx.regime, ctx.money(deductible).toString()]).toEqual([
      '2015-03-01',
      'baseline',
      '10000.00',
    ]);
    expect(openEvaluation(SPEC, { date: '2015-03-01' }, '2015-03-01').date).toBe('2015-03-01');
    expect(openEvaluation(SPEC, {}, null).date).toBeNull();
  });
});

describe('option refusals: rule, field, value, message and code', () => {
  const OBJECT = 'must be an options object';
  const OVERRIDES = 'must be an object of parameter id → value';
  const DATE = 'must be a calendar date as YYYY-MM-DD';

  it.each([
    ['null', null, issue('options', null, OBJECT)],
    ['an array', [], issue('options', [], OBJECT)],
    ['a number', 5, issue('options', 5, OBJECT)],
    ['a string', 'plan', issue('options', 'plan', OBJECT)],
    [
      'an unknown regime',
      { regime: 'later' },
      issue('options.regime', 'later', "must be 'plan' or 'baseline'", 'invalid_value'),
    ],
    ['null overrides', { overrides: null }, issue('options.overrides', null, OVERRIDES)],
    ['array overrides', { overrides: [] }, issue('options.overrides', [], OVERRIDES)],
    ['number overrides', { overrides: 5 }, issue('options.overrides', 5, OVERRIDES)],
    ['string overrides', { overrides: 'x' }, issue('options.overrides', 'x', OVERRIDES)],
    [
      'a negative override',
      { overrides: { 'core.mutCap': '-1' } },
      issue('options.overrides.core.mutCap', '-1', 'must not be negative', 'invalid_value'),
    ],
    [
      'a yuan override finer than the fen',
      { overrides: { 'core.mutDeductible': '1.001' } },
      issue(
        'options.overrides.core.mutDeductible',
        '1.001',
        'must be exact to the fen (at most two decimals)',
        'invalid_value',
      ),
    ],
    ['an impossible options.date', { date: '2016-02-30' }, issue('options.date', '2016-02-30', DATE)],
    ['a numeric options.date', { date: 20160101 }, issue('options.date', 20160101, DATE)],
  ])('%s is refused', (_name, options, issues) => {
    expect(refused(() => openEvaluation(SPEC, options, null))).toEqual({
      ruleId: 'core.mutRule',
      issues,
      suggestions: [],
    });
  });

  it('an unknown option is named with the valid ones, nearest first', () => {
    expect(refused(() => openEvaluation(SPEC, { reigme: 'plan' }, null))).toEqual({
      ruleId: 'core.mutRule',
      issues: issue(
        'options.reigme',
        'plan',
        'is not an option of this rule (misspelt?)',
        'unrecognized_keys',
      ),
      // Every valid option, nearest first.
      suggestions: ['regime', 'date', 'readings', 'overrides'],
    });
  });

  it('an override of a parameter the rule does not read is named with the nearest one', () => {
    const e = refused(() => openEvaluation(SPEC, { overrides: { 'core.mutCapp': '30' } }, null));
    expect(e.issues).toEqual(
      issue('options.overrides.core.mutCapp', '30', 'is not a parameter of core.mutRule', 'unknown_param'),
    );
    expect(e.suggestions[0]).toBe('core.mutCap');
  });

  it('a date that is not a calendar date is refused at `date`; an options.date must equal it', () => {
    expect(refused(() => openEvaluation(SPEC, undefined, '2016-02-30')).issues).toEqual(
      issue('date', '2016-02-30', DATE),
    );
    expect(refused(() => openEvaluation(SPEC, { date: '2016-03-01' }, '2015-03-01')).issues).toEqual(
      issue(
        'options.date',
        '2016-03-01',
        "must equal the input's own date (2015-03-01) or be left out",
        'conflict',
      ),
    );
  });

  it('a rule’s own option keys are accepted for it only, and suggested when misspelt', () => {
    expect(openEvaluation(LOCAL_SPEC, { local: { rate: '0.5' }, regime: 'plan' }, null).regime).toBe('plan');
    expect(refused(() => openEvaluation(LOCAL_SPEC, { locale: 1 }, null))).toEqual({
      ruleId: 'core.mutLocal',
      issues: issue('options.locale', 1, 'is not an option of this rule (misspelt?)', 'unrecognized_keys'),
      suggestions: ['local', 'date', 'regime', 'overrides', 'readings'],
    });
    expect(refused(() => openEvaluation(SPEC, { local: 1 }, null)).issues[0]?.path).toBe('options.local');
  });

  it('defineRuleSpec keeps optionKeys only where given, frozen', () => {
    expect('optionKeys' in SPEC).toBe(false);
    expect(LOCAL_SPEC.optionKeys).toEqual(['local']);
    expect(Object.isFrozen(LOCAL_SPEC.optionKeys)).toBe(true);
  });
});

describe('outline pages (core.outlinePage): the table of contents’ start pages', () => {
  it.each([
    [0, undefined, 1],
    [2, undefined, 7],
    [2, 1, 8],
    [2, 5, 12],
    [12, 3, 55],
    [2, 6, undefined],
    [2, 0, undefined],
    [2, -1, undefined],
    [2, 1.5, undefined],
    [2, Number.NaN, undefined],
    [13, undefined, undefined],
    [13, 1, undefined],
    [-1, 1, undefined],
    [1.5, undefined, undefined],
    [1.5, 1, undefined],
  ])('chapter %s, section %s: page %s', (chapter, section, page) => {
    expect(outlinePage(chapter, section)).toBe(page);
  });

  it('a section given as a string (a JavaScript caller) is no section: cite refuses it', () => {
    expect(outlinePage(2, '1' as never)).toBeUndefined();
    expect(() => cite({ chapter: 2, section: '1' as never, quote: '2015年' })).toThrow(
      'cite: chapter 2 has no section 1',
    );
  });
});
