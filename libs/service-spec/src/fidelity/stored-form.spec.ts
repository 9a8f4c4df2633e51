import { asksUsedUpReads, statedReadCount, usedUpWords } from './stored-form';

describe('reads that use a record up', () => {
  it.each([
    "the secret can be read exactly once, after that it's gone for good",
    'ein Geheimnis kann genau einmal gelesen werden; danach ist es für immer weg',
    'a secret note can be opened a single time; after that it is gone for good',
    'o segredo só pode ser lido uma vez; depois desaparece',
    'le secret ne peut être lu qu’une seule fois ; ensuite il disparaît',
    'il segreto si può leggere una sola volta; dopo sparisce per sempre',
    'GET /notes/{id} returns {"text": string} once and deletes the note; a second GET returns 404',
    'GET /pastes/{id} answers the paste; a second GET of the same id returns 404',
    'la nota se autodestruye después de leerla',
    'la note s’autodétruit après lecture',
    'la nota si autodistrugge dopo la prima lettura',
  ])('reads "%s" as read once', (feature) => {
    expect(asksUsedUpReads(feature)).toBe(true);
    expect(statedReadCount(feature)).toBe(1);
  });

  it('reads no limit in a record read back as often as asked, or kept once', () => {
    expect(asksUsedUpReads('read a note back by its id')).toBe(false);
    expect(asksUsedUpReads('each email can be registered only once')).toBe(false);
    expect(asksUsedUpReads('a feature flag is checked exactly once per request')).toBe(false);
    // A delete makes the later read a 404; a record destroying itself after a time is an expiry, not a read.
    expect(asksUsedUpReads('DELETE /notes/{id} returns 204; a second GET returns 404')).toBe(false);
    expect(asksUsedUpReads('la nota se autodestruye a los 10 minutos')).toBe(false);
    expect(asksUsedUpReads('GET /orders/{id} returns the order once it is paid')).toBe(false);
  });

  it("carries the clause saying the record is gone after it (the feature's own words)", () => {
    expect(usedUpWords('the secret can be read once; after that it is gone for good')).toEqual([
      'read',
      'read once',
      'gone',
    ]);
    expect(usedUpWords('o segredo só pode ser lido uma vez; depois desaparece')).toContain('desaparece');
    expect(usedUpWords('la nota se autodestruye después de leerla')).toEqual(['leerla', 'autodestruye']);
  });
});
