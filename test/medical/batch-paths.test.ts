import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PolicyInputError } from '../../src/core/errors.js';
import { Money } from '../../src/core/money.js';
import {
  compileScheme,
  PAYERS,
  reimburse,
  reimburseYear,
  type ClaimInput,
  type MedicalSchemeProfileInput,
  type ReimbursementBatch,
} from '../../src/medical/index.js';
import { timesHalfUp } from '../../src/medical/batch/kernel.js';
import { copy, inpatient, outpatient, PROFILE } from './support.js';
import { expectSameAsReimburse, expectSameYears, flat } from './batch-mutation-support.js';

/**
 * The paths of the batch engine that the generated claims of batch.property.test.ts do not reach: the inputs
 * the fast reader leaves to the schema, the contexts and amounts the fast path leaves to the layered cascade,
 * the BigInt totals, iterables, ranges and faults. Each batch is compared with `reimburse` item by item.
 */

const base = inpatient();

describe('the fast reader leaves odd claims to the schema: the batch still equals reimburse', () => {
  const invalid: [string, unknown][] = [
    ['a patient that is not an object', { ...base, patient: null }],
    ['an unknown key in the patient', { ...base, patient: { registeredPoor: true, age: 40 } }],
    ['registeredPoor not a boolean', { ...base, patient: { registeredPoor: 'yes' } }],
    ['specifiedEnrollee not a boolean', { ...base, patient: { registeredPoor: true, specifiedEnrollee: 1 } }],
    ['a hospital that is not an object', { ...base, hospital: 'county' }],
    ['an unknown key in the hospital', { ...base, hospital: { ...base.hospital, beds: 300 } }],
    ['an unknown hospital level', { ...base, hospital: { ...base.hospital, level: 'village' } }],
    ['inCounty not a boolean', { ...base, hospital: { ...base.hospital, inCounty: 'yes' } }],
    ['an id that is not a string', { ...base, id: 7 }],
    ['an unknown care type', { ...base, careType: 'dental' }],
    ['an unknown disease group', { ...base, diseaseGroup: 'flu' }],
    ['a negative amount as a number', { ...base, totalCost: -1 }],
    ['NaN as an amount', { ...base, totalCost: Number.NaN }],
    ['a boolean as an amount', { ...base, totalCost: true }],
    ['three decimals as a number', { ...base, totalCost: 12000.005 }],
    ['a letter among the decimals', { ...base, totalCost: '12000.a5' }],
    ['a negative Money', { ...base, inCatalogueCost: Money.of('-1') }],
    ['in-catalogue + rehabilitation above the total', { ...base, rehabilitationItemsCost: '2001' }],
  ];

  it.each(invalid)('%s: refused with the error reimburse throws, the batch goes on', (_, claim) => {
    const batch = expectSameAsReimburse([base, claim, base]);
    expect(batch.errors.map((e) => e.index)).toEqual([1]);
    expect(batch.totals.count).toBe(2);
  });

  const valid: [string, unknown][] = [
    ['amounts as Money', { ...base, totalCost: Money.of('12000'), inCatalogueCost: Money.of('10000.5') }],
    [
      'amounts as numbers',
      { ...base, totalCost: 12000, inCatalogueCost: 10000.25, rehabilitationItemsCost: 0.5 },
    ],
    ['an outpatient claim with a padded amount', outpatient({ totalCost: ' 500 ', inCatalogueCost: '400' })],
    ['a whole amount beyond the fast path (99,999,999,999 yuan)', { ...base, totalCost: '99999999999' }],
    ['a decimal amount beyond the fast path', { ...base, totalCost: '99999999999.5' }],
    ['a number beyond the fast path', { ...base, totalCost: 99_999_999_999 }],
    ['Money beyond the fast path', { ...base, totalCost: Money.of('99999999999') }],
  ];

  it.each(valid)('%s: the same figures as reimburse', (_, claim) => {
    const batch = expectSameAsReimburse([claim]);
    expect(batch.errors).toEqual([]);
    expect(batch.explain(0)).toEqual(reimburse(claim as ClaimInput, PROFILE));
  });
});

