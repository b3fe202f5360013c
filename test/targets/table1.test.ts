/**
 * 表1 and the text's targets as cited data: every row of both parts, with its baseline, yearly targets (numbers
 * and words), attribute and department; and what the table implies (its sums).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getParam } from '../../src/rules.js';
import { auditTable1, TARGETS, type Target } from '../../src/targets/index.js';

const t = (id: string): Target => {
  const found = TARGETS.find((x) => x.id === id);
  if (found === undefined) throw new Error(id);
  return found;
};
const yearly = (id: string) => Object.fromEntries(t(id).figures.map((f) => [f.year, f.value ?? f.printed]));

describe('表1, both parts, every row', () => {
  it('has its ten rows: six in part 1, four in part 2', () => {
    const rows = TARGETS.filter((x) => x.source === 'table1');
    expect(rows.map((r) => r.id)).toEqual([
      'poorPeopleExits',
      'poorVillageExits',
      'poorCountyExits',
      'relocatedPoorPeople',
      'incomeGrowth',
      'waterSupplyRate',
      'dangerousHouseRenovationRate',
      'netEnrolmentRate',
      'illnessPovertyHouseholds',
      'villageCollectiveIncome',
    ]);
    expect(rows.filter((r) => r.part === 1)).toHaveLength(6);
  });

  it.each([
    [
      'poorPeopleExits',
      '700739',
      { 2017: '166854', 2018: '140266', 2019: '87314', 2020: '实现全面脱贫' },
      'binding',
      '省扶贫办',
    ],
    ['poorVillageExits', '1489', { 2017: '663', 2018: '511', 2019: '315' }, 'binding', '省扶贫办'],
    ['poorCountyExits', '15', { 2017: '0', 2018: '4', 2019: '11' }, 'binding', '省扶贫办'],
    ['relocatedPoorPeople', '12233', { 2018: '全部解决' }, 'binding', '省发展改革委、省扶贫办'],
    ['incomeGrowth', '15', { 2019: '年均增速高于全国平均水平' }, 'anticipatory', '省统计局'],
    ['waterSupplyRate', '75', { 2017: '0.82' }, 'anticipatory', '省水利厅'],
    ['dangerousHouseRenovationRate', null, { 2017: '1' }, 'binding', '省住房城乡建设厅、省扶贫办'],
    ['netEnrolmentRate', '99', { 2019: '0.99' }, 'anticipatory', '省教育厅'],
    ['illnessPovertyHouseholds', '26.85', { 2019: '基本解决' }, 'anticipatory', '省卫生计生委'],
    ['villageCollectiveIncome', '2', { 2019: '5' }, 'anticipatory', '省扶贫办'],
  ] as const)('%s: baseline %s, targets %o, %s, %s', (id, baseline, targets, attribute, department) => {
    const row = t(id);
    expect(row.baseline?.printed ?? null).toBe(baseline);
    expect(yearly(id)).toEqual(targets);
    expect(row.attribute).toBe(attribute);
    expect(row.department?.zh).toBe(department);
    expect(row.citation.table).toBe('1');
    expect(row.name.zh.length * row.name.en.length * row.unit.zh.length).toBeGreaterThan(0);
  });

  it('models the words, never dropping them: 实现全面脱贫, 全部解决, 基本解决 (qualitative), ≥5 (不低于 5 万元), 高于全国平均水平 (relative)', () => {
    const kinds = Object.fromEntries(
      TARGETS.filter((x) => x.source === 'table1').flatMap((x) =>
        x.figures.map((f) => [f.printed, [f.kind, f.bound]]),
      ),
    );
    expect(kinds['实现全面脱贫']).toEqual(['qualitative', null]);
    expect(kinds['全部解决']).toEqual(['qualitative', null]);
    expect(kinds['基本解决']).toEqual(['qualitative', null]);
    expect(kinds['≥5']).toEqual(['numeric', '不低于']);
    expect(kinds['年均增速高于全国平均水平']).toEqual(['relative', '高于']);
  });

  it('26.85万户 is kept as 268,500 households; 82% as the rate 0.82 (a dated, cited parameter)', () => {
    expect(getParam('targets.illnessPovertyHouseholdsBaseline').versions[0]?.value).toBe('268500');
    expect(getParam('targets.waterSupplyRate2017')).toMatchObject({
      unit: 'rate',
      versions: [{ from: null, value: '0.82' }],
    });
  });
});

describe('every target is cited data with a parameter for each number', () => {
  it('ids are unique; each numeric figure names a registered parameter carrying the target’s citation', () => {
    expect(new Set(TARGETS.map((x) => x.id)).size).toBe(TARGETS.length);
    for (const target of TARGETS) {
      for (const f of target.figures) {
        if (f.kind === 'numeric' || f.kind === 'approximate') {
          expect(getParam(f.param ?? '').citation, target.id).toBe(target.citation);
        } else expect(f.param, target.id).toBeNull();
      }
    }
  });

  it.each([
    ['tourismVillages', 2020, '359', null],
    ['villageEcommercePoints', 2020, '1000', '以上'],
    ['labourBrokersPerVillage', 2019, '1', '以上'],
    ['townshipKindergartens', 2020, '1', '不少于'],
    ['countyLevel2Hospitals', 2020, '1', '不少于'],
    ['gridReliability', 2019, '0.994', '以上'],
    ['voltageQualifiedRate', 2019, '0.98', '以上'],
    ['roadSafetyWorksKm', 2019, '1771', null],
    ['hardenedRoadsKm', 2019, '3000', null],
    ['oldRoadsRebuiltKm', 2019, '2600', null],
    ['dangerousBridges', 2019, '137', null],
    ['waterProjectFunds', 2020, '3.99', null],
    ['waterProjectVillages', 2020, '346', null],
    ['waterProjectCounties', 2020, '13', null],
    ['broadbandLogisticsCoverage', 2019, '0.95', '以上'],
    ['concentratedResettlementShare', 2020, '0.7', '超过'],
    ['incomeDoubling', 2020, '2', '以上'],
    ['graduationCertificateRate', 2020, '1', null],
  ] as const)('%s: due in %i, %s, limit word %s', (id, year, value, bound) => {
    const f = t(id).figures[0];
    expect([f?.year, f?.value, f?.bound]).toEqual([year, value, bound]);
  });

  it('figures every year (每年): 30 teachers 左右, 60 library titles 不少于, 600 mu, a 1亿元 increase, 2016–2020', () => {
    for (const id of [
      'supportTeachersPerYear',
      'libraryTitlesPerYear',
      'keyCountyLandQuotaPerYear',
      'provincialFundIncreasePerYear',
    ]) {
      expect(t(id).figures.map((f) => f.year)).toEqual([2016, 2017, 2018, 2019, 2020]);
    }
    expect(t('supportTeachersPerYear').figures[0]?.kind).toBe('approximate');
    expect(t('libraryTitlesPerYear').figures[0]?.bound).toBe('不少于');
  });

  it('the 12th plan’s results and the plan’s scope are context, not targets', () => {
    for (const id of [
      'twelfthPlanPeopleReduced',
      'twelfthPlanIncidence',
      'scopeCounties',
      'scopeVillages',
      'scopePeople',
    ]) {
      expect([t(id).role, t(id).figures.length]).toEqual(['context', 0]);
    }
    expect(t('twelfthPlanIncidence').baseline?.value).toBe('0.058');
    expect(t('scopePeople').baseline?.value).toBe('701000');
  });
});

describe('what 表1 implies (the audit)', () => {
  const check = (id: string) => auditTable1().checks.find((c) => c.id === id);

  it('663 + 511 + 315 = 1,489 villages; 0 + 4 + 11 = 15 counties: both agree', () => {
    expect(check('sum/poorVillageExits')).toMatchObject({ status: 'agrees' });
    expect(check('sum/poorVillageExits')?.computed?.toString()).toBe('1489');
    expect(check('sum/poorCountyExits')?.computed?.toString()).toBe('15');
  });

  it('166,854 + 140,266 + 87,314 = 394,434 of 700,739: 306,305 left to 2016 (no column) or 2020 (words): not checkable', () => {
    const c = check('sum/poorPeopleExits');
    expect(c?.status).toBe('notCheckable');
    expect(c?.computed?.toString()).toBe('394434');
    expect(c?.difference?.toString()).toBe('-306305');
  });

  it('700,739 against the preface’s 70.1万: within rounding (|−261| ≤ 500); 1,489 and 15 agree with the preface', () => {
    expect(check('text/scopePeople')).toMatchObject({ status: 'withinRounding' });
    expect(check('text/scopePeople')?.difference?.toString()).toBe('-261');
    expect(check('text/scopeVillages')?.status).toBe('agrees');
    expect(check('text/scopeCounties')?.status).toBe('agrees');
  });

  it('the provincial fund: 1 + 2 + 3 + 4 + 5 = 15亿元 agrees; what cannot be checked is reported (12,233 relocating people; the 12th plan’s 120万 and 5.8%)', () => {
    expect(check('text/provincialFundIncrease')?.status).toBe('agrees');
    const a = auditTable1();
    expect(a.counts).toEqual({ agrees: 5, withinRounding: 1, material: 0, notCheckable: 3, note: 1 });
    expect(a.trace.length).toBe(7);
  });

  it('a reform of a yearly figure shows in the sums and the trace (663 → 600: 1,426, material)', () => {
    const a = auditTable1({ overrides: { 'targets.poorVillageExits2017': '600' } });
    const c = a.checks.find((x) => x.id === 'sum/poorVillageExits');
    expect([c?.status, c?.computed?.toString()]).toEqual(['material', '1426']);
    expect(a.trace[0]?.text.zh).toContain('600 + 511 + 315 = 1426');
  });

  it('the yearly village and county exits sum to their baselines for any reform that keeps the sum (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1489 }), fc.integer({ min: 0, max: 1489 }), (a, b) => {
        fc.pre(a + b <= 1489);
        const overrides = {
          'targets.poorVillageExits2017': String(a),
          'targets.poorVillageExits2018': String(b),
          'targets.poorVillageExits2019': String(1489 - a - b),
        };
        expect(auditTable1({ overrides }).checks[0]?.status).toBe('agrees');
      }),
      { numRuns: 50 },
    );
  });
});
