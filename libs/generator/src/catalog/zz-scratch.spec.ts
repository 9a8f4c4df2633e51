import { familyIntent, judgedOffline } from '../testing/offline-spec';
it('dumps', () => {
  const rows = JSON.parse(process.env.FEAT ?? '[]') as string[][];
  for (const features of rows) {
    const { contract, fidelity } = judgedOffline(familyIntent('phrasing', 'Small checks of identifiers and numbers for our tools.', features));
    const eps = (contract.endpoints ?? []).map((e: any) => `${e.method} ${e.path} fn=${e.implementation?.function ?? e.function ?? ''} feats=${JSON.stringify(e.features)}`);
    process.stdout.write('\n=== ' + JSON.stringify(features) + '\n' + eps.join('\n') + '\n' + fidelity.map((f: any) => `${f.realised ? 'OK ' : 'NO '} ${(f.problems ?? []).join(" | ")}`).join('\n') + '\n');
  }
});
