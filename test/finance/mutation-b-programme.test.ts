/**
 * finance.programmeAllocations, step by step: each per-unit figure's id, description, amount or ratio, and the
 * trace step that computes it (citation, parameters, zh/en sentence), under both readings of
 * `finance.facilitiesSites`, and with overridden figures. Found by mutation testing.
 */
import { describe, expect, it } from 'vitest';
import { plainStep } from '../support/trace.js';
import { FINANCE_CITATIONS as C, programmeAllocations } from '../../src/finance/index.js';

const plain = plainStep;

const money = (citation: typeof C.water, params: string[], amount: string, zh: string, en: string) => ({
  citations: [citation],
  params,
  inputs: {},
  amount,
  value: null,
  zh,
  en,
});

const ratio = (citation: typeof C.water, params: string[], value: string, zh: string, en: string) => ({
  citations: [citation],
  params,
  inputs: {},
  amount: null,
  value,
  zh,
  en,
});

const HOUSING_PER_SITE = money(
  C.relocationHousing,
  ['finance.relocationHousingYi', 'finance.relocationSites'],
  '507936.51',
  '1.28 亿元 ÷ 252 个集中安置区 = 每单位 507936.51 元（四舍五入到分）',
  '1.28 亿元 (100 million yuan) ÷ 252 sites = 507936.51 yuan each (rounded half up to the fen)',
);
const HOUSING_PER_M2 = money(
  C.relocationHousing,
  ['finance.relocationHousingYi', 'finance.relocationHousingM2'],
  '193.94',
  '1.28 亿元 ÷ 660000 平方米 = 每单位 193.94 元（四舍五入到分）',
  '1.28 亿元 (100 million yuan) ÷ 660000 m² = 193.94 yuan each (rounded half up to the fen)',
);
const M2_PER_SITE = ratio(
  C.relocationHousing,
  ['finance.relocationHousingM2', 'finance.relocationSites'],
  '2619.05',
  '660000 平方米 ÷ 252 个集中安置区 ≈ 2619.05',
  '660000 m² ÷ 252 sites ≈ 2619.05',
);
const WATER_PER_VILLAGE = money(
  C.water,
  ['finance.waterYi', 'finance.waterVillages'],
  '1153179.19',
  '3.99 亿元 ÷ 346 个村 = 每单位 1153179.19 元（四舍五入到分）',
  '3.99 亿元 (100 million yuan) ÷ 346 villages = 1153179.19 yuan each (rounded half up to the fen)',
);
const VILLAGES_PER_COUNTY = ratio(
  C.water,
  ['finance.waterVillages', 'finance.waterCounties'],
  '26.62',
  '346 个村 ÷ 13 个县 ≈ 26.62',
  '346 villages ÷ 13 counties ≈ 26.62',
);

const FACILITIES_EN = 'facilities per concentrated site (an upper bound: the points are not counted)';

describe('programmeAllocations: the per-unit figures and the steps that compute them', () => {
  it('concentratedSites: 1.28 亿 ÷ 252 = 507936.51, ÷ 660000 m² = 193.94, 10.9 亿 ÷ 252 = 4325396.83, 3.99 亿 ÷ 346 = 1153179.19', () => {
    const r = programmeAllocations();
    expect(
      r.perUnit.map((f) => [f.id, f.en, f.yuan?.toString() ?? null, f.ratio?.toString() ?? null]),
    ).toEqual([
      ['housingPerSite', 'housing per concentrated site', '507936.51', null],
      ['housingPerM2', 'housing per m² built', '193.94', null],
      ['m2PerSite', 'm² of housing per concentrated site', null, '2619.05'],
      ['facilitiesPerSite', FACILITIES_EN, '4325396.83', null],
      ['waterPerVillage', 'running water per village', '1153179.19', null],
      ['villagesPerCounty', 'villages per county of the water programme', null, '26.62'],
    ]);
    expect(r.trace.map(plain)).toEqual([
      HOUSING_PER_SITE,
      HOUSING_PER_M2,
      M2_PER_SITE,
      money(
        C.relocationFacilities,
        ['finance.relocationFacilitiesYi', 'finance.relocationSites'],
        '4325396.83',
        '10.9 亿元 ÷ 252 个集中安置区 = 每单位 4325396.83 元（四舍五入到分）',
        '10.9 亿元 (100 million yuan) ÷ 252 sites = 4325396.83 yuan each (rounded half up to the fen)',
      ),
      WATER_PER_VILLAGE,
      VILLAGES_PER_COUNTY,
    ]);
  });

  it('notDerived: no amount per site for the facilities, the step says why; the other figures stay', () => {
    const r = programmeAllocations({ readings: { facilitiesSites: 'notDerived' } });
    expect(r.perUnit[3]).toEqual({ id: 'facilitiesPerSite', en: FACILITIES_EN, yuan: null, ratio: null });
    expect(r.trace.map(plain)).toEqual([
      HOUSING_PER_SITE,
      HOUSING_PER_M2,
      M2_PER_SITE,
      {
        citations: [C.relocationFacilities],
        params: [],
        inputs: {},
        amount: null,
        value: null,
        zh: '所有安置区（点）的数目规划未写，不计算每处配套投资',
        en: 'the plan does not count all sites and points: no amount per site',
      },
      WATER_PER_VILLAGE,
      VILLAGES_PER_COUNTY,
    ]);
  });

  it('a reform: 4 亿 ÷ 400 villages = 1000000.00 yuan, 400 ÷ 16 counties = 25 (the sentences follow)', () => {
    const r = programmeAllocations({
      overrides: { 'finance.waterYi': '4', 'finance.waterVillages': '400', 'finance.waterCounties': '16' },
    });
    expect(r.trace.slice(-2).map((s) => [s.amount?.toString() ?? s.value, s.text.zh, s.text.en])).toEqual([
      [
        '1000000.00',
        '4 亿元 ÷ 400 个村 = 每单位 1000000.00 元（四舍五入到分）',
        '4 亿元 (100 million yuan) ÷ 400 villages = 1000000.00 yuan each (rounded half up to the fen)',
      ],
      ['25', '400 个村 ÷ 16 个县 ≈ 25', '400 villages ÷ 16 counties ≈ 25'],
    ]);
  });
});
