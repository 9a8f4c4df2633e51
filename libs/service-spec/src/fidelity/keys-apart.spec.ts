import { saysKeysApart } from './keys-apart';

/* The reader of a feature that only says each key is counted apart from the others. */

describe('saysKeysApart', () => {
  it.each([
    'each key has its own allowance: one caller using up its calls does not affect the others',
    'keys are counted separately',
    'jeder Schlüssel hat sein eigenes Kontingent',
    'cada clave tiene su propio cupo: que una se agote no bloquea a las demás',
    'chaque clé a son propre quota : une clé épuisée ne bloque pas les autres',
    'le chiavi sono contate separatamente',
    'cada chave tem a sua própria cota; uma chave esgotada não bloqueia as outras',
  ])('reads %p', (feature) => {
    expect(saysKeysApart(feature)).toBe(true);
  });

  it.each([
    'all keys share one allowance, so one key using it up blocks the others',
    'keys of one team are counted together, separately from other teams',
    'each client IP address is counted separately',
    'each key may make 3 calls per minute, counted separately',
    'GET /keys/{key} returns the key with its own allowance',
    'store the keys of the office doors separately',
  ])('does not read %p', (feature) => {
    expect(saysKeysApart(feature)).toBe(false);
  });
});
