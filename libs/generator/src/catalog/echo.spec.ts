import fc from 'fast-check';
import { recogniseFeature } from './catalog';
import { runCatalogFunction } from './testing/run-function';

/* Echo routes: the emitted code against texts and their echoes written by hand, and the recogniser. */

const echo = (text: unknown) => runCatalogFunction('echo.repeat', { text }, {});

describe('echo.repeat (the emitted code)', () => {
  it.each([
    ['hi', 'hi'],
    ['hello partner', 'hello partner'],
    ['¿Qué tal?', '¿Qué tal?'],
    ['  leading and trailing  ', '  leading and trailing  '],
    ['MiXeD cAsE', 'MiXeD cAsE'],
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['1e3', '1e3'],
  ])('%p comes back as %p', (text, answer) => {
    expect(echo(text)).toEqual({ ok: true, value: { echo: answer } });
  });

  it.each([[''], [42], [null], [undefined], [['hi']], [{ text: 'hi' }]])('refuses %p', (text) => {
    const result = echo(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(/^text /);
  });

  it('answers every non-empty text exactly as sent, and refuses anything else, never throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.anything()), (text) => {
        const result = echo(text);
        if (typeof text === 'string' && text !== '')
          expect(result).toEqual({ ok: true, value: { echo: text } });
        else expect(result.ok).toBe(false);
      }),
    );
  });
});

describe('the echo recogniser', () => {
  const found = (text: string) => {
    const r = recogniseFeature(text);
    return r && 'design' in r ? r.design : null;
  };

  it.each([
    ['GET /echo?msg=hi returns {"echo": "hi"}', 'GET', 'msg'],
    ['GET /v1/echo?msg=<text> returns {"msg": <text>}', 'GET', 'msg'],
    ['GET /say?word=hello returns {"word": "hello"}', 'GET', 'word'],
    ['GET /ping?nom=Ana renvoie {"pong": "Ana"}', 'GET', 'nom'],
    [
      'POST /eco con {"mensaje": string} devuelve {"eco": string} con el mismo mensaje recibido',
      'POST',
      'mensaje',
    ],
    ['POST /echo avec {"texte": string} renvoie {"recu": string}, le texte tel quel', 'POST', 'texte'],
    ['a GET endpoint that repeats back the message passed in the query string', 'GET', 'message'],
    ['an endpoint that echoes the text it is sent', 'POST', 'text'],
  ])('reads %p as an echo', (text, method, input) => {
    const d = found(text);
    expect(d).toMatchObject({ function: 'echo.repeat', method });
    expect(d?.inputs.map((i) => i.field.name)).toEqual([input]);
  });

  it.each([
    // A constant: the feature states its answer.
    'GET /ping returns {"pong": true}',
    // The answer differs from what was sent: another computation, or none the catalog knows.
    'GET /greet?name=Ana returns {"greeting": "Hello, Ana"}',
    'GET /shout?text=hi returns {"text": "HI"}',
    // Repeated n times is not an echo.
    'an endpoint that repeats the message 3 times',
    // Stored, not answered back.
    'save a message and echo its id',
    'POST /notes with {"text": string} returns {"text": string}, the same note with its id',
    // Two texts sent: which one comes back is not said.
    'GET /echo?a=x&b=y returns {"echo": "x"}',
  ])('does not read %p as an echo', (text) => {
    expect(found(text)?.function).not.toBe('echo.repeat');
  });

  it('gives worked examples whose answer is the very text sent', () => {
    const d = found('GET /echo?msg=hi returns {"echo": "hi"}');
    expect(d?.examples.length).toBeGreaterThanOrEqual(3);
    for (const x of d?.examples ?? []) expect(x.output).toEqual({ echo: x.input.msg });
  });
});
