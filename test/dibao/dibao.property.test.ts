import { addDays, addMonths } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPlainDate, parsePlainDate } from '../../src/core/dates.js';
import { Money } from '../../src/core/money.js';
import { checkGradualExit, dibaoGapSubsidy, gradualExitSchedule } from '../../src/dibao/index.js';
import { dibaoGapSubsidy as referenceGapSubsidy } from './reference/gapSubsidy.js';
import {
  checkGradualExit as referenceCheckGradualExit,
  gradualExitSchedule as referenceSchedule,
} from './reference/gradualExit.js';
import { deepFreeze } from './helpers.js';

/** An amount of yuan from whole fen. */
const yuan = (min: number, max: number) =>
  fc.integer({ min, max }).map((fen) => Money.fromFen(fen).toString());
const reading = fc.constantFrom('annualBasis' as const, 'monthlyBasis' as const);
const members = fc.integer({ min: 1, max: 12 });
const period = fc.constantFrom('year' as const, 'month' as const);
const BASE_DATE = new Date(2016, 0, 1);
const date = fc.integer({ min: 0, max: 365 * 15 }).map((days) => formatPlainDate(addDays(BASE_DATE, days)));

describe('properties of the gap subsidy', () => {
  it('is never negative and never more than the standard × members (year and month)', () => {
    fc.assert(
      fc.property(
        yuan(1, 1_000_000),
        period,
        members,
        yuan(0, 5_000_000),
        reading,
        (standard, sp, m, income, r) => {
          const s = dibaoGapSubsidy(
            deepFreeze({ members: m, householdIncome: income }),
            deepFreeze({ standard, standardPeriod: sp }),
            { readings: { incomeMeasure: r } },
          );
          const annualCap = Money.of(standard).times(sp === 'month' ? 12 * m : m);
          expect(s.annual.isNegative()).toBe(false);
          expect(s.monthly.isNegative()).toBe(false);
          expect(s.annual.lte(annualCap)).toBe(true);
          expect(s.monthly.lte(Money.round(annualCap.toDecimal().dividedBy(12)))).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('more income never means more subsidy', () => {
    fc.assert(
      fc.property(
        yuan(1, 1_000_000),
        members,
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.integer({ min: 0, max: 5_000_000 }),
        reading,
        (standard, m, a, b, r) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const at = (fen: number) =>
            dibaoGapSubsidy(
              { members: m, householdIncome: Money.fromFen(fen) },
              { standard },
              { readings: { incomeMeasure: r } },
            );
          expect(at(high).annual.lte(at(low).annual)).toBe(true);
          expect(at(high).monthly.lte(at(low).monthly)).toBe(true);
        },
      ),
    );
  });

  it('exempt income works as less income: the subsidy never falls when more of the income is exempt', () => {
    fc.assert(
      fc.property(
        yuan(1, 1_000_000),
        members,
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.nat(),
        (standard, m, fen, e) => {
          const exempt = Money.fromFen(e % (fen + 1));
          const without = dibaoGapSubsidy({ members: m, householdIncome: Money.fromFen(fen) }, { standard });
          const withExempt = dibaoGapSubsidy(
            { members: m, householdIncome: Money.fromFen(fen), exemptIncome: exempt },
            { standard },
          );
          expect(withExempt.annual.gte(without.annual)).toBe(true);
        },
      ),
    );
  });
});

describe('properties of gradual exit', () => {
  it('the 200% test is strict: exactly 2 × standard × members does not qualify, one fen less does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), members, (stdFen, m) => {
        const standard = Money.fromFen(stdFen);
        const limit = standard.times(2 * m);
        const base = { householdType: 'ruralDibao', temporarilyExited: true, members: m } as const;
        expect(checkGradualExit({ ...base, householdIncome: limit }, { standard }).eligible).toBe(false);
        expect(
          checkGradualExit({ ...base, householdIncome: limit.minus('0.01') }, { standard }).eligible,
        ).toBe(true);
      }),
    );
  });

  const factorTable = (n: number) =>
    fc
      .array(fc.integer({ min: 0, max: 1000 }), { minLength: n, maxLength: n })
      .map((xs) => [...xs].sort((x, y) => y - x).map((x) => (x / 1000).toString()));

  const scheduleCase = fc.record({
    householdType: fc.constantFrom('ruralDibao' as const, 'disabledDibao' as const),
    startDate: date,
    baseFen: fc.integer({ min: 0, max: 1_000_000 }),
    decrease: fc.constantFrom(
      'linearStepDown' as const,
      'halvingEachQuarter' as const,
      'customFactors' as const,
    ),
    monthPeriod: fc.constantFrom('civilCode' as const, 'startDayCounted' as const),
  });

  it('has 6 or 8 contiguous quarters from the start to the end, amounts never increasing, summing to the total', () => {
    fc.assert(
      fc.property(
        scheduleCase.chain((c) =>
          fc.tuple(fc.constant(c), factorTable(c.householdType === 'ruralDibao' ? 6 : 8)),
        ),
        ([c, factors]) => {
          const options =
            c.decrease === 'customFactors'
              ? { factors, readings: { monthPeriod: c.monthPeriod } }
              : { readings: { gradualExitDecrease: c.decrease, monthPeriod: c.monthPeriod } };
          const input = deepFreeze({
            householdType: c.householdType,
            startDate: c.startDate,
            baseMonthlySubsidy: Money.fromFen(c.baseFen),
          });
          const s = gradualExitSchedule(input, deepFreeze(options));
          const months = c.householdType === 'ruralDibao' ? 18 : 24;
          expect(s.quarters).toHaveLength(months / 3);
          const start = parsePlainDate(c.startDate) ?? new Date(Number.NaN);
          // Civil Code: from the day after the start to the corresponding day; else from the start to the day before.
          const civil = c.monthPeriod === 'civilCode';
          expect(s.quarters[0]?.start).toBe(civil ? formatPlainDate(addDays(start, 1)) : c.startDate);
          expect(s.endDate).toBe(formatPlainDate(addDays(addMonths(start, months), civil ? 0 : -1)));
          expect(s.quarters.at(-1)?.end).toBe(s.endDate);
          s.quarters.forEach((q, i) => {
            expect(q.start <= q.end).toBe(true);
            const next = s.quarters[i + 1];
            if (next !== undefined) {
              const end = parsePlainDate(q.end) ?? new Date(Number.NaN);
              expect(next.start).toBe(formatPlainDate(addDays(end, 1)));
              expect(next.amount.lte(q.amount)).toBe(true);
            }
            expect(Money.sum(q.monthlyAmounts).eq(q.amount)).toBe(true);
            // each quarter is within 1.5 fen of its exact share (total rounded once, then split)
            const exactFen = s.baseQuarterlySubsidy.toFen().times(q.factor);
            expect(q.amount.toFen().minus(exactFen).abs().lt(1.5)).toBe(true);
          });
          expect(Money.sum(s.quarters.map((q) => q.amount)).eq(s.total)).toBe(true);
        },
      ),
    );
  });
});

