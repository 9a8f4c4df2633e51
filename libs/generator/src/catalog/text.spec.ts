import fc from 'fast-check';
import ts from 'typescript';
import { featureFidelity } from '@sf/service-spec';
import type { IntentInput } from '@sf/contracts';
import { designSpec } from '../spec-design/spec-designer';
import { recogniseFeature } from './catalog';
import { FUNCTION_RESULT_TYPE, type FunctionDesign } from './catalog-entry';
import { featureWords } from './feature-words';
import { ROMAN } from './roman';
import { TEXT } from './text';
import { runCatalogFunction } from './testing/run-function';

/* The text family: the emitted code against hand-checked facts, its recogniser and its designs. */

const run = (id: string, input: Record<string, unknown>) => runCatalogFunction(`text.${id}`, input, {});
const ok = (value: Record<string, unknown>) => ({ ok: true, value });

describe('text.palindrome (the emitted code)', () => {
  it.each([
    ['A man, a plan, a canal: Panama', true],
    ['Was it a car or a cat I saw?', true],
    ['No lemon, no melon', true],
    ['Reliefpfeiler', true],
    ['Ésope reste ici et se repose', true],
    ['Anita lava la tina', true],
    ['12321', true],
    ['x', true],
    ['palindrome', false],
    ['Hello, world', false],
    ['ab', false],
  ])('%p is a palindrome: %p', (text, palindrome) => {
    expect(run('palindrome', { text })).toEqual(ok({ palindrome }));
  });

  it('refuses a text without letters or digits', () => {
    for (const text of ['', '   ', '?!', '…—']) expect(run('palindrome', { text }).ok).toBe(false);
  });
});

describe('text.reverse-words (the emitted code)', () => {
  it.each([
    ['Hello big World', 'World big Hello'],
    ['the sky is blue', 'blue is sky the'],
    ['  hello world  ', 'world hello'],
    ['a good   example', 'example good a'],
    ['one', 'one'],
    ['Hola,\tmundo\n¡qué tal!', 'tal! ¡qué mundo Hola,'],
  ])('%p reversed is %p', (sentence, reversed) => {
    expect(run('reverse-words', { sentence })).toEqual(ok({ reversed }));
  });

  it('refuses a sentence without words', () => {
    for (const sentence of ['', ' \t\n ']) expect(run('reverse-words', { sentence }).ok).toBe(false);
  });
});

describe('text.statistics (the emitted code)', () => {
  it.each([
    ['Hello world. How are you?', 5, 25, 2],
    ['The quick brown fox jumps over the lazy dog.', 9, 44, 1],
    ['Wait... what?! Really.', 3, 22, 3],
    ['Pi is 3.14 exactly.', 4, 19, 1],
    ['"Stop." She left.', 3, 17, 2],
    ['no ending here', 3, 14, 0],
    ['  spaced   out  ', 2, 16, 0],
    ['Ça va? Très bien.', 4, 17, 2],
  ])('%p has %p words, %p characters, %p sentences', (text, words, characters, sentences) => {
    expect(run('statistics', { text })).toEqual(ok({ words, characters, sentences }));
  });

  it('counts characters, not UTF-16 code units', () => {
    expect(run('statistics', { text: 'I ❤️ 🍕!' })).toEqual(ok({ words: 3, characters: 7, sentences: 1 }));
  });

  it('counts nothing in an empty or blank text, and refuses what is not a text', () => {
    expect(run('statistics', { text: '' })).toEqual(ok({ words: 0, characters: 0, sentences: 0 }));
    expect(run('statistics', { text: ' \t ' })).toEqual(ok({ words: 0, characters: 3, sentences: 0 }));
    expect(run('statistics', { text: 7 }).ok).toBe(false);
  });
});

describe('text.slugify (the emitted code)', () => {
  it.each([
    ['Crème brûlée à Paris!', 'creme-brulee-a-paris'],
    ['Hello, World!', 'hello-world'],
    ['  --Already--slugged--  ', 'already-slugged'],
    ['Straße in Köln', 'strasse-in-koln'],
    ['São Paulo & Niño', 'sao-paulo-nino'],
    ['Ærø og Øresund', 'aero-og-oresund'],
    ['Łódź', 'lodz'],
    ['The ﬁnal 10% (v2.0)', 'the-final-10-v2-0'],
    ['UPPER_snake_case', 'upper-snake-case'],
  ])('%p slugifies to %p', (text, slug) => {
    expect(run('slugify', { text })).toEqual(ok({ slug }));
  });

  it('refuses a text that leaves an empty slug', () => {
    for (const text of ['', '!!!', '— ¿? —', '日本語']) expect(run('slugify', { text }).ok).toBe(false);
  });
});

