import { webRulePair } from './web-rule-pair';

describe('webRulePair: the http(s) rule and the unknown code in one sentence', () => {
  it.each([
    'only http(s) targets are accepted and an unknown code returns 404',
    'nur http- und https-Ziele sind erlaubt, ein unbekannter Code gibt 404',
    'seules les URL http et https sont acceptées et un code inconnu renvoie 404',
    'solo se aceptan destinos http o https; un código desconocido devuelve 404',
  ])('reads %s as a 400 and a 404', (feature) => {
    expect(webRulePair(feature)?.map((p) => p.rules.status)).toEqual([400, 404]);
  });

  it.each([
    'only http and https links are accepted',
    'an unknown code returns 404',
    'only http and https links are accepted, otherwise 422, and an unknown code returns 404',
    'a missing title is refused and an unknown code returns 404',
  ])('leaves %s', (feature) => {
    expect(webRulePair(feature)).toBeNull();
  });
});
