/**
 * finance.allocationAudit, step by step: each check's trace step (citations, inputs, status, zh/en sentence), and
 * the boundaries of `within` (a programme up to its cell, inclusive) against `exceeds` (beyond it) and of
 * `equals` against `differs`. Found by mutation testing.
 */
import { describe, expect, it } from 'vitest';
import { plainStep } from '../support/trace.js';
import { auditAllocations, FINANCE_CITATIONS as C } from '../../src/finance/index.js';

const plain = plainStep;

const check = (
  citations: readonly (typeof C.water)[],
  allocationYi: string,
  budgetYi: string,
  value: string,
  zh: string,
  en: string,
) => ({ citations, params: [], inputs: { allocationYi, budgetYi }, amount: null, value, zh, en });

describe('auditAllocations trace: one step per check, in order', () => {
  it('the plan as written: relocation 1.28 + 10.9 = 12.18 within 41.83, water within, four equal, 115.68 ≠ 115.78, fund 15 within 592.03', () => {
    const r = auditAllocations();
    expect(r.trace.map(plain)).toEqual([
      check(
        [C.relocationHousing, C.relocationFacilities],
        '12.18',
        '41.83',
        'within',
        '12.18 亿元在其内表3-1合计“易地搬迁脱贫” 41.83 亿元（占 29.12%）',
        '12.18 亿元 fits within table 3-1, total 易地搬迁脱贫, 41.83 亿元 (29.12%)',
      ),
      check(
        [C.water],
        '3.99',
        '115.78',
        'within',
        '3.99 亿元在其内表3-2合计“农村生产生活改善” 115.78 亿元（占 3.45%）',
        '3.99 亿元 fits within table 3-2, total 农村生产生活改善, 115.78 亿元 (3.45%)',
      ),
      check(
        [C.industry],
        '408.85',
        '408.85',
        'equals',
        '408.85 亿元等于表3-1合计“产业脱贫” 408.85 亿元（占 100%）',
        '408.85 亿元 equals table 3-1, total 产业脱贫, 408.85 亿元 (100%)',
      ),
      check(
        [C.relocationCategory],
        '41.83',
        '41.83',
        'equals',
        '41.83 亿元等于表3-1合计“易地搬迁脱贫” 41.83 亿元（占 100%）',
        '41.83 亿元 equals table 3-1, total 易地搬迁脱贫, 41.83 亿元 (100%)',
      ),
      check(
        [C.health],
        '38.59',
        '38.59',
        'equals',
        '38.59 亿元等于表3-1合计“健康救助脱贫” 38.59 亿元（占 100%）',
        '38.59 亿元 equals table 3-1, total 健康救助脱贫, 38.59 亿元 (100%)',
      ),
      check(
        [C.infrastructure],
        '254.42',
        '254.42',
        'equals',
        '254.42 亿元等于表3-2合计“基础设施建设” 254.42 亿元（占 100%）',
        '254.42 亿元 equals table 3-2, total 基础设施建设, 254.42 亿元 (100%)',
      ),
      check(
        [C.ruralLiving],
        '115.68',
        '115.78',
        'differs',
        '115.68 亿元不等于表3-2合计“农村生产生活改善” 115.78 亿元（占 99.91%）',
        '115.68 亿元 differs from table 3-2, total 农村生产生活改善, 115.78 亿元 (99.91%)',
      ),
      check(
        [C.fundTotal],
        '15',
        '592.03',
        'within',
        '15 亿元在其内表2合计“政府投入” 592.03 亿元（占 2.53%）',
        '15 亿元 fits within table 2, total 政府投入, 592.03 亿元 (2.53%)',
      ),
    ]);
    expect(r.checks.map((c) => [c.id, c.status, c.citations])).toEqual([
      ['finance.relocationProgrammes', 'within', [C.relocationHousing, C.relocationFacilities]],
      ['finance.waterYi', 'within', [C.water]],
      ['finance.industryYi', 'equals', [C.industry]],
      ['finance.relocationCategoryYi', 'equals', [C.relocationCategory]],
      ['finance.healthYi', 'equals', [C.health]],
      ['finance.infrastructureYi', 'equals', [C.infrastructure]],
      ['finance.ruralLivingYi', 'differs', [C.ruralLiving]],
      ['finance.fundStatedTotal', 'within', [C.fundTotal]],
    ]);
  });
});

describe('within up to the cell, exceeds beyond it; equals only at the cell', () => {
  it.each([
    [
      'fund 592.03 = 政府投入 592.03: within (up to the cell)',
      { 'finance.fundStatedTotal': '592.03' },
      7,
      'within',
      [],
    ],
    [
      'fund 592.04 > 592.03: exceeds',
      { 'finance.fundStatedTotal': '592.04' },
      7,
      'exceeds',
      ['finance.fundStatedTotal'],
    ],
    [
      'relocation 1.28 + 40.55 = 41.83: within',
      { 'finance.relocationFacilitiesYi': '40.55' },
      0,
      'within',
      [],
    ],
    [
      'relocation 1.28 + 40.56 = 41.84 > 41.83: exceeds',
      { 'finance.relocationFacilitiesYi': '40.56' },
      0,
      'exceeds',
      ['finance.relocationProgrammes'],
    ],
    [
      'relocation 40.56 + 10.9 = 51.46 > 41.83: exceeds',
      { 'finance.relocationHousingYi': '40.56' },
      0,
      'exceeds',
      ['finance.relocationProgrammes'],
    ],
    [
      'industry 408.86 ≠ 408.85: differs',
      { 'finance.industryYi': '408.86' },
      2,
      'differs',
      ['finance.industryYi'],
    ],
  ])('%s', (_name, overrides, index, status, extraFindings) => {
    const r = auditAllocations({ overrides: { 'finance.ruralLivingYi': '115.78', ...overrides } });
    expect(r.checks[index]?.status).toBe(status);
    expect(r.trace[index]?.value).toBe(status);
    expect(r.findings.map((f) => f.id)).toEqual(extraFindings);
  });

  it('the exceeding step: 592.04 亿元 exceeds 592.03 (100%), 1.28 + 40.56 = 41.84 exceeds 41.83 (100.02%)', () => {
    const fund = auditAllocations({ overrides: { 'finance.fundStatedTotal': '592.04' } });
    expect(fund.trace[7]?.text).toEqual({
      zh: '592.04 亿元超过表2合计“政府投入” 592.03 亿元（占 100%）',
      en: '592.04 亿元 exceeds table 2, total 政府投入, 592.03 亿元 (100%)',
    });
    const relocation = auditAllocations({ overrides: { 'finance.relocationFacilitiesYi': '40.56' } });
    expect(relocation.trace[0]?.text).toEqual({
      zh: '41.84 亿元超过表3-1合计“易地搬迁脱贫” 41.83 亿元（占 100.02%）',
      en: '41.84 亿元 exceeds table 3-1, total 易地搬迁脱贫, 41.83 亿元 (100.02%)',
    });
    expect(relocation.checks[0]?.differenceYi.toString()).toBe('0.01');
  });
});
