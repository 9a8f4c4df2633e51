import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { seeded } from './testing/seeded';
import { postJson, serverErrors, servedForSpec } from './testing/served-release';

/*
 * A sign-up under a course said in Italian free text (signup-under-features.ts), served, on bad input: whatever a
 * client sends as the name and e-mail, the generated service answers 201 exactly when both are non-empty texts
 * and the e-mail has not signed up for this course yet, 409 CONFLICT when it has (another course takes it), 404
 * for a course nobody created, else 400 VALIDATION_FAILED — never a 500. Seeded, so a failure is reproducible.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(180_000);

const { served, post } = servedForSpec(client, 'corsi-iscrizioni', [
  'creare un corso con un titolo',
  'una persona si iscrive a un corso con il suo nome e la sua email',
  'la stessa email non può iscriversi due volte allo stesso corso (409)',
]);

const ODD_VALUES: unknown[] = [
  '',
  'ana@example.it',
  'ben@example.it',
  'Ana',
  0,
  -1,
  2.5,
  null,
  true,
  [],
  ['x'],
  {},
];

/** The path that signs up for a course, with the course's id in it. */
function signUpPath(id: string): string {
  const e = served.contract.endpoints.find((x) => x.behavior.kind === 'create' && x.behavior.parent);
  if (!e) throw new Error('no sign-up under a course');
  return e.path.replace(/\{[^}]+\}/, encodeURIComponent(id));
}

const text = (v: unknown): v is string => typeof v === 'string' && v !== '';

describe('a sign-up under a course said in free text, on bad input', () => {
  it('signs up exactly a new e-mail with a name, per course (seeded)', async () => {
    const random = seeded(20261207);
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
    const [one, other] = [
      await post('/corsos', { titolo: 'Scacchi' }),
      await post('/corsos', { titolo: 'Yoga' }),
    ];
    expect([one.status, other.status]).toEqual([201, 201]);
    const taken = new Map<string, Set<string>>([
      [String(one.body.id), new Set()],
      [String(other.body.id), new Set()],
    ]);
    for (let round = 0; round < 60; round += 1) {
      const course = pick([...taken.keys()]);
      const body = { nome: pick(ODD_VALUES), email: pick(ODD_VALUES) };
      const res = await postJson(served, signUpPath(course), body);
      const valid = text(body.nome) && text(body.email);
      const again = valid && taken.get(course)?.has(body.email as string) === true;
      const expected = !valid ? 400 : again ? 409 : 201;
      expect({ body, status: res.status }).toEqual({ body, status: expected });
      if (expected === 201) taken.get(course)?.add(body.email as string);
      else expect(JSON.stringify(res.body)).toContain(again ? 'CONFLICT' : 'VALIDATION_FAILED');
    }
    expect([...taken.values()].filter((s) => s.size > 0).length).toBe(2);
  });

  it('answers a course nobody created with 404', async () => {
    const res = await postJson(served, signUpPath('no-such-course'), {
      nome: 'Ana',
      email: 'ana@example.it',
    });
    expect(res.status).toBe(404);
  });

  it('answers no odd body with a 500', async () => {
    const made = await post('/corsos', { titolo: 'Teatro' });
    const endpoints = served.contract.endpoints
      .filter((e) => e.method === 'POST')
      .map((e) => ({ ...e, path: e.path.replace(/\{[^}]+\}/, String(made.body.id)) }));
    expect(await serverErrors(served.url, endpoints, ODD_VALUES, 20261207)).toEqual([]);
  });
});
