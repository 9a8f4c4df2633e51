import { withoutGuardClauses } from './header-guard';

/* What is left of a route's feature once the guard's own words are gone (the route alone is designed). */

describe('withoutGuardClauses', () => {
  it('drops the header said inside the route clause and its absence refused by the header word', () => {
    expect(
      withoutGuardClauses(
        'GET /echo?msg=hi with header X-Api-Key returns {"msg": "hi"}; without the header 401',
      ),
    ).toBe('GET /echo?msg=hi returns {"msg": "hi"}');
    expect(
      withoutGuardClauses(
        'GET /eco?texto=oi com o cabeçalho X-Api-Key devolve {"texto": "oi"}; sem o cabeçalho, 401',
      ),
    ).toBe('GET /eco?texto=oi devolve {"texto": "oi"}');
    expect(
      withoutGuardClauses('GET /ping mit dem Header X-Api-Key antwortet {"pong": true}; ohne Header 401'),
    ).toBe('GET /ping antwortet {"pong": true}');
  });

  it('keeps a clause that refuses something else, and a header that is data', () => {
    expect(withoutGuardClauses('POST /notes stores a note; without a text 400')).toBe(
      'POST /notes stores a note; without a text 400',
    );
    expect(withoutGuardClauses('GET /headers returns the X-Request-Id header it was sent')).toBe(
      'GET /headers returns the X-Request-Id header it was sent',
    );
  });
});
