import { PassThrough } from 'node:stream';
import { ApiError, UsageError } from './cli-errors';
import { Output, outputMode, plainText } from './output';

function capture(json: boolean, fancy = false) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  return { output: new Output({ json, fancy }, stdout, stderr), out: () => out, err: () => err };
}

describe('outputMode', () => {
  it('animates and colors only a terminal without NO_COLOR or --json', () => {
    expect(outputMode(false, {}, true).fancy).toBe(true);
    expect(outputMode(false, {}, false).fancy).toBe(false);
    expect(outputMode(false, { NO_COLOR: '1' }, true).fancy).toBe(false);
    expect(outputMode(false, { TERM: 'dumb' }, true).fancy).toBe(false);
    expect(outputMode(true, {}, true).fancy).toBe(false);
  });
});

describe('Output', () => {
  it('prints an API refusal with its code and each invalid field on stderr', () => {
    const { output, err, out } = capture(false);

    output.error(
      new ApiError(400, 'VALIDATION_FAILED', 'invalid field(s): port', {
        fields: [{ field: 'port', problems: ['must be >= 1024'] }],
      }),
    );

    expect(out()).toBe('');
    expect(err()).toContain('error: VALIDATION_FAILED: invalid field(s): port');
    expect(err()).toContain('  port: must be >= 1024');
  });

  it('prints errors as one JSON document on stdout with --json', () => {
    const { output, out } = capture(true);

    output.error(new UsageError('MALFORMED_INPUT', 'x.yaml:2:3: malformed YAML'));

    expect(JSON.parse(out())).toMatchObject({ error: { code: 'MALFORMED_INPUT' }, exit_code: 2 });
  });

  it('aligns table columns and fills empty cells', () => {
    const { output, out } = capture(false);

    output.table(
      ['A', 'LONGER'],
      [
        ['first', null],
        ['x', 'y'],
      ],
    );

    expect(out()).toBe('A      LONGER\nfirst  -\nx      y\n');
  });
});

describe('plainText', () => {
  it('drops escape sequences and other control characters from service data, keeping tabs and newlines', () => {
    expect(plainText('notes\u001b[2J\u001b]0;owned\u0007 svc\tok\nnext\u009b')).toBe(
      'notes[2J]0;owned svc\tok\nnext',
    );
  });
});
