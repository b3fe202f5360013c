import type { Decimal } from 'decimal.js';
import { PolicyInputError } from '../../core/errors.js';
import { upliftRate } from '../../core/rate.js';
import { openClaimContext } from '../cascade.js';
import { refusalOf } from './items.js';
import { readingsOf } from '../layers/case.js';
import { layerOrder, type LayerName } from '../layers/order.js';
import {
  CRITICAL_ILLNESS_DEDUCTIBLE_PARAM as CI_DEDUCTIBLE,
  DISEASE_GROUPS,
  HOSPITAL_LEVELS,
  INPATIENT_WAIVER_RATE_PARAM as WAIVER_RATE,
  PAYERS,
  UPLIFT_POINTS_PARAM as UPLIFT,
} from '../params.js';
import type { MedicalReadings, MedicalSchemeProfile } from '../schema.js';

/**
 * The terms of one evaluation context (a claim date and whether the patient is registered poor) in whole fen
 * and exact rationals `num / den` (`den` a power of ten): everything the fast cascade reads, resolved once from
 * the profile, the readings and the parameters in force — the same values the layered cascade reads.
 */

/** An exact rate as `num / den`. */
export interface Ratio {
  readonly num: number;
  readonly den: number;
}

/** The basic insurance terms of one kind of claim. */
export interface BasicTerm {
  readonly deductible: number;
  readonly rate: Ratio;
  /** Index of the outpatient category (0 chronic32, 1 special42, 2 general), or -1. */
  readonly category: number;
  /** The category's own annual ceiling in fen, or -1 for none. */
  readonly categoryCeiling: number;
}

export interface ClaimTerms {
  /** Where the context cannot be evaluated (a reform that puts the profile's target out of range). */
  readonly error: PolicyInputError | null;
  /** Whether every figure fits the fast path (else: the exact layered path for every claim of the context). */
  readonly fast: boolean;
  readonly plan: boolean;
  readonly readings: MedicalReadings;
  /** The layers in order, as indices into {@link LAYER_CODES}. */
  readonly order: readonly number[];
  readonly waiver: Ratio;
  /** Basic terms by `careType × diseaseGroup × level` ({@link basicIndex}). */
  readonly basic: readonly BasicTerm[];
  readonly basicCeiling: number;
  readonly ci: {
    readonly deductible: number;
    /** Band ends in fen (Infinity for the open band) and rates over the common `den`. */
    readonly ends: readonly number[];
    readonly nums: readonly number[];
    readonly den: number;
    readonly ceiling: number;
    /** Which disease groups count toward it as outpatients, by index in DISEASE_GROUPS. */
    readonly outpatientGroups: readonly boolean[];
  };
  readonly third: { readonly payer: number; readonly rate: Ratio; readonly cap: number };
  readonly target: Ratio;
  /** The largest numerator of any rate: an amount `a` is safe while `a × maxNum` is. */
  readonly maxNum: number;
}

/** The layers by code, in the order of {@link LayerName}. */
export const LAYER_CODES: readonly LayerName[] = Object.freeze([
  'rehabilitationItems',
  'treatFirstPayLater',
  'inpatientWaiver',
  'basicInsurance',
  'criticalIllnessInsurance',
  'surgical28Waiver',
  'cardiacFree',
  'thirdLayer',
  'countyFund',
]);

/** The index of a basic term: care type (0 inpatient, 1 outpatient) × disease group × hospital level. */
export const basicIndex = (outpatient: number, group: number, level: number): number =>
  (outpatient * DISEASE_GROUPS.length + group) * HOSPITAL_LEVELS.length + level;

const TOO_BIG = 2 ** 40;

/**
 * A rate as an exact ratio, or null where it has too many digits for the fast path. A rate is in [0, 1], so with
 * at most 12 decimals `num` ≤ 10^12 is exact (and `fitsFast` bounds every product it enters).
 */
export function ratioOf(d: Decimal): Ratio | null {
  const places = d.decimalPlaces();
  if (places > 12) return null;
  const den = 10 ** places;
  return { num: d.times(den).toNumber(), den };
}

/** Money as whole fen, or NaN where it is too large for the fast path. */
const fenOf = (m: { toFen(): Decimal }): number => {
  const f = m.toFen().toNumber();
  return Number.isSafeInteger(f) && f <= TOO_BIG * 100 ? f : Number.NaN;
};

const ONE: Ratio = { num: 1, den: 1 };

