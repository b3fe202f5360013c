/**
 * The audit's checks one by one: id, kind, status, figures, cells, blank cells, unit, citations and the
 * description a reader sees. Every audit is run inside its test (issue 15: a result computed at collection
 * time is not attributed to the test by Stryker's per-test coverage).
 */
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/decimal.js';
import { auditBudget, type AuditCheck } from '../../src/budget/index.js';
import { compareShare } from '../../src/budget/audit-text-checks.js';

function checkOf(id: string, reading?: 'perFigure' | 'perTerm' | 'exact'): AuditCheck {
  const audit = auditBudget(reading === undefined ? undefined : { readings: { roundingTolerance: reading } });
  const found = audit.checks.find((c) => c.id === id);
  if (found === undefined) throw new Error(`no check ${id}`);
  return found;
}

/** The check as plain strings: figures with toString, cells as `table region column`, citations by quote. */
function plain(c: AuditCheck): Record<string, unknown> {
  const s = (d: { toString(): string } | null): string | null => (d === null ? null : d.toString());
  return {
    id: c.id,
    kind: c.kind,
    status: c.status,
    description: c.description,
    cells: c.cells.map((x) => `${x.table} ${x.region} ${x.column}`),
    notListed: c.notListed.map((x) => `${x.table} ${x.region} ${x.column}`),
    stated: s(c.stated),
    computed: s(c.computed),
    difference: s(c.difference),
    tolerance: s(c.tolerance),
    unit: c.unit,
    citations: c.citations.map((x) => x.quote),
    explained: Object.hasOwn(c, 'explanation'),
  };
}

const T2 = '吉林省“十三五”脱贫攻坚建设项目规划资金需求';
const T31 = '吉林省“十三五”脱贫攻坚建设项目、资金的区域分布';
const T32 = '吉林省“十三五”脱贫攻坚建设资金的区域分布';
const TOTAL_2 = '合 计 963.97 592.03 151.43 195.79 24.72';
const TOTAL_31 = '合 计 578.38 408.85 6.7 41.83 26.28 19.9 38.59 36.23';
const TOTAL_32 = '合 计 385.59 254.42 115.78 15.39';
const REGIONS = [
  '长春市',
  '吉林市',
  '四平市',
  '辽源市',
  '通化市',
  '白山市',
  '松原市',
  '白城市',
  '延边州',
  '长白山保护开发区',
  '公主岭市',
  '梅河口市',
];

describe('audit: a row’s parts against its total', () => {
  it('表2 四平市: 83.85 + (blank) + 0.68 + 0.17 = 84.7, 3 listed → tolerance 0.005 × (3 + 1) = 0.02', () => {
    expect(plain(checkOf('rowSum/2/四平市'))).toEqual({
      id: 'rowSum/2/四平市',
      kind: 'rowSum',
      status: 'agrees',
      description: '表2, 四平市: the 4 parts against 总投资',
      cells: ['2 四平市 政府投入', '2 四平市 金融机构融资', '2 四平市 业主投入', '2 四平市 农户自筹'],
      notListed: ['2 四平市 金融机构融资'],
      stated: '84.7',
      computed: '84.7',
      difference: '0',
      tolerance: '0.02',
      unit: '亿元',
      citations: [T2, '四平市 84.7 83.85 0.68 0.17'],
      explained: false,
    });
  });

  it('表3-1 长白山保护开发区: 1.86 and six blanks = 1.86; perTerm tolerance 0.005 × 1, exact 0', () => {
    const c = plain(checkOf('rowSum/3-1/长白山保护开发区', 'perTerm'));
    const parts = [
      '产业脱贫',
      '转移就业脱贫',
      '易地搬迁脱贫',
      '生态保护脱贫',
      '教育脱贫',
      '健康救助脱贫',
      '兜底保障',
    ];
    expect(c).toEqual({
      id: 'rowSum/3-1/长白山保护开发区',
      kind: 'rowSum',
      status: 'agrees',
      description: '表3-1, 长白山保护开发区: the 7 parts against 精准扶贫项目',
      cells: parts.map((p) => `3-1 长白山保护开发区 ${p}`),
      notListed: parts.slice(1).map((p) => `3-1 长白山保护开发区 ${p}`),
      stated: '1.86',
      computed: '1.86',
      difference: '0',
      tolerance: '0.005',
      unit: '亿元',
      citations: [T31, '长白山保护开发区 1.86 1.86'],
      explained: false,
    });
    expect(checkOf('rowSum/3-1/长白山保护开发区', 'exact').tolerance?.toString()).toBe('0');
  });
});

