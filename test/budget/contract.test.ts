/**
 * The budget on the rule contract (issue 9): the checks (regionBudget, the shares, auditBudget) return the
 * envelope with a zh/en trace and `readings` from the registry; the lookups carry their rule id and citations;
 * sumCells validates its argument; the tables' decimals cannot be changed.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/core/freeze.js';
import {
  BUDGET_INTERPRETATIONS,
  BUDGET_RULE_IDS,
  BUDGET_TABLES,
  TABLE_2,
  TABLE_RULE_IDS,
  TEXT_AMOUNTS,
  TEXT_SHARES,
  auditBudget,
  budgetCell,
  budgetTable,
  categoryShare,
  columnSum,
  regionBudget,
  regionShare,
  rowSum,
  sharesOfColumn,
  sharesOfRow,
  sourceShare,
  sumCells,
  type BudgetCell,
} from '../../src/budget/index.js';
import { refusal } from '../support/errors.js';

describe('rule ids as one object', () => {
  it('BUDGET_RULE_IDS names every budget rule; TABLE_RULE_IDS stays as a deprecated alias', () => {
    expect(BUDGET_RULE_IDS).toEqual({
      table2: 'budget.table2',
      table31: 'budget.table31',
      table32: 'budget.table32',
      textFigures: 'budget.textFigures',
      regionBudget: 'budget.regionBudget',
      shares: 'budget.shares',
      chartRows: 'budget.chartRows',
      audit: 'budget.audit',
    });
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the alias must stay equal
    expect(TABLE_RULE_IDS).toEqual({
      '2': 'budget.table2',
      '3-1': 'budget.table31',
      '3-2': 'budget.table32',
    });
  });
});

describe('regionBudget: the envelope and trace', () => {
  it('延边州: 130.37 + 95.24 = 225.61 against 225.64 (−0.03), in 亿元 and 22564000000.00 yuan', () => {
    const b = regionBudget('延边州');
    expect(b.ruleId).toBe('budget.regionBudget');
    expect(b.date).toBeNull();
    expect(b.regime).toBe('plan');
    expect(b.readings).toEqual({ separatelyListedCities: 'ownRow' });
    expect(b.citations.length).toBeGreaterThan(0);
    expect(b.trace.map((s) => s.text.zh)).toEqual([
      '表2 总投资（解读 ownRow）：延边州 225.64 = 225.64 亿元',
      '表3-1 130.37 + 表3-2 95.24 = 225.61 亿元，与表2 总投资 225.64 亿元 相差 -0.03',
      '225.64 亿元 = 22564000000.00 元（1 亿元 = 100000000 元）',
    ]);
    expect(b.trace[1]?.text.en).toBe(
      'Table 3-1 130.37 + Table 3-2 95.24 = 225.61 亿元 (100 million yuan), against Table 2’s 225.64: a difference of -0.03',
    );
    expect(b.trace[2]).toMatchObject({ ruleId: 'core.yiYuanUnit' });
    expect(b.trace[2]?.amount?.toString()).toBe('22564000000.00');
    expect(Object.isFrozen(b) && Object.isFrozen(b.totalInvestment)).toBe(true);
  });

  it('withPilotCities: 四平市 84.7 + 公主岭市 30.86 = 115.56, and the trace adds them', () => {
    const b = regionBudget('四平市', { readings: { separatelyListedCities: 'withPilotCities' } });
    expect(b.readings).toEqual({ separatelyListedCities: 'withPilotCities' });
    expect(b.trace[0]?.text.zh).toBe(
      '表2 总投资（解读 withPilotCities）：四平市 84.7 + 公主岭市 30.86 = 115.56 亿元',
    );
    expect(b.trace[0]?.text.en).toBe(
      'Table 2 total investment (reading withPilotCities): 四平市 84.7 + 公主岭市 30.86 = 115.56 亿元 (100 million yuan)',
    );
  });

  it('an option that is not the contract’s is refused at its path', () => {
    expect(refusal(() => regionBudget('四平市', { reading: 'ownRow' } as never)).path).toBe(
      'options.reading',
    );
    expect(refusal(() => regionBudget('四平市', { overrides: { 'budget.x': 1 } })).path).toBe(
      'options.overrides.budget.x',
    );
  });
});

describe('the shares: the envelope and trace', () => {
  it('白城市 in 表2: 286.5 ÷ 963.97 = 29.72%, said in both languages', () => {
    const s = regionShare({ table: '2', region: '白城市' });
    expect([s.ruleId, s.percentText]).toEqual(['budget.shares', '29.72%']);
    expect(s.readings).toEqual({});
    expect(s.trace).toHaveLength(1);
    expect(s.trace[0]?.text.zh).toBe('白城市 总投资 286.5 亿元 ÷ 表2 合计 总投资 963.97 亿元 = 29.72%');
    expect(s.trace[0]?.text.en).toBe(
      '白城市 总投资 286.5 亿元 (100 million yuan) ÷ Table 2 合计 总投资 963.97 = 29.72%',
    );
    expect(s.trace[0]?.value).toBe('29.72');
  });

  it('a blank cell has no share, and the trace says it is not listed', () => {
    const s = sourceShare({ region: '四平市', source: '金融机构融资' });
    expect(s.trace[0]?.text).toEqual({
      zh: '四平市 金融机构融资 未列数字：无比重',
      en: '四平市 金融机构融资 is not listed: no share',
    });
    expect(s.trace[0]?.value).toBeNull();
  });

  it('基础设施建设 of 表3-2 合计: 254.42 ÷ 385.59 = 65.98%', () => {
    const s = categoryShare({ table: '3-2', column: '基础设施建设' });
    expect(s.trace[0]?.text.zh).toBe(
      '合计 基础设施建设 254.42 亿元 ÷ 表3-2 合计 提升贫困地区区域发展能力项目 385.59 亿元 = 65.98%',
    );
  });

  it('sharesOfRow and sharesOfColumn: one share and one trace step per part, over one whole', () => {
    const row = sharesOfRow({ table: '2', region: '长春市' });
    expect([row.ruleId, row.table, row.whole.toString(), row.shares.length, row.trace.length]).toEqual([
      'budget.shares',
      '2',
      '71.66',
      4,
      4,
    ]);
    const column = sharesOfColumn({ table: '3-1', column: '兜底保障' });
    expect([column.whole.toString(), column.shares.length, column.trace.length]).toEqual(['36.23', 12, 12]);
  });
});

describe('auditBudget: the envelope and trace', () => {
  it('readings.roundingTolerance replaces reading; a step per kind (12 regions and 合计: 3 agree + 9 within rounding + 延边州) and per material finding', () => {
    const a = auditBudget();
    expect(a.ruleId).toBe('budget.audit');
    expect(a.readings).toEqual({ roundingTolerance: 'perFigure' });
    expect(a).not.toHaveProperty('reading');
    const material = a.findings.filter((f) => f.status === 'material');
    expect(a.trace).toHaveLength(7 + material.length);
    expect(a.trace.find((s) => s.inputs.kind === 'crossTable')?.text.zh).toBe(
      '表2 与表3-1、表3-2 核对：13 项，一致 3 项，在舍入范围内 9 项，实质差异 1 项',
    );
    expect(a.trace.find((s) => s.inputs.check === 'crossTable/延边州')?.text.en).toBe(
      'crossTable/延边州: stated 225.64 亿元, computed 225.61 亿元, a difference of -0.03, beyond the rounding tolerance 0.015',
    );
  });

  it('the default reading is the registry’s chosen one', () => {
    const chosen = BUDGET_INTERPRETATIONS.find((i) => i.id === 'budget.roundingTolerance')?.chosen.id;
    expect(auditBudget().readings.roundingTolerance).toBe(chosen);
  });
});

describe('the lookups carry their rule id and citations', () => {
  it('budgetCell: 长春市 政府投入 is 28.97, under budget.table2, citing the table and the row', () => {
    const c = budgetCell({ table: '2', region: '长春市', column: '政府投入' });
    expect(c.ruleId).toBe('budget.table2');
    expect(c.citations.map((x) => x.quote)).toEqual([
      '吉林省“十三五”脱贫攻坚建设项目规划资金需求',
      '资金需求来源于各市州、长白山保护开发区、扩权强县试点市脱贫攻坚规划',
      '长春市 71.66 28.97 16.71 22.77 3.21',
    ]);
    expect(budgetCell({ table: '3-1', region: '长春市', column: '产业脱贫' }).ruleId).toBe('budget.table31');
  });

  it('budgetTable, rowSum and columnSum name their table’s rule', () => {
    expect([budgetTable('3-2').ruleId, budgetTable('3-2').citations.length]).toEqual(['budget.table32', 1]);
    expect(rowSum({ table: '2', region: '四平市' }).ruleId).toBe('budget.table2');
    expect(columnSum({ table: '3-1', column: '兜底保障' }).citations.at(-1)?.quote).toBe(
      '合 计 578.38 408.85 6.7 41.83 26.28 19.9 38.59 36.23',
    );
  });
});

describe('sumCells validates its argument (zod)', () => {
  const listed = (v: string): BudgetCell => ({ kind: 'listed', yi: new Decimal(v) });

  it('28.97 + 16.71 + a blank = 45.68, one blank counted', () => {
    const s = sumCells([listed('28.97'), listed('16.71'), { kind: 'notListed' }]);
    expect([s.yi.toString(), s.listed, s.notListed]).toEqual(['45.68', 2, 1]);
  });

  it.each([
    ['a NaN Decimal', [{ kind: 'listed', yi: new Decimal(Number.NaN) }], 'cells[0].yi'],
    [
      'an infinite Decimal',
      [{ kind: 'notListed' }, { kind: 'listed', yi: new Decimal(Infinity) }],
      'cells[1].yi',
    ],
    ['a number instead of a Decimal', [{ kind: 'listed', yi: 28.97 }], 'cells[0].yi'],
    ['an unknown kind', [{ kind: 'blank' }], 'cells[0].kind'],
    ['not an array', { kind: 'notListed' }, 'cells'],
  ])('%s is a PolicyInputError at its path', (_why, cells, path) => {
    const e = refusal(() => sumCells(cells as never));
    expect([e.ruleId, e.path]).toEqual(['budget.audit', path]);
  });

  it('a cell whose kind changes between reads (listed, then notListed) is refused at cells[0].kind', () => {
    let reads = 0;
    const shifty = {
      get kind() {
        reads += 1;
        return reads === 1 ? 'listed' : 'notListed';
      },
      yi: new Decimal('1'),
    };
    const e = refusal(() => sumCells([shifty]));
    expect([e.ruleId, e.path]).toEqual(['budget.audit', 'cells[0].kind']);
  });

  it('a Decimal whose digits change between reads (2.5, then NaN) is refused at cells[0].yi', () => {
    const d = new Decimal('2.5');
    let reads = 0;
    Object.defineProperty(d, 'd', {
      get() {
        reads += 1;
        return reads === 1 ? [2, 5000000] : [Number.NaN];
      },
    });
    const e = refusal(() => sumCells([{ kind: 'listed', yi: d }]));
    expect([e.ruleId, e.path]).toEqual(['budget.audit', 'cells[0].yi']);
  });

  it('a Decimal whose digits change between reads is copied once: the sum does not move afterwards', () => {
    const d = new Decimal('1.5');
    const s = sumCells([{ kind: 'listed', yi: d }]);
    (d as unknown as { d: number[] }).d[0] = 9;
    expect(s.yi.toString()).toBe('1.5');
  });

  it('frozen input is read, never written', () => {
    const cells = deepFreeze([listed('1.25'), { kind: 'notListed' as const }]);
    expect(sumCells(cells).yi.toString()).toBe('1.25');
  });
});

describe('the tables’ decimals cannot be changed', () => {
  it('cell.yi.d[0] = … and cell.yi.e = … are refused; 28.97 stays 28.97', () => {
    const cell = TABLE_2.rows[0]?.cells['政府投入'];
    if (cell?.kind !== 'listed') throw new Error('expected a listed cell');
    expect(() => {
      (cell.yi as unknown as { d: number[] }).d[0] = 99;
    }).toThrow(TypeError);
    expect(() => {
      (cell.yi as unknown as { e: number }).e = 5;
    }).toThrow(TypeError);
    expect(cell.yi.toString()).toBe('28.97');
    expect(budgetCell({ table: '2', region: '长春市', column: '政府投入' }).yi?.toString()).toBe('28.97');
  });

  it('every decimal of the three tables and of the text is frozen, digits included', () => {
    const decimals = [
      ...Object.values(BUDGET_TABLES).flatMap((t) =>
        t.rows.flatMap((r) => Object.values(r.cells).flatMap((c) => (c.kind === 'listed' ? [c.yi] : []))),
      ),
      ...TEXT_AMOUNTS.map((a) => a.yi),
      ...TEXT_SHARES.map((s) => s.percent),
    ];
    expect(decimals.length).toBeGreaterThan(150);
    for (const d of decimals) {
      expect(Object.isFrozen(d) && Object.isFrozen((d as unknown as { d: number[] }).d)).toBe(true);
    }
  });

  it('arithmetic on frozen decimals still works: 963.97 − 578.38 = 385.59', () => {
    const total = budgetCell({ table: '2', region: '合计', column: '总投资' }).yi;
    const targeted = budgetCell({ table: '3-1', region: '合计', column: '精准扶贫项目' }).yi;
    expect(total?.minus(targeted ?? 0).toString()).toBe('385.59');
  });
});
