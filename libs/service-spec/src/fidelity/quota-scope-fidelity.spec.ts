import type { EndpointSpec, SpecContract } from '../spec-contract';
import { countsByAddress, countsShared, quotaScopeProblems } from './quota-scope-fidelity';

/* The gate and whose calls a quota counts: a client's address, an allowance shared by several callers, other routes. */

function endpoint(
  id: string,
  method: string,
  path: string,
  behavior: EndpointSpec['behavior'],
): EndpointSpec {
  return {
    id,
    method,
    path,
    summary: '',
    features: [],
    behavior,
    request: {},
    responses: [],
    errors: [],
  } as EndpointSpec;
}

const hit = endpoint('hit', 'POST', '/hit', {
  kind: 'quota',
  key_field: 'key',
  limit: 2,
  window_seconds: 60,
});
const echo = endpoint('echo', 'GET', '/echo', {
  kind: 'function',
  function: 'echo.repeat',
  inputs: {},
  outputs: {},
} as never);
const contractOf = (endpoints: EndpointSpec[]) => ({ endpoints, resources: [] }) as unknown as SpecContract;

describe('countsByAddress', () => {
  it('reads a quota per client IP address in several languages', () => {
    expect(countsByAddress('each client IP address may call it 3 times per minute')).toBe(true);
    expect(countsByAddress('Jede IP-Adresse darf höchstens 2 Anfragen pro Minute stellen')).toBe(true);
    expect(countsByAddress('ogni indirizzo IP può fare al massimo 3 ricerche al minuto')).toBe(true);
    expect(countsByAddress('cada dirección IP puede hacer 2 consultas por minuto')).toBe(true);
  });

  it('reads no address in a key, a zip code or a field named tip', () => {
    expect(countsByAddress('each X-Api-Key may make 3 calls per minute')).toBe(false);
    expect(countsByAddress('each zip code may be looked up 3 times')).toBe(false);
    expect(countsByAddress('a tip of 10 % at most 3 times per minute')).toBe(false);
  });
});

describe('countsShared', () => {
  it('reads one allowance drawn by several callers', () => {
    expect(countsShared('all keys of the same organisation share one quota of 10 calls per minute')).toBe(
      true,
    );
    expect(countsShared('at most 3 calls per minute in total, for all callers together')).toBe(true);
    expect(countsShared('un límite global de 2 consultas por minuto')).toBe(true);
    expect(countsShared('todos los clientes juntos pueden hacer como máximo 2 consultas en total')).toBe(
      true,
    );
  });

  it('reads none in a per-key quota counted over every route', () => {
    expect(countsShared('each key may make 100 requests per hour across all endpoints combined')).toBe(false);
    expect(countsShared('each key may send at most 5 events per minute in all')).toBe(false);
    expect(countsShared('users share photos with their friends')).toBe(false);
  });
});

describe('quotaScopeProblems', () => {
  it('refuses a quota of its own beside the route whose requests the feature limits', () => {
    const problems = quotaScopeProblems(
      'every client may make at most 2 requests per minute; the 3rd gets 429',
      [hit],
      contractOf([echo, hit]),
    );
    expect(problems.join()).toMatch(/counts only calls to POST \/hit; GET \/echo never answer 429/);
  });

  it('accepts it when the feature names the quota’s route, or the service has nothing else', () => {
    expect(
      quotaScopeProblems(
        'POST /hit with {"key"}: at most 2 requests per minute per key',
        [hit],
        contractOf([echo, hit]),
      ),
    ).toEqual([]);
    expect(quotaScopeProblems('each key may make 2 requests per minute', [hit], contractOf([hit]))).toEqual(
      [],
    );
  });

  it('refuses a quota per key for a limit per address or a shared allowance', () => {
    expect(
      quotaScopeProblems('each IP address may make 2 calls a minute', [hit], contractOf([hit])).join(),
    ).toMatch(/per client IP address/);
    expect(
      quotaScopeProblems(
        'all keys of a team share one quota of 10 calls per minute',
        [hit],
        contractOf([hit]),
      ).join(),
    ).toMatch(/one allowance for several callers/);
  });

  it('says nothing where no quota realises the feature', () => {
    expect(
      quotaScopeProblems('each IP address may make 2 calls a minute', [echo], contractOf([echo])),
    ).toEqual([]);
  });
});
