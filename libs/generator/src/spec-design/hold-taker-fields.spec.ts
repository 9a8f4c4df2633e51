import { spelledHoldTaker } from './hold-taker-fields';

describe('spelledHoldTaker: who takes a record, written as the hold route body', () => {
  it.each([
    ['POST /bikes/{id}/checkout with {"rider": string} checks the bike out', 'rider'],
    ['POST /tools/{id}/lend mit {"mitglied": string} verleiht das Werkzeug', 'mitglied'],
    ['POST /libros/{id}/prestar con {"socio": string}', 'socio'],
    ['POST /books/{id}/lend with {"borrowed_by": string}', 'borrowed_by'],
  ])('reads %s', (feature, field) => expect(spelledHoldTaker(feature)).toBe(field));

  it.each([
    ['POST /bikes/{id}/checkout checks the bike out'],
    ['POST /rooms/{id}/reserve with {"note": string}'],
    ['POST /bikes/{id}/checkout with {"rider": string, "until": ISO date}'],
    ['POST /bikes/{id}/checkout with {"rider": integer}'],
  ])('reads no taker in %s', (feature) => expect(spelledHoldTaker(feature)).toBeNull());
});
