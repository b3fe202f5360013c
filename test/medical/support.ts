import { deepFreeze } from '../../src/core/freeze.js';

export { deepFreeze };
import fc from 'fast-check';
import { Money } from '../../src/core/money.js';
import {
  ILLUSTRATIVE_COUNTY_SCHEME_PROFILE,
  PAYERS,
  type ClaimInput,
  type MedicalSchemeProfileInput,
  type ReimbursementResult,
} from '../../src/medical/index.js';

/** Freezes a value and everything in it, to prove a function does not mutate its input. */

/** A deep copy of a plain input (no Money inside), to build variants of the illustrative profile. */
export function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export const PROFILE = ILLUSTRATIVE_COUNTY_SCHEME_PROFILE;

/** A registered poor inpatient at a designated county hospital in the patient's own county. */
export function inpatient(over: Partial<ClaimInput> = {}): ClaimInput {
  return deepFreeze({
    date: '2018-05-02',
    patient: { registeredPoor: true },
    careType: 'inpatient',
    diseaseGroup: 'other',
    hospital: { level: 'county', inCounty: true, designated: true },
    totalCost: '12000',
    inCatalogueCost: '10000',
    ...over,
  });
}

/** A registered poor outpatient at a township clinic. */
export function outpatient(over: Partial<ClaimInput> = {}): ClaimInput {
  return inpatient({
    careType: 'outpatient',
    hospital: { level: 'township', inCounty: true, designated: true },
    ...over,
  });
}

/** Shares as strings, for readable expectations. */
export function sharesOf(r: ReimbursementResult): Record<string, string> {
  const entries = PAYERS.map((p): [string, string] => [p, r.shares[p].toString()]);
  return Object.fromEntries(entries.filter(([, v]) => v !== '0.00'));
}

/** Σ shares + out-of-pocket. */
export function accounted(r: ReimbursementResult): Money {
  return Money.sum(PAYERS.map((p) => r.shares[p])).plus(r.outOfPocket);
}

const fen = (max: number) => fc.integer({ min: 0, max }).map((f) => Money.fromFen(f).toString());
const rate = fc.integer({ min: 0, max: 100 }).map((n) => (n / 100).toFixed(2));

/** Any valid claim (amounts up to 400,000 yuan). */
export const claimArb: fc.Arbitrary<ClaimInput> = fc
  .record({
    registeredPoor: fc.boolean(),
    specifiedEnrollee: fc.option(fc.boolean(), { nil: undefined }),
    careType: fc.constantFrom('inpatient', 'outpatient'),
    diseaseGroup: fc.constantFrom(
      'chronic32',
      'special42',
      'major42',
      'surgical28',
      'cardiacIntervention',
      'other',
    ),
    level: fc.constantFrom('township', 'county', 'municipal', 'provincial'),
    inCounty: fc.boolean(),
    designated: fc.boolean(),
    total: fc.integer({ min: 0, max: 40_000_000 }),
    inShare: fc.integer({ min: 0, max: 1000 }),
    rehabShare: fc.integer({ min: 0, max: 1000 }),
  })
  .map((c) => {
    const inFen = Math.floor((c.total * c.inShare) / 1000);
    const rehabFen = Math.floor(((c.total - inFen) * c.rehabShare) / 1000);
    const surgical = c.diseaseGroup === 'surgical28' || c.diseaseGroup === 'cardiacIntervention';
    return deepFreeze({
      date: '2018-03-01',
      patient:
        c.specifiedEnrollee === undefined
          ? { registeredPoor: c.registeredPoor }
          : { registeredPoor: c.registeredPoor, specifiedEnrollee: c.specifiedEnrollee },
      careType: surgical ? 'inpatient' : c.careType,
      diseaseGroup: c.diseaseGroup,
      hospital: { level: c.level, inCounty: c.inCounty, designated: c.designated },
      totalCost: Money.fromFen(c.total).toString(),
      inCatalogueCost: Money.fromFen(inFen).toString(),
      rehabilitationItemsCost: Money.fromFen(rehabFen).toString(),
    } satisfies ClaimInput);
  });

