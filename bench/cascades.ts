/**
 * The benchmark's comparison cascades, for the chosen readings only (afterInsurance waiver, per-year
 * deductible, in-catalogue base, county fund top-up, all five raises, all registered poor specified):
 * (b) a naive per-item decimal.js cascade and (c) a plain float loop of the same formulas. Both read the
 * profile and the plan's figures once; neither validates, traces or handles another reading.
 */
import { Decimal } from 'decimal.js';
import type { MedicalSchemeProfileInput } from '../src/medical/index.js';
import type { SyntheticClaim } from './population.js';

const D = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_UP });

/** The plan's figures per regime (as the params give them). */
const REGIME = {
  plan: { points: 5, deductible: 6000, waiver: 0.05 },
  baseline: { points: 0, deductible: 10000, waiver: 0 },
} as const;

interface Shares {
  waiver: number;
  basic: number;
  ci: number;
  third: number;
  county: number;
  foundation: number;
  outOfPocket: number;
}

type Level = 'township' | 'county' | 'municipal' | 'provincial';

/** Rates and deductibles as numbers, per level, for both cascades. */
function terms(profile: MedicalSchemeProfileInput) {
  const b = profile.basicInsurance;
  const tier = (l: Level) => b.inpatient.byLevel?.[l];
  return {
    ded: (l: Level) => Number(tier(l)?.deductible ?? b.inpatient.deductible),
    rate: (l: Level) => String(tier(l)?.rate ?? b.inpatient.rate),
    major42: String(b.major42Rate),
    out: {
      chronic32: { rate: String(b.outpatient.chronic32.rate), ceil: b.outpatient.chronic32.annualCeiling },
      special42: { rate: String(b.outpatient.special42.rate), ceil: b.outpatient.special42.annualCeiling },
      general: { rate: String(b.outpatient.general.rate), ceil: b.outpatient.general.annualCeiling },
    },
    basicCeiling: Number(b.annualCeiling),
    bands: profile.criticalIllness.bands.map((x) => ({
      upTo: x.upTo === null ? null : Number(x.upTo),
      rate: String(x.rate),
    })),
    ciCeiling: Number(profile.criticalIllness.annualCeiling),
    ciOutGroups: (profile.criticalIllness.outpatientGroups ?? ['special42', 'major42']) as readonly string[],
    thirdRate: String(profile.thirdLayer.rate),
    thirdCap: Number(profile.thirdLayer.annualCap),
    target: String(profile.countyFund.targetInCountyRatio),
  };
}

/** Basic insurance terms of a claim: category, rate (raised where the plan names it) and deductible. */
function basicOf(t: ReturnType<typeof terms>, c: SyntheticClaim) {
  if (c.careType === 'outpatient') {
    if (c.diseaseGroup === 'major42')
      return { cat: null, rate: t.major42, raise: true, ded: 0, ceil: undefined };
    const cat = c.diseaseGroup === 'chronic32' || c.diseaseGroup === 'special42' ? c.diseaseGroup : 'general';
    return { cat, rate: t.out[cat].rate, raise: cat !== 'general', ded: 0, ceil: t.out[cat].ceil };
  }
  const rate = c.diseaseGroup === 'major42' ? t.major42 : t.rate(c.hospital.level);
  return { cat: null, rate, raise: true, ded: t.ded(c.hospital.level), ceil: undefined };
}

