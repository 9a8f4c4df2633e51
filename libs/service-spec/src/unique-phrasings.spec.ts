import { readConstraint } from './constraint-reading';

describe('uniqueness said without the word "unique"', () => {
  it.each([
    ['no two members with the same email', ['email'], false],
    ['a username can only be taken once', ['username'], false],
    ['reject a username that is already taken, no matter how it is capitalised', ['username'], true],
    ['duplicate usernames are refused', ['usernames'], false],
    ['each email may be registered only once', ['email'], false],
    ['Kennzeichen dürfen nicht doppelt vorkommen', ['kennzeichen'], false],
    ['no puede haber dos socios con el mismo correo', ['correo'], false],
    ['deux adhérents ne peuvent pas avoir le même pseudo', ['pseudo'], false],
    ['creating a part whose sku already exists returns 409', ['sku'], false],
    ['the same email cannot be registered twice, whatever its letter case', ['email'], true],
    ['el correo no puede repetirse', ['correo'], false],
    ['eine E-Mail darf nur einmal vorkommen, Groß- und Kleinschreibung egal', ['email'], true],
    ['serial numbers are unique, registering one twice must fail', ['serial'], false],
    ['plant names are unique: a second plant with the same name is 409', ['plant', 'names'], false],
    ['adding a part with a sku that is already in the catalogue gives 409', ['sku'], false],
    [
      'asset tags are unique: registering a tag that is already taken must fail with a conflict',
      ['asset', 'tags'],
      false,
    ],
    ['Jede Mitgliedsnummer darf es nur einmal geben', ['mitgliedsnummer'], false],
    [
      'Jede Mitgliedsnummer darf es nur einmal geben; eine zweite Anlage mit derselben Nummer wird mit 409 abgelehnt',
      ['mitgliedsnummer'],
      false,
    ],
    [
      'jede E-Mail-Adresse darf nur einmal vorkommen – eine zweite Anmeldung mit derselben Adresse wird als Konflikt abgelehnt',
      ['email', 'adresse'],
      false,
    ],
    ['ogni codice può essere registrato una sola volta: un duplicato restituisce 409', ['codice'], false],
  ])('reads %j', (feature, subject, ignoreCase) => {
    expect(readConstraint(feature)).toEqual({ kind: 'unique', subject, ignoreCase });
  });

  it.each([
    'count the unique words in a text',
    'each voter may vote only once per poll',
    'people vote for an option, one vote per voter',
    'no two bookings of the same room may overlap in time',
    'show the usernames that are already taken',
    'list members by email',
    'a password must not repeat the username',
    'the same email cannot be used twice in one day',
    'serial numbers are unique, registering one twice sends a warning to the owner',
    'at most 10 requests a second per user',
    'the same email cannot sign up twice for the same workshop, but may for another one',
    // Read once the designer lists a roster's players, not a roster record ("show the roster" was deployed as one).
    'an email can only be on the roster once — compare case-insensitively',
    'jede Mitgliedsnummer darf es nur einmal geben, sonst wird der Vorstand informiert',
  ])('reads no field-wide uniqueness in %j', (feature) => {
    expect(readConstraint(feature)?.kind).not.toBe('unique');
  });
});
