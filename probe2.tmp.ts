import * as lib from './src/index.js';
const b = lib.budget.auditBudget();
console.log(Object.keys(lib.budget.EXPLAINED_FINDINGS).slice(0,3), b.readings);
for (const f of b.findings.slice(0,2)) console.log(f.id, '|', f.description, '|', lib.budget.EXPLAINED_FINDINGS[f.id]);
const n = b.findings.find(f => f.difference === null); console.log(n?.id, '|', n?.description, '|', lib.budget.EXPLAINED_FINDINGS[n!.id]);
console.log(b.findings.filter(f => lib.budget.EXPLAINED_FINDINGS[f.id] === undefined).map(f => f.id));