describe('audit: a column’s 12 regions against its 合计', () => {
  it('表2 金融机构融资: 11 listed (四平市 blank) = 151.43 → tolerance 0.005 × 12 = 0.06', () => {
    expect(plain(checkOf('columnSum/2/金融机构融资'))).toEqual({
      id: 'columnSum/2/金融机构融资',
      kind: 'columnSum',
      status: 'agrees',
      description: '表2, 金融机构融资: the 12 regions against 合计',
      cells: REGIONS.map((r) => `2 ${r} 金融机构融资`),
      notListed: ['2 四平市 金融机构融资'],
      stated: '151.43',
      computed: '151.43',
      difference: '0',
      tolerance: '0.06',
      unit: '亿元',
      citations: [T2, TOTAL_2],
      explained: false,
    });
  });

  it('表3-2 提升贫困地区区域发展能力项目: 12 listed = 385.59 → tolerance 0.005 × 13 = 0.065', () => {
    const c = plain(checkOf('columnSum/3-2/提升贫困地区区域发展能力项目'));
    expect(c.description).toBe('表3-2, 提升贫困地区区域发展能力项目: the 12 regions against 合计');
    expect(c.cells).toEqual(REGIONS.map((r) => `3-2 ${r} 提升贫困地区区域发展能力项目`));
    expect([c.stated, c.computed, c.tolerance, c.unit, c.notListed]).toEqual([
      '385.59',
      '385.59',
      '0.065',
      '亿元',
      [],
    ]);
    expect(c.citations).toEqual([T32, TOTAL_32]);
  });
});

describe('audit: 表3-1 + 表3-2 against 表2, region by region', () => {
  it('延边州: 130.37 + 95.24 = 225.61 vs 225.64 (−0.03 > 0.015) → material, explained', () => {
    const c = checkOf('crossTable/延边州');
    expect(plain(c)).toEqual({
      id: 'crossTable/延边州',
      kind: 'crossTable',
      status: 'material',
      description: '延边州: 表3-1 精准扶贫项目 + 表3-2 提升贫困地区区域发展能力项目 against 表2 总投资',
      cells: ['3-1 延边州 精准扶贫项目', '3-2 延边州 提升贫困地区区域发展能力项目'],
      notListed: [],
      stated: '225.64',
      computed: '225.61',
      difference: '-0.03',
      tolerance: '0.015',
      unit: '亿元',
      citations: [
        '延边州 225.64 167.04 40.9 14.7 3',
        '延边州 130.37 105.9 1.59 8.62 2.04 6.94 2.87 2.41',
        '延边州 95.24 74.73 20.51',
      ],
      explained: true,
    });
    expect(c.explanation).toMatch(/^130\.37 \+ 95\.24 = 225\.61 vs 225\.64 in 表2/u);
  });

  it('吉林市: 41.88 + 18.16 = 60.04 = 60.04 → agrees, and an agreeing check carries no explanation at all', () => {
    const audit = auditBudget();
    const c = audit.checks.find((x) => x.id === 'crossTable/吉林市');
    expect(c?.status).toBe('agrees');
    expect(c?.difference?.toString()).toBe('0');
    for (const x of audit.checks) expect(Object.hasOwn(x, 'explanation'), x.id).toBe(x.status !== 'agrees');
  });
});