describe('text.case-conversion (the emitted code)', () => {
  it.each([
    [
      'Hello big World',
      'hello_big_world',
      'helloBigWorld',
      'hello-big-world',
      'HelloBigWorld',
      'HELLO_BIG_WORLD',
      'Hello Big World',
    ],
    [
      'userProfileId',
      'user_profile_id',
      'userProfileId',
      'user-profile-id',
      'UserProfileId',
      'USER_PROFILE_ID',
      'User Profile Id',
    ],
    ['first_name', 'first_name', 'firstName', 'first-name', 'FirstName', 'FIRST_NAME', 'First Name'],
    [
      'background-color',
      'background_color',
      'backgroundColor',
      'background-color',
      'BackgroundColor',
      'BACKGROUND_COLOR',
      'Background Color',
    ],
    [
      'XMLHttpRequest',
      'xml_http_request',
      'xmlHttpRequest',
      'xml-http-request',
      'XmlHttpRequest',
      'XML_HTTP_REQUEST',
      'Xml Http Request',
    ],
    [
      '  order ID, total!  ',
      'order_id_total',
      'orderIdTotal',
      'order-id-total',
      'OrderIdTotal',
      'ORDER_ID_TOTAL',
      'Order Id Total',
    ],
    [
      'html5 parser',
      'html5_parser',
      'html5Parser',
      'html5-parser',
      'Html5Parser',
      'HTML5_PARSER',
      'Html5 Parser',
    ],
    [
      'crème brûlée',
      'crème_brûlée',
      'crèmeBrûlée',
      'crème-brûlée',
      'CrèmeBrûlée',
      'CRÈME_BRÛLÉE',
      'Crème Brûlée',
    ],
  ])('%p', (phrase, snake, camel, kebab, pascal, constant, title) => {
    expect(run('case-conversion', { phrase })).toEqual(
      ok({
        snake_case: snake,
        camel_case: camel,
        kebab_case: kebab,
        pascal_case: pascal,
        constant_case: constant,
        title_case: title,
      }),
    );
  });

  it('refuses a phrase without words', () => {
    for (const phrase of ['', '--- ***', '_ - _']) expect(run('case-conversion', { phrase }).ok).toBe(false);
  });
});

