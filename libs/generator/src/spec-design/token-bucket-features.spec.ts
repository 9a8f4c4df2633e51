import type { IntentInput } from '@sf/contracts';
import { familyIntent, offlineSpec } from '../testing/offline-spec';
import { extractContract, renderSpec, verifySpec, type QuotaBehavior } from '@sf/service-spec';
import { readTokenBucket } from './token-bucket-features';

function reading(feature: string) {
  const read = readTokenBucket(feature);
  return read === null || read === 'unreadable'
    ? read
    : { limit: read.limit, window_seconds: read.window_seconds, refill_tokens: read.refill_tokens };
}

describe('readTokenBucket', () => {
  it('reads capacity and refill in English, German, Spanish and French', () => {
    expect(reading('give every tenant a token bucket of 8, refilled with 2 tokens each minute')).toEqual({
      limit: 8,
      window_seconds: 60,
      refill_tokens: 2,
    });
    expect(reading('bursts of 20 requests, replenished at a rate of 5 per second')).toEqual({
      limit: 20,
      window_seconds: 1,
      refill_tokens: 5,
    });
    expect(
      reading('Pro Konto ein Token-Bucket, Kapazität 6, alle 30 Sekunden wird ein Token nachgefüllt'),
    ).toEqual({
      limit: 6,
      window_seconds: 30,
      refill_tokens: 1,
    });
    expect(
      reading('un cubo de tokens por cliente con capacidad de 12 que se recarga 3 fichas por hora'),
    ).toEqual({
      limit: 12,
      window_seconds: 3600,
      refill_tokens: 3,
    });
    expect(
      reading('un seau à jetons de 9 jetons par appareil, rechargé de deux jetons toutes les 4 secondes'),
    ).toEqual({ limit: 9, window_seconds: 4, refill_tokens: 2 });
  });

  it('takes the rate as the capacity when a bucket states only a rate', () => {
    expect(reading('rate-limit with a token bucket allowing 100 calls per minute')).toEqual({
      limit: 100,
      window_seconds: 60,
      refill_tokens: 100,
    });
  });

  it('reads no bucket in a fixed window, and refuses one it cannot read whole', () => {
    expect(reading('at most 5 requests per key every 10 seconds')).toBeNull();
    expect(reading('refill the coffee machine every morning')).toBeNull();
    expect(reading('a token bucket refilled at 0.5 tokens per second')).toBe('unreadable');
    expect(reading('a token bucket of 10 tokens, refilled now and then')).toBe('unreadable');
  });
});

const intent = (features: string[]): IntentInput =>
  familyIntent('bucket-svc', 'Throttles calls to a partner API', features);

const specOf = offlineSpec;

describe('a token-bucket feature through the gate', () => {
  const features = [
    'each partner gets a token bucket of 4 tokens that refills 1 token every 15 seconds; an empty bucket is refused with 429',
    'tell a partner how many tokens it has left',
  ];

  it('is realised by the designed token bucket, with its usage', () => {
    const markdown = specOf(intent(features));
    const v = verifySpec(markdown, intent(features));
    const quota = extractContract(markdown).endpoints.find((e) => e.behavior.kind === 'quota');

    expect(v.fidelity.map((f) => [f.realised, f.problems])).toEqual([
      [true, []],
      [true, []],
    ]);
    expect(quota?.behavior).toMatchObject({
      kind: 'quota',
      key_field: 'partner',
      algorithm: 'token_bucket',
      limit: 4,
      window_seconds: 15,
      refill_tokens: 1,
    });
  });

  it('is refused when the same SPEC counts a fixed window instead', () => {
    const markdown = specOf(intent(features));
    const contract = extractContract(markdown);
    const quota = contract.endpoints.find((e) => e.behavior.kind === 'quota');
    const behavior = quota?.behavior as QuotaBehavior;
    delete behavior.algorithm;
    delete behavior.refill_tokens;
    const v = verifySpec(renderSpec(contract), intent(features));

    expect(v.fidelity[0].realised).toBe(false);
    expect(v.fidelity[0].problems).toContainEqual(expect.stringContaining('it asks for a token bucket'));
  });
});
