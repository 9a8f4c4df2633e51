import { saysFull, unheldQuotedNames } from './capacity-fidelity';

describe('a feature saying a record can be full', () => {
  it.each([
    'POST /talleres/{id}/inscripciones con {"email": string} inscribe a una persona (201); si el taller ya está lleno devuelve 409',
    'POST /trajets/{id}/passagers {"nom": string} réserve une place : 201 ; trajet complet → 409',
    'ist der Kurs voll, antwortet der Dienst mit 409',
    'se il corso è pieno risponde 409',
    'sem vagas → 409',
    'when no spots are left the booking is refused with 409',
    'a full event rejects further registrations',
    'sin plazas libres devuelve 409',
  ])('reads %s', (feature) => {
    expect(saysFull(feature)).toBe(true);
  });

  it.each([
    'POST /people with {"full_name": string} returns 201; a duplicate full name returns 409',
    'registrar una persona con nombre completo; un email repetido se rechaza con 409',
    'GET /notes returns the full list',
    'the tank is full when level reaches 100',
    'mark a task complete; completing it twice is refused with 409',
  ])('does not read %s', (feature) => {
    expect(saysFull(feature)).toBe(false);
  });
});

describe('names a feature quotes', () => {
  const contract = { resources: [{ name: 'kurs', fields: [{ name: 'titel' }, { name: 'plaetze' }] }] };

  it('are unheld when nothing in the contract carries them', () => {
    expect(unheldQuotedNames('POST /kurse antwortet mit id und "freie_plaetze"', contract)).toEqual([
      'it names "freie_plaetze", which nothing in the contract holds or answers',
    ]);
  });

  it('are held when a field carries them', () => {
    expect(unheldQuotedNames('POST /kurse mit {"titel": string, "plaetze": integer}', contract)).toEqual([]);
  });
});
