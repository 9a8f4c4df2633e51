import { rowProblem, type Row } from './testing/glossary-rows';

/*
 * The phrasing table of features realised by the right catalog family in words of their own (table first, issue
 * 13, gen-terms): users say what a markdown renderer, an HTML escaper, a sentence counter, an ISBN check, a
 * length converter, a clock-time formatter, a base converter, a Roman numeral converter or a dice roller does in
 * words the family's fields and summary do not use ("raw HTML is escaped, never passed through", "a sentence
 * ends at a full stop, a question or an exclamation mark"). Each row names the family that must realise it and
 * whether the SPEC gate must find it realised. Rows marked `refused` are realisations from another domain (a
 * webhook receiver realised as a base conversion, a hiring-pipeline rule as plain stage records, a temperature
 * feature as a currency conversion): they must stay refused, whatever words the generator carries.
 */

const GLOSSARY_ROWS: Row[] = [
  // Markdown rendering: what the renderer truly does with raw HTML and which constructs it knows.
  {
    text: 'Render markdown to HTML; raw HTML typed in the markdown is escaped, it is never passed through as it is',
    fn: 'markdown.to-html',
    verdict: 'passes',
  },
  {
    text: 'A small subset of markdown is turned into HTML: headings, bold, italic, inline code and links with their url; any other line stays a plain paragraph',
    fn: 'markdown.to-html',
    verdict: 'passes',
  },
  {
    text: 'Markdown in HTML umwandeln: Überschriften, fett, kursiv, Inline-Code und Links; rohes HTML wird maskiert',
    fn: 'markdown.to-html',
    verdict: 'passes',
  },
  {
    text: 'Convertir markdown en HTML con encabezados, negrita, cursiva y enlaces; el HTML crudo se escapa',
    fn: 'markdown.to-html',
    verdict: 'passes',
  },
  {
    text: 'Transformer du markdown en HTML : titres, gras, italique, liens ; le HTML brut est échappé',
    fn: 'markdown.to-html',
    verdict: 'passes',
  },
  // HTML escaping of what people type.
  {
    text: 'Escape the raw HTML people type into comments so it cannot be used for XSS',
    fn: 'html.escape',
    verdict: 'passes',
  },
  {
    text: 'Whatever a visitor typed is shown as text: the HTML is escaped, never rendered',
    fn: 'html.escape',
    verdict: 'passes',
  },
  {
    text: 'HTML-Sonderzeichen in Benutzereingaben maskieren, damit Kommentare kein XSS erlauben',
    fn: 'html.escape',
    verdict: 'passes',
  },
  {
    text: 'Escapar el HTML que un usuario escribe en los comentarios para evitar XSS',
    fn: 'html.escape',
    verdict: 'passes',
  },
  // Sentence counting: where a sentence ends.
  {
    text: 'Count the sentences in a text; a sentence ends with a full stop, a question mark or an exclamation mark',
    fn: 'text.statistics',
    verdict: 'passes',
  },
  {
    text: 'Sätze eines Textes zählen: ein Satz endet mit Punkt, Fragezeichen oder Ausrufezeichen',
    fn: 'text.statistics',
    verdict: 'passes',
  },
  {
    text: 'Contar las frases de un texto; una frase termina en punto, interrogación o exclamación',
    fn: 'text.statistics',
    verdict: 'passes',
  },
  // ISBN checks: what is ignored and where the X check digit may stand.
  {
    text: 'Validate an ISBN, the old 10-digit ones and the 13-digit ones alike; hyphens and spaces may appear and are ignored, an X only as the last check digit',
    fn: 'isbn.validate',
    verdict: 'passes',
  },
  {
    text: 'ISBN prüfen (ISBN-10 und ISBN-13); Bindestriche und Leerzeichen werden ignoriert, X nur als Prüfziffer am Ende',
    fn: 'isbn.validate',
    verdict: 'passes',
  },
  {
    text: 'Valider un ISBN de 10 ou 13 chiffres ; tirets et espaces ignorés, X seulement comme dernier chiffre de contrôle',
    fn: 'isbn.validate',
    verdict: 'passes',
  },
  // Length conversion: rounding and refusals.
  {
    text: 'Converter comprimentos entre milímetros, metros, quilómetros e milhas; o resultado é arredondado a 3 casas decimais',
    fn: 'units.length',
    verdict: 'passes',
  },
  {
    text: 'Si la unidad no existe o la distancia es negativa, devolver un error 400',
    beside: ['Convertir distancias entre metros, kilómetros y millas'],
    fn: 'units.length',
    verdict: 'passes',
  },
  {
    text: 'Convert lengths between metres, feet, inches and miles, rounded to 2 decimals',
    fn: 'units.length',
    verdict: 'passes',
  },
  // Durations as clock times.
  {
    text: 'Show durations given in seconds as clock times like 1:01:05',
    fn: 'duration.format',
    verdict: 'passes',
  },
  {
    text: 'Dauer in Sekunden als Uhrzeit im Format h:mm:ss ausgeben',
    fn: 'duration.format',
    verdict: 'passes',
  },
  // Base conversion and its refusals.
  {
    text: 'Converter números entre bases 2 a 36; um dígito que não existe na base de origem é um erro de validação (binário só aceita 0 e 1)',
    fn: 'numbers.base_convert',
    verdict: 'passes',
  },
  {
    text: 'Convert a number from one base to another (2 to 36); a digit outside the source base is refused',
    fn: 'numbers.base_convert',
    verdict: 'passes',
  },
  // Roman numerals.
  {
    text: 'Write years as Roman numerals; years outside 1 to 3999 are refused',
    fn: 'roman.to-roman',
    verdict: 'passes',
  },
  {
    text: 'Römische Zahlen in arabische Zahlen umwandeln; fehlerhafte Zahlzeichen wie IIII oder ABC werden abgelehnt',
    fn: 'roman.from-roman',
    verdict: 'passes',
  },
  // Dice.
  {
    text: 'Roll dice written like 2d6; nonsense such as 0d6 or more than a hundred dice is refused',
    fn: 'dice.roll',
    verdict: 'passes',
  },
  // Realisations from another domain stay refused, whatever glossary words the generator carries.
  {
    text: 'Receive the events a provider posts, signed with HMAC-SHA256 over the raw body in a hex signature header with a shared secret',
    fn: 'numbers.base_convert',
    verdict: 'refused',
    own: 'Convert a number from one base to another (2 to 36)',
  },
  {
    text: 'Convert a temperature from Celsius to Fahrenheit',
    fn: 'rate.convert',
    verdict: 'refused',
    own: 'Convert an amount from EUR to USD at a rate of 1.10',
  },
  {
    text: 'Translate a sentence into Klingon',
    fn: 'text.reverse-words',
    verdict: 'refused',
    own: 'Reverse the order of the words in a sentence',
  },
  {
    text: 'Escape the raw HTML people type into comments so it cannot be used for XSS',
    fn: 'text.statistics',
    verdict: 'refused',
    own: 'Count the words, sentences and characters of a text',
  },
  {
    text: 'Count the sentences in a text; a sentence ends with a full stop, a question mark or an exclamation mark',
    fn: 'markdown.to-html',
    verdict: 'refused',
    own: 'Render markdown to HTML',
  },
];

/**
 * Rows the designer does not realise yet (only `passes` rows: a refused row must always hold). At the start (table
 * first): 9 of 30, every one the right family refused for the words it carries. Now 1: the Portuguese base
 * converter writes "0 e 1" for what binary accepts, numbers no worked example states (the gate asks for every
 * number a feature writes; glossaries carry words, not numbers).
 */
const NOT_YET = new Set<string>([
  'Converter números entre bases 2 a 36; um dígito que não existe na base de origem é um erro de validação (binário só aceita 0 e 1)',
]);

function notYet(row: Row): boolean {
  return row.verdict === 'passes' && NOT_YET.has(row.text);
}

describe('features realised by the right family in their own words (glossary phrasing table)', () => {
  for (const row of GLOSSARY_ROWS.filter((r) => !notYet(r))) {
    it(`${row.verdict === 'passes' ? 'realises' : 'refuses'} ${JSON.stringify(row.text)} with ${row.fn}`, () => {
      expect(rowProblem(row)).toBe('');
    });
  }

  it('still misses the rows marked as not yet (remove them once they hold)', () => {
    const holding = GLOSSARY_ROWS.filter((r) => notYet(r) && rowProblem(r) === '');
    expect(holding.map((r) => r.text)).toEqual([]);
  });
});
