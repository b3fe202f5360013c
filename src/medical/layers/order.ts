import type { Ledger } from '../ledger.js';
import type { MedicalReadings } from '../schema.js';
import { basicInsuranceLayer } from './basic-insurance.js';
import type { ClaimCase } from './case.js';
import { countyFundLayer } from './county-fund.js';
import { criticalIllnessLayer } from './critical-illness.js';
import { cardiacLayer, surgicalWaiverLayer } from './full-waivers.js';
import { rehabilitationLayer } from './rehabilitation.js';
import { treatFirstLayer } from './treat-first.js';
import { thirdLayer } from './third-layer.js';
import { inpatientWaiverLayer } from './waiver.js';

/** One step of the cascade: reads the case, pays through the ledger, adds its trace steps. */
export type Layer = (c: ClaimCase, ledger: Ledger) => void;

/** The layers by name, in the order of the four layers of protection (the waiver's place aside). */
export const LAYERS = /* @__PURE__ */ Object.freeze({
  rehabilitationItems: rehabilitationLayer,
  treatFirstPayLater: treatFirstLayer,
  inpatientWaiver: inpatientWaiverLayer,
  basicInsurance: basicInsuranceLayer,
  criticalIllnessInsurance: criticalIllnessLayer,
  surgical28Waiver: surgicalWaiverLayer,
  cardiacFree: cardiacLayer,
  thirdLayer,
  countyFund: countyFundLayer,
} satisfies Record<string, Layer>);

/** A layer's name. */
export type LayerName = keyof typeof LAYERS;

/**
 * The order the layers pay in, chosen by the readings: the four layers of protection in the plan's order
 * (basic insurance, critical illness insurance, assistance or commercial insurance, the county fund), the full
 * waivers after the insurers, and the 5% waiver where `medical.waiverPosition` puts it.
 */
export function layerOrder(readings: Pick<MedicalReadings, 'waiverPosition'>): readonly LayerName[] {
  const at = (position: MedicalReadings['waiverPosition']): LayerName[] =>
    readings.waiverPosition === position ? ['inpatientWaiver'] : [];
  return [
    'rehabilitationItems',
    'treatFirstPayLater',
    ...at('beforeInsurance'),
    'basicInsurance',
    'criticalIllnessInsurance',
    ...at('afterInsurance'),
    'surgical28Waiver',
    'cardiacFree',
    'thirdLayer',
    ...at('afterAssistance'),
    'countyFund',
  ];
}
