import { compileDibao, dibaoGapSubsidy } from './src/dibao/index.js';
import { population } from './bench/population.js';
const { households } = population(2016);
const hs = households.map((h, i) => ({ members: h.members, householdIncome: String(1000 + (i * 7919) % 20000) + '.' + String(i % 100).padStart(2, '0') }));
const d = compileDibao({ standard: '3900' });
for (let k = 0; k < 3; k++) { const t = performance.now(); const b = d.gapSubsidyMany(hs); console.log(hs.length, 'households/s', Math.round(hs.length / ((performance.now() - t) / 1000)), (b as any).exact.size, b.totals.annual.toString()); }
const ex = hs.map((h, i) => ({ ...h, householdType: i % 2 ? 'ruralDibao' : 'disabledDibao', temporarilyExited: i % 3 === 0 }));
for (let k = 0; k < 2; k++) { const t = performance.now(); const b = d.checkGradualExitMany(ex); console.log('exit/s', Math.round(ex.length / ((performance.now() - t) / 1000)), (b as any).exact.size); }
const t = performance.now(); for (const h of hs.slice(0, 5000)) dibaoGapSubsidy(h, { standard: '3900' }); console.log('single/s', Math.round(5000 / ((performance.now() - t) / 1000)));
