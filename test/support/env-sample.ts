/**
 * A sample of calls whose output must not depend on the process's environment (time zone, locale):
 * Date inputs read near midnight and across daylight-saving changes, and errors that suggest names.
 * Prints one JSON document; test/fuzz/environment.test.ts runs it under several TZ and LANG values and
 * compares the bytes. Run by hand: `npx tsx test/support/env-sample.ts`.
 */
import * as lib from '../../src/index.js';

const INSTANTS = [
  '2017-12-30T15:59:59Z',
  '2017-12-30T16:00:00Z',
  '2017-12-31T07:59:00Z',
  '2017-12-31T08:00:00Z',
  '2018-03-11T09:30:00Z', // the US spring-forward morning
  '2018-11-04T08:30:00Z', // the US fall-back morning
  '2020-12-31T16:00:00Z',
  '1900-01-01T00:00:00Z',
  '2100-12-31T15:59:59Z',
];

function attempt(call: () => unknown): unknown {
  try {
    return { result: call() };
  } catch (error) {
    return error instanceof lib.PolicyInputError ? { error: error.toJSON() } : { thrown: String(error) };
  }
}

const sample = {
  toPlainDate: INSTANTS.map((iso) => [iso, lib.toPlainDate(new Date(iso)) ?? null]),
  plainDateSchema: INSTANTS.map((iso) => attempt(() => lib.plainDateSchema.parse(new Date(iso)))),
  hasMergedBy: INSTANTS.map((iso) => attempt(() => lib.timetable.hasMergedBy('榆树市', new Date(iso)))),
  suggestions: ['长百县', '通化', 'Yanbain', 'jilin'.repeat(20), '白山市长百县', 'Ｃhangbai'].map((q) =>
    attempt(() => lib.regions.findRegion(q)),
  ),
  regionById: attempt(() => lib.regions.regionById('changbay')),
  getRule: attempt(() => lib.getRule('medical.reimburseYaer')),
  getParam: attempt(() => lib.getParam('housing.areaCapPerPersn')),
  money: ['1234567.5', '-0.5', '0.125'].map((a) =>
    attempt(() => [lib.Money.of(a).format(), lib.Money.round(a).toString()]),
  ),
  percent: attempt(() => lib.formatPercent('0.655', 1)),
  citation: attempt(() =>
    lib.formatCitation(lib.cite({ chapter: 8, section: 1, box: 6, quote: '分年度差异性提标时序表' }), 'zh'),
  ),
};

process.stdout.write(`${JSON.stringify(sample, null, 1)}\n`);
