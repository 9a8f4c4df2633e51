import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { ServedRelease, serverErrors } from '../codegen/testing/served-release';

/*
 * Password ratings and rule lists on bad input, served as generated: a rating whose weak tier is "shorter than 8
 * characters or only one kind of character", with an empty password refused by a feature of its own, and a rule list with the codes
 * the feature writes. Whatever JSON body arrives (the password missing, of another type, huge, empty, made of
 * spaces, prototype names), the service answers 200 or a 400 naming what is wrong — never a 500. Bodies are
 * drawn from a seeded generator, so a failure is reproducible.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const ODD: unknown[] = [
  '',
  ' ',
  '        ',
  '\t\n',
  'a',
  'Abcdefgh1!xy',
  '12345678',
  '🔒🔒🔒🔒🔒🔒🔒🔒',
  'x'.repeat(10_000),
  '__proto__',
  'constructor',
  0,
  -1,
  1e308,
  null,
  true,
  [],
  ['Abcdefgh1!xy'],
  {},
  { password: 'Abcdefgh1!xy' },
];

const post = async (url: string, path: string, body: unknown) => {
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

const ratings = (served: ServedRelease) =>
  served.contract.endpoints.filter(
    (e) => e.behavior.kind === 'function' && e.behavior.function === 'password.strength',
  );

describe('a password rating in tiers on bad input', () => {
  const served = new ServedRelease(client, 'pw-tiers-svc', [
    'Password strength: weak if shorter than 8 characters or only one kind of character (only letters, only digits); strong with 12+ characters and all four classes; else fair',
    'An empty password is an error, not a rating.',
  ]);

  beforeAll(async () => {
    expect(await served.start()).toEqual([]);
  });

  afterAll(() => served.stop());

  it('is designed as one rating', () => {
    expect(ratings(served)).toHaveLength(1);
  });

  it('never answers 500 to any JSON body (seeded)', async () => {
    expect(await serverErrors(served.url, ratings(served), ODD, 20261207)).toEqual([]);
  });

  it('refuses an empty, missing or non-string password with 400 and rates the rest', async () => {
    const path = ratings(served)[0].path;
    expect((await post(served.url, path, { password: '' })).status).toBe(400);
    expect((await post(served.url, path, {})).status).toBe(400);
    expect((await post(served.url, path, { password: 12345678 })).status).toBe(400);
    // Spaces only: no kind of character at all, shorter than 8: weak, not an error.
    expect(await post(served.url, path, { password: '   ' })).toEqual({
      status: 200,
      body: expect.objectContaining({ strength: 'weak' }) as unknown,
    });
    expect(await post(served.url, path, { password: 'Abcdefgh1!xy' })).toEqual({
      status: 200,
      body: expect.objectContaining({ strength: 'strong' }) as unknown,
    });
    expect(await post(served.url, path, { password: 'abcdefghijklmnop' })).toEqual({
      status: 200,
      body: expect.objectContaining({ strength: 'weak' }) as unknown, // 16 characters, only letters
    });
  });
});

describe('a password rule list with codes on bad input', () => {
  const served = new ServedRelease(client, 'pw-codes-svc', [
    'Check a password against these rules and list the codes of the broken ones: at least 12 characters (too_short), an uppercase letter (no_uppercase), a digit (no_digit), no spaces (has_space)',
  ]);

  beforeAll(async () => {
    expect(await served.start()).toEqual([]);
  });

  afterAll(() => served.stop());

  it('never answers 500 to any JSON body (seeded)', async () => {
    expect(await serverErrors(served.url, ratings(served), ODD, 20261208)).toEqual([]);
  });

  it('answers the codes of the broken rules, and 400 for a password that is not a string', async () => {
    const path = ratings(served)[0].path;
    expect(await post(served.url, path, { password: 'ab c' })).toEqual({
      status: 200,
      body: expect.objectContaining({
        valid: false,
        failed: ['too_short', 'no_uppercase', 'no_digit', 'has_space'],
      }) as unknown,
    });
    expect(await post(served.url, path, { password: 'Abcdefghijk1' })).toEqual({
      status: 200,
      body: expect.objectContaining({ valid: true, failed: [] }) as unknown,
    });
    expect((await post(served.url, path, { password: ['Abcdefghijk1'] })).status).toBe(400);
    expect((await post(served.url, path, {})).status).toBe(400);
  });
});

describe('a spelled password check with its codes in a follow-up, on bad input', () => {
  const served = new ServedRelease(client, 'pw-spelled-svc', [
    'POST /password/check with body {"password": string} returns {"ok": boolean, "failures": [string]}',
    'rules, in this order: a digit (no_digit), at least 10 characters (too_short), contains no spaces (has_space)',
    'a password that breaks rules is still answered with 200; a missing or non-string password returns 400',
  ]);

  beforeAll(async () => {
    expect(await served.start()).toEqual([]);
  });

  afterAll(() => served.stop());

  it('is designed as one check on the written route', () => {
    expect(ratings(served).map((e) => `${e.method} ${e.path}`)).toEqual(['POST /password/check']);
  });

  it('never answers 500 to any JSON body (seeded)', async () => {
    expect(await serverErrors(served.url, ratings(served), ODD, 20261209)).toEqual([]);
  });

  it('answers the broken codes in the stated order under the written names, and 400 without a string', async () => {
    // "ab c": 4 characters, no digit, a space.
    expect(await post(served.url, '/password/check', { password: 'ab c' })).toEqual({
      status: 200,
      body: expect.objectContaining({
        ok: false,
        failures: ['no_digit', 'too_short', 'has_space'],
      }) as unknown,
    });
    expect(await post(served.url, '/password/check', { password: 'abcdefgh12' })).toEqual({
      status: 200,
      body: expect.objectContaining({ ok: true, failures: [] }) as unknown,
    });
    expect((await post(served.url, '/password/check', {})).status).toBe(400);
    expect((await post(served.url, '/password/check', { password: 1234567890 })).status).toBe(400);
  });
});

describe('a Portuguese rule list answered as {valida, falhas}, refusals said beside the answer', () => {
  const served = new ServedRelease(client, 'pw-senha-svc', [
    'Validar senha: no mínimo 8 caracteres (curta_demais), um dígito (sem_digito), uma letra maiúscula (sem_maiuscula), sem espaços (tem_espaco)',
    'responde {"valida": boolean, "falhas": [string]}; uma senha fraca também responde 200; senha ausente ou que não é texto dá 400',
  ]);

  beforeAll(async () => {
    expect(await served.start()).toEqual([]);
  });

  afterAll(() => served.stop());

  it('never answers 500 to any JSON body (seeded)', async () => {
    expect(await serverErrors(served.url, ratings(served), ODD, 20261209)).toEqual([]);
  });

  it('answers a weak password with 200 and its codes in the stated order; missing or not text is 400', async () => {
    const path = ratings(served)[0].path;
    const field = ratings(served)[0].request.body?.fields[0]?.name ?? 'password';
    expect(await post(served.url, path, { [field]: 'abc def' })).toEqual({
      status: 200,
      body: expect.objectContaining({
        valida: false,
        falhas: ['curta_demais', 'sem_digito', 'sem_maiuscula', 'tem_espaco'],
      }) as unknown,
    });
    expect(await post(served.url, path, { [field]: 'Abcdefgh1xyz' })).toEqual({
      status: 200,
      body: expect.objectContaining({ valida: true, falhas: [] }) as unknown,
    });
    expect((await post(served.url, path, {})).status).toBe(400);
    expect((await post(served.url, path, { [field]: true })).status).toBe(400);
  });
});

describe('codes before their failures in parentheses, one a plain word, on bad input', () => {
  const served = new ServedRelease(client, 'pw-code-before-svc', [
    'POST /contrasena/validar con {"password": string} devuelve {"valida": boolean, "errores": [string]}',
    'códigos: muy_corta (menos de 8 caracteres), sin_numero (ningún número), comun (una contraseña común como 123456)',
  ]);

  beforeAll(async () => {
    expect(await served.start()).toEqual([]);
  });

  afterAll(() => served.stop());

  it('never answers 500 to any JSON body (seeded)', async () => {
    expect(await serverErrors(served.url, ratings(served), ODD, 20261210)).toEqual([]);
  });

  it('answers the written codes in the written order, and 400 without a string', async () => {
    // "123456": 6 characters, digits only, a common password; "password": 8 letters, common, no digit.
    expect(await post(served.url, '/contrasena/validar', { password: '123456' })).toEqual({
      status: 200,
      body: expect.objectContaining({ valida: false, errores: ['muy_corta', 'comun'] }) as unknown,
    });
    expect(await post(served.url, '/contrasena/validar', { password: 'password' })).toEqual({
      status: 200,
      body: expect.objectContaining({ valida: false, errores: ['sin_numero', 'comun'] }) as unknown,
    });
    expect((await post(served.url, '/contrasena/validar', { password: 12345678 })).status).toBe(400);
    expect((await post(served.url, '/contrasena/validar', {})).status).toBe(400);
  });
});
