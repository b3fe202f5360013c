/**
 * The audit of chapter 11's arithmetic, finding by finding, with the figures worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { auditBudget, EXPLAINED_FINDINGS, type AuditCheck } from '../../src/budget/index.js';
import { PolicyInputError } from '../../src/core/errors.js';

const audit = auditBudget();
const byId = new Map(audit.checks.map((c) => [c.id, c]));
function get(id: string): AuditCheck {
  const found = byId.get(id);
  if (found === undefined) throw new Error(`no check ${id}`);
  return found;
}
const fixed = (d: { toFixed(n: number): string } | null): string | null => (d === null ? null : d.toFixed(2));

/**
 * Every finding the audit reports on the plan as printed. A new finding fails this test: explain it (in
 * EXPLAINED_FINDINGS, the docs and here) before accepting it.
 */
const EXPECTED_FINDING_IDS = [
  'crossTable/长春市',
  'crossTable/辽源市',
  'crossTable/通化市',
  'crossTable/白山市',
  'crossTable/松原市',
  'crossTable/白城市',
  'crossTable/延边州',
  'crossTable/长白山保护开发区',
  'crossTable/公主岭市',
  'crossTable/梅河口市',
  'textVersusTable/兜底保障',
  'textVersusTable/农村生产生活改善',
  'textSum/精准扶贫项目',
  'textSum/提升贫困地区区域发展能力项目',
  'textShare/65.99%',
  'note/一事一议',
  'note/blankCells/2',
  'note/blankCells/3-1',
  'note/blankCells/3-2',
];

describe('auditBudget: the set of findings', () => {
  it('reports exactly the known findings, each explained', () => {
    expect(audit.findings.map((f) => f.id)).toEqual(EXPECTED_FINDING_IDS);
    expect(audit.unexplained).toEqual([]);
    expect(Object.keys(EXPLAINED_FINDINGS).sort()).toEqual([...EXPECTED_FINDING_IDS].sort());
    for (const f of audit.findings) expect(f.explanation, f.id).toBe(EXPLAINED_FINDINGS[f.id]);
  });

  it('runs 94 checks: 39 rows, 17 columns, 13 cross-table, 14 text-vs-table, 3 text sums, 4 shares, 4 notes', () => {
    const count = (kind: string): number => audit.checks.filter((c) => c.kind === kind).length;
    expect(audit.checks).toHaveLength(94);
    expect([
      count('rowSum'),
      count('columnSum'),
      count('crossTable'),
      count('textVersusTable'),
      count('textSum'),
      count('textShare'),
      count('note'),
    ]).toEqual([39, 17, 13, 14, 3, 4, 4]);
    expect(audit.counts).toEqual({ agrees: 75, withinRounding: 9, material: 6, note: 4 });
  });

  it('every check names its citations; ids are unique', () => {
    expect(new Set(audit.checks.map((c) => c.id)).size).toBe(audit.checks.length);
    for (const c of audit.checks) expect(c.citations.length, c.id).toBeGreaterThan(0);
  });

  it('every row and every column of the three tables adds up exactly (blank cells contributing nothing)', () => {
    const sums = audit.checks.filter((c) => c.kind === 'rowSum' || c.kind === 'columnSum');
    expect(sums).toHaveLength(56);
    for (const c of sums) expect(c.status, c.id).toBe('agrees');
  });

  it('row checks list the blank cells they passed over: 表3-1 长白山保护开发区 passes over six', () => {
    expect(get('rowSum/3-1/长白山保护开发区').notListed.map((c) => c.column)).toEqual([
      '转移就业脱贫',
      '易地搬迁脱贫',
      '生态保护脱贫',
      '教育脱贫',
      '健康救助脱贫',
      '兜底保障',
    ]);
    expect(get('columnSum/2/金融机构融资').notListed.map((c) => c.region)).toEqual(['四平市']);
  });

  it('serializes to JSON without loss', () => {
    const json = JSON.parse(JSON.stringify(get('crossTable/延边州'))) as Record<string, unknown>;
    expect(json.difference).toBe('-0.03');
    expect(json.stated).toBe('225.64');
  });

  it('is frozen', () => {
    expect(Object.isFrozen(audit)).toBe(true);
    expect(Object.isFrozen(audit.findings)).toBe(true);
    expect(Object.isFrozen(get('crossTable/延边州'))).toBe(true);
  });
});

