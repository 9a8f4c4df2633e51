import { stringField, type FunctionCode, type FunctionDesign } from './catalog-entry';
import { glossIn, type Language } from './feature-words';

/*
 * A phrase in snake_case, camelCase, kebab-case and PascalCase at once, after splitting it into its words (at
 * spaces, punctuation, underscores, hyphens and camelCase humps).
 */

export const CASE_CODE: FunctionCode = {
  id: 'text.case-conversion',
  exportName: 'textCaseConversion',
  source: String.raw`/** The lower-case words of a phrase: split at spaces, punctuation, "_", "-" and camelCase humps. */
const textPhraseWords = (phrase: string): string[] =>
  (
    phrase
      .normalize('NFC')
      .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
      .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
      .match(/[\p{L}\p{M}\p{N}]+/gu) ?? []
  ).map((word) => word.toLowerCase());

/** text.case-conversion: phrase in snake_case, camelCase, kebab-case, PascalCase, CONSTANT_CASE and Title Case. */
export const textCaseConversion: CatalogFunction = (input) => {
  const words = textPhraseWords(typeof input.phrase === 'string' ? input.phrase : '');
  if (words.length === 0) return { ok: false, problems: ['phrase has no words to convert'] };
  const capital = (word: string) => {
    const [first = '', ...rest] = Array.from(word);
    return first.toUpperCase() + rest.join('');
  };
  return {
    ok: true,
    value: {
      snake_case: words.join('_'),
      camel_case: words[0] + words.slice(1).map(capital).join(''),
      kebab_case: words.join('-'),
      pascal_case: words.map(capital).join(''),
      constant_case: words.join('_').toUpperCase(),
      title_case: words.map(capital).join(' '),
    },
  };
};`,
};

const CASE_GLOSS: Partial<Record<Language, string>> = {
  de: ' Einen Ausdruck (Text, Satz, Bezeichner) in snake_case, camelCase, kebab-case und PascalCase umwandeln (Schreibweisen).',
  es: ' Convertir una frase o texto a snake_case, camelCase, kebab-case y PascalCase (estilos de escritura).',
  fr: ' Convertir une phrase ou un texte en snake_case, camelCase, kebab-case et PascalCase (casse).',
  it: ' Convertire una frase o un testo in snake_case, camelCase, kebab-case e PascalCase.',
  pt: ' Converter uma frase ou texto em snake_case, camelCase, kebab-case e PascalCase.',
};

export function caseDesign(languages: Language[], stated: StatedCase[] = []): FunctionDesign {
  const facts: [string, string, string, string, string, string, string][] = [
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
      'parseHTTPResponse',
      'parse_http_response',
      'parseHttpResponse',
      'parse-http-response',
      'ParseHttpResponse',
      'PARSE_HTTP_RESPONSE',
      'Parse Http Response',
    ],
  ];
  return {
    function: CASE_CODE.id,
    method: 'POST',
    path: '/text/case-conversion',
    summary:
      'Converts a phrase (an identifier or variable name) into snake_case, camelCase, kebab-case, PascalCase, ' +
      'CONSTANT_CASE and Title Case at once, after splitting it into words at spaces, punctuation, ' +
      'underscores, hyphens and camelCase humps ("Hello big World" → hello_big_world, helloBigWorld, ' +
      'hello-big-world, HelloBigWorld, HELLO_BIG_WORLD, Hello Big World). A phrase without any word is refused ' +
      'with 400.' +
      glossIn(CASE_GLOSS, languages),
    inputs: [{ param: 'phrase', field: stringField('phrase', 'Phrase to convert', 'Hello big World') }],
    outputs: [
      {
        result: 'snake_case',
        field: 'snake_case',
        description: 'The phrase in snake_case',
        example: 'hello_big_world',
      },
      {
        result: 'camel_case',
        field: 'camel_case',
        description: 'The phrase in camelCase',
        example: 'helloBigWorld',
      },
      {
        result: 'kebab_case',
        field: 'kebab_case',
        description: 'The phrase in kebab-case',
        example: 'hello-big-world',
      },
      {
        result: 'pascal_case',
        field: 'pascal_case',
        description: 'The phrase in PascalCase',
        example: 'HelloBigWorld',
      },
      {
        result: 'constant_case',
        field: 'constant_case',
        description: 'The phrase in CONSTANT_CASE',
        example: 'HELLO_BIG_WORLD',
      },
      {
        result: 'title_case',
        field: 'title_case',
        description: 'The phrase in Title Case',
        example: 'Hello Big World',
      },
    ],
    examples: [
      ...facts.map(([phrase, snake, camel, kebab, pascal, constant, title]) => ({
        description: `"${phrase}" is ${snake} in snake_case, ${camel} in camelCase, ${kebab} in kebab-case, ${pascal} in PascalCase, ${constant} in CONSTANT_CASE and ${title} in Title Case.`,
        input: { phrase },
        output: {
          snake_case: snake,
          camel_case: camel,
          kebab_case: kebab,
          pascal_case: pascal,
          constant_case: constant,
          title_case: title,
        },
      })),
      ...stated.map(({ from, to, style }) => ({
        description: `"${from}" becomes ${to} in ${style}, as the feature states.`,
        input: { phrase: from },
        output: { [style]: to },
      })),
    ],
    refusals: [
      {
        description: 'A phrase of dashes and stars ("--- ***") has no words to convert.',
        input: { phrase: '--- ***' },
      },
    ],
  };
}

