/**
 * Throughput of `reimburse`, before (the reference) and after (the layered cascade on the rule contract), in
 * one process: `npx tsx test/medical/reference/throughput.ts`. Not part of the suite.
 */
import { reimburse } from '../../../src/medical/index.js';
import { deepFreeze } from '../../../src/core/freeze.js';
import { ILLUSTRATIVE_COUNTY_SCHEME_PROFILE as PROFILE } from '../../../src/medical/profile.js';
import { reimburse as reference } from './reimburse.js';

const groups = ['other', 'major42', 'surgical28', 'cardiacIntervention', 'chronic32'] as const;
const claims = Array.from({ length: 200 }, (_, i) =>
  deepFreeze({
    date: '2018-05-02',
    patient: { registeredPoor: i % 4 !== 0 },
    careType: groups[i % 5] === 'chronic32' ? ('outpatient' as const) : ('inpatient' as const),
    diseaseGroup: groups[i % 5] ?? 'other',
    hospital: { level: 'county' as const, inCounty: i % 3 !== 0, designated: true },
    totalCost: String(1000 + i * 997),
    inCatalogueCost: String(800 + i * 800),
  }),
);

function rate(label: string, fn: () => void, ms = 3000): number {
  for (let i = 0; i < 3; i++) fn(); // warm up
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    fn();
    n += claims.length;
  }
  const perSecond = (n * 1000) / (performance.now() - start);
  console.log(`${label.padEnd(48)} ${perSecond.toFixed(0).padStart(8)} claims/s`);
  return perSecond;
}

const unfrozen = JSON.parse(JSON.stringify(PROFILE)) as typeof PROFILE;
const before = rate('reference (before issue 9)', () => {
  for (const c of claims) reference(c, PROFILE);
});
const after = rate('layered, frozen profile (validated once)', () => {
  for (const c of claims) reimburse(c, PROFILE);
});
const afterUnfrozen = rate('layered, unfrozen profile (validated each call)', () => {
  for (const c of claims) reimburse(c, unfrozen);
});
console.log(
  `after / before: ${(after / before).toFixed(2)} (frozen), ${(afterUnfrozen / before).toFixed(2)} (unfrozen)`,
);
