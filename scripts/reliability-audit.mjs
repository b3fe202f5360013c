// The reproducers of issue 15 ("Reliability"), run against the BUILT package (dist/, as a consumer gets it):
// each must be refused with a PolicyInputError, quickly, or give the right answer. Exits 1 on any failure.
// Run after `npm run build`: `node scripts/reliability-audit.mjs` (.ci/run does).
import { performance } from 'node:perf_hooks';
import * as lib from '../dist/index.js';
import * as regions from '../dist/regions/index.js';

const { Money, PolicyInputError, formatCitation, toPlainDate } = lib;
const LIMIT_MS = Number(process.env.AUDIT_TIME_LIMIT_MS ?? 500);
let failures = 0;

function check(name, call, expect) {
  const start = performance.now();
  let outcome;
  try {
    outcome = { value: call() };
  } catch (error) {
    outcome = { error };
  }
  const ms = performance.now() - start;
  const problems = [];
  if (ms > LIMIT_MS) problems.push(`took ${ms.toFixed(0)} ms`);
  if (expect === 'refused') {
    if (!(outcome.error instanceof PolicyInputError)) {
      problems.push(
        outcome.error
          ? `threw ${outcome.error.name}: ${outcome.error.message}`
          : `returned ${String(outcome.value)}`,
      );
    }
  } else if (outcome.error !== undefined) {
    problems.push(`threw ${outcome.error.name}: ${outcome.error.message.slice(0, 120)}`);
  } else if (String(outcome.value) !== expect) {
    problems.push(`gave ${String(outcome.value)}, not ${expect}`);
  }
  if (problems.length > 0) failures += 1;
  console.log(
    `${problems.length === 0 ? 'ok  ' : 'FAIL'} ${name} (${ms.toFixed(1)} ms)${problems.length ? `: ${problems.join('; ')}` : ''}`,
  );
}

check("findRegion('吉林省' × 16)", () => regions.findRegion('吉林省'.repeat(16)), 'refused');
check("findRegion('吉林省' × 40)", () => regions.findRegion('吉林省'.repeat(40)), 'refused');
check("findRegion('x' × 1e7)", () => regions.findRegion('x'.repeat(1e7)), 'refused');
check("findRegion('jilin' × 20)", () => regions.findRegion('jilin'.repeat(20)), 'refused');
check("findRegion('吉林省白山市长白县').name", () => regions.findRegion('吉林省白山市长白县').name, '长白县');
check('Money.of(10 MB of digits)', () => Money.of('1'.repeat(1e7)), 'refused');
check('allocate(1e6 ratios)', () => Money.of(100).allocate(Array(1e6).fill(1)), 'refused');
check("Money.of('9e9999999999999999')", () => Money.of('9e9999999999999999'), 'refused');
check("Money.of('1e-9999999999999999')", () => Money.of('1e-9999999999999999'), 'refused');
check('Money.of(51 significant digits)', () => Money.of(`${'1'.repeat(49)}.11`), 'refused');
check("Money.round('0.125', 'halfeven')", () => Money.round('0.125', 'halfeven'), 'refused');
check("Money.round('0.125', 'halfEven')", () => Money.round('0.125', 'halfEven'), '0.12');
check("Money.round(x, 'toString')", () => Money.round('1', 'toString'), 'refused');
check(
  'Money.of(a duck-typed Decimal)',
  () => Money.of({ s: 1, e: 0, d: [5], toStringTag: '[object Decimal]' }),
  'refused',
);
check(
  'formatCitation({ chapter: NaN })',
  () => formatCitation({ chapter: Number.NaN, page: 1, quote: 'x' }),
  'refused',
);
check('formatCitation(Symbol())', () => formatCitation(Symbol('c')), 'refused');
check('Money.sum(null)', () => Money.sum(null), 'refused');
check('allocate(null)', () => Money.of(1).allocate(null), 'refused');
check('toPlainDate(year 275760)', () => String(toPlainDate(new Date(8.64e15))), 'undefined');
check('toPlainDate(4369 BCE)', () => String(toPlainDate(new Date(-1.9e14))), 'undefined');
check(
  'hasMergedBy(far-future Date)',
  () => lib.timetable.hasMergedBy('榆树市', new Date(8.64e15)),
  'refused',
);
check(
  'toPlainDate(2017-12-30T16:00Z) in Beijing',
  () => toPlainDate(new Date('2017-12-30T16:00:00Z')),
  '2017-12-31',
);
check(
  'Money.ZERO.toFen().d[0] = 500, then sum',
  () => {
    Money.ZERO.toFen().d[0] = 500;
    return Money.sum(['1.00']).toString();
  },
  '1.00',
);

console.log(failures === 0 ? 'reliability audit: all passed' : `reliability audit: ${failures} failed`);
process.exitCode = failures === 0 ? 0 : 1;
