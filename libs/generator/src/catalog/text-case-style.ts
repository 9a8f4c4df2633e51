import {
  stringField,
  type CatalogFamily,
  type FunctionCode,
  type FunctionDesign,
  type Recognised,
} from './catalog-entry';
import { glossIn, languagesOf, type Language } from './feature-words';

/*
 * An identifier or phrase in ONE naming style the caller picks: a feature lists the styles as the values of a
 * request field ("to": "camel" | "snake" | "kebab", "style": "snake_case" | "camelCase" | "title") and answers the
 * converted text. The phrase is split into its words as text-case.ts splits it (at spaces, punctuation, "_", "-"
 * and camelCase humps), then written in the style: camel (userAccountId), snake (user_account_id), kebab
 * (user-account-id), pascal (UserAccountId), constant (USER_ACCOUNT_ID), title (User Account Id). A style the
 * feature does not list, or a phrase without any word, is refused with 400.
 */

/** The naming styles this family writes. */
export type CaseStyle = 'camel' | 'snake' | 'kebab' | 'pascal' | 'constant' | 'title';

export const CASE_STYLE_CODE: FunctionCode = {
  id: 'text.case-style',
  exportName: 'textCaseStyle',
  source: String.raw`/** The lower-case words of a phrase or identifier: split at spaces, punctuation, "_", "-" and camelCase humps. */
const caseStyleWords = (phrase: string): string[] =>
  (
    phrase
      .normalize('NFC')
      .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
      .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
      .match(/[\p{L}\p{M}\p{N}]+/gu) ?? []
  ).map((word) => word.toLowerCase());

/**
 * text.case-style: input.text written in the naming style input.style names; options.values lists the style
 * values as the feature spells them, options.styles the style each one is (camel, snake, kebab, pascal, constant,
 * title), in the same order.
 */
export const textCaseStyle: CatalogFunction = (input, options) => {
  const values = String(options.values ?? '').split(',');
  const styles = String(options.styles ?? '').split(',');
  const at = values.indexOf(String(input.style));
  if (typeof input.style !== 'string' || at < 0 || styles[at] === undefined)
    return { ok: false, problems: ['style must be one of ' + values.map((v) => JSON.stringify(v)).join(', ')] };
  if (typeof input.text !== 'string') return { ok: false, problems: ['text must be a string'] };
  const words = caseStyleWords(input.text);
  if (words.length === 0) return { ok: false, problems: ['text has no words to convert'] };
  const capital = (word: string) => {
    const [first = '', ...rest] = Array.from(word);
    return first.toUpperCase() + rest.join('');
  };
  const style = styles[at];
  const result =
    style === 'camel'
      ? words[0] + words.slice(1).map(capital).join('')
      : style === 'snake'
        ? words.join('_')
        : style === 'kebab'
          ? words.join('-')
          : style === 'pascal'
            ? words.map(capital).join('')
            : style === 'constant'
              ? words.join('_').toUpperCase()
              : words.map(capital).join(' ');
  return { ok: true, value: { result } };
};`,
};

/** Worked answers, written by hand: a phrase and each of its styles. */
const FACTS: [string, Record<CaseStyle, string>][] = [
  [
    'userAccountId',
    {
      camel: 'userAccountId',
      snake: 'user_account_id',
      kebab: 'user-account-id',
      pascal: 'UserAccountId',
      constant: 'USER_ACCOUNT_ID',
      title: 'User Account Id',
    },
  ],
  [
    'order_total',
    {
      camel: 'orderTotal',
      snake: 'order_total',
      kebab: 'order-total',
      pascal: 'OrderTotal',
      constant: 'ORDER_TOTAL',
      title: 'Order Total',
    },
  ],
  [
    'Hello big World',
    {
      camel: 'helloBigWorld',
      snake: 'hello_big_world',
      kebab: 'hello-big-world',
      pascal: 'HelloBigWorld',
      constant: 'HELLO_BIG_WORLD',
      title: 'Hello Big World',
    },
  ],
];

const RULES: Record<CaseStyle, string> = {
  camel: 'camelCase (first word small, each next word capitalised, no separator)',
  snake: 'snake_case (small words joined by underscores)',
  kebab: 'kebab-case (small words joined by hyphens)',
  pascal: 'PascalCase (each word capitalised, no separator)',
  constant: 'CONSTANT_CASE (capital words joined by underscores)',
  title: 'Title Case (each word capitalised, joined by spaces)',
};