describe('every text function', () => {
  it.each([
    ['palindrome', 'text'],
    ['reverse-words', 'sentence'],
    ['statistics', 'text'],
    ['slugify', 'text'],
    ['case-conversion', 'phrase'],
  ])('%s answers strings or refuses them, never throwing', (id, field) => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (text) => {
        const result = run(id, { [field]: text });
        if (result.ok) {
          for (const value of Object.values(result.value)) {
            if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
            else expect(['string', 'boolean']).toContain(typeof value);
          }
        } else expect(result.problems.length).toBeGreaterThan(0);
      }),
    );
  });

  it('is strict TypeScript (with the Roman numeral functions)', () => {
    const files = new Map(
      [...ROMAN.functions, ...TEXT.functions].map((f) => [
        `/catalog/${f.exportName}.ts`,
        `${FUNCTION_RESULT_TYPE}\n${f.source}\n`,
      ]),
    );
    const options: ts.CompilerOptions = {
      strict: true,
      noUnusedLocals: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2022.d.ts'],
    };
    const host = ts.createCompilerHost(options);
    const read = host.getSourceFile.bind(host);
    host.getSourceFile = (name, version) => {
      const source = files.get(name);
      return source === undefined ? read(name, version) : ts.createSourceFile(name, source, version);
    };
    const program = ts.createProgram([...files.keys()], options, host);
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((d) => `${d.file?.fileName}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    expect(problems).toEqual([]);
  });
});

const designOf = (text: string): FunctionDesign | null => {
  const found = recogniseFeature(text);
  return found && 'design' in found ? found.design : null;
};

/** Runs a design's worked examples and refusals through its emitted function, in request/response fields. */
function checkDesign(design: FunctionDesign): void {
  const call = (input: Record<string, unknown>) =>
    runCatalogFunction(
      design.function,
      Object.fromEntries(design.inputs.map((i) => [i.param, input[i.field.name]])),
      design.options ?? {},
    );
  for (const example of design.examples) {
    const result = call(example.input);
    if (!result.ok) throw new Error(`${example.description}: refused ${result.problems.join('; ')}`);
    const answered = Object.fromEntries(design.outputs.map((o) => [o.field, result.value[o.result]]));
    expect(answered).toEqual(example.output);
  }
  for (const refusal of design.refusals) expect(call(refusal.input).ok).toBe(false);
}

describe('the text recogniser', () => {
  it.each([
    ['check whether a sentence is a palindrome', '/text/palindrome'],
    ['Is this word a palindrome? Ignore case and punctuation', '/text/palindrome'],
    ['Check whether a number such as 12321 is a palindrome', '/text/palindrome'],
    ['prüfen, ob ein Satz ein Palindrom ist', '/text/palindrome'],
    ['Comprobar si una frase es un palíndromo', '/text/palindrome'],
    ['Vérifier si un mot est un palindrome', '/text/palindrome'],
    ['Verificare se una parola è palindroma', '/text/palindrome'],
    ['Verificar se uma frase é um palíndromo', '/text/palindrome'],
    ['Reverse the order of words in a sentence', '/text/reverse-words'],
    ['print the words of a sentence backwards', '/text/reverse-words'],
    ['Die Reihenfolge der Wörter in einem Satz umkehren', '/text/reverse-words'],
    ['invertir el orden de las palabras', '/text/reverse-words'],
    ["Inverser l'ordre des mots d'une phrase", '/text/reverse-words'],
    ["Invertire l'ordine delle parole in una frase", '/text/reverse-words'],
    ['Inverter a ordem das palavras', '/text/reverse-words'],
    ['count words, characters and sentences in a text', '/text/statistics'],
    ['How many words does a text have?', '/text/statistics'],
    ['word count and character count statistics', '/text/statistics'],
    ['Wörter in einem Text zählen', '/text/statistics'],
    ['Contar las palabras de un texto', '/text/statistics'],
    ['compter les mots', '/text/statistics'],
    ['Contare le parole e i caratteri di un testo', '/text/statistics'],
    ['Contar as palavras e frases de um texto', '/text/statistics'],
    ['Turn a title into a URL slug', '/text/slugify'],
    ['Slugify a string', '/text/slugify'],
    ['Einen Titel in einen URL-Slug umwandeln', '/text/slugify'],
    ['Générer un slug à partir d’un titre', '/text/slugify'],
    ['turn a blog post title into a URL slug', '/text/slugify'],
    ['make a slug from an article headline', '/text/slugify'],
    ['Aus einer Überschrift einen URL-Slug machen', '/text/slugify'],
    ['Convert a phrase to snake_case, camelCase, kebab-case and PascalCase', '/text/case-conversion'],
    ['turn text into camelCase', '/text/case-conversion'],
    ['an identifier back as kebab-case and PascalCase', '/text/case-conversion'],
    ['Einen Text in snake_case umwandeln', '/text/case-conversion'],
    ['Convertir una frase a camelCase y snake_case', '/text/case-conversion'],
  ])('reads %p', (text, path) => {
    const design = designOf(text);
    expect(design?.path).toBe(path);
    checkDesign(design as FunctionDesign);
  });

  it('reads "an empty slug is refused" as a constraint on the slug', () => {
    expect(recogniseFeature('reject titles whose slug would be empty')).toEqual({
      constraint: expect.objectContaining({ function: 'text.slugify' }),
    });
  });

  it('leaves other domains alone', () => {
    for (const other of [
      'Create todos',
      'list the overdue tasks',
      'convert a temperature in Celsius to Fahrenheit',
      'reverse a string',
      'reverse the letters of each word',
      'count the tasks per user',
      'Create blog posts with a title and a slug',
      'store each article with its slug from the title',
      'list blog posts by slug',
      'Get an article by its slug',
      'All JSON fields use snake_case',
      'convert response keys to camelCase',
      'the number of users per team',
      'reverse a word',
      'reverse each word in a sentence',
      'count the vowels in a word',
      'count the frequency of each word',
      'count the letters in a text',
      'find the longest palindrome in a string',
    ]) {
      expect(TEXT.recognise(other, featureWords(other))).toBeNull();
    }
  });

  it('leaves Roman numerals to their family and text tools to this one', () => {
    const zahlen = 'römische Zahlen in Dezimalzahlen umwandeln';
    expect(designOf(zahlen)?.function).toBe('roman.from-roman');
    expect(ROMAN.recognise('compter les mots', featureWords('compter les mots'))).toBeNull();
  });
});

describe('the text designs in a SPEC', () => {
  const intent = (features: string[]): IntentInput => ({
    service_name: 'text-tools',
    service_type: 'domain',
    priority: 'medium',
    purpose: '',
    dependencies: ['registry'],
    port: 8400,
    auto_build: true,
    approval_mode: 'auto',
    key_features: features,
  });

  it.each([
    [['check whether a sentence is a palindrome, ignoring case, spaces and punctuation']],
    [['prüfen, ob ein Satz ein Palindrom ist']],
    [['invertir el orden de las palabras']],
    [['compter les mots']],
    [['Count the words, characters and sentences of a text']],
    [['Turn a title into a URL slug; refuse titles that leave an empty slug']],
    [['Convert a phrase to snake_case, camelCase, kebab-case and PascalCase']],
    [['Reverse the order of words in a sentence', 'Contare le parole di un testo']],
  ])('realises %p for the fidelity gate', (features) => {
    const { contract } = designSpec(intent(features));
    for (const fidelity of featureFidelity(contract, features)) {
      expect(fidelity).toMatchObject({ realised: true, problems: [] });
    }
  });
});