describe('contexts and amounts the fast path cannot hold run on the layered cascade, with the same figures', () => {
  const claims: ClaimInput[] = [
    inpatient({ id: 'a' }),
    inpatient({ totalCost: '5000000', inCatalogueCost: '4000000' }),
    outpatient({ diseaseGroup: 'special42', totalCost: '30000', inCatalogueCost: '30000' }),
    inpatient({
      diseaseGroup: 'major42',
      hospital: { level: 'provincial', inCounty: false, designated: true },
    }),
  ];
  const p = copy(PROFILE);
  const withRate = (path: 'basic' | 'band' | 'third' | 'target', rate: string): MedicalSchemeProfileInput => {
    const q = copy(PROFILE);
    if (path === 'basic') return { ...q, basicInsurance: { ...q.basicInsurance, major42Rate: rate } };
    if (path === 'band') {
      const bands = q.criticalIllness.bands.map((b, i) => (i === 1 ? { ...b, rate } : b));
      return { ...q, criticalIllness: { ...q.criticalIllness, bands } };
    }
    if (path === 'third') return { ...q, thirdLayer: { ...q.thirdLayer, rate } };
    return { ...q, countyFund: { targetInCountyRatio: rate } };
  };
  const thirteen = '0.6500000000001';

  it.each(['basic', 'band', 'third'] as const)(
    'a %s rate with 13 decimals (0.6500000000001): every claim on the exact path, = reimburse',
    (path) => {
      expectSameAsReimburse(claims, withRate(path, thirteen));
    },
  );

  it('a target ratio with 13 decimals (0.8500000000001) and a waiver rate override with 13 decimals', () => {
    expectSameAsReimburse(claims, withRate('target', '0.8500000000001'));
    expectSameAsReimburse(claims, PROFILE, { overrides: { 'medical.inpatientWaiverRate': thirteen } });
  });

  it('a ceiling beyond the fast path (2,000,000,000,000 yuan) sends the claims to the exact path', () => {
    const huge = { ...p, basicInsurance: { ...p.basicInsurance, annualCeiling: '2000000000000' } };
    expectSameAsReimburse(claims, huge);
    const cap = { ...p, thirdLayer: { ...p.thirdLayer, annualCap: '2000000000000' } };
    expectSameAsReimburse(claims, cap);
  });

  it('a reform that refuses the context refuses the claims it sends to the exact path too, as reimburse does', () => {
    const options = { overrides: { 'medical.inCountyRatioMin': '0.86' } };
    // 99,999,999,999 yuan is beyond the fast reader: the claim is parsed and run on the layered cascade.
    const huge = inpatient({ totalCost: '99999999999' });
    const batch = expectSameAsReimburse([huge, base], PROFILE, options);
    expect(batch.errors.map((e) => e.index)).toEqual([0, 1]);
    expect(batch.errors[0]?.error.message).toContain('targetInCountyRatio');
  });

  it('a 9-decimal rate × a 5,000,000-yuan claim would overflow 2^53: that claim alone takes the exact path', () => {
    // 500,000,000 fen × 654,321,987 × 2 > 2^53 - 1: the fast path refuses the product and the claim is redone exactly.
    const profile = withRate('basic', '0.654321987');
    const batch = expectSameAsReimburse(
      [
        inpatient({ diseaseGroup: 'major42' }),
        ...claims,
        inpatient({ diseaseGroup: 'major42', totalCost: '5000000' }),
      ],
      profile,
    );
    expect(batch.errors).toEqual([]);
    expect(batch.explain(5).trace.length).toBeGreaterThan(0);
  });

  it('timesHalfUp (floating floor division, no correction) = exact BigInt half-up for every product below 2^53', () => {
    const dens = [1, 10, 100, 1000, 10 ** 6, 10 ** 9, 10 ** 12];
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 2n ** 53n - 1n }),
        fc.constantFrom(...dens),
        fc.integer({ min: 1, max: 1000 }),
        (product, den, num) => {
          const a = Number(product / BigInt(num));
          const p = BigInt(a) * BigInt(num);
          const d = BigInt(den);
          const expected = p / d + (2n * (p % d) >= d ? 1n : 0n);
          expect(timesHalfUp(a, { num, den })).toBe(Number(expected));
        },
      ),
      { numRuns: 2000 },
    );
    // 2^53 - 1 = 9,007,199,254,740,991; / 10 = 900,719,925,474,099.1 → 900,719,925,474,099 (half up: .1 rounds down)
    expect(timesHalfUp(Number.MAX_SAFE_INTEGER, { num: 1, den: 10 })).toBe(900_719_925_474_099);
    // 9,007,199,254,740,985 / 10 = …098.5 → …099
    expect(timesHalfUp(Number.MAX_SAFE_INTEGER - 6, { num: 1, den: 10 })).toBe(900_719_925_474_099);
  }, 20_000);
});

