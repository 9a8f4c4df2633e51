import fc from 'fast-check';
import { familyIntent, judgedOffline } from '../testing/offline-spec';
import { recogniseFeature } from './catalog';
import { runCatalogFunction } from './testing/run-function';

/*
 * Semantic versions: the emitted code against SemVer 2.0.0 §11's own precedence chain and hand-worked pairs, bad
 * input never answered (a property over arbitrary values), the recogniser on phrasings in six languages, and
 * what it leaves alone (versions kept as records).
 */

const compare = (a: unknown, b: unknown) => runCatalogFunction('semver.compare', { a, b }, {});
const sort = (versions: unknown, order: 'asc' | 'desc' = 'asc') =>
  runCatalogFunction('semver.sort', { versions }, { order });

/** SemVer 2.0.0 §11, example 4: each is older than the next. */
const CHAIN = [
  '1.0.0-alpha',
  '1.0.0-alpha.1',
  '1.0.0-alpha.beta',
  '1.0.0-beta',
  '1.0.0-beta.2',
  '1.0.0-beta.11',
  '1.0.0-rc.1',
  '1.0.0',
  '1.0.1',
  '1.1.0',
  '1.9.0',
  '1.10.0',
  '2.0.0',
];

describe('semver.compare, emitted', () => {
  it.each(CHAIN.slice(1).map((newer, i) => [CHAIN[i], newer]))('%s is older than %s', (older, newer) => {
    expect(compare(older, newer)).toEqual({ ok: true, value: { result: -1, newer } });
    expect(compare(newer, older)).toEqual({ ok: true, value: { result: 1, newer } });
  });

  it.each([
    ['1.0.0+build.1', '1.0.0+build.2'],
    ['3.4.5', '3.4.5'],
    ['1.0.0-rc.1+exp.sha.5114f85', '1.0.0-rc.1'],
  ])('%s has the precedence of %s (build metadata does not count)', (a, b) => {
    expect(compare(a, b)).toEqual({ ok: true, value: { result: 0, newer: a } });
  });

  it('compares numbers of any size as numbers', () => {
    expect(compare('1.99999999999999999999.0', '1.100000000000000000000.0')).toMatchObject({
      ok: true,
      value: { result: -1 },
    });
  });

  it.each(['1.2', 'v1.2.3', '01.2.3', '1.2.3-', '1.2.3-01', '1.2.3+', '1..3', ' 1.2.3', '1.2.3.4', '', 'x'])(
    'refuses %p, naming the field',
    (bad) => {
      const result = compare(bad, '1.0.0');
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems.join(' ')).toMatch(/^a .* is not a semantic version/);
    },
  );

  it('answers or refuses, never throws, and is antisymmetric (property)', () => {
    const part = fc.oneof(fc.constantFrom('0', '1', '2', '10', '01', 'x'), fc.nat({ max: 30 }).map(String));
    const version = fc.oneof(
      fc
        .tuple(part, part, part, fc.option(fc.constantFrom('alpha', 'beta.2', 'rc.1', '0a', '01')))
        .map(([a, b, c, pre]) => `${a}.${b}.${c}${pre ? `-${pre}` : ''}`),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.oneof(version, fc.anything()), version, (a, b) => {
        const ab = compare(a, b);
        const ba = compare(b, a);
        expect(ab.ok).toBe(ba.ok);
        if (ab.ok && ba.ok) expect(ab.value.result).toBe(-(ba.value.result as number) || 0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('semver.sort, emitted', () => {
  it('sorts §11 shuffled back into its order, and newest first when asked', () => {
    const shuffled = [...CHAIN].reverse().sort((x, y) => (x.length === y.length ? 0 : x.length - y.length));
    expect(sort(shuffled)).toEqual({ ok: true, value: { sorted: CHAIN } });
    expect(sort(shuffled, 'desc')).toEqual({ ok: true, value: { sorted: [...CHAIN].reverse() } });
  });

  it('keeps versions of equal precedence in the order sent', () => {
    expect(sort(['1.0.0+b', '0.9.0', '1.0.0+a'])).toEqual({
      ok: true,
      value: { sorted: ['0.9.0', '1.0.0+b', '1.0.0+a'] },
    });
  });

  it.each([[[]], [['1.0.0', '1.2']], ['1.0.0'], [[1, 2]]])('refuses %p', (versions) => {
    expect(sort(versions).ok).toBe(false);
  });
});

describe('the semver recogniser', () => {
  it.each([
    ['given two semantic versions, return the newer one', 'semver.compare'],
    ['compare two version numbers the SemVer way', 'semver.compare'],
    ['Zwei Versionsnummern nach SemVer vergleichen und die neuere zurückgeben', 'semver.compare'],
    ['comparar dos versiones semánticas y decir cuál es más nueva', 'semver.compare'],
    ['comparer deux versions sémantiques', 'semver.compare'],
    ['confrontare due versioni semantiche', 'semver.compare'],
    ['comparar duas versões semânticas e dizer qual é a mais nova', 'semver.compare'],
    ['sort a list of semantic versions from oldest to newest', 'semver.sort'],
    // Precedence said beside a list still sorts the list (it states how, not that it compares two).
    [
      'sort a list of semantic versions from oldest to newest (pre-releases come before their release)',
      'semver.sort',
    ],
    ['Eine Liste von Versionen sortieren, neueste zuerst', 'semver.sort'],
    ['ordenar una lista de versiones semánticas', 'semver.sort'],
    ['trier une liste de versions sémantiques', 'semver.sort'],
  ])('reads %p as %s', (text, fn) => {
    const found = recogniseFeature(text);
    expect(found && 'design' in found ? found.design.function : null).toBe(fn);
  });

  it.each([
    'una versión que no es semántica (por ejemplo "1.2") da 400',
    'eine Version, die nicht semantisch ist (etwa "1.2"), wird mit 400 abgelehnt',
    'une version non sémantique (comme "1.2") est refusée',
  ])('reads %p as the refusals of a comparison', (text) => {
    const found = recogniseFeature(text);
    expect(found && 'constraint' in found ? found.constraint.function : null).toBe('semver.compare');
  });

  it('reads newest first as a descending sort', () => {
    const found = recogniseFeature('sort the versions newest first');
    expect(found && 'design' in found ? found.design.options : null).toEqual({ order: 'desc' });
  });

  it.each([
    'keep a list of released versions per app',
    'store the version of every deployed service',
    'bump the minor version of a release',
    'list the apps sorted by version',
    'show the latest version of each app',
    'which app has the newest version',
  ])('leaves %p to other readers', (text) => {
    const found = recogniseFeature(text);
    expect(found !== null && 'design' in found && found.design.function.startsWith('semver.')).toBe(false);
  });

  it('realises every feature of a free-text intent, the rejection of "1.2" on the comparison', () => {
    const features = [
      'given two semantic versions, return the newer one',
      'sort a list of semantic versions from oldest to newest (pre-releases come before their release)',
      'something that is not a semantic version, like "1.2", is rejected',
    ];
    const { contract, fidelity } = judgedOffline(familyIntent('versions', 'Release tooling', features));
    expect(fidelity.map((f) => f.realised)).toEqual([true, true, true]);
    const compareEndpoint = contract.endpoints.find((e) => e.features.includes(features[2]));
    expect(compareEndpoint?.behavior).toMatchObject({ kind: 'function', function: 'semver.compare' });
  });
});
