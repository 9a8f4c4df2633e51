import { recogniseFeature } from './catalog';
import { readFileSync } from 'node:fs';
const phrases = readFileSync('/tmp/gp/phrases.txt', 'utf8').split('\n').filter((l) => l.trim());
it('dumps', () => {
  const out: string[] = [];
  for (const p of phrases) {
    const r = recogniseFeature(p);
    if (!r) { out.push(`NULL  | ${p}`); continue; }
    if ('constraint' in r) { out.push(`CONSTRAINT ${r.constraint.function} | ${p}`); continue; }
    const d = r.design;
    out.push(`${d.function} ${d.path} in=${d.inputs.map((i) => i.param + ':' + i.field.name).join(',')} out=${d.outputs.map((o) => o.result + ':' + o.field).join(',')} opts=${JSON.stringify(d.options ?? {})} ex=${JSON.stringify(d.examples[0]?.input)}=>${JSON.stringify(d.examples[0]?.output)} | ${p}`);
  }
  require('node:fs').writeFileSync('/tmp/gp/out.txt', out.join('\n') + '\n');
});
