// Relocation and housing (chapter 4, chapter 10 section 3, 表1): a relocating household's house and subsidy,
// a site's resettlement mix, the deadlines, and what the programme figures cannot reconcile.
import {
  ILLUSTRATIVE_BUILDING_SUBSIDY_PER_PERSON,
  PROGRAMME_DERIVED_FIGURES,
  RELOCATION_PROGRAMME,
  RELOCATION_PROGRAMME_AUDIT,
  assessRelocationCandidacy,
  buildingSubsidy,
  checkHouseholdFinancing,
  checkHousePlan,
  checkDangerousHouseDeadline,
  checkRelocationDeadline,
  checkResettlementMix,
  relocationProgrammeReport,
} from 'jilin-poverty-rules/housing';
import { compareReform } from 'jilin-poverty-rules';

export const title =
  'Housing: relocation, the 25 m² cap, headcount subsidies, the 70% rule, the programme audit';

export function run(out) {
  out.case(
    'A registered poor family of 4 in a disaster-prone village far from the trunk road (one member not registered)',
  );
  const candidacy = assessRelocationCandidacy({
    registeredPoor: true,
    conditions: { farFromTownsAndTrunkRoads: true, frequentNaturalDisasters: true },
  });
  out.result('candidate', candidacy.candidate);
  out.result('conditions met', candidacy.conditionsMet.join(', '));
  out.line(candidacy.explanation);
  out.cite(candidacy.citations[0]);

  out.case('Their planned house: 80 m² for 3 registered people (the 4th is not registered)');
  const plan = checkHousePlan({ registeredPeople: 3, nonRegisteredPeople: 1, plannedAreaM2: '80' });
  out.result('compliant', plan.compliant);
  out.result('cap (m²)', plan.capM2.toString());
  out.result('over by (m²)', plan.excessM2.toString());
  for (const step of plan.trace) {
    out.line(step.text.zh);
    out.line(step.text.en);
  }
  out.result('readings', plan.readings);
  out.result('params', plan.params.map((p) => `${p.id} = ${p.value} (${p.source})`).join(', '));
  out.cite(plan.citations[0]);
  const fixed = checkHousePlan({ registeredPeople: 3, nonRegisteredPeople: 1, plannedAreaM2: '75' });
  out.result('revised to 75 m²', `${fixed.compliant} — ${fixed.explanation}`);

  out.case('Reform: what if the cap were 30 m² per person? (options.overrides; the trace follows)');
  const reform = compareReform(
    (o) => checkHousePlan({ registeredPeople: 3, nonRegisteredPeople: 1, plannedAreaM2: '80' }, o),
    { name: 'cap at 30 m²', overrides: { 'housing.areaCapPerPerson': '30' } },
  );
  for (const c of reform.changes) out.result(c.path, `${c.plan} → ${c.reform}`);
  out.line(reform.reform.trace[1].text.zh);

  out.case('They want to borrow 30,000 yuan on their own to keep the 80 m² (not yet stably out of poverty)');
  const financing = checkHouseholdFinancing({
    stablyExitedPoverty: false,
    ownBorrowing: '30000',
    borrowingEnlargesHouse: true,
  });
  out.result('compliant', financing.compliant);
  out.line(financing.explanation);
  out.cite(financing.citations[0]);

  out.case(
    `Their building subsidy at an ILLUSTRATIVE local rate of ${ILLUSTRATIVE_BUILDING_SUBSIDY_PER_PERSON.format()} per person (not a plan figure)`,
  );
  const subsidy = buildingSubsidy(
    { registeredPeople: 3, nonRegisteredPeople: 1 },
    { ratePerPerson: ILLUSTRATIVE_BUILDING_SUBSIDY_PER_PERSON }, // local figures: the 2nd argument
  );
  out.result(
    'subsidy',
    `${subsidy.subsidy.format()} (3 registered × 20,000; the unregistered member adds nothing)`,
  );
  out.cite(subsidy.citations[1]);

  out.case('A county resettles 1,000 registered people, 700 of them in concentrated sites');
  const mix = checkResettlementMix({ concentratedPeople: 700, totalPeople: 1000 });
  out.result('compliant', mix.compliant);
  out.line(mix.explanation);
  out.cite(mix.citations[0]);

  out.case('Deadlines on 2018-12-31 and 2019-01-01');
  for (const date of ['2018-12-31', '2019-01-01']) {
    const r = checkRelocationDeadline({ date });
    out.result(`relocation on ${date}`, `${r.status} (due ${r.due}, past ${r.pastDeadline})`);
  }
  out.result(
    'dangerous houses on 2018-01-01',
    checkDangerousHouseDeadline({ date: '2018-01-01' }).trace[1].text.en,
  );

  out.case('The programme as the plan states it, and derived figures (rounded half up to 2 decimals)');
  const P = RELOCATION_PROGRAMME;
  out.result(
    'housing',
    `${P.housingInvestment.value.format()} for ${P.concentratedSites.value} sites, ${P.housingAreaM2.value.toString()} m²`,
  );
  out.result('site infrastructure', P.siteInfrastructureInvestment.value.format());
  out.result('registered people to relocate (表1)', P.registeredPeopleToRelocate.value);
  out.cite(P.housingInvestment.citation);
  for (const f of Object.values(PROGRAMME_DERIVED_FIGURES))
    out.result(
      `${f.en} [${f.formula}]`,
      `${f.rounded.isInteger() ? f.rounded.toString() : f.rounded.toFixed(2)} ${f.unit}`,
    );

  out.case(
    `Audit: ${RELOCATION_PROGRAMME_AUDIT.length} findings the text cannot reconcile or a reader should know`,
  );
  for (const f of RELOCATION_PROGRAMME_AUDIT) {
    out.line(`[${f.severity}] ${f.title}`);
    out.line(`  → ${f.conclusion}`);
  }
  const at60 = relocationProgrammeReport({ overrides: { 'housing.areaCapPerPerson': '60' } });
  out.result(
    'under a cap of 60 m² (a reform), finding 1 reads',
    `[${at60.audit[0].severity}] ${at60.audit[0].title}`,
  );
}
