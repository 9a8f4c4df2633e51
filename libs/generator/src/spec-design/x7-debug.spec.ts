import { extractContract, featureFidelity } from '@sf/service-spec';
import { readFileSync } from 'fs';
import { familyIntent, offlineSpec } from '../testing/offline-spec';

it('debug', () => {
  const rows = JSON.parse(readFileSync('/tmp/x7/dbg.json', 'utf8')) as string[][];
  const out: string[] = [];
  for (const f of rows) {
    const c = extractContract(offlineSpec(familyIntent('web-utility', 'p', f)));
    const fid = featureFidelity(c, f);
    out.push(fid.map((v) => (v.realised ? 'R' : 'N')).join('') + ' ' + JSON.stringify(fid.filter((v) => !v.realised).map((v) => v.problems)).slice(0, 600));
    for (const e of c.endpoints) out.push(`    ${e.method} ${e.path} ${e.behavior.kind} ${e.features.map((x) => f.indexOf(x)).join(',')}`);
  }
  console.log(out.join('\n'));
});