/** (b) The naive cascade: a new Decimal for every operation, per item. */
export function decimalCascade(profile: MedicalSchemeProfileInput) {
  const t = terms(profile);
  const r2 = (x: Decimal) => x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const min = (a: Decimal, b: Decimal) => (a.lt(b) ? a : b);
  const zero = new D(0);
  return (c: SyntheticClaim): Shares => {
    const plan = c.date >= '2016-01-01' && c.patient.registeredPoor;
    const g = REGIME[plan ? 'plan' : 'baseline'];
    const up = (r: string) => D.min(1, new D(r).plus(new D(g.points).div(100)));
    const total = new D(c.totalCost);
    const rehab = plan ? new D(c.rehabilitationItemsCost ?? 0) : zero;
    const inCat = new D(c.inCatalogueCost).plus(rehab);
    let owedIn = inCat;
    let owedOut = total.minus(inCat);
    const s = { waiver: zero, basic: zero, ci: zero, third: zero, county: zero, foundation: zero };
    const bt = basicOf(t, c);
    const rate = bt.raise && g.points > 0 ? up(bt.rate) : new D(bt.rate);
    let room = new D(t.basicCeiling);
    if (bt.ceil !== undefined) room = min(room, new D(bt.ceil.toString()));
    s.basic = min(r2(D.max(0, owedIn.minus(bt.ded)).times(rate)), room);
    owedIn = owedIn.minus(s.basic);
    const cardiac = plan && c.diseaseGroup === 'cardiacIntervention';
    if (c.careType === 'inpatient' || t.ciOutGroups.includes(c.diseaseGroup)) {
      const above = owedIn.minus(g.deductible);
      let amount = zero;
      let lower = zero;
      for (const band of t.bands) {
        if (above.lte(lower)) break;
        const upper = band.upTo === null ? above : D.min(above, band.upTo);
        amount = amount.plus(upper.minus(lower).times(g.points > 0 ? up(band.rate) : new D(band.rate)));
        lower = band.upTo === null ? above : new D(band.upTo);
      }
      s.ci = min(min(r2(amount), new D(t.ciCeiling)), owedIn);
      owedIn = owedIn.minus(s.ci);
    }
    if (plan && c.careType === 'inpatient' && c.diseaseGroup !== 'surgical28' && !cardiac) {
      s.waiver = min(r2(inCat.times(g.waiver)), owedIn);
      owedIn = owedIn.minus(s.waiver);
    }
    if (plan && c.diseaseGroup === 'surgical28') {
      s.waiver = s.waiver.plus(owedIn);
      owedIn = zero;
    }
    if (cardiac) {
      s.foundation = owedIn.plus(owedOut);
      owedIn = zero;
      owedOut = zero;
    }
    if (c.patient.registeredPoor && !cardiac && owedIn.gt(0)) {
      s.third = min(r2(owedIn.times(t.thirdRate)), new D(t.thirdCap));
      owedIn = owedIn.minus(s.third);
    }
    const h = c.hospital;
    if (plan && c.careType === 'inpatient' && h.inCounty && h.designated && inCat.gt(0)) {
      const must = inCat.times(t.target).toDecimalPlaces(2, Decimal.ROUND_UP);
      s.county = min(D.max(0, must.minus(inCat.minus(owedIn))), owedIn);
      owedIn = owedIn.minus(s.county);
    }
    const n = (x: Decimal) => Math.round(x.times(100).toNumber());
    return {
      waiver: n(s.waiver),
      basic: n(s.basic),
      ci: n(s.ci),
      third: n(s.third),
      county: n(s.county),
      foundation: n(s.foundation),
      outOfPocket: n(owedIn.plus(owedOut)),
    };
  };
}

/** (c) The float loop: the same formulas on numbers of yuan, rounded with Math.round(x × 100) / 100. */
export function floatCascade(profile: MedicalSchemeProfileInput) {
  const t = terms(profile);
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const bands = t.bands.map((b) => ({ upTo: b.upTo, rate: Number(b.rate) }));
  const third = Number(t.thirdRate);
  const target = Number(t.target);
  return (c: SyntheticClaim): Shares => {
    const plan = c.date >= '2016-01-01' && c.patient.registeredPoor;
    const g = REGIME[plan ? 'plan' : 'baseline'];
    const total = Number(c.totalCost);
    const rehab = plan ? Number(c.rehabilitationItemsCost ?? 0) : 0;
    const inCat = Number(c.inCatalogueCost) + rehab;
    let owedIn = inCat;
    let owedOut = total - inCat;
    let waiver = 0;
    let ci = 0;
    let thirdPaid = 0;
    let county = 0;
    let foundation = 0;
    const bt = basicOf(t, c);
    const rate = bt.raise ? Math.min(1, Number(bt.rate) + g.points / 100) : Number(bt.rate);
    const room = bt.ceil === undefined ? t.basicCeiling : Math.min(t.basicCeiling, Number(bt.ceil));
    const basic = Math.min(r2(Math.max(0, owedIn - bt.ded) * rate), room);
    owedIn -= basic;
    const cardiac = plan && c.diseaseGroup === 'cardiacIntervention';
    if (c.careType === 'inpatient' || t.ciOutGroups.includes(c.diseaseGroup)) {
      const above = owedIn - g.deductible;
      let amount = 0;
      let lower = 0;
      for (const band of bands) {
        if (above <= lower) break;
        const upper = band.upTo === null ? above : Math.min(above, band.upTo);
        amount += (upper - lower) * Math.min(1, band.rate + g.points / 100);
        lower = band.upTo ?? above;
      }
      ci = Math.min(r2(amount), t.ciCeiling, owedIn);
      owedIn -= ci;
    }
    if (plan && c.careType === 'inpatient' && c.diseaseGroup !== 'surgical28' && !cardiac) {
      waiver = Math.min(r2(inCat * g.waiver), owedIn);
      owedIn -= waiver;
    }
    if (plan && c.diseaseGroup === 'surgical28') {
      waiver += owedIn;
      owedIn = 0;
    }
    if (cardiac) {
      foundation = owedIn + owedOut;
      owedIn = 0;
      owedOut = 0;
    }
    if (c.patient.registeredPoor && !cardiac && owedIn > 0) {
      thirdPaid = Math.min(r2(owedIn * third), t.thirdCap);
      owedIn -= thirdPaid;
    }
    const h = c.hospital;
    if (plan && c.careType === 'inpatient' && h.inCounty && h.designated && inCat > 0) {
      const must = Math.ceil(inCat * target * 100) / 100;
      county = Math.min(Math.max(0, must - (inCat - owedIn)), owedIn);
      owedIn -= county;
    }
    const n = (x: number) => Math.round(x * 100);
    return {
      waiver: n(waiver),
      basic: n(basic),
      ci: n(ci),
      third: n(thirdPaid),
      county: n(county),
      foundation: n(foundation),
      outOfPocket: n(owedIn + owedOut),
    };
  };
}
