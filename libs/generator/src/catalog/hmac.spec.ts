import { createHmac } from 'node:crypto';
import { recogniseFeature } from './catalog';
import { runCatalogFunction } from './testing/run-function';
import { HMAC_FACTS, signDesign, verifyDesign } from './hmac';

/*
 * The HMAC-SHA256 calculators' emitted code against independent examples: published values (RFC 4231 test case
 * 2, the HMAC article's fox), values Node's own HMAC computes here for texts with accents and emoji, and the
 * refusals of a missing or empty message or secret. The recogniser reads sign and verify features and leaves
 * webhook receivers, other algorithms and one-time secrets to their own readers.
 */

const sign = (input: Record<string, unknown>) => runCatalogFunction('hmac.sign', input, {});
const verify = (input: Record<string, unknown>) => runCatalogFunction('hmac.verify', input, {});

describe('hmac.sign as emitted', () => {
  it.each(HMAC_FACTS)('signs $message keyed with $secret as the published value', (f) => {
    expect(sign({ message: f.message, secret: f.secret })).toEqual({
      ok: true,
      value: { signature: f.signature },
    });
  });

  it.each([
    ['accents', 'Grüße aus Köln', 'schlüssel'],
    ['an emoji', '🙂 paid', 'k'],
    ['a long message', 'a'.repeat(5000), 'long message'],
  ])('signs a message with %s as Node computes it over UTF-8', (_, message, secret) => {
    const want = createHmac('sha256', Buffer.from(secret, 'utf8')).update(message, 'utf8').digest('hex');
    expect(sign({ message, secret })).toEqual({ ok: true, value: { signature: want } });
  });

  it.each([
    [{ secret: 'k' }],
    [{ message: 'm' }],
    [{ message: '', secret: 'k' }],
    [{ message: 'm', secret: '' }],
    [{ message: 5, secret: 'k' }],
    [{ message: 'm', secret: null }],
  ])('refuses %j', (input) => {
    expect(sign(input).ok).toBe(false);
  });
});

describe('hmac.verify as emitted', () => {
  const [a, b] = HMAC_FACTS;

  it('finds a published signature valid, in either letter case', () => {
    expect(verify({ message: a.message, secret: a.secret, signature: a.signature })).toEqual({
      ok: true,
      value: { valid: true },
    });
    expect(verify({ message: b.message, secret: b.secret, signature: b.signature.toUpperCase() })).toEqual({
      ok: true,
      value: { valid: true },
    });
  });

  it.each([
    ['another secret', { message: a.message, secret: 'jefe', signature: a.signature }],
    ['another message', { message: `${a.message} `, secret: a.secret, signature: a.signature }],
    [
      'one digit changed',
      { message: a.message, secret: a.secret, signature: `${a.signature.slice(0, -1)}4` },
    ],
    ['a prefix of it', { message: a.message, secret: a.secret, signature: a.signature.slice(0, 32) }],
    [
      'base64 of it',
      { message: a.message, secret: a.secret, signature: Buffer.from(a.signature, 'hex').toString('base64') },
    ],
    ['an empty signature', { message: a.message, secret: a.secret, signature: '' }],
  ])('finds %s not valid', (_, input) => {
    expect(verify(input)).toEqual({ ok: true, value: { valid: false } });
  });

  it.each([
    [{ secret: 'k', signature: 'ab' }],
    [{ message: 'm', signature: 'ab' }],
    [{ message: 'm', secret: 'k' }],
    [{ message: '', secret: 'k', signature: 'ab' }],
    [{ message: 'm', secret: 'k', signature: 12 }],
  ])('refuses %j', (input) => {
    expect(verify(input).ok).toBe(false);
  });
});

describe('the designs agree with the emitted code', () => {
  it.each([signDesign(), verifyDesign()])('$function: every worked example and refusal', (design) => {
    for (const x of design.examples) {
      expect(runCatalogFunction(design.function, x.input, {})).toEqual({ ok: true, value: x.output });
    }
    for (const r of design.refusals) expect(runCatalogFunction(design.function, r.input, {}).ok).toBe(false);
  });
});

describe('the HMAC recogniser', () => {
  const fn = (text: string) => {
    const found = recogniseFeature(text);
    return found && 'design' in found
      ? found.design.function
      : found && 'constraint' in found
        ? 'constraint'
        : null;
  };

  it.each([
    [
      'POST /sign with {"message": string, "secret": string} returns {"signature": hex HMAC-SHA256}',
      'hmac.sign',
    ],
    ['Compute the HMAC-SHA256 of a message with a secret key', 'hmac.sign'],
    ['POST /verify with {"message", "secret", "signature"} returns {"valid": true|false}', 'hmac.verify'],
    ['Verificar una firma HMAC-SHA256 de un mensaje con un secreto', 'hmac.verify'],
    ['Signer un message avec un secret (HMAC-SHA256)', 'hmac.sign'],
    ['A missing or empty secret or message returns 400', 'constraint'],
  ])('reads %j', (text, want) => {
    expect(fn(text)).toBe(want);
  });

  it.each([
    'Receive webhooks signed with HMAC-SHA256 in the X-Signature header',
    'Sign a message with RSA and our private key',
    'POST /sign returns the HMAC-SHA512 of a message',
    'Sign in with an email and a password',
    'POST /signup with {"email": string, "password": string}',
    'A missing or empty secret returns 400',
    'An empty message returns 400',
  ])('leaves %j to others', (text) => {
    expect(['hmac.sign', 'hmac.verify', 'constraint']).not.toContain(fn(text));
  });
});
