import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { ServedRelease, serverErrors } from './testing/served-release';

/*
 * Computations whose only other feature is a refusal clause about their input ("Fehlt das Passwort im Request,
 * gibt es 400", "no text where a number should be", "Se la frase manca o è vuota, rispondere 400"), served as
 * generated: whatever JSON body arrives, they answer 200 or a 400 with the stable code VALIDATION_FAILED, never a
 * 500; and the values the clause names (left out, text for a number, empty) are refused that way. Property-style:
 * bodies are drawn from a seeded generator, so a failure is reproducible.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(180_000);

const ODD: unknown[] = [
  0,
  -1,
  1.5,
  1e308,
  '',
  ' ',
  'abc',
  '12',
  null,
  true,
  [],
  ['a'],
  {},
  '__proto__',
  'x'.repeat(5_000),
];

const SERVICES = {
  password: new ServedRelease(client, 'refusal-bad-password', [
    'Prüfen, wie stark ein Passwort ist: mindestens 8 Zeichen, eine Ziffer, ein Großbuchstabe',
    'Fehlt das Passwort im Request, gibt es 400',
  ]),
  speed: new ServedRelease(client, 'refusal-bad-speed', [
    'convert a speed in km/h to mph',
    'no text where a number should be',
  ]),
  palindrome: new ServedRelease(client, 'refusal-bad-palindromo', [
    'Verificare se una frase è palindroma',
    'Se la frase manca o è vuota, rispondere 400',
  ]),
};

beforeAll(async () => {
  for (const served of Object.values(SERVICES)) expect(await served.start()).toEqual([]);
});

afterAll(async () => {
  for (const served of Object.values(SERVICES)) await served.stop();
});

/** The one computation a service designed: its path and the request field it reads. */
function computation(served: ServedRelease): { path: string; field: string } {
  const [e] = served.contract.endpoints.filter((x) => x.behavior.kind === 'function');
  return { path: e.path, field: (e.request.body?.fields ?? [])[0].name };
}

async function post(served: ServedRelease, body: unknown): Promise<{ status: number; code: unknown }> {
  const res = await fetch(`${served.url}${computation(served).path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = (await res.json()) as { error?: { code?: unknown } };
  return { status: res.status, code: answer.error?.code };
}

describe('computations with a refusal clause about their input, on bad input', () => {
  it.each(Object.entries(SERVICES))(
    '%s never answers 500 to any JSON body (seeded)',
    async (_name, served) => {
      const endpoints = served.contract.endpoints.filter((e) => e.behavior.kind === 'function');
      expect(await serverErrors(served.url, endpoints, ODD, 20261207)).toEqual([]);
    },
  );

  it.each(Object.entries(SERVICES))(
    '%s refuses a body without its input with 400 VALIDATION_FAILED',
    async (_n, served) => {
      expect(await post(served, {})).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    },
  );

  it('the speed conversion refuses text where the number belongs, digits as text included', async () => {
    const { field } = computation(SERVICES.speed);
    for (const sent of ['fast', '12', ''])
      expect(await post(SERVICES.speed, { [field]: sent })).toEqual({
        status: 400,
        code: 'VALIDATION_FAILED',
      });
  });

  it('the palindrome check refuses an empty phrase and answers a phrase', async () => {
    const { field } = computation(SERVICES.palindrome);
    expect(await post(SERVICES.palindrome, { [field]: '' })).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
    });
    expect((await post(SERVICES.palindrome, { [field]: 'Ai lati d’Italia' })).status).toBe(200);
  });
});
