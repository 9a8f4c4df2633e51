import { familyIntent, judgedOffline } from '../testing/offline-spec';
import { runCatalogFunction } from './testing/run-function';

/* Whitespace tidied (text-whitespace.ts): the emitted code on examples by hand, its refusals, and a property. */

const run = (text: unknown, trim: boolean, collapse: boolean) =>
  runCatalogFunction('text.whitespace', { text }, { trim, collapse });

describe('the emitted whitespace code', () => {
  it.each([
    ['\u00a0 non-breaking\u00a0\u00a0space \u2003', true, false, 'non-breaking\u00a0\u00a0space'],
    ['line one\r\n\r\nline two', false, true, 'line one line two'],
    ['  ça   va ?  ', true, true, 'ça va ?'],
    ['already tidy', true, true, 'already tidy'],
  ])('tidies %p (trim %p, collapse %p) to %p', (text, trim, collapse, want) => {
    expect(run(text, trim, collapse)).toEqual({ ok: true, value: { result: want } });
  });

  it('refuses a text of whitespace only, an empty one, or one that is no string', () => {
    for (const text of ['', ' \t\n ', '\u00a0', 42, null, undefined])
      expect(run(text, true, true).ok).toBe(false);
  });

  it('never throws, keeps every other character in order, and leaves no run or edge it was asked to remove (property)', () => {
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const alphabet = [...'ab ç\t\n\u00a0.😀'];
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: next() % 14 }, () => alphabet[next() % alphabet.length]).join('');
      for (const [trim, collapse] of [
        [true, false],
        [false, true],
        [true, true],
      ]) {
        const result = run(text, trim, collapse);
        if (text.trim() === '') {
          expect(result.ok).toBe(false);
          continue;
        }
        const out = result.ok ? String(result.value.result) : '';
        expect(out.replace(/\s/gu, '')).toBe(text.replace(/\s/gu, ''));
        if (trim) expect(out).toBe(out.trim());
        if (collapse) expect(/\s{2}|[^\S ]/u.test(out)).toBe(false);
      }
    }
  });
});

describe('what a whitespace feature designs', () => {
  it('realises an intent that asks, in Spanish, for extra spaces removed at both ends and between words', () => {
    const { contract, fidelity } = judgedOffline(
      familyIntent('limpiar', 'Limpiar nombres.', [
        'quitar los espacios sobrantes de un texto: al principio, al final y los repetidos entre palabras',
      ]),
    );
    expect(fidelity.filter((f) => !f.realised)).toEqual([]);
    const behavior = contract.endpoints.find((e) => e.behavior.kind === 'function')?.behavior;
    expect(behavior).toMatchObject({ function: 'text.whitespace', options: { trim: true, collapse: true } });
  });
});
