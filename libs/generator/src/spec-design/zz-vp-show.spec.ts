import { designSpec } from './spec-designer';
import { familyIntent } from '../testing/offline-spec';
import { readFileSync } from 'fs';
const rows: string[][] = JSON.parse(readFileSync('/tmp/vp-rows.json', 'utf8'));
it('shows', () => {
  const out: string[] = [];
  for (const features of rows) {
    const { contract } = designSpec(familyIntent('votes-desk', 'votes and polls for a team', features));
    out.push('=== ' + features.join(' | '));
    for (const e of contract.endpoints) out.push(`${e.method} ${e.path} ${JSON.stringify(e.behavior)} <= ${e.features.map((f) => features.indexOf(f)).join(',')}`);
    for (const r of contract.resources) out.push(`  res ${r.name} ${r.key ?? ''} ${r.fields.map((f) => `${f.name}:${f.type}${f.unique ? '!' : ''}${f.default !== undefined ? '=' + JSON.stringify(f.default) : ''}${f.min_items !== undefined ? '[' + f.min_items + '..' + (f.max_items ?? '') + ']' : ''}`).join(' ')}`);
  }
  require('fs').writeFileSync('/tmp/vp-out.txt', out.join('\n'));
});
