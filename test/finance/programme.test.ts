/** Programme allocations (chapters 4, 10, 11) with per-unit figures, and their audit against the budget tables. */
import { describe, expect, it } from 'vitest';
import { auditAllocations, programmeAllocations } from '../../src/finance/index.js';
import { refusal } from '../support/errors.js';

const perUnit = (id: string, options?: Parameters<typeof programmeAllocations>[0]) =>
  programmeAllocations(options).perUnit.find((f) => f.id === id);

describe('programme allocations', () => {
  it('the figures as written, in 亿元 and exactly in yuan', () => {
    const r = programmeAllocations();
    expect(r.allocations.map((a) => [a.id, a.yi.toString(), a.yuan.toString()])).toEqual([
      ['finance.relocationHousingYi', '1.28', '128000000.00'],
      ['finance.relocationFacilitiesYi', '10.9', '1090000000.00'],
      ['finance.waterYi', '3.99', '399000000.00'],
      ['finance.industryYi', '408.85', '40885000000.00'],
      ['finance.relocationCategoryYi', '41.83', '4183000000.00'],
      ['finance.healthYi', '38.59', '3859000000.00'],
      ['finance.infrastructureYi', '254.42', '25442000000.00'],
      ['finance.ruralLivingYi', '115.68', '11568000000.00'],
    ]);
    expect(r.allocations[2]?.citation.quote).toContain('346 个建档立卡贫困村');
  });

  it.each([
    ['housingPerSite', '507936.51', '128,000,000 / 252 = 507,936.507… → 507,936.51 yuan a site'],
    ['housingPerM2', '193.94', '128,000,000 / 660,000 = 193.939… → 193.94 yuan a m²'],
    ['facilitiesPerSite', '4325396.83', '1,090,000,000 / 252 = 4,325,396.825… → 4,325,396.83 yuan'],
    ['waterPerVillage', '1153179.19', '399,000,000 / 346 = 1,153,179.190… → 1,153,179.19 yuan a village'],
  ])('%s = %s (%s)', (id, yuan) => {
    expect(perUnit(id)?.yuan?.toString()).toBe(yuan);
  });

  it.each([
    ['m2PerSite', '2619.05', '660,000 / 252 = 2619.047…'],
    ['villagesPerCounty', '26.62', '346 / 13 = 26.615…'],
  ])('%s ≈ %s (%s)', (id, ratio) => {
    expect(perUnit(id)?.ratio?.toString()).toBe(ratio);
  });

  it('under the reading notDerived no amount per site is given for the facilities', () => {
    const f = perUnit('facilitiesPerSite', { readings: { facilitiesSites: 'notDerived' } });
    expect(f?.yuan).toBeNull();
    expect(f?.ratio).toBeNull();
  });

  it('the trace shows each division with the plan’s figures', () => {
    const r = programmeAllocations();
    expect(r.ruleId).toBe('finance.programmeAllocations');
    expect(r.trace[0]?.text.zh).toBe('1.28 亿元 ÷ 252 个集中安置区 = 每单位 507936.51 元（四舍五入到分）');
    expect(r.trace[4]?.text.en).toBe(
      '3.99 亿元 (100 million yuan) ÷ 346 villages = 1153179.19 yuan each (rounded half up to the fen)',
    );
    expect(r.trace[0]?.amount?.toString()).toBe('507936.51');
  });

  it('refuses input other than nothing or {}', () => {
    expect(refusal(() => programmeAllocations({ x: 1 } as never)).path).toBe('options.x');
    expect(refusal(() => programmeAllocations(5 as never)).ruleId).toBe('finance.programmeAllocations');
  });
});

describe('audit of the allocations against 表2, 表3-1 and 表3-2', () => {
  it('chapter 11’s figures equal their 合计 cells, except the text’s 115.68 against 表3-2’s 115.78 (−0.10)', () => {
    const r = auditAllocations();
    expect(r.checks.map((c) => [c.id, c.status, c.differenceYi.toString()])).toEqual([
      ['finance.relocationProgrammes', 'within', '-29.65'],
      ['finance.waterYi', 'within', '-111.79'],
      ['finance.industryYi', 'equals', '0'],
      ['finance.relocationCategoryYi', 'equals', '0'],
      ['finance.healthYi', 'equals', '0'],
      ['finance.infrastructureYi', 'equals', '0'],
      ['finance.ruralLivingYi', 'differs', '-0.1'],
      ['finance.fundStatedTotal', 'within', '-577.03'],
    ]);
    expect(r.findings.map((f) => f.id)).toEqual(['finance.ruralLivingYi']);
  });

  it('relocation 1.28 + 10.9 = 12.18 亿元 is 29.12% of 易地搬迁脱贫 41.83; water 3.99 is 3.45% of 115.78; the fund 15 is 2.53% of 政府投入 592.03', () => {
    const r = auditAllocations();
    const byId = (id: string) => r.checks.find((c) => c.id === id);
    expect([
      byId('finance.relocationProgrammes')?.allocationYi.toString(),
      byId('finance.relocationProgrammes')?.sharePercent.toString(),
    ]).toEqual(['12.18', '29.12']);
    expect(byId('finance.waterYi')?.sharePercent.toString()).toBe('3.45');
    expect([
      byId('finance.fundStatedTotal')?.budgetYi.toString(),
      byId('finance.fundStatedTotal')?.sharePercent.toString(),
    ]).toEqual(['592.03', '2.53']);
  });

  it('a programme larger than its cell is a finding (water at 120 亿元 exceeds 115.78)', () => {
    const r = auditAllocations({ overrides: { 'finance.waterYi': '120' } });
    expect(r.findings.map((f) => [f.id, f.status])).toEqual([
      ['finance.waterYi', 'exceeds'],
      ['finance.ruralLivingYi', 'differs'],
    ]);
  });

  it('the text’s 115.68 set to the table’s 115.78 leaves no finding', () => {
    expect(auditAllocations({ overrides: { 'finance.ruralLivingYi': '115.78' } }).findings).toEqual([]);
  });

  it('the trace states each comparison in both languages', () => {
    const r = auditAllocations();
    expect(r.trace[6]?.text.zh).toBe('115.68 亿元不等于表3-2合计“农村生产生活改善” 115.78 亿元（占 99.91%）');
    expect(r.trace[2]?.text.en).toBe('408.85 亿元 equals table 3-1, total 产业脱贫, 408.85 亿元 (100%)');
  });
});
