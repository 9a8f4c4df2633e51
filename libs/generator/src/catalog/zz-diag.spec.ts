import { familyIntent, judgedOffline } from '../testing/offline-spec';
import * as fs from 'fs';
const rows: string[][] = JSON.parse(fs.readFileSync('/tmp/gv/rows.json', 'utf8'));
it('diag', () => {
  for (const features of rows) {
    const { contract, fidelity } = judgedOffline(familyIntent('phrasing', 'Small validators and formats for our tools.', features));
    const out = fidelity.map((f, i) => `${f.realised ? "OK " : "NO "} ${features[i]} ${f.realised ? "" : JSON.stringify(f).slice(0, 600)}`).join('\n');
    const eps = contract.endpoints.map((e) => `${e.method} ${e.path} ${e.behavior.kind === 'function' ? e.behavior.function : e.behavior.kind} [${e.features.map((f) => features.indexOf(f)).join(',')}]`).join('\n   ');
    process.stdout.write(`---\n${out}\n   ${eps}\n`);
  }
});