function basicTerms(profile: MedicalSchemeProfile, points: Decimal): { terms: BasicTerm[]; ok: boolean } {
  const b = profile.basicInsurance;
  // No `points > 0` test (the layered cascade has one): points are never negative, and upliftRate(r, 0) = r.
  const raise = (r: Decimal, named: boolean): Ratio | null => ratioOf(named ? upliftRate(r, points) : r);
  const terms: BasicTerm[] = [];
  let ok = true;
  const categories = ['chronic32', 'special42', 'general'] as const;
  for (let outpatient = 0; outpatient < 2; outpatient++) {
    for (const group of DISEASE_GROUPS) {
      for (const level of HOSPITAL_LEVELS) {
        const tier = b.inpatient.byLevel?.[level];
        let rate: Ratio | null;
        let deductible = 0;
        let category = -1;
        let ceiling = -1;
        if (outpatient === 1 && group !== 'major42') {
          const cat = group === 'chronic32' || group === 'special42' ? group : 'general';
          category = categories.indexOf(cat);
          rate = raise(b.outpatient[cat].rate, cat !== 'general');
          const c = b.outpatient[cat].annualCeiling;
          ceiling = c === undefined ? -1 : fenOf(c);
        } else {
          if (outpatient === 0) deductible = fenOf(tier?.deductible ?? b.inpatient.deductible);
          rate = raise(group === 'major42' ? b.major42Rate : (tier?.rate ?? b.inpatient.rate), true);
        }
        if (rate === null || Number.isNaN(deductible) || Number.isNaN(ceiling)) ok = false;
        terms.push({ deductible, rate: rate ?? ONE, category, categoryCeiling: ceiling });
      }
    }
  }
  return { terms, ok };
}

function ciTerms(profile: MedicalSchemeProfile, deductible: number, points: Decimal, raise: boolean) {
  const ci = profile.criticalIllness;
  const rates = ci.bands.map((b) => ratioOf(raise ? upliftRate(b.rate, points) : b.rate));
  const den = Math.max(1, ...rates.map((r) => r?.den ?? 1));
  return {
    ok: rates.every((r) => r !== null),
    terms: {
      deductible,
      ends: ci.bands.map((b) => (b.upTo === null ? Number.POSITIVE_INFINITY : fenOf(b.upTo))),
      nums: rates.map((r) => (r === null ? 0 : (r.num * den) / r.den)),
      den,
      ceiling: fenOf(ci.annualCeiling),
      outpatientGroups: DISEASE_GROUPS.map((g) => ci.outpatientGroups.includes(g)),
    },
  };
}

/** Resolves the terms of one context; a context the rules refuse carries the error instead. */
export function compileTerms(
  date: string,
  registeredPoor: boolean,
  profile: MedicalSchemeProfile,
  options: unknown,
): ClaimTerms {
  let ctx;
  try {
    ctx = openClaimContext(date, registeredPoor, profile, options);
  } catch (error) {
    return { error: refusalOf(error) } as unknown as ClaimTerms;
  }
  const readings = readingsOf(ctx);
  const points = ctx.decimal(UPLIFT);
  const waiver = ratioOf(ctx.decimal(WAIVER_RATE));
  const basic = basicTerms(profile, points);
  const raiseCi = readings.fiveUpliftsScope === 'allFive';
  const ci = ciTerms(profile, fenOf(ctx.money(CI_DEDUCTIBLE)), points, raiseCi);
  const third = ratioOf(profile.thirdLayer.rate);
  const target = ratioOf(profile.countyFund.targetInCountyRatio);
  const all = [waiver, third, target, ...basic.terms.map((t) => t.rate)];
  const maxNum = Math.max(1, ...all.map((r) => r?.num ?? 1), ...ci.terms.nums);
  const amounts = [ci.terms.deductible, ci.terms.ceiling, ...ci.terms.ends];
  const basicCeiling = fenOf(profile.basicInsurance.annualCeiling);
  const thirdCap = fenOf(profile.thirdLayer.annualCap);
  const fast =
    basic.ok &&
    ci.ok &&
    waiver !== null &&
    third !== null &&
    target !== null &&
    ![...amounts, basicCeiling, thirdCap].some(Number.isNaN);
  return {
    error: null,
    fast,
    plan: ctx.regime === 'plan',
    readings,
    order: layerOrder(readings).map((name) => LAYER_CODES.indexOf(name)),
    waiver: waiver ?? ONE,
    basic: basic.terms,
    basicCeiling,
    ci: ci.terms,
    third: { payer: PAYERS.indexOf(profile.thirdLayer.kind), rate: third ?? ONE, cap: thirdCap },
    target: target ?? ONE,
    maxNum,
  };
}
