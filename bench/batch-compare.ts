/**
 * `npm run bench`: the batch engine against the alternatives, in one process, on the same seeded synthetic
 * claims (bench/population.ts: TEST DATA), with figures written to bench/results.json:
 * (a) `compileScheme(…).reimburseMany`; (b) a naive per-item decimal.js cascade; (c) a plain float loop of the
 * same formulas; (d) the cascade as publicodes rules (on the first BENCH_PUBLICODES_N claims: it is slow);
 * (e) today's per-item `reimburse`. Agreement is counted to the fen against (e) on every item.
 * BENCH_N claims (default 100,000).
 */
import { checkHousePlan } from '../src/housing/index.js';
import { compileDibao, dibaoGapSubsidy } from '../src/dibao/index.js';
import {
  compileScheme,
  ILLUSTRATIVE_COUNTY_SCHEME_PROFILE as PROFILE,
  reimburse,
  reimburseYear,
  type ReimbursementFigures,
} from '../src/medical/index.js';
import { decimalCascade, floatCascade } from './cascades.js';
import { best, liveMb, peakRssMb, round, writeResults } from './measure.js';
import { claimsForPeople, population, yearsForPeople, type SyntheticClaim } from './population.js';
import { publicodesCascade } from './publicodes-model.js';

const N = Number(process.env.BENCH_N ?? 100_000);
const M = Math.min(N, Number(process.env.BENCH_PUBLICODES_N ?? 2_000));
const FIELDS = 7;

interface Fen {
  waiver: number;
  basic: number;
  ci: number;
  third: number;
  county: number;
  foundation: number;
  outOfPocket: number;
}
const fenOf = (m: { toFen(): { toNumber(): number } }): number => m.toFen().toNumber();
function fromFigures(f: ReimbursementFigures): Fen {
  const s = f.shares;
  return {
    waiver: fenOf(s.waiver),
    basic: fenOf(s.basicInsurance),
    ci: fenOf(s.criticalIllnessInsurance),
    third: fenOf(s.medicalAssistance) + fenOf(s.commercialInsurance),
    county: fenOf(s.countyFund),
    foundation: fenOf(s.foundation),
    outOfPocket: fenOf(f.outOfPocket),
  };
}
const put = (into: Float64Array, i: number, f: Fen): void => {
  into.set([f.waiver, f.basic, f.ci, f.third, f.county, f.foundation, f.outOfPocket], i * FIELDS);
};
function misses(expected: Float64Array, count: number, at: (i: number) => Fen): number {
  let n = 0;
  const row = new Float64Array(FIELDS);
  for (let i = 0; i < count; i++) {
    const f = at(i);
    row.set([f.waiver, f.basic, f.ci, f.third, f.county, f.foundation, f.outOfPocket]);
    for (let k = 0; k < FIELDS; k++) {
      if (row[k] !== expected[i * FIELDS + k]) {
        n++;
        break;
      }
    }
  }
  return n;
}
const NONE: Fen = { waiver: -1, basic: -1, ci: -1, third: -1, county: -1, foundation: -1, outOfPocket: -1 };
const perSecond = (count: number, ms: number): number => round((count * 1000) / ms);

function perCallRate(fn: (i: number) => void, ms = 1500): number {
  for (let i = 0; i < 200; i++) fn(i);
  let n = 0;
  const t = performance.now();
  while (performance.now() - t < ms) fn(n++);
  return perSecond(n, performance.now() - t);
}

