import { readFileSync, writeFileSync } from 'fs';
import { featureFidelity } from '@sf/service-spec';
import { intentOf } from './codegen/testing/generated-release';
import { designSpec } from './spec-design/spec-designer';
import { recogniseFeature } from './catalog/catalog';

it('probe', () => {
  const cases = JSON.parse(readFileSync('/tmp/gt/cases.json', 'utf8')) as { purpose?: string; features: string[] }[];
  const out: string[] = [];
  for (const c of cases) {
    const { contract } = designSpec(intentOf({ service_name: 'probe', purpose: c.purpose ?? '', key_features: c.features }));
    const verdicts = featureFidelity(contract, c.features);
    out.push(`== ${c.purpose ?? ''}`);
    c.features.forEach((f, i) => {
      const r = recogniseFeature(f);
      const fn = r ? ('design' in r ? r.design.function : 'constraint') : '-';
      const v = verdicts[i];
      out.push(`${v.realised ? 'OK ' : 'NO '} [${fn}] ${f}${v.realised ? '' : '\n      ' + v.problems.join('; ')}`);
    });
    out.push('   endpoints: ' + contract.endpoints.map((e: { method: string; path: string }) => `${e.method} ${e.path}`).join(', '));
  }
  writeFileSync('/tmp/gt/out.txt', out.join('\n'));
});
