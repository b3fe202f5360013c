/**
 * 专栏6 (分年度差异性提标时序表) as data: each place's citation quotes it with its neighbour (the first of a row
 * with its year), so the quote pins the name to its row and position; a place the box does not have is an
 * error (found by mutation testing).
 */
import { describe, expect, it } from 'vitest';
import { BOX6_ROWS, box6Citation, type MergeYear } from '../../src/plan/index.js';

describe('box6Citation: the place with its neighbour in 专栏6', () => {
  it.each([
    [2016, 0, '2016 年 长春市（市辖区）'],
    [2016, 1, '长春市（市辖区）、双阳区'],
    [2016, 27, '汪清县、安图县'],
    [2017, 0, '2017 年 榆树市'],
    [2017, 6, '梅河口市、抚松县'],
    [2018, 0, '2018 年 伊通县'],
    [2018, 15, '白城市（市辖区）、洮南市'],
  ] as const)('%i #%i → “%s” (chapter 8, section 1, box 6)', (year, index, quote) => {
    expect(box6Citation(year, index)).toMatchObject({ chapter: 8, section: 1, box: 6, quote });
  });

  it('rows of 28, 7 and 16 places (28 + 7 + 16 = 51)', () => {
    expect(BOX6_ROWS.map((r) => [r.year, r.names.length])).toEqual([
      [2016, 28],
      [2017, 7],
      [2018, 16],
    ]);
  });

  it.each([
    [2019, 0],
    [2017, 7],
    [2018, -1],
  ])('%i #%i is no entry of the box: an error naming it', (year, index) => {
    expect(() => box6Citation(year as MergeYear, index)).toThrow(`box6Citation: no entry ${year}#${index}`);
  });
});
