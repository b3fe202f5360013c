/**
 * The budget audit's envelope and trace, each call made inside a test (issue 15: the audit used to run only
 * at file load, so no mutant of its trace or counts was attributed to a test).
 */
import { describe, expect, it } from 'vitest';
import { auditBudget } from '../../src/budget/index.js';

const KIND_LINES_ZH = [
  '行合计核对：39 项，一致 39 项，在舍入范围内 0 项，实质差异 0 项',
  '列合计核对：17 项，一致 17 项，在舍入范围内 0 项，实质差异 0 项',
  '表2 与表3-1、表3-2 核对：13 项，一致 3 项，在舍入范围内 9 项，实质差异 1 项',
  '正文与表格核对：14 项，一致 12 项，在舍入范围内 0 项，实质差异 2 项',
  '正文数字自身核对：3 项，一致 1 项，在舍入范围内 0 项，实质差异 2 项',
  '正文百分比核对：4 项，一致 3 项，在舍入范围内 0 项，实质差异 1 项',
  '说明：4 项',
];

const KIND_LINES_EN = [
  'Row totals: 39 checks, 39 agree, 0 within rounding, 0 material',
  'Column totals: 17 checks, 17 agree, 0 within rounding, 0 material',
  'Table 2 against Tables 3-1 and 3-2: 13 checks, 3 agree, 9 within rounding, 1 material',
  'Text against tables: 14 checks, 12 agree, 0 within rounding, 2 material',
  'The text’s own sums: 3 checks, 1 agree, 0 within rounding, 2 material',
  'The text’s percentages: 4 checks, 3 agree, 0 within rounding, 1 material',
  'Notes: 4',
];

describe('auditBudget trace: a step per kind of check, then one per material finding', () => {
  it('per kind (reading perFigure): 39 + 17 + 13 + 14 + 3 + 4 + 4 = 94 checks, 75 agree, 9 within rounding, 6 material', () => {
    const a = auditBudget();
    expect(a.trace.slice(0, 7).map((s) => s.text.zh)).toEqual(KIND_LINES_ZH);
    expect(a.trace.slice(0, 7).map((s) => s.text.en)).toEqual(KIND_LINES_EN);
    expect(a.trace.slice(0, 7).map((s) => s.inputs)).toEqual(
      [
        ['rowSum', 39],
        ['columnSum', 17],
        ['crossTable', 13],
        ['textVersusTable', 14],
        ['textSum', 3],
        ['textShare', 4],
        ['note', 4],
      ].map(([kind, checks]) => ({ kind, checks, reading: 'perFigure' })),
    );
    // the value of a kind's step is its number of material findings
    expect(a.trace.slice(0, 7).map((s) => s.value)).toEqual([0, 0, 1, 2, 2, 1, 0]);
    expect(a.counts).toEqual({ agrees: 75, withinRounding: 9, material: 6, note: 4 });
  });

  it('a kind step cites at most three distinct citations of its checks', () => {
    const a = auditBudget();
    for (const s of a.trace.slice(0, 7)) {
      expect(s.citations.length).toBe(3);
      expect(new Set(s.citations.map((c) => JSON.stringify(c))).size).toBe(3);
    }
  });

  it('the material finding crossTable/延边州: 225.64 stated, 225.61 computed, −0.03 beyond 0.005 × 3 = 0.015', () => {
    const step = auditBudget().trace[7];
    expect(step?.text.zh).toBe(
      'crossTable/延边州：所列 225.64 亿元，计算得 225.61 亿元，相差 -0.03，超出舍入容差 0.015',
    );
    expect(step?.text.en).toBe(
      'crossTable/延边州: stated 225.64 亿元, computed 225.61 亿元, a difference of -0.03, beyond the rounding tolerance 0.015',
    );
    expect(step?.inputs).toEqual({
      check: 'crossTable/延边州',
      stated: '225.64',
      computed: '225.61',
      tolerance: '0.015',
    });
    expect(step?.value).toBe('-0.03');
    expect(step?.citations.length).toBe(3);
  });

  it('the six material findings in check order: 延边州, 兜底保障 (35.23 vs 36.23), 农村生产生活改善, two text sums, 65.99%', () => {
    const a = auditBudget();
    expect(a.trace.slice(7).map((s) => s.inputs.check)).toEqual([
      'crossTable/延边州',
      'textVersusTable/兜底保障',
      'textVersusTable/农村生产生活改善',
      'textSum/精准扶贫项目',
      'textSum/提升贫困地区区域发展能力项目',
      'textShare/65.99%',
    ]);
    expect(a.trace.slice(7).map((s) => s.text.zh.split('：')[1])).toEqual([
      '所列 225.64 亿元，计算得 225.61 亿元，相差 -0.03，超出舍入容差 0.015',
      '所列 35.23 亿元，计算得 36.23 亿元，相差 1，超出舍入容差 0',
      '所列 115.68 亿元，计算得 115.78 亿元，相差 0.1，超出舍入容差 0',
      '所列 578.38 亿元，计算得 577.38 亿元，相差 -1，超出舍入容差 0.04',
      '所列 385.59 亿元，计算得 385.49 亿元，相差 -0.1，超出舍入容差 0.02',
      '所列 65.99 %，计算得 65.982001607925516740579371871677170051090536580306 %，相差 -0.01，超出舍入容差 0.005',
    ]);
    // a finding step cites exactly the check's citations (the 8 terms of 精准扶贫项目 are not cut to 3)
    expect(a.trace.slice(7).map((s) => s.citations.length)).toEqual([3, 2, 2, 8, 4, 2]);
  });

  it('findings are the 19 checks that do not agree; unexplained is empty; the envelope names the reading', () => {
    const a = auditBudget();
    expect(a.findings).toHaveLength(19); // 9 within rounding + 6 material + 4 notes
    expect(a.findings.every((f) => f.status !== 'agrees')).toBe(true);
    expect(a.unexplained).toEqual([]);
    expect(a.readings).toEqual({ roundingTolerance: 'perFigure' });
    expect(a.trace).toHaveLength(13); // 7 kinds + 6 material findings
  });

  it('reading exact: the 9 cross-table checks within rounding become material (1 + 9 = 10), 15 finding steps', () => {
    const a = auditBudget({ readings: { roundingTolerance: 'exact' } });
    expect(a.counts).toEqual({ agrees: 75, withinRounding: 0, material: 15, note: 4 });
    expect(a.trace[2]?.text.en).toBe(
      'Table 2 against Tables 3-1 and 3-2: 13 checks, 3 agree, 0 within rounding, 10 material',
    );
    expect(a.trace[2]?.inputs.reading).toBe('exact');
    expect(a.trace).toHaveLength(7 + 15);
    expect(a.readings).toEqual({ roundingTolerance: 'exact' });
  });

  it('reading perTerm: the same counts as perFigure on the plan as printed (75 / 9 / 6 / 4)', () => {
    const a = auditBudget({ readings: { roundingTolerance: 'perTerm' } });
    expect(a.counts).toEqual({ agrees: 75, withinRounding: 9, material: 6, note: 4 });
    expect(a.trace[0]?.inputs.reading).toBe('perTerm');
  });
});
