import { runInNewContext } from 'node:vm';
import { matchesShape, type AcceptanceCheck, type ValueShape } from '@sf/service-spec';
import ts from 'typescript';
import { tokenDesign, uuidDesign } from '../catalog/random-values';
import { runCatalogFunction } from '../catalog/testing/run-function';
import { testSupportSource } from '../codegen/test-support-source';
import { happyExampleCheck } from './happy-example-checks';

/*
 * A check that values are new on every call must not fail a correct service by chance: a token of two hex
 * digits repeats in two calls once in 256, so its check draws as many values as keep that below 1e-12 and asks
 * that they are not all the same. Run here as the generated tests run it (the kit's own matchesShape, compiled
 * from tests/support.ts) and as the gate reads it, against the emitted generator and against a constant.
 */

type Match = (shape: ValueShape, actual: unknown, saved: Record<string, string>) => boolean;

/** `matchesShape` of the generated tests' kit (tests/support.ts), compiled from its source text. */
function generatedMatch(): Match {
  const source = testSupportSource('error_object');
  const from = source.indexOf('/** Whether a value is a JSON object. */');
  const to = source.indexOf('/**\n * The same match with arrays in order');
  const js = ts.transpileModule(source.slice(from, to), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const exports: Record<string, unknown> = {};
  runInNewContext(js, { exports, module: { exports } });
  return exports.matchesShape as Match;
}

/** Runs a happy check's steps against `answer` (one call each), as the acceptance pack does; true when it passes. */
function passes(check: AcceptanceCheck, answer: () => Record<string, unknown>, match: Match): boolean {
  const saved: Record<string, string> = {};
  for (const step of check.steps) {
    const body = answer();
    const expected = step.expect.body_contains as Record<string, { $shape: ValueShape }>;
    for (const [field, value] of Object.entries(expected)) {
      if (!match(value.$shape, body[field], saved)) return false;
    }
    for (const [name, field] of Object.entries(step.save ?? {})) saved[name] = String(body[field]);
  }
  return true;
}

const TWO_HEX = tokenDesign('hex', 1, 2);
const checkOf = (x: (typeof TWO_HEX)['examples'][number]) =>
  happyExampleCheck('e1', { method: 'POST', path: '/tokens' }, x);

describe('the check that a token of two hex digits is new on every call', () => {
  const check = checkOf(TWO_HEX.examples[0]);
  const token = () => {
    const r = runCatalogFunction('random.token', {}, TWO_HEX.options ?? {});
    if (!r.ok) throw new Error(r.problems.join('; '));
    return r.value;
  };
  const matchers: [string, Match][] = [
    ['the generated tests', generatedMatch()],
    ['the gate', matchesShape],
  ];

  it('calls six times and asks the last answer not to be the same as all five before', () => {
    expect(check.steps).toHaveLength(6);
    const last = check.steps[5].expect.body_contains as { token: { $shape: ValueShape } };
    expect(last.token.$shape.differs_from).toEqual([
      'first_token',
      'call2_token',
      'call3_token',
      'call4_token',
      'call5_token',
    ]);
  });

  it.each(matchers)('passes 1,000 runs against the emitted generator (%s)', (_by, match) => {
    const failed = Array.from({ length: 1000 }, () => passes(check, token, match)).filter((ok) => !ok);
    expect(failed).toHaveLength(0);
  });

  it.each(matchers)(
    'fails a service answering one constant token, and one of the wrong shape (%s)',
    (_by, match) => {
      expect(passes(check, () => ({ token: 'a7' }), match)).toBe(false);
      let n = 0;
      expect(passes(check, () => ({ token: (n++).toString(16).padStart(3, '0') }), match)).toBe(false);
    },
  );

  it.each(matchers)('asks only that the six answers are not all one token (%s)', (_by, match) => {
    let n = 0;
    expect(passes(check, () => ({ token: n++ < 5 ? 'a7' : 'b8' }), match)).toBe(true);
    n = 0;
    expect(passes(check, () => ({ token: n++ < 6 ? 'a7' : 'b8' }), match)).toBe(false);
  });
});

describe('the number of calls other generated values are shown new with', () => {
  it('keeps two calls for a UUID v4 and for a token of 32 hex digits, eleven for one hex digit', () => {
    expect(checkOf(uuidDesign().examples[0]).steps).toHaveLength(2);
    expect(checkOf(tokenDesign('hex', 16, 32).examples[0]).steps).toHaveLength(2);
    expect(checkOf(tokenDesign('hex', 1, 1).examples[0]).steps).toHaveLength(11);
    expect(checkOf(tokenDesign('base64url', 1, 2).examples[0]).steps).toHaveLength(6);
  });

  it('writes a two-call check of one saved name, as the gate and the kit have always read it', () => {
    const last = checkOf(uuidDesign().examples[0]).steps[1].expect.body_contains as {
      uuid: { $shape: ValueShape };
    };
    expect(last.uuid.$shape.differs_from).toBe('first_uuid');
  });
});
