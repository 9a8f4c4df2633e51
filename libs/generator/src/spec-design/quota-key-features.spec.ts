import type { IntentInput } from '@sf/contracts';
import { familyIntent, offlineSpec } from '../testing/offline-spec';
import { extractContract, renderSpec, verifySpec, type QuotaBehavior } from '@sf/service-spec';
import { runAcceptancePack } from '../testing/reference-service';

/* A quota counted per key where the feature puts the key: a header, a path parameter, or a body field. */

const intent = (features: string[]): IntentInput =>
  familyIntent('keyed-limits', 'Throttles calls to a search API', features);

const specOf = offlineSpec;

function quotaOf(markdown: string): { path: string; behavior: QuotaBehavior } {
  const e = extractContract(markdown).endpoints.find((x) => x.behavior.kind === 'quota');
  if (!e || e.behavior.kind !== 'quota') throw new Error('no quota endpoint');
  return { path: e.path, behavior: e.behavior };
}

describe('a quota keyed where the feature says', () => {
  it.each([
    [
      'no more than 6 searches per minute for each caller, identified by the X-Caller-Token header',
      { key_header: 'x-caller-token', key_field: 'caller_token', limit: 6, window_seconds: 60 },
      '/hit',
    ],
    [
      'maximal 5 Suchen pro Minute je Kunde, der Schlüssel kommt aus der Kopfzeile Kunden-Schluessel; danach 429',
      { key_header: 'kunden-schluessel', limit: 5, window_seconds: 60 },
      '/hit',
    ],
    [
      'como máximo 4 búsquedas por minuto por cuenta; la cuenta va en la ruta; luego 429',
      { key_param: 'account', key_field: 'account', limit: 4, window_seconds: 60 },
      '/hit/{account}',
    ],
    [
      'POST /search/{tenant} accepts at most 9 calls per tenant per hour, then 429',
      { key_param: 'tenant', limit: 9, window_seconds: 3600 },
      '/search/{tenant}',
    ],
  ])('%s', (feature, behavior, path) => {
    const markdown = specOf(intent([feature]));
    const v = verifySpec(markdown, intent([feature]));

    expect(v.fidelity.map((f) => [f.realised, f.problems])).toEqual([[true, []]]);
    expect(quotaOf(markdown)).toMatchObject({ path, behavior });
    expect(runAcceptancePack(extractContract(markdown))).toEqual([]);
  });

  it('reads a body field when the feature names no place', () => {
    const markdown = specOf(intent(['at most 6 searches per minute per caller, then 429']));

    expect(quotaOf(markdown).behavior.key_header).toBeUndefined();
    expect(quotaOf(markdown).behavior.key_param).toBeUndefined();
  });

  it('is refused when the same SPEC counts a body field instead of the header', () => {
    const feature = 'at most 6 searches per minute per caller, read from the X-Caller-Token header';
    const contract = extractContract(specOf(intent([feature])));
    const quota = contract.endpoints.find((e) => e.behavior.kind === 'quota');
    const behavior = quota?.behavior as QuotaBehavior;
    delete behavior.key_header;
    const v = verifySpec(renderSpec(contract), intent([feature]));

    expect(v.fidelity[0].realised).toBe(false);
    expect(v.fidelity[0].problems).toContainEqual(expect.stringContaining('header x-caller-token'));
  });
});
