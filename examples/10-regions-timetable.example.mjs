// Regions and the two-lines-merge timetable (chapter 8 section 1, 专栏6; chapters 2, 9, 10, 11): find a place
// however it is written, see what the plan says of it, and when its Dibao standard reaches the poverty line.
import { getInterpretation, getRule, PolicyInputError } from 'jilin-poverty-rules';
import {
  NATIONAL_KEY_COUNTIES,
  PREFECTURES,
  findRegion,
  helpersOf,
  pairingsOf,
} from 'jilin-poverty-rules/regions';
import {
  assessTwoLinesMerge,
  hasMergedBy,
  mergeDateOf,
  placesMergingIn,
  timetableEntriesWithin,
  timetableEntryFor,
  twoLinesMergeYear,
} from 'jilin-poverty-rules/timetable';

export const title = 'Regions and the two-lines-merge timetable (专栏6)';

export function run(out) {
  out.case('One county, five ways of writing it: 长白县 / 长白朝鲜族自治县 / 220623 / changbai / English');
  for (const q of ['长白县', '长白朝鲜族自治县', '220623', 'changbai', 'Changbai Korean Autonomous County']) {
    out.result(q.padEnd(34), findRegion(q).id);
  }
  const changbai = findRegion('长白');
  out.result('official name', changbai.officialName);
  out.result('flags', changbai.flags);
  for (const c of changbai.citations.slice(0, 2)) out.cite(c);

  out.case('A mistyped name is refused with suggestions; an ambiguous one asks which');
  for (const q of ['长百县', '通化']) {
    try {
      findRegion(q);
    } catch (error) {
      if (!(error instanceof PolicyInputError)) throw error;
      out.result(
        `${q} → ${error.issues[0].code}`,
        `did you mean ${error.suggestions.slice(0, 3).join(' / ')}?`,
      );
    }
  }

  out.case(
    `Jilin's ${PREFECTURES.length} prefecture-level units and the ${NATIONAL_KEY_COUNTIES.length} national key counties`,
  );
  out.result('prefectures', PREFECTURES.map((r) => r.name).join('、'));
  out.result('national key counties', NATIONAL_KEY_COUNTIES.map((r) => r.name).join('、'));
  for (const c of getRule('regions.nationalKeyCounties').citations) out.cite(c);

  out.case('公主岭市: a code that changed (220381 under 四平市 → 220184 under 长春市 in 2020)');
  out.result('findRegion("220381").name', findRegion('220381').name);
  out.line(findRegion('公主岭市').codeNote);

  out.case('Who helps whom (专栏7–9)');
  for (const place of ['安图县', '镇赉县', '靖宇县赤松镇']) {
    out.result(
      place,
      helpersOf(place)
        .map((r) => r.name)
        .join('、'),
    );
  }
  out.cite(pairingsOf('安图县')[0].citation);

  out.case('专栏6: 28 places merge the two lines in 2016, 7 in 2017, 16 in 2018');
  for (const year of [2016, 2017, 2018]) {
    out.result(String(year), placesMergingIn(year).length);
  }
  out.cite(getRule('timetable.twoLinesMerge').citations[1]);

  out.case('When does each place merge? (a district not in the box takes its city’s "(市辖区)" year)');
  for (const place of ['榆树市', '前郭尔罗斯蒙古族自治县', '朝阳区', '江源区', '靖宇县赤松镇']) {
    const listed = timetableEntryFor(place).nameAsListed;
    out.result(place, `${twoLinesMergeYear(place)}${listed === place ? '' : ` (as ${listed})`}`);
  }
  out.result(
    '长春市, listed by its parts',
    timetableEntriesWithin('长春市')
      .map((e) => `${e.nameAsListed} ${e.year}`)
      .join('、'),
  );

  out.case('Has 榆树市 (listed 2017) merged by 2017-06-30? It depends on the reading of timetable.mergeDate');
  for (const reading of ['endOfYear', 'midYear', 'startOfYear']) {
    out.result(
      `${reading.padEnd(11)} (from ${mergeDateOf('榆树市', { reading })})`,
      hasMergedBy('榆树市', '2017-06-30', { reading }),
    );
  }
  out.line(`chosen: ${getInterpretation('timetable.mergeDate').chosen.description}`);

  out.case(
    'The whole answer, with its reasons: 长白县 on 2018-06-01, under the plan and with a 2017 deadline',
  );
  const plan = assessTwoLinesMerge({ place: '长白县', date: '2018-06-01' });
  for (const step of plan.trace) out.line(`${step.text.zh} / ${step.text.en}`);
  const reform = assessTwoLinesMerge(
    { place: '长白县', date: '2018-06-01' },
    { overrides: { 'timetable.allMergedByYear': 2017 } },
  );
  out.result('on schedule under a 2017 deadline', reform.onSchedule);
  out.cite(plan.params[0].citation);
}
