import { familyIntent, judgedOffline } from '../testing/offline-spec';
import * as fs from 'fs';

const CASES: [string, string[]][] = JSON.parse(fs.readFileSync('/tmp/pace2/cases.json', 'utf8'));

it('scratch', () => {
  const out: string[] = [];
  for (const [purpose, features] of CASES) {
    const { contract, fidelity } = judgedOffline(familyIntent('scratch', purpose, features));
    out.push(`## ${purpose}`);
    features.forEach((f, i) => {
      const fi = fidelity[i];
      const eps = contract.endpoints.filter((e) => e.features.includes(f)).map((e) => `${e.method} ${e.path} ${e.behavior.kind === 'function' ? e.behavior.function + ' ' + JSON.stringify(e.behavior.options ?? {}) : e.behavior.kind}`);
      out.push(`  ${fi?.realised ? 'OK ' : 'NO '} ${f}\n      ${eps.join(' | ')}${fi?.realised ? '' : '\n      !! ' + (fi?.problems ?? []).join('; ').slice(0, 300)}`);
    });
  }
  fs.writeFileSync('/tmp/pace2/out.txt', out.join('\n'));
});