describe('auditBudget: each region’s 表3-1 + 表3-2 against its 表2 total (tolerance 0.005 × 3 = 0.015)', () => {
  it.each([
    ['长春市', '51.08 + 20.59 = 71.67 vs 71.66', '71.66', '71.67', '0.01', 'withinRounding'],
    ['吉林市', '41.88 + 18.16 = 60.04 vs 60.04', '60.04', '60.04', '0.00', 'agrees'],
    ['四平市', '56.84 + 27.86 = 84.70 vs 84.7', '84.70', '84.70', '0.00', 'agrees'],
    ['辽源市', '9.83 + 8.41 = 18.24 vs 18.23', '18.23', '18.24', '0.01', 'withinRounding'],
    ['通化市', '23.11 + 20.63 = 43.74 vs 43.73', '43.73', '43.74', '0.01', 'withinRounding'],
    ['白山市', '32.17 + 29.45 = 61.62 vs 61.61', '61.61', '61.62', '0.01', 'withinRounding'],
    ['松原市', '34.62 + 29.85 = 64.47 vs 64.46', '64.46', '64.47', '0.01', 'withinRounding'],
    ['白城市', '187.69 + 98.8 = 286.49 vs 286.5', '286.50', '286.49', '-0.01', 'withinRounding'],
    ['延边州', '130.37 + 95.24 = 225.61 vs 225.64', '225.64', '225.61', '-0.03', 'material'],
    ['长白山保护开发区', '1.86 + 1.58 = 3.44 vs 3.45', '3.45', '3.44', '-0.01', 'withinRounding'],
    ['公主岭市', '3.91 + 26.94 = 30.85 vs 30.86', '30.86', '30.85', '-0.01', 'withinRounding'],
    ['梅河口市', '5.02 + 8.08 = 13.10 vs 13.09', '13.09', '13.10', '0.01', 'withinRounding'],
    ['合计', '578.38 + 385.59 = 963.97 vs 963.97', '963.97', '963.97', '0.00', 'agrees'],
  ])('%s: %s', (region, _sum, stated, computed, difference, status) => {
    const c = get(`crossTable/${region}`);
    expect([fixed(c.stated), fixed(c.computed), fixed(c.difference), c.status]).toEqual([
      stated,
      computed,
      difference,
      status,
    ]);
    expect(c.tolerance?.toString()).toBe('0.015');
  });
});

