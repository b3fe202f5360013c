import { compileScheme, reimburseYear, ILLUSTRATIVE_COUNTY_SCHEME_PROFILE as P } from './src/medical/index.js';
import { yearsForPeople } from './bench/population.js';
const pts = yearsForPeople(2019, 20000);
const s = compileScheme(P);
for (let k=0;k<3;k++){ const t=performance.now(); const b = s.reimburseYears(pts); console.log('years/s', Math.round(pts.length/((performance.now()-t)/1000)), 'exact', (b as any).exact.size, b.errors.length, b.totals.count); }
const t=performance.now(); for (const p of pts.slice(0,1000)) reimburseYear(p as any, P); console.log('reimburseYear years/s', Math.round(1000/((performance.now()-t)/1000)));