const GLOSS: Partial<Record<Language, string>> = {
  de: ' Einen Bezeichner (Variablenname) in die gewählte Schreibweise umwandeln: camelCase, snake_case, kebab-case.',
  es: ' Convertir un identificador (nombre de variable) al estilo elegido: camelCase, snake_case, kebab-case.',
  fr: ' Convertir un identifiant (nom de variable) dans la casse choisie : camelCase, snake_case, kebab-case.',
  it: ' Convertire un identificatore (nome di variabile) nello stile scelto: camelCase, snake_case, kebab-case.',
  pt: ' Converter um identificador (nome de variável) no estilo escolhido: camelCase, snake_case, kebab-case.',
};

/** The naming style a listed value names (`"camel"`, `"snake_case"`, `"kebab-case"`, `"PascalCase"`), or null. */
export function styleOfValue(value: string): CaseStyle | null {
  const v = value.toLowerCase().replace(/[\s_-]+/g, '');
  if (/^(camel|camelcase|lowercamel|lowercamelcase)$/.test(v)) return 'camel';
  if (/^(snake|snakecase)$/.test(v)) return 'snake';
  if (/^(kebab|kebabcase|dash|dashcase|spinal|spinalcase)$/.test(v)) return 'kebab';
  if (/^(pascal|pascalcase|uppercamel|uppercamelcase)$/.test(v)) return 'pascal';
  if (
    /^(constant|constantcase|screaming|screamingsnake|screamingsnakecase|uppersnake|uppersnakecase)$/.test(v)
  )
    return 'constant';
  if (/^(title|titlecase)$/.test(v)) return 'title';
  return null;
}

/** The design converting into the `styles` listed as `values`. */
export function caseStyleDesign(
  languages: Language[],
  styles: CaseStyle[],
  values: string[],
): FunctionDesign {
  return {
    function: CASE_STYLE_CODE.id,
    method: 'POST',
    path: '/text/case-style',
    summary:
      `Converts a phrase or identifier (a variable name) into the naming style its style field names ` +
      `(${values.map((v, i) => `${v}: ${RULES[styles[i]]}`).join('; ')}), after splitting it into words at ` +
      `spaces, punctuation, underscores, hyphens and camelCase humps. A style other than ${values.join(', ')} ` +
      `is refused with 400 naming the allowed ones, as is a text without any word.${glossIn(GLOSS, languages)}`,
    inputs: [
      { param: 'text', field: stringField('text', 'Phrase or identifier to convert', FACTS[0][0]) },
      {
        param: 'style',
        field: stringField(
          'style',
          `Target case (naming style) to convert to: ${values.join(', ')} (Schreibweise, Zielschreibweise, estilo de destino, casse cible, stile di destinazione)`,
          values[0],
          values,
        ),
      },
    ],
    outputs: [
      {
        result: 'result',
        field: 'result',
        description: 'The text in the naming style asked',
        example: FACTS[0][1][styles[0]],
      },
    ],
    options: { values: values.join(','), styles: styles.join(',') },
    examples: styles.flatMap((style, i) =>
      FACTS.map(([from, written]) => ({
        description: `"${from}" in ${values[i]} is "${written[style]}".`,
        input: { text: from, style: values[i] },
        output: { result: written[style] },
      })),
    ),
    refusals: [
      {
        description: 'The style "yelling" is none of the listed ones.',
        input: { text: 'hello', style: 'yelling' },
      },
      {
        description: 'A text of dashes only has no words to convert.',
        input: { text: '---', style: values[0] },
      },
    ],
    respell: (listed) => {
      const spelled = listed.map((v) => (typeof v === 'string' ? styleOfValue(v) : null));
      if (spelled.some((s) => s === null) || new Set(spelled).size !== spelled.length) return null;
      return caseStyleDesign(languages, spelled as CaseStyle[], listed.map(String));
    },
  };
}

const LITERAL_VALUES = /"([^"\s]{1,30})"(?:\s*\|\s*"[^"\s]{1,30}")+/g;
/** Styles only the naming of identifiers has (title case alone is a letter case of a text: text-letter-case.ts). */
const IDENTIFIER_STYLES: CaseStyle[] = ['camel', 'snake', 'kebab', 'pascal', 'constant'];

export const CASE_STYLE: CatalogFamily = {
  name: 'case-style',
  functions: [CASE_STYLE_CODE],
  recognise(text: string, words: string[]): Recognised {
    for (const m of text.matchAll(LITERAL_VALUES)) {
      const values = [...m[0].matchAll(/"([^"]+)"/g)].map((x) => x[1]);
      const styles = values.map(styleOfValue);
      if (styles.some((s) => s === null) || new Set(styles).size !== styles.length) continue;
      // Two identifier styles at least: "upper" | "title" are letter cases of a text, not naming styles.
      if (styles.filter((s) => IDENTIFIER_STYLES.includes(s as CaseStyle)).length < 2) continue;
      return { design: caseStyleDesign(languagesOf(words), styles as CaseStyle[], values) };
    }
    return null;
  },
};
