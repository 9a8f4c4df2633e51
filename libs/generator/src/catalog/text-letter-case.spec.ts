import { familyIntent, judgedOffline } from '../testing/offline-spec';
import { recogniseFeature } from './catalog';
import type { FunctionDesign } from './catalog-entry';
import { runCatalogFunction } from './testing/run-function';

/*
 * Letter case (text-letter-case.ts): the emitted code against examples worked out independently of it (Unicode's
 * case tables, not the design's own worked examples), its refusals, what a feature designs, and the gate's verdict
 * on whole intents.
 */

const run = (input: Record<string, unknown>, options: Record<string, string>) =>
  runCatalogFunction('text.letter-case', input, options);
const one = (mode: string, text: unknown) => run({ text }, { modes: mode, how: 'one' });

function designOf(feature: string): FunctionDesign {
  const found = recogniseFeature(feature);
  if (!found || !('design' in found)) throw new Error(`${feature} is not designed`);
  return found.design;
}

describe('the emitted letter-case code', () => {
  it.each([
    ['upper', 'Straße', 'STRASSE'],
    ['upper', 'ﬁne ŉ', 'FINE ʼN'],
    ['upper', 'istanbul', 'ISTANBUL'],
    ['lower', 'TITLE İ', 'title i̇'],
    ['lower', 'ΟΔΟΣ', 'οδος'],
    ['lower', 'ÀÉÎÕÜ Ñ', 'àéîõü ñ'],
    ['title', 'o’neill and mcdonald-smith', 'O’neill And Mcdonald-Smith'],
    ['title', '3rd place: éclair au CAFÉ', '3rd Place: Éclair Au Café'],
    ['title', '  two   spaces ', '  Two   Spaces '],
    ['sentence', '¿qué TAL? muy bien. ¡gracias!', '¿Qué tal? Muy bien. ¡Gracias!'],
    ['sentence', 'version 2.5 is out. GREAT', 'Version 2.5 is out. Great'],
    ['sentence', '"WAIT," she said. ok', '"Wait," she said. Ok'],
    ['title', 'ΟΔΟΣ ΑΣ', 'Οδος Ας'],
    ['title', 'ßa ﬁre', 'Ssa Fire'],
  ])('writes %s case of %p as %p', (mode, text, want) => {
    expect(one(mode, text)).toEqual({ ok: true, value: { result: want } });
  });

  it('keeps a letter written as a base letter and a combining accent whole in title case', () => {
    expect(one('title', 'e\u0301cole')).toEqual({ ok: true, value: { result: 'E\u0301cole' } });
  });

  it('answers every named mode at once under <mode>_case', () => {
    expect(run({ text: 'ça va' }, { modes: 'upper,sentence', how: 'all' })).toEqual({
      ok: true,
      value: { upper_case: 'ÇA VA', sentence_case: 'Ça va' },
    });
  });

  it('picks the mode the caller names, spelled as the feature spells it, and refuses any other naming the allowed', () => {
    const options = { modes: 'upper,lower', how: 'choose', values: 'MAYUSCULAS,minusculas' };
    expect(run({ text: 'Año', mode: 'MAYUSCULAS' }, options)).toEqual({ ok: true, value: { result: 'AÑO' } });
    const refused = run({ text: 'Año', mode: 'upper' }, options);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.problems.join()).toContain('"MAYUSCULAS", "minusculas"');
  });

  it('refuses a blank text or a text that is no string', () => {
    for (const text of ['', '   ', '\n\t', 42, null, undefined, ['a']]) {
      expect(one('upper', text).ok).toBe(false);
    }
  });

  it('never throws and keeps the text letter for letter in upper or lower case, whatever the text (property)', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const alphabet = [..."aZß éÉ.!? ¿'’-3\u0301İΣ👍🏽\n\tçÇ"];
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: next() % 12 }, () => alphabet[next() % alphabet.length]).join('');
      for (const mode of ['upper', 'lower', 'title', 'sentence']) {
        const result = one(mode, text);
        if (text.trim() === '') expect(result.ok).toBe(false);
        else expect(result.ok).toBe(true);
      }
      if (text.trim() !== '') {
        expect(one('upper', text)).toEqual({ ok: true, value: { result: text.toUpperCase() } });
        expect(one('lower', text)).toEqual({ ok: true, value: { result: text.toLowerCase() } });
        // Title and sentence case change letters' case only: lower-cased, they are the text lower-cased (but
        // for a capital of two letters, ß → Ss; ı and ς, whose capitals I and Σ lower-case to i and σ, are left out).
        for (const mode of text.includes('ß') ? [] : ['title', 'sentence']) {
          const result = one(mode, text);
          expect(result.ok && String(result.value.result).toLowerCase()).toBe(text.toLowerCase());
        }
      }
    }
  });
});

describe('what a letter-case feature designs', () => {
  it('designs one mode at its own route with the text in and the result out', () => {
    const d = designOf('convert text to upper case');
    expect([d.method, d.path, d.options]).toEqual([
      'POST',
      '/text/upper-case',
      { modes: 'upper', how: 'one' },
    ]);
    expect(d.inputs.map((i) => i.param)).toEqual(['text']);
    expect(d.outputs.map((o) => o.field)).toEqual(['result']);
  });

  it('designs a mode field listing exactly the modes a feature lets the caller pick', () => {
    const d = designOf('Text in Groß- oder Kleinbuchstaben umwandeln');
    expect(d.path).toBe('/text/case');
    expect(d.inputs.find((i) => i.param === 'mode')?.field.enum).toEqual(['upper', 'lower']);
    expect(d.refusals.some((r) => r.input.mode === 'shout')).toBe(true);
  });

  it('honours a spelled-out route, its mode values and its result field', () => {
    const intent = familyIntent('text-case', 'Change the letter case of user-entered text.', [
      'POST /convert-case with body {"text": string, "style": "UPPER"|"lower"|"Title"} returns {"converted": string}',
      'an unknown style is refused with 400',
    ]);
    const { contract, fidelity } = judgedOffline(intent);
    const endpoint = contract.endpoints.find((e) => e.path === '/convert-case');
    expect(endpoint?.method).toBe('POST');
    const style = endpoint?.request.body?.fields.find((f) => f.name === 'style');
    expect(style?.enum).toEqual(['UPPER', 'lower', 'Title']);
    expect(fidelity.every((f) => f.realised)).toBe(true);
  });

  it.each([
    [
      'upper case with ß and an empty-text refusal',
      [
        'convert a text to upper case; German ß becomes SS and accented letters keep their accents',
        'an empty text is refused with 400',
      ],
    ],
    [
      'three cases at once, in German',
      [
        'einen Text auf einmal in Großbuchstaben, in Kleinbuchstaben und mit großem Anfangsbuchstaben jedes Wortes zurückgeben',
      ],
    ],
    [
      'sentence case, in French',
      ['mettre un texte en minuscules avec une majuscule au début de chaque phrase'],
    ],
    [
      'title case in words, in Spanish',
      ['poner en mayúscula la primera letra de cada palabra de un título y el resto en minúscula'],
    ],
  ])('realises an intent of %s', (_what, features) => {
    const { fidelity } = judgedOffline(familyIntent('letter-case', 'Letter case of texts.', features));
    expect(fidelity.filter((f) => !f.realised)).toEqual([]);
  });
});