/** Any valid scheme profile: rates 0–100%, 1–3 ascending bands, ceilings at or above the deductibles. */
export const profileArb: fc.Arbitrary<MedicalSchemeProfileInput> = fc
  .record({
    deductibles: fc.array(fc.integer({ min: 0, max: 200_000 }), { minLength: 5, maxLength: 5 }),
    rates: fc.array(rate, { minLength: 9, maxLength: 9 }),
    bandEnds: fc.uniqueArray(fc.integer({ min: 1, max: 200_000 }), { maxLength: 2 }),
    bandRates: fc.array(rate, { minLength: 3, maxLength: 3 }),
    basicCeiling: fc.integer({ min: 200_000, max: 30_000_000 }),
    ciCeiling: fc.integer({ min: 1_000_000, max: 50_000_000 }),
    outpatientCeilings: fc.array(fc.option(fen(1_000_000), { nil: undefined }), {
      minLength: 3,
      maxLength: 3,
    }),
    thirdKind: fc.constantFrom('medicalAssistance', 'commercialInsurance'),
    thirdCap: fen(3_000_000),
    target: fc.integer({ min: 8500, max: 9000 }).map((n) => (n / 10000).toString()),
    outpatientGroups: fc.subarray(['chronic32', 'special42', 'major42', 'other'] as const),
  })
  .map((p) => {
    const y = (f: number) => Money.fromFen(f).toString();
    const r = (i: number) => p.rates[i] ?? '0.5';
    const d = (i: number) => y(p.deductibles[i] ?? 0);
    const ends = [...p.bandEnds].sort((a, b) => a - b).map((e) => e * 100);
    const cat = (i: number) => {
      const ceiling = p.outpatientCeilings[i];
      return ceiling === undefined ? { rate: r(4 + i) } : { rate: r(4 + i), annualCeiling: ceiling };
    };
    return deepFreeze({
      name: 'generated',
      basicInsurance: {
        inpatient: {
          deductible: d(0),
          rate: r(0),
          byLevel: {
            township: { deductible: d(1), rate: r(1) },
            county: { rate: r(2) },
            municipal: { deductible: d(3) },
            provincial: { deductible: d(4), rate: r(3) },
          },
        },
        major42Rate: r(7),
        outpatient: { chronic32: cat(0), special42: cat(1), general: cat(2) },
        annualCeiling: y(p.basicCeiling),
      },
      criticalIllness: {
        bands: [
          ...ends.map((e, i) => ({ upTo: y(e), rate: p.bandRates[i] ?? '0.5' })),
          { upTo: null, rate: p.bandRates[ends.length] ?? '0.5' },
        ],
        annualCeiling: y(p.ciCeiling),
        outpatientGroups: [...p.outpatientGroups],
      },
      thirdLayer: { kind: p.thirdKind, rate: r(8), annualCap: p.thirdCap },
      countyFund: { targetInCountyRatio: p.target },
    } satisfies MedicalSchemeProfileInput);
  });

/** Any choice of readings. */
export const readingsArb = fc.record({
  fiveUpliftsScope: fc.constantFrom('allFive', 'firstFour'),
  waiverPosition: fc.constantFrom('afterInsurance', 'beforeInsurance', 'afterAssistance'),
  fullWaiverScope: fc.constantFrom('inCatalogueOnly', 'wholeBill'),
  inCountyRatioBase: fc.constantFrom('inCatalogue', 'totalCost'),
  inCountyTopUp: fc.constantFrom('countyFund', 'reportOnly'),
  deductiblePeriod: fc.constantFrom('perYear', 'perAdmission'),
  specifiedEnrollee: fc.constantFrom('allRegisteredPoor', 'localList'),
  cardiacNcmsPayment: fc.constantFrom('basicAndCriticalIllness', 'basicOnly'),
} as const);
