import { familyIntent, judgedOffline } from '../testing/offline-spec';
import { designSpec } from '../spec-design/spec-designer';
import { recogniseFeature } from './catalog';
import { precedence, writtenVersions } from './semver-rules';
import { runCatalogFunction } from './testing/run-function';

/*
 * Precedence rules said in features of their own (semver-rules.ts): the reference order against SemVer 2.0.0
 * §11's own chain and against the emitted comparison; rules read as constraints of a comparison or a sort (and
 * their written versions as a worked example in order), refusals and lone rules left alone.
 */

/** SemVer 2.0.0 §11, example 4, each older than the next, and 1.9.0 < 1.10.0. */
const CHAIN = ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2'].concat(
  '1.0.0-beta.11 1.0.0-rc.1 1.0.0 1.9.0 1.10.0 2.0.0'.split(' '),
);

describe('the reference precedence', () => {
  it.each(CHAIN.slice(1).map((newer, i) => [CHAIN[i], newer]))('%s is older than %s', (older, newer) => {
    expect([precedence(older, newer), precedence(newer, older), precedence(older, older)]).toEqual([
      -1, 1, 0,
    ]);
  });

  it('agrees with the emitted comparison on every pair of the chain', () => {
    for (const a of CHAIN)
      for (const b of CHAIN) {
        const emitted = runCatalogFunction('semver.compare', { a, b }, {});
        expect({ a, b, result: emitted.ok ? emitted.value.result : null }).toEqual({
          a,
          b,
          result: precedence(a, b),
        });
      }
  });

  it('reads the versions a feature writes, not other numbers', () => {
    expect(writtenVersions('1.0.0-alpha < 1.0.0-beta < 1.0.0, not 1.2 or 10.0.0.1')).toEqual([
      '1.0.0-alpha',
      '1.0.0-beta',
      '1.0.0',
    ]);
  });
});

describe('a precedence rule said alone', () => {
  it.each([
    'a pre-release comes before its release (1.0.0-alpha < 1.0.0)',
    'Vorabversionen kommen vor der endgültigen Version',
    'las partes se comparan como números: 1.10.0 es más nueva que 1.9.0',
    'une pré-version passe avant la version finale : 1.0.0-alpha < 1.0.0-beta < 1.0.0',
  ])('is a rule of the comparison or sort: %j', (text) => {
    const found = recogniseFeature(text);
    expect(found && 'constraint' in found ? found.constraint.function : null).toBe('semver.sort');
  });

  it.each([
    'a pre-release version is refused with 400',
    'store each release with its version number',
    'numbers before 10 are written in words',
  ])('leaves alone %j', (text) => {
    const found = recogniseFeature(text);
    expect(found && 'constraint' in found ? found.constraint.function : null).not.toBe('semver.sort');
  });

  it('joins a sort with the written versions as a worked example in order', () => {
    const features = [
      'sort a list of semantic versions from oldest to newest',
      'a pre-release comes before its release: 2.0.0-rc.1 < 2.0.0 < 2.0.1',
    ];
    const { contract } = designSpec(familyIntent('rules', 'Order our releases.', features));
    const [sort] = contract.endpoints.filter((e) => e.behavior.kind === 'function');
    expect(sort.features).toEqual(features);
    const written = contract.acceptance.find(
      (c) => c.endpoint_id === sort.id && c.description.includes('as written'),
    );
    expect(JSON.stringify(written)).toContain('["2.0.0-rc.1","2.0.0","2.0.1"]');
  });

  it('sends the non-versions a refusal quotes', () => {
    const features = [
      'POST /versions/compare with {"a": string, "b": string} returns {"result": -1 | 0 | 1}',
      'anything that is not semver, like "1.2", "v2.0.0" or "1.x", is rejected with 400',
    ];
    const { contract } = designSpec(familyIntent('rules', 'Compare versions.', features));
    const sent = contract.acceptance.filter((c) => c.kind !== 'happy').map((c) => JSON.stringify(c));
    for (const bad of ['v2.0.0', '1.x']) expect(sent.some((c) => c.includes(`"${bad}"`))).toBe(true);
  });

  it('stays unrealised with no comparison or sort to join', () => {
    const { fidelity } = judgedOffline(
      familyIntent('rules', 'Versions.', ['a pre-release comes before its release (1.0.0-alpha < 1.0.0)']),
    );
    expect(fidelity.every((f) => f.realised)).toBe(false);
  });
});
