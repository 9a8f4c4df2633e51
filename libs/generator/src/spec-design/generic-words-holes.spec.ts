import { domainTerms } from '@sf/service-spec';
import { rowProblem, type Row } from '../catalog/testing/glossary-rows';

/*
 * The gate's domain terms leave out words that say how a value is handled whatever the domain ("becomes",
 * "passed through", "typed", "shown", "devolver", "erro"; domain-terms.ts). Leaving a word out lowers how many
 * terms a realisation must carry, so each word left out is shown here in a feature that a realisation from
 * another domain (another computation, or a plain record store standing in for a rule) claims: the gate still
 * refuses every one of them.
 */

/** A dropped word, a feature using it, and the realisation from another domain that claims the feature. */
const HOLES: [string, Row][] = [
  [
    'becomes',
    {
      text: 'A temperature in Celsius becomes Fahrenheit',
      fn: 'rate.convert',
      verdict: 'refused',
      own: 'Convert an amount from EUR to USD at a rate of 1.10',
    },
  ],
  [
    'passed',
    {
      text: 'Events a provider posts are passed on only when their HMAC-SHA256 signature over the raw body matches the shared secret',
      fn: 'numbers.base_convert',
      verdict: 'refused',
      own: 'Convert a number from one base to another (2 to 36)',
    },
  ],
  [
    'through',
    {
      text: 'Every article goes through review by an editor before it is published',
      fn: 'list',
      verdict: 'refused',
      own: 'Keep a list of notes with a title and a body',
    },
  ],
  [
    'please',
    {
      text: 'Please convert a temperature from Celsius to Fahrenheit',
      fn: 'rate.convert',
      verdict: 'refused',
      own: 'Convert an amount from EUR to USD at a rate of 1.10',
    },
  ],
  [
    'appear',
    {
      text: 'Hyphens may appear in an ISBN and are ignored when it is validated',
      fn: 'list',
      verdict: 'refused',
      own: 'Keep a list of strings, each with a value',
    },
  ],
  [
    'ones',
    {
      text: 'Validate ISBNs, the old ones and the new ones',
      fn: 'text.statistics',
      verdict: 'refused',
      own: 'Count the words, sentences and characters of a text',
    },
  ],
  [
    'alike',
    {
      text: 'Validate ISBN-10 and ISBN-13 numbers alike',
      fn: 'list',
      verdict: 'refused',
      own: 'Keep a list of errors, each with a message',
    },
  ],
  [
    'typed',
    {
      text: 'Escape the HTML a visitor typed into a comment',
      fn: 'text.statistics',
      verdict: 'refused',
      own: 'Count the words, sentences and characters of a text',
    },
  ],
  [
    'shown',
    {
      text: 'Durations in seconds are shown as clock times',
      fn: 'rate.convert',
      verdict: 'refused',
      own: 'Convert an amount from EUR to USD at a rate of 1.10',
    },
  ],
  [
    'person',
    {
      text: 'Split the bill with a tip per person',
      fn: 'calc.bmi',
      verdict: 'refused',
      own: 'Compute the body mass index from weight in kg and height in m',
    },
  ],
  [
    'whatever',
    {
      text: 'Whatever a visitor typed in a comment is escaped as HTML',
      fn: 'rate.convert',
      verdict: 'refused',
      own: 'Convert an amount from EUR to USD at a rate of 1.10',
    },
  ],
  [
    'full',
    {
      text: 'Count the sentences of a text; each ends with a full stop',
      fn: 'markdown.to-html',
      verdict: 'refused',
      own: 'Render markdown to HTML',
    },
  ],
  [
    'resultado',
    {
      text: 'Converter comprimentos de metros para milhas; o resultado é arredondado',
      fn: 'rate.convert',
      verdict: 'refused',
      own: 'Convert an amount from EUR to USD at a rate of 1.10',
    },
  ],
  [
    'existe',
    {
      text: 'Si el libro no existe en el catálogo de la biblioteca, avisar al bibliotecario',
      fn: 'list',
      verdict: 'refused',
      own: 'Keep a list of errors, each with a message',
    },
  ],
  [
    'devolver',
    {
      text: 'Devolver la temperatura en Fahrenheit a partir de grados Celsius',
      fn: 'rate.convert',
      verdict: 'refused',
      own: 'Convert an amount from EUR to USD at a rate of 1.10',
    },
  ],
  [
    'erro',
    {
      text: 'Um ISBN com dígito de controle errado é um erro de validação',
      fn: 'numbers.base_convert',
      verdict: 'refused',
      own: 'Convert a number from one base to another (2 to 36)',
    },
  ],
  [
    'damit',
    {
      text: 'HTML in Kommentaren maskieren, damit kein Skript läuft',
      fn: 'text.statistics',
      verdict: 'refused',
      own: 'Count the words, sentences and characters of a text',
    },
  ],
  [
    'kein',
    {
      text: 'Ein Kandidat kann keine Stufe überspringen und kein Angebot nach der Absage bekommen',
      fn: 'list',
      verdict: 'refused',
      own: 'Keep a list of stages, each with a name and a position',
    },
  ],
  [
    'nao',
    {
      text: 'Um dígito que não existe na base de origem é recusado',
      fn: 'text.statistics',
      verdict: 'refused',
      own: 'Count the words, sentences and characters of a text',
    },
  ],
];

/** Realisations from another domain named in the brief (issue 13, gen-terms) that must stay refused. */
const FOREIGN: Row[] = [
  {
    text: 'Receive webhook events a provider posts, signed with HMAC-SHA256 over the raw body in a hex signature header with a shared secret',
    fn: 'numbers.base_convert',
    verdict: 'refused',
    own: 'Convert a number from one base to another (2 to 36)',
  },
  {
    text: 'Convert a temperature from Celsius to Fahrenheit and back',
    fn: 'rate.convert',
    verdict: 'refused',
    own: 'Convert an amount from EUR to USD at a rate of 1.10',
  },
  {
    text: 'A candidate cannot skip a stage, go backwards, or leave once hired',
    fn: 'list',
    verdict: 'refused',
    own: 'Keep a list of stages, each with a name and a position',
  },
];

describe('generic words the gate leaves out keep no realisation from another domain alive', () => {
  it.each(HOLES)('leaves %p out of the terms of %p', (word, row) => {
    expect(row.text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()).toMatch(new RegExp(`\\b${word}`));
    expect(domainTerms(row.text)).not.toContain(word);
  });

  it.each(HOLES)('with %p left out, still refuses %p realised from another domain', (_word, row) => {
    expect(rowProblem(row)).toBe('');
  });

  it.each(FOREIGN.map((r) => [r.text, r.fn, r] as const))(
    'still refuses %p realised as %s',
    (_t, _fn, row) => {
      expect(rowProblem(row)).toBe('');
    },
  );
});
