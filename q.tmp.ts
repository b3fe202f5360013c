import { writeFileSync } from 'node:fs';
import { streamClaims } from './bench/population.js';
const lines: string[] = [];
for (const c of streamClaims(1, 200000)) lines.push(JSON.stringify(c));
lines.splice(3, 0, '{bad json', JSON.stringify({ date: '2018-01-01' }));
writeFileSync('/tmp/claims.jsonl', lines.join('\n') + '\n');
const csv = ['id,date,registeredPoor,specifiedEnrollee,careType,diseaseGroup,level,inCounty,designated,totalCost,inCatalogueCost,rehabilitationItemsCost'];
let i = 0; for (const c of streamClaims(2, 1000)) csv.push([c.id, c.date, c.patient.registeredPoor, '', c.careType, c.diseaseGroup, c.hospital.level, c.hospital.inCounty, c.hospital.designated, c.totalCost, c.inCatalogueCost, (c as any).rehabilitationItemsCost ?? ''].join(','));
writeFileSync('/tmp/claims.csv', csv.join('\n') + '\n');
