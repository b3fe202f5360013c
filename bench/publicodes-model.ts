/**
 * (d) The cascade as publicodes rules (for the chosen readings, as (b) and (c)). publicodes computes in binary
 * floating point and has no rounding up: amounts are modelled in whole fen, `arrondi: oui` rounds to the fen
 * (publicodes rounds `Math.round(x + ε)`: half up, on a float product), and the county fund's round-up is
 * emulated as `arrondi: oui` of `x + 0.4999999` (wrong where the fraction is below 1e-7 fen or the float
 * product is off). Each claim is one `setSituation` and one evaluation per payer.
 */
import Engine from 'publicodes';
import type { MedicalSchemeProfileInput } from '../src/medical/index.js';
import type { SyntheticClaim } from './population.js';

const str = (v: unknown): string => String(v);
const fen = (yuan: unknown): number => Math.round(Number(yuan === undefined ? 0 : str(yuan)) * 100);
const up = (rate: unknown) => ({ 'le minimum de': [1, `${str(rate)} + points / 100`] });
const min = (...xs: unknown[]) => ({ 'le minimum de': xs });
const max = (...xs: unknown[]) => ({ 'le maximum de': xs });
const all = (...xs: unknown[]) => ({ 'toutes ces conditions': xs });
const any = (...xs: unknown[]) => ({ 'une de ces conditions': xs });

function basicRate(p: MedicalSchemeProfileInput): Record<string, unknown> {
  const b = p.basicInsurance;
  const lvl = (l: 'township' | 'county' | 'municipal' | 'provincial') => ({
    si: `c . level = '${l}'`,
    alors: str(b.inpatient.byLevel?.[l]?.rate ?? b.inpatient.rate),
  });
  const ded = (l: 'township' | 'county' | 'municipal' | 'provincial') => ({
    si: `c . level = '${l}'`,
    alors: fen(b.inpatient.byLevel?.[l]?.deductible ?? b.inpatient.deductible),
  });
  const o = b.outpatient;
  return {
    'base rate': {
      variations: [
        { si: "c . group = 'major42'", alors: str(b.major42Rate) },
        { si: all('c . inpatient = non', "c . group = 'chronic32'"), alors: str(o.chronic32.rate) },
        { si: all('c . inpatient = non', "c . group = 'special42'"), alors: str(o.special42.rate) },
        { si: 'c . inpatient = non', alors: str(o.general.rate) },
        ...(['township', 'county', 'municipal', 'provincial'] as const).map(lvl),
      ],
    },
    raised: any('c . inpatient = oui', "c . group != 'other'"),
    rate: {
      variations: [{ si: 'basic . raised', alors: up('basic . base rate') }, { sinon: 'basic . base rate' }],
    },
    deductible: {
      variations: [
        { si: 'c . inpatient = non', alors: 0 },
        ...(['township', 'county', 'municipal', 'provincial'] as const).map(ded),
      ],
    },
    room: {
      variations: [
        {
          si: all('c . inpatient = non', "c . group = 'chronic32'"),
          alors: fen(o.chronic32.annualCeiling ?? b.annualCeiling),
        },
        {
          si: all('c . inpatient = non', "c . group = 'special42'"),
          alors: fen(o.special42.annualCeiling ?? b.annualCeiling),
        },
        {
          si: all('c . inpatient = non', "c . group != 'major42'"),
          alors: fen(o.general.annualCeiling ?? b.annualCeiling),
        },
        { sinon: fen(b.annualCeiling) },
      ],
    },
  };
}

