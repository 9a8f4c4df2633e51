import { judgedOffline, familyIntent } from '../testing/offline-spec';
const CASES: string[][] = JSON.parse(require('fs').readFileSync('/work/wt-gen-units-more/scratch/cases.json', 'utf8'));
it('debug', () => {
  for (const features of CASES) {
    const { contract, fidelity } = judgedOffline(familyIntent('units-class', 'Unit conversions.', features));
    const out = contract.endpoints.map((e) => `${e.method} ${e.path} ${JSON.stringify(e.behavior).slice(0, 300)} req=${JSON.stringify(e.request).slice(0, 300)}`);
    process.stdout.write(`\n=== ${JSON.stringify(features)}\n${fidelity.map((f) => `${f.realised ? 'OK ' : 'NO '}${f.feature ?? ''} ${(f as any).reason ?? ''}`).join('\n')}\n${out.join('\n')}\n`);
  }
});
