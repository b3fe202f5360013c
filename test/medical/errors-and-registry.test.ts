import { refusal } from '../support/errors.js';
import { describe, expect, it } from 'vitest';
import { readingIds } from '../../src/core/registry.js';
import { registry } from '../../src/rules.js';
import {
  MEDICAL_INTERPRETATIONS,
  MEDICAL_RULES,
  parseSchemeProfile,
  readingsSchema,
  reimburse,
  type ClaimInput,
  type MedicalSchemeProfileInput,
} from '../../src/medical/index.js';
import { copy, deepFreeze, inpatient, PROFILE } from './support.js';

const badClaim = (over: Record<string, unknown>): ClaimInput =>
  deepFreeze<Record<string, unknown>>({ ...inpatient(), ...over }) as ClaimInput;

describe('bad claims are refused, naming the field', () => {
  it.each([
    ['a negative total', { totalCost: '-1' }, 'claim.totalCost'],
    ['a negative in-catalogue cost', { inCatalogueCost: -5 }, 'claim.inCatalogueCost'],
    ['in-catalogue above the total (10000 > 9000)', { totalCost: '9000' }, 'claim.inCatalogueCost'],
    [
      'rehabilitation items beyond the total (10000 + 2500 > 12000)',
      { rehabilitationItemsCost: '2500' },
      'claim.rehabilitationItemsCost',
    ],
    ['an amount finer than the fen', { totalCost: '12000.005' }, 'claim.totalCost'],
    ['an unknown disease group', { diseaseGroup: 'cancer' }, 'claim.diseaseGroup'],
    [
      'an outpatient cardiac intervention',
      { careType: 'outpatient', diseaseGroup: 'cardiacIntervention' },
      'claim.careType',
    ],
    ['an impossible date', { date: '2018-02-30' }, 'claim.date'],
    [
      'an unknown hospital level',
      { hospital: { level: 'village', inCounty: true, designated: true } },
      'claim.hospital.level',
    ],
    ['a missing patient status', { patient: {} }, 'claim.patient.registeredPoor'],
  ])('%s → %s', (_name, over, path) => {
    const e = refusal(() => reimburse(badClaim(over), PROFILE));
    expect(e.ruleId).toBe('medical.fourLayers');
    expect(e.path).toBe(path);
  });

  it('a misspelt field (totalCosts) is refused by its own path rather than ignored', () => {
    const e = refusal(() => reimburse(badClaim({ totalCosts: '1' }), PROFILE));
    expect(e.issues[0]?.code).toBe('unrecognized_keys');
    expect(e.path).toBe('claim.totalCosts');
  });
});