/** The rules, in fen, from a profile. */
export function publicodesRules(p: MedicalSchemeProfileInput): Record<string, unknown> {
  const ci = p.criticalIllness;
  const groups = (ci.outpatientGroups ?? ['special42', 'major42']).map((g) => `c . group = '${g}'`);
  return {
    c: null,
    'c . total': 0,
    'c . incat given': 0,
    'c . rehab': 0,
    'c . plan': 'non',
    'c . poor': 'oui',
    'c . inpatient': 'non',
    'c . treat first': 'non',
    'c . group': "'other'",
    'c . level': "'county'",
    points: { variations: [{ si: 'c . plan', alors: 5 }, { sinon: 0 }] },
    'ci deductible': { variations: [{ si: 'c . plan', alors: 600000 }, { sinon: 1000000 }] },
    'waiver rate': { variations: [{ si: 'c . plan', alors: 0.05 }, { sinon: 0 }] },
    cardiac: all('c . plan', "c . group = 'cardiacIntervention'"),
    incat: {
      variations: [{ si: 'c . plan', alors: 'c . incat given + c . rehab' }, { sinon: 'c . incat given' }],
    },
    out: { valeur: 'c . total - incat' },
    basic: null,
    ...Object.fromEntries(Object.entries(basicRate(p)).map(([k, v]) => [`basic . ${k}`, v])),
    'basic . eligible': max(0, 'incat - basic . deductible'),
    'basic . paid': {
      valeur: min('basic . eligible * basic . rate', 'basic . room'),
      arrondi: 'oui',
    },
    'after basic': { valeur: 'incat - basic . paid' },
    'ci counted': any('c . inpatient', ...groups),
    ...Object.fromEntries(ci.bands.map((b, i) => [`ci rate ${String(i)}`, up(b.rate)])),
    'ci band': {
      valeur: {
        barème: {
          assiette: 'after basic - ci deductible',
          tranches: ci.bands.map((b, i) =>
            b.upTo === null
              ? { taux: `ci rate ${String(i)}` }
              : { taux: `ci rate ${String(i)}`, plafond: fen(b.upTo) },
          ),
        },
      },
      arrondi: 'oui',
    },
    'ci paid': {
      variations: [
        { si: 'ci counted', alors: min('ci band', fen(ci.annualCeiling), 'after basic') },
        { sinon: 0 },
      ],
    },
    'after ci': { valeur: 'after basic - ci paid' },
    'waiver full': { valeur: 'incat * waiver rate', arrondi: 'oui' },
    waiver5: {
      variations: [
        {
          si: all('c . plan', 'c . inpatient', "c . group != 'surgical28'", 'cardiac = non'),
          alors: min('waiver full', 'after ci'),
        },
        { sinon: 0 },
      ],
    },
    'after waiver': { valeur: 'after ci - waiver5' },
    surgical: {
      variations: [{ si: all('c . plan', "c . group = 'surgical28'"), alors: 'after waiver' }, { sinon: 0 }],
    },
    foundation: { variations: [{ si: 'cardiac', alors: 'after waiver + out' }, { sinon: 0 }] },
    'after full': { variations: [{ si: 'cardiac', alors: 0 }, { sinon: 'after waiver - surgical' }] },
    'third full': { valeur: `after full * ${str(p.thirdLayer.rate)}`, arrondi: 'oui' },
    third: {
      variations: [
        {
          si: all('c . poor', 'cardiac = non', 'after full > 0'),
          alors: min('third full', fen(p.thirdLayer.annualCap)),
        },
        { sinon: 0 },
      ],
    },
    'after third': { valeur: 'after full - third' },
    'county target': {
      valeur: `incat * ${str(p.countyFund.targetInCountyRatio)} + 0.4999999`,
      arrondi: 'oui',
    },
    'county gap': max(0, 'county target - (incat - after third)'),
    'county paid': {
      variations: [
        {
          si: all('c . treat first', 'incat > 0'),
          alors: min('county gap', 'after third'),
        },
        { sinon: 0 },
      ],
    },
    'out of pocket': {
      variations: [{ si: 'cardiac', alors: 0 }, { sinon: 'after third - county paid + out' }],
    },
  };
}

const quiet = (): void => undefined;

/** A per-claim evaluator over one engine. */
export function publicodesCascade(profile: MedicalSchemeProfileInput) {
  const engine = new Engine(publicodesRules(profile) as never, {
    logger: { log: quiet, warn: quiet, error: quiet },
  });
  const num = (name: string): number => {
    const v = engine.evaluate(name).nodeValue;
    return typeof v === 'number' ? v : 0;
  };
  return (c: SyntheticClaim) => {
    const plan = c.date >= '2016-01-01' && c.patient.registeredPoor;
    const h = c.hospital;
    const yes = (b: boolean) => (b ? 'oui' : 'non');
    engine.setSituation({
      'c . total': fen(c.totalCost),
      'c . incat given': fen(c.inCatalogueCost),
      'c . rehab': fen(c.rehabilitationItemsCost),
      'c . plan': yes(plan),
      'c . poor': yes(c.patient.registeredPoor),
      'c . inpatient': yes(c.careType === 'inpatient'),
      'c . treat first': yes(plan && c.careType === 'inpatient' && h.inCounty && h.designated),
      'c . group': `'${c.diseaseGroup}'`,
      'c . level': `'${h.level}'`,
    });
    return {
      waiver: num('waiver5') + num('surgical'),
      basic: num('basic . paid'),
      ci: num('ci paid'),
      third: num('third'),
      county: num('county paid'),
      foundation: num('foundation'),
      outOfPocket: num('out of pocket'),
    };
  };
}