describe('audit: the text’s figures against the tables', () => {
  it('总投资 twice: section 1 (总规划资金规模需求) and section 2 (总规划资金需求), each named by its section', () => {
    expect(plain(checkOf('textVersusTable/总投资/section1'))).toEqual({
      id: 'textVersusTable/总投资/section1',
      kind: 'textVersusTable',
      status: 'agrees',
      description:
        "The text's 总规划资金规模需求 963.97 against 表2 合计 总投资 (the text calls it 总规划资金规模需求, the table 总投资)",
      cells: ['2 合计 总投资'],
      notListed: [],
      stated: '963.97',
      computed: '963.97',
      difference: '0',
      tolerance: '0',
      unit: '亿元',
      citations: ['全省脱贫攻坚建设项目总规划资金规模需求为 963.97 亿元', TOTAL_2],
      explained: false,
    });
    const s2 = checkOf('textVersusTable/总投资/section2');
    expect(s2.description).toBe(
      "The text's 总规划资金需求 963.97 against 表2 合计 总投资 (the text calls it 总规划资金需求, the table 总投资)",
    );
    expect(s2.citations.map((x) => x.quote)).toEqual([
      '吉林省脱贫攻坚建设项目总规划资金需求为 963.97 亿元',
      TOTAL_2,
    ]);
  });

  it('兜底保障: text 35.23, table 36.23 → +1 material; the same name, so no "the text calls it"', () => {
    expect(plain(checkOf('textVersusTable/兜底保障'))).toEqual({
      id: 'textVersusTable/兜底保障',
      kind: 'textVersusTable',
      status: 'material',
      description: "The text's 兜底保障 35.23 against 表3-1 合计 兜底保障",
      cells: ['3-1 合计 兜底保障'],
      notListed: [],
      stated: '35.23',
      computed: '36.23',
      difference: '1',
      tolerance: '0',
      unit: '亿元',
      citations: ['兜底保障项目投资 35.23 亿元', TOTAL_31],
      explained: true,
    });
  });

  it('the text’s 医疗健康脱贫 38.59 is the table’s 健康救助脱贫 38.59 → agrees, and says both names', () => {
    const c = checkOf('textVersusTable/健康救助脱贫');
    expect(c.description).toBe(
      "The text's 医疗健康脱贫 38.59 against 表3-1 合计 健康救助脱贫 (the text calls it 医疗健康脱贫, the table 健康救助脱贫)",
    );
    expect(c.citations.map((x) => x.quote)).toEqual(['医疗健康脱贫项目投资 38.59 亿元', TOTAL_31]);
  });
});

describe('audit: the text’s own sums', () => {
  it('总投资: 578.38 + 385.59 = 963.97 = 963.97, tolerance 0.005 × (2 + 1) = 0.015', () => {
    expect(plain(checkOf('textSum/总投资'))).toEqual({
      id: 'textSum/总投资',
      kind: 'textSum',
      status: 'agrees',
      description: "The text's own figures: 578.38 + 385.59 against its 963.97",
      cells: [],
      notListed: [],
      stated: '963.97',
      computed: '963.97',
      difference: '0',
      tolerance: '0.015',
      unit: '亿元',
      citations: [
        '吉林省脱贫攻坚建设项目总规划资金需求为 963.97 亿元',
        '围绕实施精准扶贫项目投资 578.38 亿元',
        '围绕提升贫困地区区域发展能力项目投资 385.59 亿元',
      ],
      explained: false,
    });
  });

  it('精准扶贫项目: 408.85 + 6.7 + 41.83 + 26.28 + 19.9 + 38.59 + 35.23 = 577.38 vs 578.38 → −1 material', () => {
    const c = plain(checkOf('textSum/精准扶贫项目'));
    expect(c.description).toBe(
      "The text's own figures: 408.85 + 6.7 + 41.83 + 26.28 + 19.9 + 38.59 + 35.23 against its 578.38",
    );
    expect([c.status, c.stated, c.computed, c.difference, c.tolerance, c.explained]).toEqual([
      'material',
      '578.38',
      '577.38',
      '-1',
      '0.04',
      true,
    ]);
    expect(c.citations).toEqual([
      '围绕实施精准扶贫项目投资 578.38 亿元',
      '含产业脱贫项目投资 408.85 亿元',
      '转移就业脱贫项目投资 6.7 亿元',
      '易地搬迁脱贫项目投资 41.83 亿元',
      '生态保护脱贫项目投资 26.28 亿元',
      '教育脱贫项目投资 19.9 亿元',
      '医疗健康脱贫项目投资 38.59 亿元',
      '兜底保障项目投资 35.23 亿元',
    ]);
  });
});

