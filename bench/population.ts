/**
 * A SEEDED SYNTHETIC POPULATION — TEST DATA ONLY, not statistics of Jilin. It has the size of 表1's baseline
 * (700,739 registered poor people, 建档立卡年度脱贫人口) and nothing else of the real population: every
 * household, region, diagnosis and cost below is drawn from made-up distributions, to exercise the engine at
 * province scale. Not part of the package (bench/ is not published).
 *
 * How it is drawn (mulberry32 PRNG, seed given; the same seed gives the same data on every machine):
 * - households of 1–6 people (weights 18/30/24/16/8/4 %), each in a county-level unit of `REGIONS` (the plan's
 *   national key counties weighted 3×, others 1×), until 700,739 people;
 * - a year of claims per person (`yearsForPeople`): the number of bills is geometric (continue with
 *   probability 0.62, at most 12: mean about 1.6), dates sorted; for one claim per person (`claimsForPeople`,
 *   `streamClaims`) every person has exactly one bill;
 * - care: 30% inpatient; inpatient levels township 35 / county 45 / municipal 15 / provincial 5 %, outpatient
 *   township 70 / county 30 %; in county for township and county care (95%), out of county otherwise (85%);
 *   designated 95%;
 * - disease groups: outpatient chronic32 45 / special42 15 / major42 5 / other 35 %; inpatient other 70 /
 *   major42 10 / surgical28 8 / cardiacIntervention 2 / chronic32 5 / special42 5 %;
 * - costs log-normal: outpatient median 300 yuan (σ 1.0); inpatient median 6,000 yuan × level factor (township
 *   0.5, county 1, municipal 2, provincial 3.5; σ 0.9), capped at 2,000,000 yuan; in-catalogue share uniform
 *   70–95%; 3% of bills have rehabilitation items (5–20% of the out-of-catalogue part); to the fen;
 * - dates uniform over 2018 (the plan's regime); 2% of people are not (or no longer) registered poor
 *   (the baseline regime for them).
 */
import { REGIONS } from '../src/regions/index.js';

export const PROVINCE_PEOPLE = 700_739;

/** mulberry32: a small, fast, seeded PRNG with values in [0, 1). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(r: () => number, items: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = r() * total;
  for (let i = 0; i < items.length; i++) {
    x -= weights[i] ?? 0;
    if (x < 0) return items[i] as T;
  }
  return items[items.length - 1] as T;
}

const normal = (r: () => number): number => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
const fen = (yuan: number): number => Math.max(0, Math.round(yuan * 100));
const money = (f: number): string => `${String(Math.floor(f / 100))}.${String(f % 100).padStart(2, '0')}`;

export interface Person {
  readonly id: number;
  readonly household: number;
  readonly region: string;
  readonly registeredPoor: boolean;
}

export interface Household {
  readonly id: number;
  readonly region: string;
  readonly members: number;
}

const COUNTIES = REGIONS.filter((g) => g.level === 'county' || g.level === 'countyCity');
const COUNTY_WEIGHTS = COUNTIES.map((g) => (g.flags.nationalKeyCounty ? 3 : 1));

/** Households and people until `people` people (700,739 by default). */
export function population(
  seed = 2016,
  people = PROVINCE_PEOPLE,
): { households: Household[]; people: Person[] } {
  const r = rng(seed);
  const households: Household[] = [];
  const persons: Person[] = [];
  while (persons.length < people) {
    const size = Math.min(pick(r, [1, 2, 3, 4, 5, 6], [18, 30, 24, 16, 8, 4]), people - persons.length);
    const region = pick(r, COUNTIES, COUNTY_WEIGHTS).name;
    const id = households.length;
    households.push({ id, region, members: size });
    for (let k = 0; k < size; k++) {
      persons.push({ id: persons.length, household: id, region, registeredPoor: r() >= 0.02 });
    }
  }
  return { households, people: persons };
}

const OUT_GROUPS = ['chronic32', 'special42', 'major42', 'other'] as const;
const IN_GROUPS = [
  'other',
  'major42',
  'surgical28',
  'cardiacIntervention',
  'chronic32',
  'special42',
] as const;
const LEVEL_FACTOR = { township: 0.5, county: 1, municipal: 2, provincial: 3.5 } as const;

/** One bill drawn for a person on a date. */
export function drawClaim(r: () => number, person: Person, date: string, n: number) {
  const inpatient = r() < 0.3;
  const level = inpatient
    ? pick(r, ['township', 'county', 'municipal', 'provincial'] as const, [35, 45, 15, 5])
    : pick(r, ['township', 'county'] as const, [70, 30]);
  const local = level === 'township' || level === 'county';
  const inCounty = local ? r() < 0.95 : r() >= 0.85;
  const group = inpatient ? pick(r, IN_GROUPS, [70, 10, 8, 2, 5, 5]) : pick(r, OUT_GROUPS, [45, 15, 5, 35]);
  const median = inpatient ? 6000 * LEVEL_FACTOR[level] : 300;
  const total = Math.min(fen(median * Math.exp((inpatient ? 0.9 : 1) * normal(r))), 200_000_000);
  const inCat = Math.floor(total * (0.7 + 0.25 * r()));
  const rehab = r() < 0.03 ? Math.floor((total - inCat) * (0.05 + 0.15 * r())) : 0;
  return {
    id: `p${String(person.id)}-${String(n)}`,
    date,
    patient: { registeredPoor: person.registeredPoor },
    careType: inpatient ? ('inpatient' as const) : ('outpatient' as const),
    diseaseGroup: group,
    hospital: { level, inCounty, designated: r() < 0.95 },
    totalCost: money(total),
    inCatalogueCost: money(inCat),
    ...(rehab > 0 ? { rehabilitationItemsCost: money(rehab) } : {}),
  };
}

export type SyntheticClaim = ReturnType<typeof drawClaim>;

const DAY = 86_400_000;
const dateOf = (day: number): string => new Date(Date.UTC(2018, 0, 1) + day * DAY).toISOString().slice(0, 10);

/** One bill per person, for the first `count` people (a claim-level benchmark input). */
export function claimsForPeople(seed = 2018, count = PROVINCE_PEOPLE): SyntheticClaim[] {
  const r = rng(seed);
  const { people } = population(seed, count);
  return people.map((p) => drawClaim(r, p, dateOf(Math.floor(r() * 365)), 0));
}

/** Streams one bill per person without holding them (for the streaming and province runs). */
export function* streamClaims(seed: number, count: number): Generator<SyntheticClaim> {
  const r = rng(seed);
  const p = { id: 0, household: 0, region: '', registeredPoor: true };
  for (let i = 0; i < count; i++) {
    yield drawClaim(r, { ...p, id: i, registeredPoor: r() >= 0.02 }, dateOf(Math.floor(r() * 365)), 0);
  }
}

/** A year of bills per person (dates in order), for `reimburseYear` over a batch of patients. */
export function yearsForPeople(seed = 2019, count = 10_000): SyntheticClaim[][] {
  const r = rng(seed);
  const { people } = population(seed, count);
  return people.map((p) => {
    let n = 0;
    while (r() < 0.62 && n < 12) n++;
    const days = Array.from({ length: n }, () => Math.floor(r() * 365)).sort((a, b) => a - b);
    return days.map((d, k) => drawClaim(r, p, dateOf(d), k));
  });
}
