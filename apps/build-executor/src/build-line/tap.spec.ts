import { parseTap } from './tap';

const OUTPUT = `TAP version 13
# Subtest: /w/tests/acceptance.test.js
    # Subtest: AC-01 greets
    ok 1 - AC-01 greets
      ---
      duration_ms: 3.1
      ...
    # Subtest: AC-02 creates a note
    not ok 2 - AC-02 creates a note
      ---
      duration_ms: 4.2
      failureType: 'testCodeFailure'
      error: |-
        Expected values to be strictly equal:

        200 !== 201
      code: 'ERR_ASSERTION'
      expected: 201
      actual: 200
      ...
    1..2
not ok 1 - /w/tests/acceptance.test.js
  ---
  error: 'test failed'
  ...
# tests 2
# pass 1
# fail 1
`;

describe('parseTap', () => {
  it('counts leaf tests from the summary lines', () => {
    const summary = parseTap(OUTPUT);
    expect(summary).toMatchObject({ total: 2, passed: 1, failed: 1, passedNames: ['AC-01 greets'] });
  });

  it('keeps the whole assertion message of a failing test, block scalars included', () => {
    const [failure] = parseTap(OUTPUT).failures;
    expect(failure.test).toBe('AC-02 creates a note');
    expect(failure.message).toBe(
      'error: Expected values to be strictly equal: 200 !== 201 | expected: 201 | actual: 200',
    );
  });

  it('does not count the file-level result as a failing test', () => {
    expect(parseTap(OUTPUT).failures.map((f) => f.test)).toEqual(['AC-02 creates a note']);
  });
});
