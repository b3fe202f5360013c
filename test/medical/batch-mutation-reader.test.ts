import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Money } from '../../src/core/money.js';
import { compileScheme, type ClaimInput, type ReimburseOptions } from '../../src/medical/index.js';
import { expectSameAsReimburse, schemaCalls } from './batch-mutation-support.js';
import { claimArb, inpatient, outpatient, PROFILE } from './support.js';

/**
 * The fast reader (src/medical/batch/fast-claim.ts) decides a plain claim without the zod schema; whatever it
 * leaves to the schema is validated once (and refused, or run, exactly as `reimburse` does). Each row: the
 * claim, how many times the claim schema runs for it in a batch, and the batch item = `reimburse` to the fen.
 */

const base = inpatient();
/** 2^43 fen = 8,796,093,022,208 fen = 87,960,930,222.08 yuan: the largest amount the fast reader takes. */
const MAX = '87960930222.08';
const OVER = '87960930222.09';

const rows: [string, unknown, number][] = [
  ['a plain inpatient claim (12,000 / 10,000)', base, 0],
  [
    'one decimal and two decimals (12,000.5 / 10,000.25)',
    { ...base, totalCost: '12000.5', inCatalogueCost: '10000.25' },
    0,
  ],
  [
    'decimals 0 and 9 (19,999.09 / 9,999.90)',
    { ...base, totalCost: '19999.09', inCatalogueCost: '9999.90' },
    0,
  ],
  ['zero amounts (0 / 0)', { ...base, totalCost: '0', inCatalogueCost: '0' }, 0],
  [
    'zero amounts as numbers (0 / 0 / 0)',
    { ...base, totalCost: 0, inCatalogueCost: 0, rehabilitationItemsCost: 0 },
    0,
  ],
  [
    'numbers exact to the fen (12,000 / 10,000.25 / 0.5)',
    { ...base, totalCost: 12000, inCatalogueCost: 10000.25, rehabilitationItemsCost: 0.5 },
    0,
  ],
  ['Money amounts', { ...base, totalCost: Money.of('12000'), inCatalogueCost: Money.of('10000.5') }, 0],
  ['in catalogue = total (12,000 = 12,000)', { ...base, inCatalogueCost: '12000' }, 0],
  [
    'in catalogue + rehabilitation = total (10,000 + 2,000 = 12,000)',
    { ...base, rehabilitationItemsCost: '2000' },
    0,
  ],
  ['16 characters with leading zeros (0000000000012000)', { ...base, totalCost: '0000000000012000' }, 0],
  [`the largest fast amount as a string (${MAX})`, { ...base, totalCost: MAX }, 0],
  [`the largest fast amount as a number (${MAX})`, { ...base, totalCost: Number(MAX) }, 0],
  [`the largest fast amount as Money (${MAX})`, { ...base, totalCost: Money.of(MAX) }, 0],
  [
    'an id, specifiedEnrollee true',
    { ...base, id: 'c1', patient: { registeredPoor: true, specifiedEnrollee: true } },
    0,
  ],
  [
    'specifiedEnrollee false, not registered poor',
    { ...base, patient: { registeredPoor: false, specifiedEnrollee: false } },
    0,
  ],
  ['surgical28 inpatient', { ...base, diseaseGroup: 'surgical28' }, 0],
  ['cardiacIntervention inpatient', { ...base, diseaseGroup: 'cardiacIntervention' }, 0],
  [
    'a chronic32 outpatient',
    outpatient({ diseaseGroup: 'chronic32', totalCost: '900', inCatalogueCost: '800' }),
    0,
  ],
  [
    'a provincial hospital out of county, not designated',
    { ...base, hospital: { level: 'provincial', inCounty: false, designated: false } },
    0,
  ],
  // left to the schema, valid
  [`just above the fast path as a string (${OVER})`, { ...base, totalCost: OVER }, 1],
  [`just above the fast path as a number (${OVER})`, { ...base, totalCost: Number(OVER) }, 1],
  [`just above the fast path as Money (${OVER})`, { ...base, totalCost: Money.of(OVER) }, 1],
  ['17 characters with leading zeros (00000000000012000)', { ...base, totalCost: '00000000000012000' }, 1],
  ['a trailing dot (12000.)', { ...base, totalCost: '12000.' }, 1],
  ['a leading dot (.5 in catalogue)', { ...base, inCatalogueCost: '.5' }, 1],
  ['an exponent (1e4 in catalogue)', { ...base, inCatalogueCost: '1e4' }, 1],
  ['a padded amount ( 12000 )', { ...base, totalCost: ' 12000 ' }, 1],
  ['a rehabilitation cost given as undefined', { ...base, rehabilitationItemsCost: undefined }, 0],
  ['an id given as undefined', { ...base, id: undefined }, 0],
  [
    'specifiedEnrollee given as undefined',
    { ...base, patient: { registeredPoor: true, specifiedEnrollee: undefined } },
    0,
  ],
  // left to the schema, refused
  ['an empty amount', { ...base, totalCost: '' }, 1],
  ['three decimals (12000.505)', { ...base, totalCost: '12000.505' }, 1],
  ['a colon among the decimals (12000.:5)', { ...base, totalCost: '12000.:5' }, 1],
  ['a slash among the decimals (12000.5/)', { ...base, totalCost: '12000.5/' }, 1],
  ['a comma for the point (12000,5)', { ...base, totalCost: '12000,5' }, 1],
  ['a colon among the digits (12:00)', { ...base, totalCost: '12:00' }, 1],
  ['in catalogue above the total (12,000.01 > 12,000)', { ...base, inCatalogueCost: '12000.01' }, 1],
  [
    'in catalogue + rehabilitation above the total (10,000 + 2,000.01)',
    { ...base, rehabilitationItemsCost: '2000.01' },
    1,
  ],
  ['a negative Money total', { ...base, totalCost: Money.of('-1') }, 1],
  ['a negative rehabilitation cost', { ...base, rehabilitationItemsCost: -1 }, 1],
  ['an outpatient surgical28 claim', outpatient({ diseaseGroup: 'surgical28' }), 1],
  ['an outpatient cardiacIntervention claim', outpatient({ diseaseGroup: 'cardiacIntervention' }), 1],
  ['a date that does not exist (2018-02-30)', { ...base, date: '2018-02-30' }, 1],
  ['a date with a prefix (x2018-05-02)', { ...base, date: 'x2018-05-02' }, 1],
  ['a date as a number', { ...base, date: 20180502 }, 1],
  ['an unknown key', { ...base, note: 'x' }, 1],
  ['an array for the claim', [base], 1],
  ['an array for the patient', { ...base, patient: [true] }, 1],
  ['registeredPoor missing', { ...base, patient: { specifiedEnrollee: true } }, 1],
  ['specifiedEnrollee a string', { ...base, patient: { registeredPoor: true, specifiedEnrollee: 'yes' } }, 1],
  ['designated a string', { ...base, hospital: { ...base.hospital, designated: 'yes' } }, 1],
  ['an unknown key in the hospital', { ...base, hospital: { ...base.hospital, beds: 1 } }, 1],
  ['an id as a number', { ...base, id: 1 }, 1],
  ['a claim that is null', null, 1],
  ['a claim that is a string', 'claim', 1],
  ['a patient that is null', { ...base, patient: null }, 1],
  ['a patient that is a string', { ...base, patient: 'poor' }, 1],
  ['an unknown key in the patient', { ...base, patient: { registeredPoor: true, age: 3 } }, 1],
  ['a hospital that is null', { ...base, hospital: null }, 1],
  ['a hospital that is a string', { ...base, hospital: 'county' }, 1],
  ['an unknown hospital level', { ...base, hospital: { ...base.hospital, level: 'village' } }, 1],
  ['inCounty a string', { ...base, hospital: { ...base.hospital, inCounty: 'yes' } }, 1],
  ['an unknown care type', { ...base, careType: 'dental' }, 1],
  ['an unknown disease group', { ...base, diseaseGroup: 'flu' }, 1],
  ['a negative total as a number', { ...base, totalCost: -1 }, 1],
  ['a negative in-catalogue cost as a string', { ...base, inCatalogueCost: '-1' }, 1],
  ['a boolean amount', { ...base, totalCost: true }, 1],
  ['careType missing', { ...base, careType: undefined }, 1],
];

