import fc from 'fast-check';
import { recogniseFeature } from './catalog';
import { runCatalogFunction } from './testing/run-function';

/*
 * Semver bump (semver-bump.ts): the emitted code against versions bumped by hand (SemVer 2.0.0 §6–§8, npm's rule
 * for a pre-release), two properties (a bumped version is newer than the one sent, by semver.compare, and carries
 * no pre-release; any value is answered, never thrown on), and what the recogniser leaves alone.
 */

const bump = (version: unknown, part: unknown) => runCatalogFunction('semver.bump', { version, part }, {});
const compare = (a: unknown, b: unknown) => runCatalogFunction('semver.compare', { a, b }, {});

describe('semver.bump, emitted', () => {
  it.each([
    ['1.4.2', 'patch', '1.4.3'],
    ['1.4.2', 'minor', '1.5.0'],
    ['1.4.2', 'major', '2.0.0'],
    ['2.3.9', 'patch', '2.3.10'],
    ['1.9.9', 'minor', '1.10.0'],
    ['9.9.9', 'major', '10.0.0'],
    ['0.0.0', 'patch', '0.0.1'],
    ['1.2.3+build.5', 'patch', '1.2.4'],
    ['99999999999999999999.0.0', 'major', '100000000000000000000.0.0'],
    // A pre-release goes to its release when that is the next version of the part asked, as npm's semver does.
    ['1.0.0-rc.1', 'patch', '1.0.0'],
    ['1.2.0-beta', 'minor', '1.2.0'],
    ['1.2.3-beta', 'minor', '1.3.0'],
    ['2.0.0-alpha.1', 'major', '2.0.0'],
    ['2.1.0-alpha', 'major', '3.0.0'],
  ])('%s bumped by %s is %s', (version, part, next) => {
    expect(bump(version, part)).toEqual({ ok: true, value: { version: next } });
  });

  it.each([
    ['1.2', 'patch'],
    ['v1.2.3', 'minor'],
    ['01.2.3', 'major'],
    ['1.2.3', 'huge'],
    ['1.2.3', 'MAJOR'],
    [123, 'patch'],
    ['1.2.3', undefined],
  ])('refuses %j with part %j', (version, part) => {
    expect(bump(version, part).ok).toBe(false);
  });

  it('answers a version newer than the one sent, without a pre-release (property)', () => {
    const num = fc.integer({ min: 0, max: 5000 }).map(String);
    const pre = fc.option(fc.constantFrom('alpha', 'beta.2', 'rc.1', '0'), { nil: undefined });
    fc.assert(
      fc.property(num, num, num, pre, fc.constantFrom('major', 'minor', 'patch'), (a, b, c, p, part) => {
        const version = `${a}.${b}.${c}${p === undefined ? '' : `-${p}`}`;
        const result = bump(version, part);
        if (!result.ok) return false;
        const next = String(result.value.version);
        const order = compare(next, version);
        return !next.includes('-') && order.ok && order.value.result === 1;
      }),
    );
  });

  it('answers every value sent, never throwing', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (version, part) => {
        const result = bump(version, part);
        return typeof result.ok === 'boolean';
      }),
    );
  });
});

describe('semver.bump, recognised', () => {
  it.each([
    'bump a semantic version by major, minor or patch',
    'compute the next minor version of 1.4.2',
    'Versionsnummer erhöhen (major, minor, patch)',
    'incrementare una versione semver',
  ])('reads %j as a bump', (text) => {
    const found = recogniseFeature(text);
    expect(found && 'design' in found ? found.design.function : null).toBe('semver.bump');
  });

  it.each([
    'bump the version of a package in our registry and publish it',
    'store every release with its version and list the latest one',
    'increment the counter of a page each time it is visited',
    'take a semantic version apart into major, minor and patch',
  ])('does not read %j as a bump', (text) => {
    const found = recogniseFeature(text);
    expect(found && 'design' in found ? found.design.function : null).not.toBe('semver.bump');
  });
});
