import type { GlossaryClaim } from './catalog-entry';

/** What the text family's emitted code truly does, claim by claim (catalog-entry.ts `GlossaryClaim`). */
export const TEXT_GLOSSARY: Readonly<Record<string, readonly GlossaryClaim[]>> = {
  'text.statistics': [
    {
      claim:
        'a sentence ends at a full stop (.), a question mark (?) or an exclamation mark (!); text after the last one is no sentence',
      words:
        'sentence sentences end ends ending ended full stop stops period periods dot question exclamation mark marks punctuation ' +
        'satz satze endet enden ende punkt punkte fragezeichen ausrufezeichen satzzeichen ' +
        'frase frases termina terminan final punto puntos interrogacion exclamacion signo signos ' +
        'phrase phrases termine finit point points interrogation exclamation ' +
        'frasi finisce interrogativo esclamativo esclamazione ponto pontos interrogacao exclamacao',
      shows: [
        { input: { text: 'One. Two? Three!' }, answer: { sentences: 3 } },
        { input: { text: 'One. Two' }, answer: { sentences: 1 } },
      ],
    },
    {
      claim: 'words are counted as runs of non-space characters',
      words:
        'count counts counted word words wort worter zahlen anzahl palabra palabras contar mot mots compter parola parole contare palavra palavras',
      shows: [{ input: { text: 'one two  three' }, answer: { words: 3 } }],
    },
    {
      claim: 'characters are the text length, spaces included',
      words: 'character characters length zeichen caracter caracteres caractere carattere caratteri',
      shows: [{ input: { text: 'ab c' }, answer: { characters: 4 } }],
    },
  ],
};