describe('the fast reader: plain claims without the schema, the rest validated once, every item = reimburse', () => {
  it.each(rows.map(([label, claim, calls]) => [label, calls, claim] as const))(
    '%s: %i schema validation(s)',
    (_, calls, claim) => {
      const scheme = compileScheme(PROFILE);
      expect(schemaCalls(() => scheme.reimburseMany([claim]))).toBe(calls);
      expectSameAsReimburse([claim]);
    },
  );
});

const padded = (c: ClaimInput): ClaimInput => ({ ...c, totalCost: ` ${String(c.totalCost)} ` });
const optionSets: ReimburseOptions[] = [
  {},
  {
    readings: {
      specifiedEnrollee: 'localList',
      fullWaiverScope: 'wholeBill',
      inCountyRatioBase: 'totalCost',
    },
  },
  { regime: 'baseline' },
];

describe('claims the schema read (padded amounts) run on the fast path with the same figures', () => {
  it.each(optionSets)(
    '300 generated claims, options %j: every item = reimburse, one validation each',
    (options) => {
      const claims = fc
        .sample(claimArb, { numRuns: 300, seed: 7 })
        .map((c, i) =>
          padded(
            i % 3 === 0 ? { ...c, id: `p${String(i)}`, date: i % 2 === 0 ? '2015-07-01' : '2019-07-01' } : c,
          ),
        );
      const scheme = compileScheme(PROFILE, options);
      expect(schemaCalls(() => scheme.reimburseMany(claims))).toBe(300);
      const batch = expectSameAsReimburse(claims, PROFILE, options);
      expect(batch.errors).toEqual([]);
    },
    60_000,
  );
});

describe('specifiedEnrollee under the local-list reading: only a patient listed (true) gets the surgical waiver', () => {
  it.each([true, false, undefined])(
    'specifiedEnrollee %s, fast and through the schema: = reimburse',
    (listed) => {
      const patient =
        listed === undefined ? { registeredPoor: true } : { registeredPoor: true, specifiedEnrollee: listed };
      const claim = { ...base, diseaseGroup: 'surgical28', patient } as ClaimInput;
      const options: ReimburseOptions = { readings: { specifiedEnrollee: 'localList' } };
      expectSameAsReimburse([claim, { ...claim, totalCost: ' 12000 ' }, base], PROFILE, options);
    },
  );
});
