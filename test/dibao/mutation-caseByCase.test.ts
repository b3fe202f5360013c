/**
 * dibao.caseByCaseProcedure: a case carries its place, description and notes from step to step, and only the
 * fields it was given; each state names the next step and cites the procedure (issue 15).
 */
import { describe, expect, it } from 'vitest';
import { advanceCaseByCase, CASE_BY_CASE_STEPS, openCaseByCase } from '../../src/dibao/index.js';

const PROCEDURE = '由村委会上报乡镇政府认定，经县级政府核准后，采取一事一议的办法帮助脱贫';
const WHO = '对上述措施无法覆盖或因突发因素致贫的特殊个案所产生的贫困人口';

describe('a 一事一议 case, whole at each step', () => {
  it('opened with place and description: status opened, no history, next the report, both citations', () => {
    const c = openCaseByCase({ caseId: 'HH-9', place: '汪清县', description: '火灾' });
    expect(JSON.parse(JSON.stringify(c))).toEqual({
      ruleId: 'dibao.caseByCaseProcedure',
      caseId: 'HH-9',
      place: '汪清县',
      description: '火灾',
      status: 'opened',
      history: [],
      next: {
        action: 'report',
        actor: 'villageCommittee',
        from: 'opened',
        to: 'reported',
        zh: '村委会上报',
        en: 'the village committee reports the case to the township government',
      },
      citations: [
        { chapter: 8, section: 3, page: expect.any(Number) as number, quote: PROCEDURE },
        { chapter: 8, section: 3, page: expect.any(Number) as number, quote: WHO },
      ],
    });
    expect(Object.isFrozen(c) && Object.isFrozen(c.history) && Object.isFrozen(c.citations)).toBe(true);
  });

  it('opened with the case id only: no place, description or note keys anywhere', () => {
    const c = openCaseByCase({ caseId: 'HH-9' });
    expect(Object.keys(c)).toEqual(['ruleId', 'caseId', 'status', 'history', 'next', 'citations']);
    const r = advanceCaseByCase(c, { action: 'report', actor: 'villageCommittee', date: '2019-03-01' });
    expect(Object.keys(r)).toEqual(['ruleId', 'caseId', 'status', 'history', 'next', 'citations']);
    expect(Object.keys(r.history[0] ?? {})).toEqual(['action', 'actor', 'date']);
  });

  it('place, description and each note travel through every step; the last state has no next step', () => {
    let c = openCaseByCase({ caseId: 'HH-9', place: '汪清县', description: '火灾' });
    const dates = ['2019-03-01', '2019-03-04', '2019-03-09', '2019-04-01'];
    CASE_BY_CASE_STEPS.forEach((s, i) => {
      c = advanceCaseByCase(c, {
        action: s.action,
        actor: s.actor,
        date: dates[i] ?? '',
        note: `note ${i + 1}`,
      });
      expect([c.place, c.description, c.status]).toEqual(['汪清县', '火灾', s.to]);
      expect(c.next).toEqual(CASE_BY_CASE_STEPS[i + 1]);
    });
    expect(c.history).toEqual(
      CASE_BY_CASE_STEPS.map((s, i) => ({
        action: s.action,
        actor: s.actor,
        date: dates[i],
        note: `note ${i + 1}`,
      })),
    );
    expect('next' in c).toBe(false);
    expect(Object.isFrozen(c.history[3])).toBe(true);
    expect(c.citations.map((x) => x.quote)).toEqual([PROCEDURE, WHO]);
  });

  it('a description without a place (and the other way round) keeps just that one', () => {
    const d = advanceCaseByCase(openCaseByCase({ caseId: 'A', description: 'd' }), {
      action: 'report',
      actor: 'villageCommittee',
      date: '2019-03-01',
    });
    expect(['place' in d, d.description]).toEqual([false, 'd']);
    const p = advanceCaseByCase(openCaseByCase({ caseId: 'A', place: '汪清县' }), {
      action: 'report',
      actor: 'villageCommittee',
      date: '2019-03-01',
    });
    expect([p.place, 'description' in p]).toEqual(['汪清县', false]);
  });
});