describe('0.2 keeps 0.1’s results to the fen (test/dibao/reference holds the 0.1 code)', () => {
  it('the gap subsidy: same monthly and annual amounts, every reading and period', () => {
    fc.assert(
      fc.property(
        yuan(1, 1_000_000),
        period,
        members,
        yuan(0, 5_000_000),
        period,
        fc.nat(),
        reading,
        (standard, sp, m, income, ip, e, r) => {
          const exempt = Money.fromFen(e % (Money.of(income).toFen().toNumber() + 1));
          const household = { members: m, householdIncome: income, incomePeriod: ip, exemptIncome: exempt };
          const options = { readings: { incomeMeasure: r } };
          const now = dibaoGapSubsidy(household, { standard, standardPeriod: sp }, options);
          const before = referenceGapSubsidy({ ...household, standard, standardPeriod: sp }, options);
          expect([now.monthly.toString(), now.annual.toString(), now.belowStandard]).toEqual([
            before.monthly.toString(),
            before.annual.toString(),
            before.belowStandard,
          ]);
        },
      ),
    );
  });

  it('the gradual-exit test: same eligibility, months and quarters', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('ruralDibao' as const, 'disabledDibao' as const),
        fc.boolean(),
        yuan(1, 1_000_000),
        members,
        yuan(0, 5_000_000),
        (householdType, temporarilyExited, standard, m, income) => {
          const household = { householdType, temporarilyExited, members: m, householdIncome: income };
          const now = checkGradualExit(household, { standard });
          const before = referenceCheckGradualExit({ ...household, standard });
          expect([now.eligible, now.months, now.quarters, now.annualIncomeLimit.toString()]).toEqual([
            before.eligible,
            before.months,
            before.quarters,
            before.annualIncomeLimit.toString(),
          ]);
        },
      ),
    );
  });

  it('the schedule: same amounts under every reading; under startDayCounted the same dates too', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('ruralDibao' as const, 'disabledDibao' as const),
        date,
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.constantFrom('linearStepDown' as const, 'halvingEachQuarter' as const),
        (householdType, startDate, fen, decrease) => {
          const input = { householdType, startDate, baseMonthlySubsidy: Money.fromFen(fen) };
          const now = gradualExitSchedule(input, {
            readings: { gradualExitDecrease: decrease, monthPeriod: 'startDayCounted' },
          });
          const before = referenceSchedule(input, { readings: { gradualExitDecrease: decrease } });
          const view = (q: {
            start: string;
            end: string;
            amount: Money;
            monthlyAmounts: readonly Money[];
          }) => [q.start, q.end, q.amount.toString(), q.monthlyAmounts.map(String).join(' ')];
          expect(now.quarters.map(view)).toEqual(before.quarters.map(view));
          expect([now.total.toString(), now.endDate]).toEqual([before.total.toString(), before.endDate]);
        },
      ),
    );
  });
});