describe('auditBudget: the text against the tables', () => {
  it.each([
    ['总投资/section1', '963.97', '963.97', '0.00', 'agrees'],
    ['总投资/section2', '963.97', '963.97', '0.00', 'agrees'],
    ['精准扶贫项目', '578.38', '578.38', '0.00', 'agrees'],
    ['产业脱贫', '408.85', '408.85', '0.00', 'agrees'],
    ['转移就业脱贫', '6.70', '6.70', '0.00', 'agrees'],
    ['易地搬迁脱贫', '41.83', '41.83', '0.00', 'agrees'],
    ['生态保护脱贫', '26.28', '26.28', '0.00', 'agrees'],
    ['教育脱贫', '19.90', '19.90', '0.00', 'agrees'],
    ['健康救助脱贫', '38.59', '38.59', '0.00', 'agrees'], // the text says 医疗健康脱贫
    ['兜底保障', '35.23', '36.23', '1.00', 'material'], // text 35.23, table 36.23
    ['提升贫困地区区域发展能力项目', '385.59', '385.59', '0.00', 'agrees'],
    ['基础设施建设', '254.42', '254.42', '0.00', 'agrees'],
    ['农村生产生活改善', '115.68', '115.78', '0.10', 'material'], // text 115.68, table 115.78
    ['培育区域支柱或优势产业', '15.39', '15.39', '0.00', 'agrees'],
  ])('text %s: stated %s, table %s, difference %s → %s', (column, stated, computed, difference, status) => {
    const c = get(`textVersusTable/${column}`);
    expect([fixed(c.stated), fixed(c.computed), fixed(c.difference), c.status]).toEqual([
      stated,
      computed,
      difference,
      status,
    ]);
    expect(c.tolerance?.isZero()).toBe(true);
  });

  it('the text’s 医疗健康脱贫 is matched to the table’s 健康救助脱贫 and says so', () => {
    expect(get('textVersusTable/健康救助脱贫').description).toContain('医疗健康脱贫');
  });

  it.each([
    [
      '精准扶贫项目',
      '408.85 + 6.7 + 41.83 + 26.28 + 19.9 + 38.59 + 35.23 = 577.38 vs 578.38',
      '578.38',
      '577.38',
      '-1.00',
      '0.04', // 0.005 × (7 + 1)
      'material',
    ],
    [
      '提升贫困地区区域发展能力项目',
      '254.42 + 115.68 + 15.39 = 385.49 vs 385.59',
      '385.59',
      '385.49',
      '-0.10',
      '0.02',
      'material',
    ],
    ['总投资', '578.38 + 385.59 = 963.97 vs 963.97', '963.97', '963.97', '0.00', '0.02', 'agrees'],
  ])('the text’s own sum for %s: %s', (subject, _sum, stated, computed, difference, tol, status) => {
    const c = get(`textSum/${subject}`);
    expect([fixed(c.stated), fixed(c.computed), fixed(c.difference), fixed(c.tolerance), c.status]).toEqual([
      stated,
      computed,
      difference,
      tol,
      status,
    ]);
  });

  it.each([
    ['60%', '578.38 / 963.97 = 59.9998% → 60%', '59.9998', '0', 'agrees'],
    ['40%', '385.59 / 963.97 = 40.0002% → 40%', '40.0002', '0', 'agrees'],
    ['77.36%', '(408.85 + 38.59) / 578.38 = 447.44 / 578.38 = 77.3609% → 77.36%', '77.3609', '0', 'agrees'],
    ['65.99%', '254.42 / 385.59 = 65.9820% → 65.98%, not 65.99%', '65.9820', '-0.01', 'material'],
  ])('the text’s %s: %s', (percent, _work, exact, difference, status) => {
    const c = get(`textShare/${percent}`);
    expect(c.computed?.toDecimalPlaces(4).toFixed(4)).toBe(exact);
    expect(c.difference?.toString()).toBe(difference);
    expect(c.status).toBe(status);
    expect(c.unit).toBe('%');
  });

  it('65.99% is beyond the rounding of its terms: (254.42 ± 0.005) / (385.59 ∓ 0.005) spans only 65.9798–65.9842%', () => {
    const c = get('textShare/65.99%');
    expect(c.status).toBe('material');
    expect(c.tolerance?.toString()).toBe('0.005');
  });

  it('notes the text’s 4.84 for 一事一议 (no table column) and the blank cells (1, 17, 11)', () => {
    expect(get('note/一事一议').status).toBe('note');
    expect(get('note/blankCells/2').cells.map((c) => `${c.region} ${c.column}`)).toEqual([
      '四平市 金融机构融资',
    ]);
    expect(get('note/blankCells/3-1').cells).toHaveLength(17);
    expect(get('note/blankCells/3-2').cells).toHaveLength(11);
  });
});

describe('auditBudget: the rounding reading', () => {
  it('perTerm (0.005 × 2 = 0.01) classifies the cross-table differences as perFigure does', () => {
    const perTerm = auditBudget({ readings: { roundingTolerance: 'perTerm' } });
    expect(perTerm.readings).toEqual({ roundingTolerance: 'perTerm' });
    expect(perTerm.counts).toEqual(audit.counts);
    expect(perTerm.checks.find((c) => c.id === 'crossTable/长春市')?.tolerance?.toString()).toBe('0.01');
  });

  it('exact makes every non-zero difference material: 10 cross-table + 5 text = 15', () => {
    const exact = auditBudget({ readings: { roundingTolerance: 'exact' } });
    expect(exact.counts).toEqual({ agrees: 75, withinRounding: 0, material: 15, note: 4 });
  });

  it('refuses an unknown reading with its path', () => {
    expect(() => auditBudget({ readings: { roundingTolerance: 'loose' as 'exact' } })).toThrow(
      PolicyInputError,
    );
    try {
      auditBudget({ readings: { roundingTolerance: 'loose' as 'exact' } });
    } catch (e) {
      expect((e as PolicyInputError).path).toBe('options.readings.roundingTolerance');
    }
  });
});
