import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { servedForSpec, serverErrors } from '../codegen/testing/served-release';
import { seeded } from '../codegen/testing/seeded';
import { cpfReference } from './checks-national-ids';
import { cpfPrinted } from './cpf-format-words';
import { runCatalogFunction } from './testing/run-function';

/*
 * The CPF check answering its printed form (000.000.000-00) on bad input. Served as generated: whatever JSON body
 * arrives (the field missing, of another type, letters, prototype names, huge texts), the service answers 200 or
 * 400, never 500. And on the emitted code: every text drawn from a seeded generator is answered with the
 * reference's validity and reason, and formatted exactly when it has eleven digits once dots, dashes and spaces
 * are removed (grouped 3.3.3-2), null otherwise.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(180_000);

const FEATURES = ['validar um CPF e devolver o CPF formatado no padrão 000.000.000-00'];

const ODD: unknown[] = [
  '52998224725',
  '529.982.247-25',
  '5299822472',
  '529982247251',
  '529.982.24A-25',
  '٥٢٩٩٨٢٢٤٧٢٥',
  '',
  ' ',
  0,
  52998224725,
  null,
  true,
  [],
  {},
  '__proto__',
  '9'.repeat(10_000),
];

const { served, post } = servedForSpec(client, 'cpf-format-svc', FEATURES);

describe('the CPF check with its printed form on bad input', () => {
  const endpoints = () => served.contract.endpoints.filter((e) => e.behavior.kind === 'function');

  it('is one CPF check answering the printed form', () => {
    expect(endpoints().map((e) => e.behavior.kind === 'function' && e.behavior.function)).toEqual([
      'cpf.validate',
    ]);
  });

  it('never answers 500 to any JSON body (seeded)', async () => {
    expect(await serverErrors(served.url, endpoints(), ODD, 20261207)).toEqual([]);
  });

  it('refuses a missing, non-text or empty CPF with 400 and prints a valid one', async () => {
    const [e] = endpoints();
    const field = e.request.body?.fields[0]?.name ?? 'cpf';
    for (const value of [undefined, 52998224725, null, ''])
      expect((await post(e.path, value === undefined ? {} : { [field]: value })).status).toBe(400);
    const got = await post(e.path, { [field]: '52998224725' });
    expect(got.status).toBe(200);
    expect(Object.values(got.body)).toContain('529.982.247-25');
  });
});

describe('cpf.validate with formatted (the emitted code) against the reference (seeded)', () => {
  const random = seeded(20261207);
  const digit = () => String(Math.floor(random() * 10));
  const text = () => {
    const n = 8 + Math.floor(random() * 6);
    const digits = Array.from({ length: n }, digit).join('');
    const extra = ['', '.', '-', ' ', 'a', '٣', '/', '\n'][Math.floor(random() * 8)];
    const at = Math.floor(random() * (n + 1));
    return digits.slice(0, at) + extra + digits.slice(at);
  };

  it('answers the reference validity and reason, and the printed form of eleven digits only', () => {
    const wrong: string[] = [];
    for (let round = 0; round < 3000; round += 1) {
      const sent = text();
      const got = runCatalogFunction('cpf.validate', { cpf: sent }, { formatted: true });
      const want = cpfReference(sent);
      const right =
        got.ok &&
        got.value.valid === want.valid &&
        got.value.reason === want.reason &&
        got.value.formatted === cpfPrinted(sent);
      if (!right) wrong.push(`${JSON.stringify(sent)} → ${JSON.stringify(got)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('prints known CPFs as 000.000.000-00', () => {
    expect(runCatalogFunction('cpf.validate', { cpf: '111 444 777 35' }, { formatted: true })).toEqual({
      ok: true,
      value: { valid: true, reason: null, formatted: '111.444.777-35' },
    });
    expect(cpfPrinted('529.982.247-25')).toBe('529.982.247-25');
    expect(cpfPrinted('5299822472')).toBeNull();
  });
});
