/** 专栏7, 专栏8, 专栏9: every helper–recipient pair, both ways; the list for a place. */
import { describe, expect, it } from 'vitest';
import { ASSISTANCE_PAIRS, assistancePairs, helpersFor, recipientsOf } from '../../src/finance/index.js';
import { refusal } from '../support/errors.js';

const names = (xs: readonly { name: string }[]) => xs.map((x) => x.name);

describe('pairs of boxes 7–9', () => {
  it('17 pairs: 5 in 专栏7 (宁海县、奉化区 share 安图县), 3 in 专栏8, 9 in 专栏9 (中新食品区 and 北大壶开发区 share 赤松镇)', () => {
    expect(ASSISTANCE_PAIRS).toHaveLength(17);
    expect([7, 8, 9].map((b) => ASSISTANCE_PAIRS.filter((p) => p.box === b).length)).toEqual([5, 3, 9]);
    expect(ASSISTANCE_PAIRS.slice(0, 2).map((p) => [p.helper, p.recipient])).toEqual([
      ['宁海县', '安图县'],
      ['奉化区', '安图县'],
    ]);
    expect(ASSISTANCE_PAIRS.filter((p) => p.kind === 'eastWest')).toHaveLength(5);
  });

  it.each([
    ['安图县', ['宁海县', '奉化区']],
    ['汪清县', ['北仑区']],
    ['通榆县', ['绿园区']],
    ['白城市', ['朝阳区', '绿园区', '南关区']],
    [
      '靖宇县',
      ['桦甸市', '永吉县', '中新食品区', '北大壶开发区', '蛟河市', '磐石市', '经开区', '舒兰市', '高新区'],
    ],
    ['长春市', []],
  ])('helpersFor(%s) = %j', (place, helpers) => {
    expect(names(helpersFor(place))).toEqual(helpers);
  });

  it.each([
    ['宁海县', ['安图县']],
    ['宁波市', ['安图县', '汪清县', '龙井市', '和龙市']],
    ['长春市', ['镇赉县', '通榆县', '大安市']],
    ['桦甸市', ['濛江乡']],
    ['白城市', []],
  ])('recipientsOf(%s) = %j', (place, recipients) => {
    expect(names(recipientsOf(place))).toEqual(recipients);
  });

  it.each([
    [undefined, 17],
    [{}, 17],
    [{ place: '浙江省' }, 5],
    [{ place: '吉林省' }, 17],
    [{ place: '白城市' }, 3],
    [{ place: '长春市' }, 3],
    [{ place: '吉林市' }, 9],
    [{ place: '白山市' }, 9],
    [{ place: '安图县' }, 2],
    [{ place: '四平市' }, 0],
  ])('assistancePairs(%j) lists %i pairs', (query, count) => {
    expect(assistancePairs(query).pairs).toHaveLength(count);
  });

  it('专栏7 pairs 5 units of 宁波市 with 4 of 延边州, as the text says (宁波市5县（市、区）与延边州4县（市）)', () => {
    const r = assistancePairs();
    expect(r.eastWest).toEqual({
      helpers: 5,
      recipients: 4,
      statedHelpers: 5,
      statedRecipients: 4,
      agrees: true,
    });
    expect(r.trace[0]?.text.zh).toBe(
      '专栏7：宁波市 5 个、延边州 4 个单位；正文：5 个县（市、区）、4 个县（市）（一致）',
    );
    expect(r.ruleId).toBe('finance.pairings');
  });

  it('refuses an unknown place at `place`, as rule finance.pairings, with suggestions', () => {
    const e = refusal(() => helpersFor('安徒县'));
    expect([e.ruleId, e.path]).toEqual(['finance.pairings', 'place']);
    expect(e.suggestions).toContain('安图县');
    expect(refusal(() => recipientsOf(42 as never)).path).toBe('place');
    expect(refusal(() => assistancePairs({ place: '通化' })).issues[0]?.code).toBe('ambiguous_region');
    expect(refusal(() => assistancePairs({ plcae: '通化' } as never)).path).toBe('plcae');
  });
});
