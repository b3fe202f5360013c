/**
 * The converter of 0.1 case files (scripts/convert-spec-cases.ts): `args: [input, local?, options?]` becomes
 * named `input`, `local` and options; helpers outside the contract keep positional `arguments`.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { convertCase, convertDirectory } from '../../scripts/convert-spec-cases.js';
import { SPEC_DIR } from '../../scripts/spec-cases.js';
import { loadCaseFiles } from '../../src/cli/files.js';
import { runCase } from '../../src/spec/run.js';

const work = mkdtempSync(join(tmpdir(), 'jilin-convert-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('converting one old case', () => {
  it('a call with locality figures: args [claim, profile, options] → input, local, regime', () => {
    const old = {
      case: 'c',
      rule: 'medical.fiveUplifts',
      call: 'medical.reimburse',
      args: [{ date: '2018-04-17' }, '$ILLUSTRATIVE_COUNTY_SCHEME_PROFILE', { regime: 'baseline' }],
      expect: { outOfPocket: '1.00' },
    };
    expect(convertCase('medical.yaml', old)).toEqual({
      name: 'c', // a name the table of Chinese names does not know stays English
      rule: 'medical.fiveUplifts',
      call: 'medical.reimburse',
      input: { date: '2018-04-17' },
      local: '$ILLUSTRATIVE_COUNTY_SCHEME_PROFILE',
      regime: 'baseline',
      expect: { outOfPocket: '1.00' },
    });
  });

  it('a call with locality figures but only options second: args [input, options] → input and options', () => {
    const old = {
      case: 'c',
      rule: 'dibao.gapSubsidy',
      call: 'dibao.dibaoGapSubsidy',
      args: [{}, { readings: { x: 'y' } }],
    };
    expect(convertCase('d.yaml', old)).toMatchObject({ input: {}, readings: { x: 'y' } });
    expect(convertCase('d.yaml', old)).not.toHaveProperty('local');
  });

  it('a call without: args [input, options] → input and the options by name; [a, b, c] → arguments', () => {
    const withOptions = convertCase('h.yaml', {
      case: 'c',
      rule: 'housing.areaCap',
      call: 'housing.checkHousePlan',
      args: [{ registeredPeople: 3 }, { readings: { areaCapBasis: 'allMembers' } }],
      expect: {},
    });
    expect(withOptions).toMatchObject({
      input: { registeredPeople: 3 },
      readings: { areaCapBasis: 'allMembers' },
    });
    const helper = convertCase('core.yaml', {
      case: 'c',
      rule: 'housing.areaCap',
      call: 'meetsBound',
      args: [25, '不超过', 25],
      expect: { $: true },
    });
    expect(helper).toMatchObject({ arguments: [25, '不超过', 25] });
  });

  it('an option a case cannot state is refused, naming the file and the case', () => {
    expect(() =>
      convertCase('x.yaml', {
        case: 'c',
        rule: 'medical.fourLayers',
        call: 'medical.reimburse',
        args: [{}, {}, { bogus: 1 }],
      }),
    ).toThrow('x.yaml: c: option bogus has no place in a case');
  });
});

describe('converting a folder', () => {
  it('writes spec/<area of the rule>/cases.yaml, valid and passing (on a copy of the flat files, or a fixture)', async () => {
    const from = join(work, 'old');
    mkdirSync(from);
    const flat = readdirSync(SPEC_DIR).filter((f) => f.endsWith('.yaml'));
    for (const f of flat) writeFileSync(join(from, f), readFileSync(join(SPEC_DIR, f)));
    writeFileSync(
      join(from, 'zz-fixture.yaml'),
      "- case: 963.97 亿元 is 96,397,000,000.00 yuan\n  rule: core.yiYuanUnit\n  call: yiToYuan\n  args: ['963.97']\n  expect: { $: '96397000000.00' }\n",
    );
    const to = join(work, 'new');
    const { written, cases } = await convertDirectory(from, to);
    expect(written.map((f) => f.slice(to.length + 1))).toContain('core/cases.yaml');
    const loaded = loadCaseFiles([to], to);
    expect(loaded).toHaveLength(cases);
    const failing = loaded.filter((c) => !runCase(c.spec).passed).map((c) => `${c.file} ${c.index}`);
    expect(failing).toEqual([]);
  });
});
