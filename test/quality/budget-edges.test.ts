/**
 * Budget edges: the internal guards that report a bug in the tables (a row, column or total that is not
 * there), a source share to four decimals, and the chart CSV with blank cells.
 */
import { describe, expect, it } from 'vitest';
import { budgetChartCsv, sourceShare } from '../../src/budget/index.js';
import { cellAt, rowOf, statedTotal } from '../../src/budget/resolve.js';
import { budgetInterpretation } from '../../src/budget/specs.js';
import { textAmount } from '../../src/budget/text.js';
import { box6Citation } from '../../src/plan/box6.js';

describe('budget internals refuse what the tables do not hold (a plain Error: a bug in this library)', () => {
  it('rowOf: table 2 has no row 北京市', () => {
    expect(() => rowOf('2', '北京市' as never)).toThrow('budget table 2 has no row 北京市');
  });

  it('cellAt: table 2 has no column 外资', () => {
    expect(() => cellAt('2', '长春市', '外资')).toThrow('budget table 2 has no column 外资');
  });

  it('statedTotal: a blank cell (表3-1 长白山保护开发区 易地搬迁脱贫) is "not listed"', () => {
    expect(() => statedTotal('3-1', '长白山保护开发区', '易地搬迁脱贫')).toThrow(
      'budget table 3-1: 长白山保护开发区 易地搬迁脱贫 not listed',
    );
    expect(statedTotal('2', '四平市', '总投资').toString()).toBe('84.7');
  });

  it('textAmount and budgetInterpretation: an unknown id', () => {
    expect(() => textAmount('text.nothing')).toThrow('no text amount text.nothing');
    expect(() => budgetInterpretation('budget.nothing')).toThrow('budget: no interpretation budget.nothing');
    expect(budgetInterpretation('budget.roundingTolerance').id).toBe('budget.roundingTolerance');
  });

  it('box6Citation: no entry 2018#99', () => {
    expect(() => box6Citation(2018, 99)).toThrow('box6Citation: no entry 2018#99');
  });
});

describe('sourceShare with decimals: 83.85 / 84.7 = 98.99645…% → 98.9965% to 4 places', () => {
  it('四平市 政府投入, decimals 4', () => {
    expect(sourceShare({ region: '四平市', source: '政府投入', decimals: 4 }).percentText).toBe('98.9965%');
    expect(sourceShare({ region: '四平市', source: '政府投入' }).percentText).toBe('99.00%');
  });
});

describe('budgetChartCsv with includeNotListed: a blank cell has an empty amount', () => {
  it('表2 四平市 金融机构融资 is listed blank: "2,四平市,Siping,金融机构融资,financialInstitutions,"', () => {
    const lines = budgetChartCsv({ includeNotListed: true }).split('\n');
    expect(lines).toContain('2,四平市,Siping,金融机构融资,financialInstitutions,');
    expect(budgetChartCsv().split('\n')).not.toContain('2,四平市,Siping,金融机构融资,financialInstitutions,');
  });
});
