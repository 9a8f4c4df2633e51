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

/** text.case-conversion: phrase in snake_case, camelCase, kebab-case and PascalCase. */
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
    },
  };
};`,
};

const CASE_GLOSS: Partial<Record<Language, string>> = {
  de: ' Einen Ausdruck (Text, Satz) in snake_case, camelCase, kebab-case und PascalCase umwandeln (Schreibweisen).',
  es: ' Convertir una frase o texto a snake_case, camelCase, kebab-case y PascalCase (estilos de escritura).',
  fr: ' Convertir une phrase ou un texte en snake_case, camelCase, kebab-case et PascalCase (casse).',
  it: ' Convertire una frase o un testo in snake_case, camelCase, kebab-case e PascalCase.',
  pt: ' Converter uma frase ou texto em snake_case, camelCase, kebab-case e PascalCase.',
};

export function caseDesign(languages: Language[]): FunctionDesign {
  const facts: [string, string, string, string, string][] = [
    ['Hello big World', 'hello_big_world', 'helloBigWorld', 'hello-big-world', 'HelloBigWorld'],
    ['userProfileId', 'user_profile_id', 'userProfileId', 'user-profile-id', 'UserProfileId'],
    ['first_name', 'first_name', 'firstName', 'first-name', 'FirstName'],
    [
      'parseHTTPResponse',
      'parse_http_response',
      'parseHttpResponse',
      'parse-http-response',
      'ParseHttpResponse',
    ],
  ];
  return {
    function: CASE_CODE.id,
    method: 'POST',
    path: '/text/case-conversion',
    summary:
      'Converts a phrase into snake_case, camelCase, kebab-case and PascalCase at once, after splitting it ' +
      'into words at spaces, punctuation, underscores, hyphens and camelCase humps ("Hello big World" → ' +
      'hello_big_world, helloBigWorld, hello-big-world, HelloBigWorld). A phrase without any word is refused ' +
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
    ],
    examples: facts.map(([phrase, snake, camel, kebab, pascal]) => ({
      description: `"${phrase}" is ${snake} in snake_case, ${camel} in camelCase, ${kebab} in kebab-case and ${pascal} in PascalCase.`,
      input: { phrase },
      output: { snake_case: snake, camel_case: camel, kebab_case: kebab, pascal_case: pascal },
    })),
    refusals: [
      {
        description: 'A phrase of dashes and stars ("--- ***") has no words to convert.',
        input: { phrase: '--- ***' },
      },
    ],
  };
}
