import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { seeded } from './testing/seeded';
import { servedForSpec } from './testing/served-release';

/*
 * A parent's sign-ups listed, said in French free text (signup-list-features.ts), served, on bad input: whatever
 * id a client puts in the path, the list answers 404 NOT_FOUND for an atelier nobody created and 200 with exactly
 * the sign-ups made under that atelier, oldest first — never a 500, never another atelier's sign-ups. Seeded, so
 * a failure is reproducible.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(180_000);

const { served, post } = servedForSpec(client, 'ateliers-inscrits', [
  'créer un atelier avec un titre',
  "une personne s'inscrit à un atelier avec son nom et son adresse e-mail",
  "lister les inscriptions d'un atelier",
]);

const ODD_IDS = [
  '',
  '0',
  '-1',
  'null',
  'undefined',
  '%00',
  '..',
  '{id}',
  '__proto__',
  'constructor',
  'a b',
  'é',
];

/** The route of the list (and of the create) with `id` in place of the atelier's id. */
function under(method: 'GET' | 'POST', id: string): string {
  const e = served.contract.endpoints.find((x) => x.method === method && x.path.includes('{'));
  if (!e) throw new Error(`no ${method} under an atelier`);
  return e.path.replace(/\{[^}]+\}/, encodeURIComponent(id));
}

describe("a parent's sign-ups listed in free text, on bad input", () => {
  it('lists exactly the sign-ups made under each atelier (seeded)', async () => {
    const random = seeded(20261208);
    const ateliers = [
      await post('/ateliers', { titre: 'Poterie' }),
      await post('/ateliers', { titre: 'Tissage' }),
      await post('/ateliers', { titre: 'Reliure' }),
    ].map((res) => {
      expect(res.status).toBe(201);
      return String(res.body.id);
    });
    const made = new Map<string, string[]>(ateliers.map((id) => [id, []]));
    for (let round = 0; round < 12; round += 1) {
      const id = ateliers[Math.floor(random() * ateliers.length)];
      const res = await post(under('POST', id), { nom: `P${round}`, email: `p${round}@example.fr` });
      expect(res.status).toBe(201);
      made.get(id)?.push(String(res.body.id));
    }
    for (const id of ateliers) {
      const res = await served.call('GET', under('GET', id));
      expect(res.status).toBe(200);
      expect((res.body as { id: string }[]).map((x) => x.id)).toEqual(made.get(id));
    }
  });

  it('answers an atelier nobody created with 404, never a 500', async () => {
    for (const id of ODD_IDS) {
      const res = await served.call('GET', under('GET', id));
      expect({ id, status: res.status }).toEqual({ id, status: 404 });
      expect(JSON.stringify(res.body)).toContain('NOT_FOUND');
    }
  });
});
