import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Money, type MoneyLike } from '../../src/core/money.js';
import {
  PAYERS,
  CRITICAL_ILLNESS_DEDUCTIBLE_PARAM,
  compareWithBaseline,
  parseSchemeProfile,
  reimburse,
  reimburseYear,
  type ClaimInput,
} from '../../src/medical/index.js';
import { accounted, claimArb, deepFreeze, profileArb, readingsArb } from './support.js';
import { PLAN_START, versionOn } from '../../src/core/param.js';

/** The plan's deductible (6000), read from its parameter. */
const PLAN_DEDUCTIBLE = Money.of(versionOn(CRITICAL_ILLNESS_DEDUCTIBLE_PARAM, PLAN_START)?.value ?? '0');

const RUNS = 500;
const addFen = (amount: MoneyLike | undefined, fen: number): string =>
  Money.of(amount ?? 0)
    .plus(Money.fromFen(fen))
    .toString();

describe('medical reimbursement properties', () => {
  it('all shares + out-of-pocket = the bill exactly; no share negative; paying trace steps sum to each share', () => {
    fc.assert(
      fc.property(
        claimArb,
        profileArb,
        readingsArb,
        fc.constantFrom('plan', 'baseline'),
        (claim, profile, readings, regime) => {
          const before = JSON.stringify([claim, profile]);
          const r = reimburse(claim, profile, { readings, regime });
          expect(accounted(r).eq(r.totalCost)).toBe(true);
          expect(r.outOfPocketInCatalogue.plus(r.outOfPocketOutOfCatalogue).eq(r.outOfPocket)).toBe(true);
          for (const p of PAYERS) {
            expect(r.shares[p].isNegative(), p).toBe(false);
            const traced = Money.sum(r.trace.filter((s) => s.payer === p).map((s) => s.amount ?? Money.ZERO));
            expect(traced.eq(r.shares[p]), p).toBe(true);
          }
          expect(r.outOfPocketInCatalogue.isNegative() || r.outOfPocketOutOfCatalogue.isNegative()).toBe(
            false,
          );
          expect(JSON.stringify([claim, profile])).toBe(before);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('every raised rate stays within [0, 1]', () => {
    fc.assert(
      fc.property(claimArb, profileArb, (claim, profile) => {
        const r = reimburse({ ...claim, patient: { registeredPoor: true } }, profile);
        for (const s of r.trace.filter((x) => x.ruleId === 'medical.fiveUplifts')) {
          const raised = String(s.inputs.raisedRate ?? s.inputs.raisedRates)
            .split('/')
            .map(Number);
          for (const x of raised) expect(x >= 0 && x <= 1).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('raising a bill never lowers the total reimbursed', () => {
    fc.assert(
      fc.property(
        claimArb,
        profileArb,
        readingsArb,
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.integer({ min: 0, max: 5_000_000 }),
        (claim, profile, readings, addIn, addOut) => {
          const bigger: ClaimInput = {
            ...claim,
            totalCost: addFen(claim.totalCost, addIn + addOut),
            inCatalogueCost: addFen(claim.inCatalogueCost, addIn),
          };
          const a = reimburse(claim, profile, { readings });
          const b = reimburse(bigger, profile, { readings });
          expect(b.reimbursed.gte(a.reimbursed)).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('the plan is never worse than the baseline for a registered poor patient', () => {
    fc.assert(
      fc.property(claimArb, profileArb, readingsArb, (claim, profile, readings) => {
        const c = compareWithBaseline(
          { ...claim, patient: { ...claim.patient, registeredPoor: true } },
          profile,
          {
            readings,
          },
        );
        expect(c.plan.outOfPocket.lte(c.baseline.outOfPocket)).toBe(true);
        expect(c.difference.outOfPocket.isPositive()).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it('critical illness insurance pays nothing while the costs left after basic insurance stay within the deductible', () => {
    fc.assert(
      fc.property(claimArb, profileArb, readingsArb, (claim, profile, readings) => {
        const r = reimburse(claim, profile, { readings });
        const step = r.trace.find((x) => x.ruleId === 'medical.criticalIllnessInsurance');
        if (step === undefined) expect(r.shares.criticalIllnessInsurance.isZero()).toBe(true);
        else if (Money.of(String(step.inputs.owedAfterBasic)).lte(Money.of(String(step.inputs.deductible)))) {
          expect(r.shares.criticalIllnessInsurance.isZero()).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('over a year: the deductible is met once, and no layer exceeds its annual ceiling or cap', () => {
    fc.assert(
      fc.property(fc.array(claimArb, { maxLength: 6 }), profileArb, (claims, profile) => {
        const dated = claims.map((c, i) => ({
          ...c,
          date: `2018-0${i + 1}-15`,
          patient: { registeredPoor: true },
        }));
        const year = reimburseYear(dated, profile);
        const p = parseSchemeProfile(profile);
        expect(year.totals.shares.basicInsurance.lte(p.basicInsurance.annualCeiling)).toBe(true);
        expect(year.totals.shares.criticalIllnessInsurance.lte(p.criticalIllness.annualCeiling)).toBe(true);
        expect(
          year.totals.shares.medicalAssistance
            .plus(year.totals.shares.commercialInsurance)
            .lte(p.thirdLayer.annualCap),
        ).toBe(true);
        if (year.yearToDate.criticalIllnessBase.lte(PLAN_DEDUCTIBLE)) {
          expect(year.totals.shares.criticalIllnessInsurance.isZero()).toBe(true);
        }
        expect(year.totals.reimbursed.plus(year.totals.outOfPocket).eq(year.totals.totalCost)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('a surgical-28 case leaves no in-catalogue cost to a registered poor patient', () => {
    fc.assert(
      fc.property(claimArb, profileArb, (claim, profile) => {
        const r = reimburse(
          { ...claim, careType: 'inpatient', diseaseGroup: 'surgical28', patient: { registeredPoor: true } },
          profile,
        );
        expect(r.outOfPocketInCatalogue.isZero()).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('a cardiac intervention leaves nothing to a registered poor patient', () => {
    fc.assert(
      fc.property(claimArb, profileArb, readingsArb, (claim, profile, readings) => {
        const r = reimburse(
          {
            ...claim,
            careType: 'inpatient',
            diseaseGroup: 'cardiacIntervention',
            patient: { registeredPoor: true },
          },
          profile,
          { readings },
        );
        expect(r.outOfPocket.isZero()).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('a designated in-county admission of a registered poor patient never falls below the target ratio', () => {
    fc.assert(
      fc.property(
        claimArb,
        profileArb,
        fc.constantFrom('inCatalogue', 'totalCost'),
        (claim, profile, inCountyRatioBase) => {
          const r = reimburse(
            deepFreeze({
              ...claim,
              careType: 'inpatient' as const,
              patient: { registeredPoor: true },
              hospital: { level: claim.hospital.level, inCounty: true, designated: true },
            }),
            profile,
            { readings: { inCountyRatioBase } },
          );
          const target = parseSchemeProfile(profile).countyFund.targetInCountyRatio;
          if (r.ratios.inCounty !== null) expect(r.ratios.inCounty.gte(target)).toBe(true);
          expect(r.depositRequired).toBe(false);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
