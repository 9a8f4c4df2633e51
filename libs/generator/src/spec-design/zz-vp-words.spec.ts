import * as up from './upvote-features';
import * as poll from './poll-features';
import { designSpec } from './spec-designer';
import { familyIntent } from '../testing/offline-spec';
it('w', () => {
  let out = '';
  const o = up.realiseUpvotes; const p = poll.realisePoll;
  jest.spyOn(up, 'realiseUpvotes').mockImplementation((b, f) => { const r = o(b, f); out += `up ${f} -> ${r} res=${b.contract.resources.map((x) => x.name)}\n`; return r; });
  jest.spyOn(poll, 'realisePoll').mockImplementation((b, f) => { const r = p(b, f); out += `poll ${f} -> ${r}\n`; return r; });
  designSpec(familyIntent('v', 'v', ['Crear una propuesta con un título', 'Votar por una propuesta (cada voto suma uno)', 'Ver las 3 propuestas más votadas']));
  require('fs').writeFileSync('/tmp/vp-w.txt', out);
});