describe('audit: the text’s percentages', () => {
  it('77.36%: (408.85 + 38.59) / 578.38 = 77.3609…% → 77.36 agrees; the 合计 row cited once', () => {
    const c = plain(checkOf('textShare/77.36%'));
    expect({ ...c, computed: null }).toEqual({
      id: 'textShare/77.36%',
      kind: 'textShare',
      status: 'agrees',
      description:
        "The text's 77.36%: 408.85 (产业脱贫) + 38.59 (健康救助脱贫) / 578.38 (精准扶贫项目) = 77.3609…%",
      cells: ['3-1 合计 产业脱贫', '3-1 合计 健康救助脱贫', '3-1 合计 精准扶贫项目'],
      notListed: [],
      stated: '77.36',
      computed: null,
      difference: '0',
      tolerance: '0.005',
      unit: '%',
      citations: ['占全部精准扶贫项目投资的 77.36%', TOTAL_31],
      explained: false,
    });
    expect(String(c.computed).slice(0, 10)).toBe('77.3609045');
  });

  it('65.99%: 254.42 / 385.59 = 65.982…% → 65.98, −0.01 material', () => {
    const c = plain(checkOf('textShare/65.99%'));
    expect(c.description).toBe(
      "The text's 65.99%: 254.42 (基础设施建设) / 385.59 (提升贫困地区区域发展能力项目) = 65.982…%",
    );
    expect(c.cells).toEqual(['3-2 合计 基础设施建设', '3-2 合计 提升贫困地区区域发展能力项目']);
    expect([c.status, c.stated, c.difference, c.tolerance, c.notListed, c.explained]).toEqual([
      'material',
      '65.99',
      '-0.01',
      '0.005',
      [],
      true,
    ]);
    expect(c.citations).toEqual(['占全部提升贫困地区区域发展能力投资的 65.99%', TOTAL_32]);
  });

  it('60%: 578.38 / 963.97 = 59.9998…% → 60 agrees; two tables, two 合计 rows cited', () => {
    const c = plain(checkOf('textShare/60%'));
    expect(c.description).toBe("The text's 60%: 578.38 (精准扶贫项目) / 963.97 (总投资) = 59.9998…%");
    expect([c.status, c.difference, c.tolerance]).toEqual(['agrees', '0', '0.5']);
    expect(c.citations).toEqual(['578.38 亿元，占总投资的 60%', TOTAL_31, TOTAL_2]);
  });
});