function main(): void {
  const claims: SyntheticClaim[] = claimsForPeople(2018, N);
  const scheme = compileScheme(PROFILE);
  const before = liveMb();
  // (a) the batch engine: best of 5 (the first warms up)
  let held = scheme.reimburseMany(claims);
  const aMs = best(5, () => {
    held = scheme.reimburseMany(claims);
  });
  const heldMb = liveMb() - before;
  // (c) the float loop: best of 5
  const float = floatCascade(PROFILE);
  const cOut: Fen[] = new Array<Fen>(N);
  const cMs = best(5, () => {
    let i = 0;
    for (const c of claims) cOut[i++] = float(c);
  });
  // (b) the naive decimal.js cascade: one run
  const dec = decimalCascade(PROFILE);
  const bOut: Fen[] = new Array<Fen>(N);
  const bMs = best(1, () => {
    let i = 0;
    for (const c of claims) bOut[i++] = dec(c);
  });
  // (d) publicodes on the first M claims
  const pc = publicodesCascade(PROFILE);
  const dOut: Fen[] = new Array<Fen>(M);
  const dMs = best(1, () => {
    let i = 0;
    for (const c of claims.slice(0, M)) dOut[i++] = pc(c);
  });
  // (e) today's reimburse, per item: the reference for agreement
  const expected = new Float64Array(N * FIELDS);
  const eMs = best(1, () => {
    for (let i = 0; i < N; i++) put(expected, i, fromFigures(reimburse(claims[i] as never, PROFILE)));
  });
  const agreement = {
    a: { items: N, misses: misses(expected, N, (i) => fromFigures(held.get(i))) },
    b: { items: N, misses: misses(expected, N, (i) => bOut[i] ?? NONE) },
    c: { items: N, misses: misses(expected, N, (i) => cOut[i] ?? NONE) },
    d: { items: M, misses: misses(expected, M, (i) => dOut[i] ?? NONE) },
  };
  const rate = {
    a: perSecond(N, aMs),
    b: perSecond(N, bMs),
    c: perSecond(N, cMs),
    d: perSecond(M, dMs),
    e: perSecond(N, eMs),
  };
  const singles = singleCalls();
  const others = otherBatches();
  const results = {
    claims: N,
    publicodesClaims: M,
    claimsPerSecond: rate,
    ratios: {
      aOverE: round(rate.a / rate.e, 1),
      aOverD: round(rate.a / rate.d, 1),
      aOverB: round(rate.a / rate.b, 1),
      aOverC: round(rate.a / rate.c, 2),
    },
    agreementWithE: agreement,
    heldBatchMb: round(heldMb, 1),
    heldBatchErrors: held.errors.length,
    singleCallsPerSecond: singles,
    otherBatches: others,
    peakRssMb: peakRssMb(),
  };
  writeResults('compare', results);
  console.log(JSON.stringify(results, null, 2));
}

/** The other batches: Dibao households (gap subsidy, gradual exit) and years of claims per patient. */
function otherBatches(): Record<string, number> {
  const { households } = population(2016, 200_000);
  const hs = households.map((h, i) => ({
    members: h.members,
    householdIncome: `${String(1000 + ((i * 7919) % 20_000))}.${String(i % 100).padStart(2, '0')}`,
  }));
  const exits = hs.map((h, i) => ({
    ...h,
    householdType: i % 2 === 0 ? ('ruralDibao' as const) : ('disabledDibao' as const),
    temporarilyExited: i % 3 === 0,
  }));
  const dibao = compileDibao({ standard: '3900' });
  const gapMs = best(3, () => dibao.gapSubsidyMany(hs));
  const exitMs = best(3, () => dibao.checkGradualExitMany(exits));
  const years = yearsForPeople(2019, 50_000);
  const scheme = compileScheme(PROFILE);
  const yearMs = best(3, () => scheme.reimburseYears(years));
  const singleYears = years.slice(0, 500);
  const yearSingleMs = best(1, () => {
    for (const y of singleYears) reimburseYear(y, PROFILE);
  });
  return {
    gapSubsidyManyHouseholdsPerSecond: perSecond(hs.length, gapMs),
    checkGradualExitManyHouseholdsPerSecond: perSecond(exits.length, exitMs),
    reimburseYearsPatientsPerSecond: perSecond(years.length, yearMs),
    reimburseYearPerPatientPerSecond: perSecond(singleYears.length, yearSingleMs),
  };
}

function singleCalls(): Record<string, number> {
  const one = claimsForPeople(7, 1000);
  const scheme = compileScheme(PROFILE);
  return {
    reimburseWithTrace: perCallRate((i) => reimburse(one[i % 1000] as never, PROFILE)),
    schemeReimburseWithTrace: perCallRate((i) => scheme.reimburse(one[i % 1000] as never)),
    dibaoGapSubsidy: perCallRate((i) =>
      dibaoGapSubsidy(
        { members: 1 + (i % 5), householdIncome: String(3000 + (i % 997)) },
        { standard: '3900' },
      ),
    ),
    checkHousePlan: perCallRate((i) =>
      checkHousePlan({ registeredPeople: 1 + (i % 6), plannedAreaM2: '75.01' }),
    ),
  };
}

main();
