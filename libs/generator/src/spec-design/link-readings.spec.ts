import { readHealthAggregator } from './health-features';
import { asShortening, bareRoute } from './link-features';
import { readFeature } from './feature-reader';

/* The short-link readers on their own: a route written without a method, and what a shortening word leaves as it is. */

describe('the route a redirect feature writes without a method', () => {
  it.each([
    ['visiting /{code} redirects to the stored URL', '/{code}', 'code'],
    ['go/{name} redirects to the saved URL', '/go/{name}', 'name'],
    ['each link gets a short name and /go/{name} redirects to its URL', '/go/{name}', 'name'],
    ['/s/:slug leitet auf die URL weiter', '/s/{slug}', 'slug'],
    ['go/<nome> reindirizza all URL salvato', '/go/{nome}', 'nome'],
  ])('reads %p as %p', (feature, path, param) => {
    expect(bareRoute(feature)).toEqual({ path, param });
  });

  it.each([
    'opening the short code redirects to the original URL',
    '{code} alone names no route',
    'go/{a} and go/{b} are two routes',
    'a code of {n} letters',
  ])('reads no route in %p', (feature) => {
    expect(bareRoute(feature)).toBeNull();
  });

  it('makes a feature writing such a route and a redirect word a redirect', () => {
    const feature = 'each link gets a short name and /go/{name} redirects to its URL';
    expect(asShortening(feature, readFeature(feature)).actions).toEqual(['redirect']);
  });
});

describe('a shortening word beside another action on links', () => {
  it.each([
    ['list all short links with their click counts', 'list'],
    ['delete a short link', 'delete'],
    ['eliminare un link breve', 'delete'],
    ['Alle Kurzlinks auflisten', 'list'],
  ])('leaves %p a %p of links', (feature, action) => {
    const r = asShortening(feature, readFeature(feature));
    expect(r.actions).toEqual([action]);
    expect(r.noun).toBe('link');
  });

  it.each([
    'Accorciare un URL lungo in un codice breve; solo URL http e https, altrimenti 400',
    'Eine lange URL in einen Kurzlink umwandeln; nur http- und https-Adressen, sonst 400',
  ])('reads %p as the create of a link, its http(s) clause beside it', (feature) => {
    const r = asShortening(feature, readFeature(feature));
    expect(r.actions).toEqual(['create']);
    expect(r.noun).toBe('link');
  });

  it('keeps a code of a length the user fixes out of a shortening', () => {
    const feature = 'shorten a URL into a code of 5 digits; only http and https';
    expect(asShortening(feature, readFeature(feature)).actions).not.toEqual(['redirect']);
    expect(asShortening(feature, { ...readFeature(feature), actions: [] }).actions).toEqual([]);
  });
});

describe('a health check on a schedule or marking records', () => {
  it.each([
    'every hour call each stored URL with a 5 second timeout and mark the links whose address does not answer as dead',
    'Stündlich jede registrierte URL prüfen und melden, ob sie erreichbar ist',
    'check daily whether each registered URL is up or down',
  ])('leaves %p unreadable', (feature) => {
    expect(readHealthAggregator(feature)).toBe('unreadable');
  });

  it('still reads a check called on demand', () => {
    expect(
      readHealthAggregator('check each registered URL with a 2 second timeout and report it up or down'),
    ).toEqual({ timeout_ms: 2000 });
  });
});
