/**
 * Invariants of the finance area's checks and tables, over generated figures (fast-check): the matching waiver,
 * per-unit allocations, the allocation audit, fixed-point assistance and the pairs of boxes 7–9.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/decimal.js';
import {
  ASSISTANCE_PAIRS,
  assistancePairs,
  auditAllocations,
  checkCountyMatching,
  fixedPointAssistance,
  helpersFor,
  programmeAllocations,
  recipientsOf,
} from '../../src/finance/index.js';

describe('finance.countyMatchingWaiver: 贫困地区公益性建设项目取消县配套资金', () => {
  it('the county match is waived exactly when the project is public-interest and in a poor area', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), (publicInterest, inPoorArea) => {
        expect(checkCountyMatching({ publicInterest, inPoorArea }).waived).toBe(publicInterest && inPoorArea);
      }),
    );
  });
});

describe('finance.programmeAllocations', () => {
  it('water per village = waterYi × 100,000,000 ÷ 346, half up to the fen, for any waterYi (to the hundredth of 亿)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (hundredths) => {
        const yi = new Dec(hundredths).div(100).toString();
        const r = programmeAllocations({ overrides: { 'finance.waterYi': yi } });
        const perVillage = r.perUnit.find((u) => u.id === 'waterPerVillage');
        const expected = new Dec(hundredths).times(1_000_000).div(346).toDecimalPlaces(2, Dec.ROUND_HALF_UP);
        expect(perVillage?.yuan?.toString()).toBe(expected.toFixed(2));
      }),
      { numRuns: 200 },
    );
  });
});

describe('finance.allocationAudit', () => {
  it('the text’s 农村生产生活改善 figure differs from 表3-2’s 115.78 by exactly its difference, and agrees only at 115.78', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50_000 }), (hundredths) => {
        const yi = new Dec(hundredths).div(100);
        const findings = auditAllocations({ overrides: { 'finance.ruralLivingYi': yi.toString() } }).findings;
        const f = findings.find((x) => x.id === 'finance.ruralLivingYi');
        if (yi.eq('115.78')) expect(f).toBeUndefined();
        else expect(f?.differenceYi.toString()).toBe(yi.minus('115.78').toString());
      }),
      { numRuns: 150 },
    );
  });
});

describe('finance.fixedPointAssistance: 每个部门包保 1—2 个村', () => {
  it('t villages at 1 to m per department need ⌈t ÷ m⌉ to t departments', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_000 }), fc.integer({ min: 1, max: 10 }), (t, m) => {
        const r = fixedPointAssistance({
          overrides: {
            'finance.departmentVillagesTotal': String(t),
            'finance.departmentVillagesMax': String(m),
          },
        });
        expect(r.departments.fewestDepartments).toBe(Math.ceil(t / m));
        expect(r.departments.mostDepartments).toBe(t);
      }),
      { numRuns: 200 },
    );
  });
});

describe('finance.pairings (专栏7–9)', () => {
  it('each pair is found from both ends, and the two lookups are inverse', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ASSISTANCE_PAIRS), (pair) => {
        expect(helpersFor(pair.recipient).map((h) => h.name)).toContain(pair.helper);
        expect(recipientsOf(pair.helper).map((r) => r.name)).toContain(pair.recipient);
        expect(assistancePairs({ place: pair.recipient }).pairs).toContainEqual(pair);
      }),
    );
  });
});