describe('bad profiles are refused, naming the field', () => {
  const variants: [string, (p: MedicalSchemeProfileInput) => void, string][] = [
    [
      'a rate above 1',
      (p) => void (p.basicInsurance.inpatient.rate = '1.2'),
      'profile.basicInsurance.inpatient.rate',
    ],
    [
      'a band rate above 1',
      (p) => void (p.criticalIllness.bands[0] = { upTo: '50000', rate: 1.5 }),
      'profile.criticalIllness.bands[0].rate',
    ],
    [
      'bands that do not ascend',
      (p) => void (p.criticalIllness.bands[1] = { upTo: '40000', rate: '0.6' }),
      'profile.criticalIllness.bands[1].upTo',
    ],
    [
      'a last band with an end',
      (p) => void (p.criticalIllness.bands[2] = { upTo: '900000', rate: '0.7' }),
      'profile.criticalIllness.bands[2].upTo',
    ],
    [
      'an open band before the last',
      (p) => void (p.criticalIllness.bands[0] = { upTo: null, rate: '0.5' }),
      'profile.criticalIllness.bands[0].upTo',
    ],
    [
      'a critical illness ceiling below the deductible',
      (p) => void (p.criticalIllness.annualCeiling = '5000'),
      'profile.criticalIllness.annualCeiling',
    ],
    [
      'a basic ceiling below an inpatient deductible',
      (p) => void (p.basicInsurance.annualCeiling = '500'),
      'profile.basicInsurance.annualCeiling',
    ],
    [
      'a county target of 80%',
      (p) => void (p.countyFund.targetInCountyRatio = '0.8'),
      'profile.countyFund.targetInCountyRatio',
    ],
    [
      'a county target of 91%',
      (p) => void (p.countyFund.targetInCountyRatio = '0.91'),
      'profile.countyFund.targetInCountyRatio',
    ],
    [
      'a negative assistance cap',
      (p) => void (p.thirdLayer.annualCap = '-1'),
      'profile.thirdLayer.annualCap',
    ],
    [
      'an unknown third layer',
      (p) => void ((p.thirdLayer as { kind: string }).kind = 'charity'),
      'profile.thirdLayer.kind',
    ],
  ];
  it.each(variants)('%s → %s', (_name, mutate, path) => {
    const profile = copy(PROFILE);
    mutate(profile);
    deepFreeze(profile);
    const e = refusal(() => reimburse(inpatient(), profile));
    expect(e.ruleId).toBe('medical.fourLayers');
    expect(e.path).toBe(path);
  });

  it('the bounds of the target are inclusive: 85% and 90% are both valid', () => {
    for (const target of ['0.85', '0.90']) {
      const profile = copy(PROFILE);
      profile.countyFund.targetInCountyRatio = target;
      expect(parseSchemeProfile(profile).countyFund.targetInCountyRatio.toString()).toBe(
        String(Number(target)),
      );
    }
  });

  it('a validated profile may be passed again', () => {
    const parsed = parseSchemeProfile(PROFILE);
    expect(reimburse(inpatient(), parsed).outOfPocket.toString()).toBe('3500.00');
  });
});

describe('bad options are refused, naming the field', () => {
  it.each([
    [{ readings: { waiverPosition: 'middle' } }, 'options.readings.waiverPosition'],
    [{ readings: { deductible: 'perYear' } }, 'options.readings.deductible'],
    [{ regime: 'future' }, 'options.regime'],
  ])('%j → %s', (options, path) => {
    const e = refusal(() => reimburse(inpatient(), PROFILE, deepFreeze(options) as never));
    expect(e.path).toBe(path);
  });
});

describe('the registry', () => {
  it.each([
    ['medical.fourLayers', 'procedure'],
    ['medical.basicInsurance', 'calculation'],
    ['medical.fiveUplifts', 'parameter'],
    ['medical.criticalIllnessDeductible', 'parameter'],
    ['medical.criticalIllnessInsurance', 'calculation'],
    ['medical.rehabilitationItems', 'calculation'],
    ['medical.surgical28Waiver', 'calculation'],
    ['medical.inpatientWaiver5Percent', 'calculation'],
    ['medical.cardiacFree', 'calculation'],
    ['medical.medicalAssistance', 'calculation'],
    ['medical.inCountyRatio', 'check'],
    ['medical.treatFirstPayLater', 'procedure'],
  ])('%s is registered as a %s, cited, in the root registry', (id, kind) => {
    const rule = MEDICAL_RULES.find((r) => r.id === id);
    expect(rule?.kind).toBe(kind);
    expect(rule?.citations.length).toBeGreaterThan(0);
    expect(registry.rule(id)).toBe(rule);
  });

  it('each interpretation’s chosen reading is the default, and its readings are the options a caller may pass', () => {
    const shape = readingsSchema.shape;
    expect(MEDICAL_INTERPRETATIONS.map((i) => i.id.replace('medical.', '')).sort()).toEqual(
      Object.keys(shape).sort(),
    );
    for (const i of MEDICAL_INTERPRETATIONS) {
      const key = i.id.replace('medical.', '');
      for (const id of readingIds(i)) expect(readingsSchema.safeParse({ [key]: id }).success).toBe(true);
      expect(readingsSchema.safeParse({ [key]: 'notARecordedReading' }).success).toBe(false);
      expect(reimburse(inpatient(), PROFILE).readings[key]).toBe(i.chosen.id);
    }
  });
});
