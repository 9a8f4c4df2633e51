import { CliError, EXIT } from './cli-errors';
import { parseIntentText, positionOf } from './input-file';

function failure(text: string, name: string): CliError {
  try {
    parseIntentText(text, name);
  } catch (err) {
    return err as CliError;
  }
  throw new Error('expected a parse failure');
}

describe('parseIntentText', () => {
  it('reads a YAML intent with comments and lists', () => {
    const text =
      '# mine\nservice_name: shelf-svc\nkey_features:\n  - Add books\n  - List books\nport: 9000\n';

    expect(parseIntentText(text, 'shelf.yaml')).toEqual({
      service_name: 'shelf-svc',
      key_features: ['Add books', 'List books'],
      port: 9000,
    });
  });

  it('reads JSON from standard input by its first character', () => {
    expect(parseIntentText('  {"service_name":"a-b"}', '<stdin>')).toEqual({ service_name: 'a-b' });
  });

  it('names the line and column of a YAML indentation error (exit 2)', () => {
    const err = failure('purpose: x\nkey_features:\n    - one\n  - two\n', 'intent.yml');

    expect(err.exitCode).toBe(EXIT.usage);
    expect(err.code).toBe('MALFORMED_INPUT');
    expect(err.details).toMatchObject({ format: 'YAML', line: 4 });
    expect(err.message).toMatch(/^intent\.yml:4:\d+: malformed YAML at line 4/);
  });

  it('refuses a YAML key given twice', () => {
    const err = failure('port: 1\nport: 2\n', 'twice.yaml');

    expect(err.details).toMatchObject({ line: 2, column: 1 });
  });

  it('names the line and column of a JSON syntax error', () => {
    const err = failure('{\n  "a": 1,\n  "b": tru\n}', 'x.json');

    expect(err.exitCode).toBe(EXIT.usage);
    expect(err.details).toMatchObject({ format: 'JSON', line: 3 });
    expect(err.message).toContain('malformed JSON at line 3, column');
  });

  it('puts a truncated JSON document at its end', () => {
    const err = failure('{\n  "a": [1, 2', 'cut.json');

    expect(err.details).toMatchObject({ line: 2, column: 13 });
  });

  it('refuses a document that is not one object', () => {
    expect(failure('- a\n- b\n', 'list.yaml').code).toBe('INPUT_NOT_AN_OBJECT');
    expect(failure('"text"', 'x.json').code).toBe('INPUT_NOT_AN_OBJECT');
  });
});

describe('positionOf', () => {
  it('counts lines and columns from 1', () => {
    expect(positionOf('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(positionOf('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