describe('totals, ranges, iterables and faults', () => {
  it('600 claims of 80,000,000,000 yuan: the totals pass 2^52 fen and stay exact (600 × 80,000,000,000 = 48,000,000,000,000)', () => {
    const big = inpatient({ totalCost: '80000000000', inCatalogueCost: '70000000000' });
    const batch = compileScheme(PROFILE).reimburseMany(Array.from({ length: 600 }, () => big));
    const one = reimburse(big, PROFILE);
    expect(batch.totals.count).toBe(600);
    expect(batch.totals.totalCost.toString()).toBe('48000000000000.00');
    for (const p of PAYERS)
      expect(batch.totals.shares[p].toString()).toBe(one.shares[p].times(600).toString());
    expect(batch.totals.outOfPocket.toString()).toBe(one.outOfPocket.times(600).toString());
    expect(batch.totals.reimbursed.toString()).toBe(one.reimbursed.times(600).toString());
    expect(flat(batch.get(599))).toEqual(flat(one));
  });

  it('totals = the sum of the parts, fast and exact items mixed (12,000 + 99,999,999,999 + 12,000 = 100,000,023,999)', () => {
    const exact = inpatient({ totalCost: '99999999999', inCatalogueCost: '10000' });
    const batch = compileScheme(PROFILE).reimburseMany([base, exact, base]);
    const parts = [reimburse(base, PROFILE), reimburse(exact, PROFILE), reimburse(base, PROFILE)];
    expect(batch.totals.totalCost.toString()).toBe('100000023999.00');
    for (const p of PAYERS) {
      expect(batch.totals.shares[p].toString()).toBe(Money.sum(parts.map((r) => r.shares[p])).toString());
    }
    expect(batch.totals.outOfPocket.toString()).toBe(Money.sum(parts.map((r) => r.outOfPocket)).toString());
  });

  it('get and explain outside the batch (−1, 1.5, length) throw a RangeError; explain of a refused item throws its error', () => {
    const batch = compileScheme(PROFILE).reimburseMany([base, null]);
    for (const i of [-1, 1.5, 2]) {
      expect(() => batch.get(i)).toThrow(RangeError);
      expect(() => batch.explain(i)).toThrow(RangeError);
    }
    expect(() => batch.explain(1)).toThrow(PolicyInputError);
    expect(batch.explain(0)).toEqual(reimburse(base, PROFILE));
  });

  it('any iterable of claims (a Set, a generator) = the same array; an object that is not one is refused', () => {
    const claims = [base, outpatient(), inpatient({ id: 'x', totalCost: '20000' })];
    const scheme = compileScheme(PROFILE);
    const fromArray = scheme.reimburseMany(claims);
    function* gen(): Generator<ClaimInput> {
      yield* claims;
    }
    for (const batch of [scheme.reimburseMany(new Set(claims)), scheme.reimburseMany(gen())]) {
      expect(batch.length).toBe(3);
      for (let i = 0; i < 3; i++) expect(flat(batch.get(i))).toEqual(flat(fromArray.get(i)));
    }
    let error: unknown;
    try {
      scheme.reimburseMany({ length: 1, 0: base } as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PolicyInputError);
    expect((error as PolicyInputError).issues[0]?.path).toBe('claims');
  });

  it('streamMany without a chunk size holds the 3 claims in one chunk at offset 0', async () => {
    const chunks: ReimbursementBatch[] = [];
    for await (const chunk of compileScheme(PROFILE).streamMany([base, outpatient(), base]))
      chunks.push(chunk);
    expect(chunks.map((c) => [c.offset, c.length])).toEqual([[0, 3]]);
    expect(chunks.map((c) => flat(c.get(1)))).toEqual([flat(reimburse(outpatient(), PROFILE))]);
  });

  it('a stream of 8 claims in chunks of 4 = exactly 2 chunks (no empty third); an empty stream yields none', async () => {
    const scheme = compileScheme(PROFILE);
    const chunks: ReimbursementBatch[] = [];
    for await (const chunk of scheme.streamMany(
      Array.from({ length: 8 }, () => base),
      { chunkSize: 4 },
    )) {
      chunks.push(chunk);
    }
    expect(chunks.map((c) => [c.offset, c.length, c.totals.count])).toEqual([
      [0, 4, 4],
      [4, 4, 4],
    ]);
    for await (const chunk of scheme.streamMany([])) chunks.push(chunk);
    expect(chunks).toHaveLength(2);
  });

  it('a fault that is not a PolicyInputError (a getter that throws) stops the batch, as it stops reimburse', () => {
    // The date is invalid, so the fast reader leaves the claim to the schema, which reads totalCost.
    const faulty = {
      ...base,
      date: '2018-13-01',
      get totalCost(): string {
        throw new Error('unreadable totalCost');
      },
    };
    expect(() => reimburse(faulty as never, PROFILE)).toThrow('unreadable totalCost');
    expect(() => compileScheme(PROFILE).reimburseMany([base, faulty])).toThrow('unreadable totalCost');
    expect(() => compileScheme(PROFILE).reimburseYears([[base], [faulty]])).toThrow('unreadable totalCost');
  });
});

describe('reimburseYears: the paths the generated years do not reach', () => {
  const year = (n: number, over: Partial<ClaimInput> = {}): ClaimInput[] =>
    Array.from({ length: n }, (_, k) =>
      inpatient({ date: `2018-0${String(1 + k)}-10`, totalCost: String(12000 + 1000 * k), ...over }),
    );

  it('275 patients × 4 claims = 1,100 claims (the store grows past 1,024); totals = 275 × one patient’s year', () => {
    const patients = Array.from({ length: 275 }, (_, p) => year(4, { id: `p${String(p)}` }));
    const batch = compileScheme(PROFILE).reimburseYears(patients);
    expectSameYears([patients[0], patients[274]]);
    for (const p of [0, 137, 274]) {
      expect(batch.get(p).claims.map(flat)).toEqual(
        reimburseYear(patients[p] ?? [], PROFILE).claims.map(flat),
      );
    }
    const one = reimburseYear(year(4), PROFILE).totals;
    expect(batch.totals.count).toBe(1100);
    // each patient: 12,000 + 13,000 + 14,000 + 15,000 = 54,000; × 275 = 14,850,000
    expect(batch.totals.totalCost.toString()).toBe('14850000.00');
    for (const q of PAYERS)
      expect(batch.totals.shares[q].toString()).toBe(one.shares[q].times(275).toString());
    expect(batch.totals.outOfPocket.toString()).toBe(one.outOfPocket.times(275).toString());
  }, 20_000);

  it('a patient the fast path cannot read (a padded amount) runs on reimburseYear: get and explain from it', () => {
    const odd = [...year(2), inpatient({ date: '2018-06-01', totalCost: ' 9000 ', inCatalogueCost: '8000' })];
    const batch = expectSameYears([year(3), odd]);
    expect(batch.get(1).claims).toHaveLength(3);
    expect(batch.totals.count).toBe(6);
  });

  it('a patient that is not a list, or a claim beyond the fast path, = reimburseYear (refused or exact)', () => {
    const huge = [...year(1), inpatient({ date: '2018-06-01', totalCost: '5000000' })];
    const batch = expectSameYears([year(2), 'not a list', huge], { ...copy(PROFILE) }, undefined);
    expect(batch.errors.map((e) => e.index)).toEqual([1]);
    expectSameYears([year(2), huge], {
      ...copy(PROFILE),
      basicInsurance: { ...copy(PROFILE).basicInsurance, major42Rate: '0.654321987' },
    });
    const nineDecimals = year(2, { diseaseGroup: 'major42', totalCost: '5000000' });
    expectSameYears([nineDecimals], {
      ...copy(PROFILE),
      basicInsurance: { ...copy(PROFILE).basicInsurance, major42Rate: '0.654321987' },
    });
  });

  it('a context the fast path cannot hold (13-decimal rate) or that the rules refuse (a reform) = reimburseYear', () => {
    const thirteen = {
      ...copy(PROFILE),
      thirdLayer: { ...copy(PROFILE).thirdLayer, rate: '0.3000000000001' },
    };
    expectSameYears([year(3)], thirteen);
    const refused = expectSameYears([year(2)], PROFILE, {
      overrides: { 'medical.inCountyRatioMin': '0.86' },
    });
    expect(refused.errors.map((e) => e.index)).toEqual([0]);
  });

  it('get and explain outside the batch throw a RangeError', () => {
    const batch = compileScheme(PROFILE).reimburseYears([year(1)]);
    for (const p of [-1, 0.5, 1]) {
      expect(() => batch.get(p)).toThrow(RangeError);
      expect(() => batch.explain(p)).toThrow(RangeError);
    }
  });
});