/** A conversion a feature states by example ("hello world" into helloWorld): the source, the target, its style. */
export interface StatedCase {
  from: string;
  to: string;
  style: string;
}

/** Identifier shapes, most specific first: which output a written example is in. */
const SHAPES: [string, RegExp][] = [
  ['constant_case', /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/],
  ['snake_case', /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/],
  ['kebab_case', /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/],
  ['camel_case', /^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]+)+$/],
  ['pascal_case', /^(?:[A-Z][a-z0-9]+){2,}$/],
];

/** The lower-case words of an identifier or phrase, split as the conversion splits them. */
function wordsOf(text: string): string[] {
  return (text.replace(/([a-z0-9])([A-Z])/g, '$1 $2').match(/[A-Za-z0-9]+/g) ?? []).map((w) =>
    w.toLowerCase(),
  );
}

/** The words written in a style, as the conversion writes them. */
function written(words: string[], style: string): string {
  const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  if (style === 'constant_case') return words.join('_').toUpperCase();
  if (style === 'snake_case') return words.join('_');
  if (style === 'kebab_case') return words.join('-');
  if (style === 'camel_case') return words[0] + words.slice(1).map(capital).join('');
  return words.map(capital).join('');
}

const TOKEN = /(?<![\w-])[A-Za-z][A-Za-z0-9]*(?:[_-][A-Za-z0-9]+)*(?![\w-])/g;
const QUOTED = /["“«]\s*([A-Za-z][A-Za-z0-9 ]*[A-Za-z0-9])\s*["”»]/g;

/**
 * The conversions a feature shows by example: an identifier in a style (helloWorld, hello_world, HELLO_WORLD)
 * beside a quoted phrase or another identifier with the same words; null when one it shows is not what the
 * conversion writes for those words (that feature asks for another convention: not this computation).
 */
export function statedCases(text: string): StatedCase[] | null {
  const shaped = [...text.matchAll(TOKEN)]
    .map((m) => ({ token: m[0], style: SHAPES.find(([, re]) => re.test(m[0]))?.[0] }))
    .filter((x): x is { token: string; style: string } => x.style !== undefined);
  const phrases = [...text.matchAll(QUOTED)].map((m) => m[1]).filter((p) => p.includes(' '));
  const sources = [...phrases, ...shaped.map((x) => x.token)];
  const found: StatedCase[] = [];
  for (const { token, style } of shaped) {
    const words = wordsOf(token);
    const from = sources.find((s) => s !== token && wordsOf(s).join(' ') === words.join(' '));
    if (from === undefined) continue;
    if (written(words, style) !== token) return null;
    found.push({ from, to: token, style });
  }
  return found;
}
