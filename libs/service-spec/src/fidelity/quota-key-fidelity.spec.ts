import type { EndpointSpec, QuotaBehavior } from '../spec-contract';
import { quotaKeyProblems, quotaKeySource } from './quota-key-fidelity';

/* The gate and where a quota reads its key: the header or the path a feature names, nowhere else. */

function quota(extra: Partial<QuotaBehavior> = {}, path = '/calls'): EndpointSpec {
  return {
    id: 'calls',
    method: 'POST',
    path,
    summary: '',
    features: [],
    behavior: { kind: 'quota', key_field: 'token', limit: 4, window_seconds: 20, ...extra },
    request: {},
    responses: [],
    errors: [],
  };
}

describe('quotaKeySource', () => {
  it('reads a header named in four languages', () => {
    expect(quotaKeySource('8 calls a minute for each token sent in X-Access-Token')).toEqual({
      header: 'x-access-token',
    });
    expect(quotaKeySource('höchstens 8 Aufrufe je Schlüssel aus der Kopfzeile Partner-Key')).toEqual({
      header: 'partner-key',
    });
    expect(quotaKeySource('máximo 8 llamadas por cliente según la cabecera Client-Token')).toEqual({
      header: 'client-token',
    });
    expect(quotaKeySource("au plus 8 appels par clé, lue dans l'en-tête X-Cle")).toEqual({ header: 'x-cle' });
    expect(quotaKeySource('the Tenant-Ref header identifies who is counted')).toEqual({
      header: 'tenant-ref',
    });
  });

  it('reads a key carried in the path', () => {
    expect(
      quotaKeySource('limit every account to 8 calls a minute, the account id being in the path'),
    ).toEqual({ path: true });
    expect(quotaKeySource('8 Aufrufe pro Minute je Konto, die Kontonummer steht im Pfad')).toEqual({
      path: true,
    });
    expect(quotaKeySource('8 llamadas por minuto por cuenta, con la cuenta en la ruta')).toEqual({
      path: true,
    });
    expect(quotaKeySource('8 appels par minute par compte, identifiant dans le chemin')).toEqual({
      path: true,
    });
  });

  it('reads no place where a feature names none', () => {
    expect(quotaKeySource('at most 8 calls per token per minute')).toBeNull();
    expect(quotaKeySource('the request header is logged')).toBeNull();
    expect(quotaKeySource('POST /x-ray/{id}/scan counts scans')).toBeNull();
  });
});

describe('quotaKeyProblems', () => {
  const header = 'at most 4 calls per token in 20 seconds, the token read from the X-Access-Token header';
  const path = 'at most 4 calls per token in 20 seconds, with the token in the path';

  it('is realised by a quota reading the header the feature names', () => {
    expect(quotaKeyProblems(header, [quota({ key_header: 'x-access-token' })])).toEqual([]);
  });

  it('is not realised by a quota counting a body field, or another header', () => {
    expect(quotaKeyProblems(header, [quota()])).toEqual([expect.stringContaining('header x-access-token')]);
    expect(quotaKeyProblems(header, [quota({ key_header: 'x-api-key' })])).toHaveLength(1);
  });

  it('is realised by a quota reading a path parameter when the feature puts the key in the path', () => {
    expect(quotaKeyProblems(path, [quota({ key_param: 'token' }, '/calls/{token}')])).toEqual([]);
    expect(quotaKeyProblems(path, [quota()])).toEqual([expect.stringContaining('path parameter')]);
  });

  it('refuses a quota whose path parameter reads nothing', () => {
    expect(
      quotaKeyProblems('at most 4 calls per token in 20 seconds', [quota({}, '/calls/{token}')]),
    ).toEqual([expect.stringContaining('{token}')]);
  });

  it('asks nothing of a feature realised without a quota, or naming no place', () => {
    expect(
      quotaKeyProblems(header, [{ ...quota(), behavior: { kind: 'static', status: 200, body: {} } }]),
    ).toEqual([]);
    expect(quotaKeyProblems('at most 4 calls per token in 20 seconds', [quota()])).toEqual([]);
  });
});
