import { extractContract, featureFidelity } from '@sf/service-spec';
import { readFileSync } from 'node:fs';
import { familyIntent, offlineSpec } from '../testing/offline-spec';

const rows = JSON.parse(readFileSync('/tmp/l3/rows.json', 'utf8')) as { purpose: string; features: string[] }[];
it('probe', () => {
  const out: string[] = [];
  rows.forEach((row, i) => {
    const contract = extractContract(offlineSpec(familyIntent('web-utility', row.purpose, row.features)));
    const v = featureFidelity(contract, row.features);
    out.push(`#${i} ${row.purpose}`);
    out.push('  endpoints: ' + contract.endpoints.map((e) => `${e.method} ${e.path} ${e.behavior.kind}`).join(' | '));
    v.forEach((f) => out.push(`  ${f.realised ? 'OK ' : 'NO '} ${f.feature.slice(0, 90)}${f.realised ? '' : '\n      ' + f.problems.join('\n      ')}`));
  });
  require('node:fs').writeFileSync('/tmp/l3/out.txt', out.join('\n'));
});
