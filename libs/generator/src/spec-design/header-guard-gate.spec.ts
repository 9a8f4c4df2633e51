import { featureFidelity, readHeaderRequirement, type SpecContract } from '@sf/service-spec';
import { familyIntent, judgedOffline } from '../testing/offline-spec';

/*
 * The gate holds a header requirement and a per-key quota to the guard that realises them: a SPEC whose endpoint
 * answers without the header, shows no 401, counts another limit or window, or shows no 429 is refused. And the
 * reading of a header requirement: the header named (its word for "header" left off), refused without it, 401.
 */

const FEATURES = [
  'GET /echo?msg=hi returns {"echo": "hi"}',
  'callers identify with an X-Api-Key header, a request without it returns 401',
  'each key may make 3 calls per minute; the 4th gets 429',
];

function designed(): SpecContract {
  const { contract, fidelity } = judgedOffline(familyIntent('guard-gate', 'an echo for partners', FEATURES));
  expect(fidelity.filter((f) => !f.realised)).toEqual([]);
  return contract;
}

const unrealised = (c: SpecContract) =>
  featureFidelity(c, FEATURES)
    .filter((f) => !f.realised)
    .map((f) => FEATURES.indexOf(f.feature));

describe('the gate on endpoint guards', () => {
  it('passes the designed SPEC: a guard with the header, its 401 and its quota shown', () => {
    expect(unrealised(designed())).toEqual([]);
  });

  it('refuses a SPEC whose endpoint answers without the header', () => {
    const c = designed();
    for (const e of c.endpoints) delete e.guard;
    expect(unrealised(c)).toEqual(expect.arrayContaining([1, 2]));
  });

  it('refuses a SPEC whose guard reads another header', () => {
    const c = designed();
    for (const e of c.endpoints) if (e.guard) e.guard.header = 'x-client-id';
    expect(unrealised(c)).toContain(1);
  });

  it('refuses a SPEC that shows no 401 for a call without the header', () => {
    const c = designed();
    c.acceptance = c.acceptance.filter((x) => !x.steps.some((s) => s.expect.status === 401));
    expect(unrealised(c)).toContain(1);
  });

  it('refuses a SPEC whose quota counts another limit or window, or shows no 429', () => {
    const limit = designed();
    for (const e of limit.endpoints) if (e.guard?.quota) e.guard.quota.limit = 5;
    expect(unrealised(limit)).toContain(2);
    const window = designed();
    for (const e of window.endpoints) if (e.guard?.quota) e.guard.quota.window_seconds = 1;
    expect(unrealised(window)).toContain(2);
    const shown = designed();
    shown.acceptance = shown.acceptance.filter((x) => !x.steps.some((s) => s.expect.status === 429));
    expect(unrealised(shown)).toContain(2);
  });
});

describe('reading a header requirement', () => {
  it.each([
    ['callers must send an X-Api-Key header; a request without one returns 401', 'x-api-key'],
    ['calls without the X-Api-Key header are rejected', 'x-api-key'],
    ['Anfragen ohne X-Api-Key-Header werden mit 401 abgelehnt', 'x-api-key'],
    ['las peticiones sin la cabecera X-Api-Key se rechazan con 401', 'x-api-key'],
    ['un appel sans en-tête X-Client-Id est refusé avec 401', 'x-client-id'],
    ['senza l’intestazione X-Api-Key la chiamata è rifiutata con 401', 'x-api-key'],
    ['quem chama se identifica pelo cabeçalho X-Api-Key e sem ele recebe 401', 'x-api-key'],
  ])('%p requires header %s, 401 without it', (feature, header) => {
    expect(readHeaderRequirement(feature)).toEqual({ header, status: 401 });
  });

  it.each([
    // Keys the service would have to know.
    'only API keys issued by our partner portal are accepted in X-Api-Key; others get 401',
    'a request without a valid X-Api-Key returns 401',
    // A signature, not a caller's key.
    'a wrong or missing X-Signature header returns 401',
    // Another status than 401.
    'POST /search needs the X-Api-Key header; a request without the header returns 400',
    // A quota by the header that says nothing of calls without it.
    'each X-Api-Key may call 4 times per minute; the 5th call gets 429',
    'callers identify with an X-Api-Key header; the 6th call in a minute gets 429',
  ])('%p is no header requirement a guard realises', (feature) => {
    expect(readHeaderRequirement(feature)).toBeNull();
  });
});
