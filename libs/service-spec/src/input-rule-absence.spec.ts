import { readInputRules } from './input-rule-reading';
import { sameTerm } from './same-terms';

/*
 * Refusal clauses about an input's presence and type, read by the designer and the gate alike: "where nothing was
 * sent" (the "where" names no input), "no text where a number should be" (a prohibition with no word of refusal),
 * Italian "manca", Portuguese "não pode ficar em branco"; a password or a phrase named in the languages intents
 * are written in. Statements that refuse nothing stay unread.
 */

const clauses = (feature: string) => readInputRules(feature)?.clauses ?? null;

describe('refusal clauses of absence and type', () => {
  it('reads "nothing was sent" after "where" as a missing value naming no input', () => {
    expect(clauses('refuse requests where nothing was sent')).toEqual([{ kind: 'missing', words: [] }]);
  });

  it('reads text where a number should be as a value that is no number, in several languages', () => {
    expect(clauses('no text where a number should be')).toEqual([{ kind: 'nan', words: [] }]);
    expect(clauses('kein Text, wo eine Zahl hingehört')).toEqual([{ kind: 'nan', words: [] }]);
    expect(clauses('nada de texto donde va un número')).toEqual([{ kind: 'nan', words: [] }]);
    expect(clauses('niente testo dove serve un numero')).toEqual([{ kind: 'nan', words: [] }]);
    expect(clauses('pas de texte là où il faut un nombre')).toEqual([{ kind: 'nan', words: [] }]);
    expect(clauses('nada de texto onde deveria haver um número')).toEqual([{ kind: 'nan', words: [] }]);
  });

  it('leaves unread a sentence about text and numbers that refuses nothing', () => {
    expect(clauses('show the text where a number should be highlighted')).toBeNull();
    expect(clauses('count the numbers in a text')).toBeNull();
  });

  it('reads Italian "manca" as a missing value of the input it names', () => {
    expect(clauses('Se la frase manca, rispondere 400')).toEqual([{ kind: 'missing', words: ['frase'] }]);
    expect(clauses('Se la frase manca o è vuota, rispondere 400')).toEqual([
      { kind: 'missing', words: ['frase'] },
      { kind: 'empty', words: ['frase'] },
    ]);
  });

  it('reads Portuguese "não pode ficar em branco" as a blank value refused', () => {
    expect(clauses('O título não pode ficar em branco')).toEqual([{ kind: 'blank', words: ['titulo'] }]);
  });

  it('names a password and a phrase alike across languages, and nothing else by them', () => {
    for (const w of ['passwort', 'kennwort', 'contrasena', 'senha', 'passe'])
      expect(sameTerm(w, 'password')).toBe(true);
    expect(sameTerm('frase', 'phrase')).toBe(true);
    expect(sameTerm('passwort', 'username')).toBe(false);
    expect(sameTerm('frase', 'title')).toBe(false);
  });
});
