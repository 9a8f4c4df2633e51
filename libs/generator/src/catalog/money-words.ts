import { readFeatureLiterals } from '@sf/service-spec';
import { featureWords, languagesOf, proseOf, type Language } from './feature-words';

/*
 * Words the money computations read beside their own (a trip's fuel cost, a savings goal): the fillers of six
 * languages, the words a spelled-out route is written with, and a spelled feature's prose with its shapes set
 * aside. A feature whose every word is a computation's own or one of these says nothing more than it.
 */

const split = (list: string) => list.split(/\s+/).filter((w) => w !== '');

/** Function words and verbs of asking for a computation, in six languages (folded). */
export const MONEY_FILLERS: readonly string[] = split(`
  a an the and or to of from with at in on for by its it then my i me we our
  work works out compute computes calculate calculates estimate estimates return returns give gives tell tells
  answer answers how much many given
  berechnen berechnet rechnet liefert liefern ausgeben ermitteln und oder mit dem den der die das einem einen
  einer eine ein aus vom von zum zur zu auf bei fur im wie viel viele
  calcular calcula devuelve devolver estimar y o con el la los las del un una uno de desde a partir lo al
  cuanto cuantos cuanta cuantas
  calculer calcule renvoie renvoyer estimer et ou avec le les l un une du des d en dans au aux combien
  calcola calcolare restituisce stimare e con il lo gli i di del della dal dalla dall da ed nel al quanto quanti
  retorna devolve com os as um uma do da dos das em no na ao quanto quantos`);

/** Words a spelled-out route is written with, besides its shapes (folded). */
export const SPELLED_WORDS: readonly string[] = split(`
  returns return answers responds gives liefert gibt zuruck ergibt devuelve responde renvoie retourne
  restituisce risponde retorna body json number numbers integer mit con avec com with as zahl numero nombre
  numeri 200 400 ok`);

/** A name split and folded: `monthlySaving` and `monthly_saving` both read `monthly_saving`. */
export function foldName(name: string): string {
  return name
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}

/** The prose of a spelled feature, its shapes and quoted names set aside, and the words of its route's path. */
export function spelledProse(text: string, path: string): { words: string[]; pathWords: Set<string> } {
  let prose = proseOf(text).replace(/"[^"]*"/g, ' ');
  for (let i = 0; i < 3; i += 1) prose = prose.replace(/\{[^{}]*\}/g, ' ');
  return { words: featureWords(prose), pathWords: new Set(featureWords(path.replace(/[/_.-]+/g, ' '))) };
}

/** The one route a spelled money feature writes, its literals and its prose (see {@link spelledRoute}). */
export interface SpelledRoute {
  method: 'GET' | 'POST';
  path: string;
  literals: ReturnType<typeof readFeatureLiterals>;
  words: string[];
  pathWords: Set<string>;
}

/**
 * The one route a spelled feature writes, when its method is one of `methods` (a GET with a body is none), with the
 * feature's literals and its prose (`spelledProse`); null when it writes no route, several, or one it cannot read.
 */
export function spelledRoute(text: string, methods: readonly ('GET' | 'POST')[]): SpelledRoute | null {
  const literals = readFeatureLiterals(text);
  if (literals.routes.length !== 1 || literals.problems.length > 0) return null;
  const [{ method, path }] = literals.routes;
  if (method !== 'GET' && method !== 'POST') return null;
  if (!methods.includes(method) || (method === 'GET' && literals.request.length > 0)) return null;
  return { method, path, literals, ...spelledProse(text, path) };
}

/**
 * The languages of a feature's words (`languagesOf`), and those the family's own words mark (`own`: "Treuepunkte" is
 * German, "poupança" Portuguese).
 */
export function languagesWith(words: string[], own: [Language, RegExp][]): Language[] {
  const found = own.filter(([, re]) => words.some((w) => re.test(w))).map(([l]) => l);
  return [...new Set([...languagesOf(words), ...found])];
}

/**
 * The words of a rule: folded, currency signs as words ("10 €" is "10 euro", "$5" is "dollar 5"); with
 * `hyphened`, a hyphened name is one word ("Mehrweg-PET").
 */
export function ruleTokens(text: string, hyphened = false): string[] {
  const folded = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/r\$/g, ' real ')
    .replace(/€/g, ' euro ')
    .replace(/\$/g, ' dollar ')
    .replace(/£/g, ' pound ');
  return folded.match(hyphened ? /\d+(?:[.,]\d+)?|\p{L}+(?:-\p{L}+)*/gu : /\d+(?:[.,]\d+)?|\p{L}+/gu) ?? [];
}

/** Whether every word of a rule is one of `known` (a behaviour's own words and fillers), of `extra`, or a number. */
export function allKnown(words: string[], known: ReadonlySet<string>, extra: ReadonlySet<string>): boolean {
  return words.every((w) => known.has(w) || extra.has(w) || /^\d+$/.test(w));
}
