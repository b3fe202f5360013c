/**
 * The programme report's trace (zh and en, citations, params), whether a derived quotient terminates (denominators
 * with only 2s, only 5s, or another prime), and the audit on both sides of the cap and at zero denominators
 * (issue 15).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, type DecimalValue } from '../../src/core/decimal.js';
import { HOUSING_CITATIONS as C } from '../../src/housing/citations.js';
import {
  PROGRAMME_DERIVED_FIGURES,
  RELOCATION_PROGRAMME,
  RELOCATION_PROGRAMME_AUDIT,
  relocationProgrammeReport,
  type AuditFinding,
} from '../../src/housing/index.js';
import { referenceTerminatesExactly } from './reference/terminatesExactly.js';

const report = (overrides?: Record<string, string>) =>
  relocationProgrammeReport(overrides === undefined ? undefined : { overrides });

const findingOf = (audit: readonly AuditFinding[], id: string): AuditFinding => {
  const f = audit.find((x) => x.id === id);
  if (f === undefined) throw new Error(`no finding ${id}`);
  return f;
};

const PROGRAMME_PARAM_IDS = [
  'housing.housingInvestment',
  'housing.concentratedSites',
  'housing.housingAreaM2',
  'housing.siteInfrastructureInvestment',
  'housing.registeredPeopleToRelocate',
  'housing.relocationProjectInvestment',
];

describe('relocationProgrammeReport: the trace, step by step', () => {
  it('without options it gives the frozen data: figures, 11 derived figures, 6 findings', () => {
    const r = report();
    expect(r.figures).toEqual(RELOCATION_PROGRAMME);
    expect(r.derived).toEqual(PROGRAMME_DERIVED_FIGURES);
    expect(r.audit).toEqual(RELOCATION_PROGRAMME_AUDIT);
    expect(r.trace).toHaveLength(1 + 11 + 6);
  });

  it('step 1 reads the six figures: 1.28 亿元; 252 sites; 660000 m²; 10.9 亿元; 12233 people; 41.83 亿元', () => {
    const s = report().trace[0];
    expect(s?.ruleId).toBe('housing.programmeFigures');
    expect(s?.citations).toEqual([
      C.housingProgramme,
      C.siteInfrastructure,
      C.table1Relocation,
      C.relocationInvestment,
    ]);
    expect(s?.params).toEqual(PROGRAMME_PARAM_IDS);
    expect(s?.value).toBeNull();
    expect(s?.text).toEqual({
      zh: '规划数据：1.28 亿元；252 个集中安置区；660000 平方米；10.9 亿元；12233 人；41.83 亿元。',
      en: "The programme's figures: 1.28 亿元 (100 million yuan); 252 concentrated sites; 660000 m²; 10.9 亿元 (100 million yuan); 12233 people; 41.83 亿元 (100 million yuan).",
    });
  });

  it('a reform to 256 sites shows in step 1 (zh and en) and in the per-site formula', () => {
    const r = report({ 'housing.concentratedSites': '256' });
    expect(r.trace[0]?.text).toEqual({
      zh: '规划数据：1.28 亿元；256 个集中安置区；660000 平方米；10.9 亿元；12233 人；41.83 亿元。',
      en: "The programme's figures: 1.28 亿元 (100 million yuan); 256 concentrated sites; 660000 m²; 10.9 亿元 (100 million yuan); 12233 people; 41.83 亿元 (100 million yuan).",
    });
    // 128,000,000 ÷ 256 = 500,000 exactly
    expect(r.trace[1]?.text).toEqual({
      zh: '派生数据（housingInvestmentPerSite）：128,000,000 yuan ÷ 256 sites = 500000（四舍五入保留两位小数）',
      en: 'Housing investment per concentrated site: 128,000,000 yuan ÷ 256 sites = 500000 yuan per site (half up to 2 decimals)',
    });
  });

  it.each([
    {
      i: 1, // 128,000,000 ÷ 252 = 507,936.5079… → 507,936.51
      value: '507936.51',
      zh: '派生数据（housingInvestmentPerSite）：128,000,000 yuan ÷ 252 sites = 507936.51（四舍五入保留两位小数）',
      en: 'Housing investment per concentrated site: 128,000,000 yuan ÷ 252 sites = 507936.51 yuan per site (half up to 2 decimals)',
    },
    {
      i: 10, // 12,233 × 25 = 305,825
      value: '305825',
      zh: '派生数据（maximumAreaUnderCap）：12,233 people × 25 m² = 305825（四舍五入保留两位小数）',
      en: 'The most housing area the 25 m² cap allows for the 12,233 registered people: 12,233 people × 25 m² = 305825 m² (half up to 2 decimals)',
    },
    {
      i: 11, // 0.7 × 12,233 = 8,563.1 → 8,564
      value: '8564',
      zh: '派生数据（minimumConcentratedPeople）：smallest whole number above 0.7 × 12,233 = 8,563.1 = 8564（四舍五入保留两位小数）',
      en: 'The fewest registered people in concentrated sites that is more than 70% of 12,233: smallest whole number above 0.7 × 12,233 = 8,563.1 = 8564 people (half up to 2 decimals)',
    },
  ])('derived step $i: = $value', ({ i, value, zh, en }) => {
    const s = report().trace[i];
    expect(s?.ruleId).toBe('housing.programmeFigures');
    expect(s?.citations).toEqual([C.housingProgramme]);
    expect(s?.params).toEqual([]);
    expect(s?.value).toBe(value);
    expect(s?.text).toEqual({ zh, en });
  });

  it('one derived step per derived figure, in order, then one audit step per finding', () => {
    const r = report();
    const derived = Object.values(r.derived);
    expect(r.trace.slice(1, 12).map((s) => s.value)).toEqual(derived.map((d) => d.rounded.toString()));
    expect(r.trace.slice(1, 12).map((s) => s.text.zh)).toEqual(
      derived.map(
        (d) => `派生数据（${d.id}）：${d.formula} = ${d.rounded.toString()}（四舍五入保留两位小数）`,
      ),
    );
    expect(r.trace.slice(12).map((s) => [s.ruleId, s.value, s.text.zh, s.text.en, s.citations])).toEqual(
      r.audit.map((f) => ['housing.programmeAudit', f.severity, f.zh, f.title, f.citations]),
    );
  });
});

describe('derived figures: does the quotient terminate?', () => {
  it.each([
    // 660,000 ÷ 256 = 2,578.125 (256 = 2⁸: reduced, 660,000/256 = 20,625/8)
    { overrides: { 'housing.concentratedSites': '256' }, id: 'housingAreaPerSite', t: true, r: '2578.13' },
    // 12,233 ÷ 256 = 47.78515625
    { overrides: { 'housing.concentratedSites': '256' }, id: 'registeredPeoplePerSite', t: true, r: '47.79' },
    // 660,000 ÷ 12,500 = 52.8 (reduced 264/5: only a 5 left)
    {
      overrides: { 'housing.registeredPeopleToRelocate': '12500' },
      id: 'housingAreaPerRegisteredPerson',
      t: true,
      r: '52.8',
    },
    // 2.5 ÷ 4 = 0.625 (a decimal numerator: 5/8)
    {
      overrides: { 'housing.housingAreaM2': '2.5', 'housing.registeredPeopleToRelocate': '4' },
      id: 'housingAreaPerRegisteredPerson',
      t: true,
      r: '0.63',
    },
    // 2.5 ÷ 3 = 0.8333… (5/6: a 3 is left)
    {
      overrides: { 'housing.housingAreaM2': '2.5', 'housing.registeredPeopleToRelocate': '3' },
      id: 'housingAreaPerRegisteredPerson',
      t: false,
      r: '0.83',
    },
    // 660,000 ÷ 252 = 2,619.047… (252 = 2²·3²·7)
    { overrides: undefined, id: 'housingAreaPerSite', t: false, r: '2619.05' },
  ])('$id under $overrides: terminates=$t, rounded $r', ({ overrides, id, t, r }) => {
    const d = (
      report(overrides).derived as unknown as Record<string, { terminates: boolean; rounded: DecimalValue }>
    )[id];
    expect(d?.terminates).toBe(t);
    expect(d?.rounded.toString()).toBe(r);
  });

  it('agrees with the reference (scaled to integers first) for any area and headcount (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 5000 }),
        (units, places, people) => {
          const area = new Dec(units).dividedBy(new Dec(10).pow(places)).toFixed();
          const d = report({
            'housing.housingAreaM2': area,
            'housing.registeredPeopleToRelocate': String(people),
          }).derived.housingAreaPerRegisteredPerson;
          expect(d.terminates).toBe(referenceTerminatesExactly(new Dec(area), new Dec(people)));
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('housing.programmeAudit: finding 1 on both sides of the cap', () => {
  it('300,000 m² for 12,233 people ≈ 24.52 m² each, within 12,233 × 25 = 305,825: a note, the within-cap texts', () => {
    const f = findingOf(report({ 'housing.housingAreaM2': '300000' }).audit, 'areaPerPersonFarAboveCap');
    expect(f.severity).toBe('note');
    expect(f.title).toBe(
      '300,000 m² for 12,233 registered people is about 24.52 m² per person, not more than the 25 m² cap',
    );
    expect(f.zh).toBe('300,000 平方米 ÷ 12,233 人 ≈ 人均 24.52 平方米，不超过人均 25 平方米的上限');
    expect(f.finding).toBe(
      'The plan caps housing at 25 m² per registered person, so 12,233 registered people may have at most ' +
        '12,233 × 25 = 305,825 m². It plans 300,000 m² of 房屋 at the sites: 300,000 ÷ 12,233 = 24.52 m² per person ' +
        '(rounded half up), within what the cap allows.',
    );
    expect(f.conclusion).toBe(
      'The programme totals are within the cap on average; the cap is still checked household by household ' +
        '(checkHousePlan), and an average is no evidence of any one household’s compliance.',
    );
    expect(String(f.figures.excessOverMaximumM2)).toBe('-5825'); // 300,000 − 305,825
    expect(String(f.figures.timesTheMaximum)).toBe('0.98'); // 300,000 ÷ 305,825 = 0.9809…
  });

  it.each([
    { area: '305825', en: 'about 25 m² per person, not more than', zh: '人均 25 平方米，不超过' }, // 12,233 × 25 exactly
    { area: '305826', en: 'about 25 m² per person, more than', zh: '人均 25 平方米，超过' }, // 25.00008… rounds to 25
    { area: '305950', en: 'about 25.01 m² per person, more than', zh: '人均 25.01 平方米，超过' },
  ])(
    '$area m² for 12,233 people: the title compares the exact area with 305,825 m², not the rounded figure',
    ({ area, en, zh }) => {
      const f = findingOf(report({ 'housing.housingAreaM2': area }).audit, 'areaPerPersonFarAboveCap');
      expect(f.title).toContain(`${en} the 25 m² cap`);
      expect(f.zh).toContain(`${zh}人均 25 平方米的上限`);
    },
  );

  it.each([
    { area: '305825', severity: 'note', excess: '0' }, // exactly 12,233 × 25: the cap includes its figure
    { area: '305826', severity: 'irreconcilable', excess: '1' }, // 1 m² over
  ])('$area m² for 12,233 people: $severity (excess $excess)', ({ area, severity, excess }) => {
    const f = findingOf(report({ 'housing.housingAreaM2': area }).audit, 'areaPerPersonFarAboveCap');
    expect(f.severity).toBe(severity);
    expect(String(f.figures.excessOverMaximumM2)).toBe(excess);
  });
});

describe('housing.programmeAudit: finding 5 at zero denominators', () => {
  it.each([
    { overrides: { 'housing.concentratedSites': '0' }, minPerSite: '0' }, // no sites: 0, not Infinity
    { overrides: { 'housing.areaCapPerPerson': '0' }, minPerSite: '33.98' }, // no cap: 0 at the cap; 8,564 ÷ 252
  ])('under $overrides nobody is housed “at the cap” per site: 0', ({ overrides, minPerSite }) => {
    const f = findingOf(report(overrides).audit, 'sitesAreSmallButAreaPerSiteLarge');
    expect(String(f.figures.peopleAtCapPerSite)).toBe('0');
    expect(String(f.figures.minimumPeoplePerSite)).toBe(minPerSite);
  });
});

describe('housing.programmeAudit: the findings are frozen to their figures', () => {
  it('every figure object of every finding is frozen (e.g. the excess 660,000 − 305,825 = 354,175 m²)', () => {
    const f = findingOf(RELOCATION_PROGRAMME_AUDIT, 'areaPerPersonFarAboveCap');
    expect(String(f.figures.excessOverMaximumM2)).toBe('354175');
    expect(Object.isFrozen(f.figures.excessOverMaximumM2)).toBe(true);
    for (const finding of report().audit) {
      for (const v of Object.values(finding.figures)) {
        if (typeof v === 'object') expect(Object.isFrozen(v)).toBe(true);
      }
    }
  });
});