describe('compareShare: a stated percentage against the share its terms give', () => {
  const d = (s: string): InstanceType<typeof Dec> => new Dec(s);
  it.each([
    // 1 / 3 = 33.333…%; each figure ±0.005: (0.995 / 3.005, 1.005 / 2.995) = (33.111…, 33.555…)%
    ['perFigure', ['1'], '3', '33.33', 'agrees', '0'],
    ['perFigure', ['1'], '3', '33.34', 'withinRounding', '0.01'],
    ['exact', ['1'], '3', '33.34', 'material', '0.01'],
    ['perTerm', ['1'], '3', '33.56', 'withinRounding', '0.23'], // 33.555 ≤ 33.5559
    ['perFigure', ['1'], '3', '33.57', 'material', '0.24'], // 33.565 > 33.5559
    ['perFigure', ['1'], '3', '33.11', 'withinRounding', '0.22'], // 33.1115 ≤ 33.115
    ['perFigure', ['1'], '3', '33.10', 'material', '0.23'], // 33.1111 > 33.105
    // two terms, two slacks: (0.5 + 0.5 + 0.01) / 2.995 = 33.7228…% ≥ 33.715
    ['perFigure', ['0.5', '0.5'], '3', '33.72', 'withinRounding', '0.39'],
    // the plan's 65.99%: (254.42 ± 0.005) / (385.59 ∓ 0.005) spans 65.9798–65.9842%
    ['perFigure', ['254.42'], '385.59', '65.99', 'material', '0.01'],
    ['perFigure', ['254.42'], '385.59', '65.98', 'agrees', '0'],
  ])('%s: %j / %s against %s%% → %s', (reading, terms, denominator, percent, status, gap) => {
    const decimals = percent.includes('.') ? (percent.split('.')[1] ?? '').length : 0;
    const r = compareShare(reading as 'perFigure', terms.map(d), d(denominator), d(percent), decimals);
    expect(r.status).toBe(status);
    expect(r.difference.abs().toString()).toBe(gap);
    expect(r.half.toString()).toBe(decimals === 2 ? '0.005' : '0.05');
  });

  it('the exact share: (0.5 + 0.5) / 3 × 100 = 33.3333…, rounded half up to 0 places = 33 vs 33 → agrees', () => {
    const r = compareShare('perFigure', [d('0.5'), d('0.5')], d('3'), d('33'), 0);
    expect(r.exact.toDecimalPlaces(4).toString()).toBe('33.3333');
    expect([r.status, r.difference.toString(), r.half.toString()]).toEqual(['agrees', '0', '0.5']);
  });
});

describe('audit: notes', () => {
  it('一事一议 4.84: part of 兜底保障, no column of its own', () => {
    expect(plain(checkOf('note/一事一议'))).toEqual({
      id: 'note/一事一议',
      kind: 'note',
      status: 'note',
      description: "The text's 一事一议 4.84 (part of 兜底保障) has no table column to check against",
      cells: ['3-1 合计 兜底保障'],
      notListed: [],
      stated: null,
      computed: null,
      difference: null,
      tolerance: null,
      unit: null,
      citations: ['含一事一议帮扶项目投资 4.84 亿元'],
      explained: true,
    });
  });

  it('表2 leaves 1 cell blank: 四平市 金融机构融资', () => {
    expect(plain(checkOf('note/blankCells/2'))).toEqual({
      id: 'note/blankCells/2',
      kind: 'note',
      status: 'note',
      description: '表2 leaves 1 cell(s) blank: 四平市 金融机构融资',
      cells: ['2 四平市 金融机构融资'],
      notListed: ['2 四平市 金融机构融资'],
      stated: null,
      computed: null,
      difference: null,
      tolerance: null,
      unit: null,
      citations: [T2, '四平市 84.7 83.85 0.68 0.17'],
      explained: true,
    });
  });

  it('表3-2 leaves 11 cells blank: 培育区域支柱或优势产业 but for 辽源市 and 白山市, and 四平市 农村生产生活改善', () => {
    const c = plain(checkOf('note/blankCells/3-2'));
    const pillar = REGIONS.filter((r) => r !== '辽源市' && r !== '白山市');
    const blanks = [
      ...pillar.slice(0, 2).map((r) => `${r} 培育区域支柱或优势产业`),
      '四平市 农村生产生活改善',
      ...pillar.slice(2).map((r) => `${r} 培育区域支柱或优势产业`),
    ];
    expect(c.description).toBe(`表3-2 leaves 11 cell(s) blank: ${blanks.join('; ')}`);
    expect(c.cells).toEqual(blanks.map((b) => `3-2 ${b}`));
    expect(c.notListed).toEqual(c.cells);
    // 四平市 has two blanks and one citation
    expect(c.citations).toEqual([
      T32,
      '长春市 20.59 17.18 3.41',
      '吉林市 18.16 11.95 6.21',
      '四平市 27.86 27.86',
      '通化市 20.63 16.28 4.35',
      '松原市 29.85 17.05 12.8',
      '白城市 98.8 50.54 48.26',
      '延边州 95.24 74.73 20.51',
      '长白山保护开发区 1.58 1.45 0.13',
      '公主岭市 26.94 19.35 7.59',
      '梅河口市 8.08 4.47 3.61',
    ]);
  });
});
