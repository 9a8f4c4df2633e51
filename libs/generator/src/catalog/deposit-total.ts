import { readFeatureLiterals, type LiteralField } from '@sf/service-spec';
import type { CatalogFamily, FunctionDesign, Recognised, Refusal, WorkedExample } from './catalog-entry';
import { asSaid, featureWords, glossIn, type Language } from './feature-words';
import {
  allKnown,
  foldName,
  languagesWith,
  MONEY_FILLERS,
  ruleTokens,
  SPELLED_WORDS,
  spelledProse,
} from './money-words';
import { DEPOSIT_TOTAL_CODE } from './deposit-total-code';

/*
 * A bottle deposit (Pfand, the money class): each kind of container has a deposit the feature writes ("Einweg
 * 0,25 €, Mehrweg 0,08 €", "0.25 per can and 0.10 per bottle", "Einweg 25 Cent"); the total for the counts
 * returned is the sum of count × deposit, in cents. Read spelled out (one POST route sending one whole count per
 * priced kind, named as the feature names the kind, answering one total) or in free text naming a deposit. Every
 * price must name its kind and every other word must be a deposit's or a filler: "je nach Flasche 0,08 € oder
 * 0,25 €" (a price of no kind) or a deposit depending on anything else stays unread.
 */

interface Kind {
  name: string;
  cents: number;
}

interface Names {
  counts: Record<string, string>;
  total: string;
}

const CURRENCY = /^(?:euros?|eur|dollars?|usd|real|reais|francs?|franken|chf|pounds?|gbp)$/;
const CENT = /^(?:cents?|ct|cent|centimes?|centimos?|centesimi|centavos?)$/;
const PER = /^(?:per|each|every|a|pro|je|por|cada|par|pour|chaque|ogni|ciascun[oa]?)$/;
const isNumber = (w: string) => /^\d+(?:[.,]\d{1,2})?$/.test(w);

const KNOWN = new Set(
  `pfand pfandrechner pfandbetrag gesamtpfand pfandwert pfandruckgabe deposit deposits refund refunds bottle
  bottles can cans container containers crate crates deposito depositos envase envases casco cascos botella
  botellas lata latas caja cajas consigne consignes bouteille bouteilles canette canettes caisse caisses
  cauzione vuoto vuoti bottiglia bottiglie lattina lattine cassa casse caucao vasilhame vasilhames garrafa
  garrafas cassas engradado engradados flasche flaschen dose dosen kasten kisten sorte sorten art arten typ
  rechner calculator calculadora calculateur calcolatore total totale gesamt gesamtbetrag summe suma somme
  somma soma returned zuruckgegeben zuruckgegebenen abgegeben abgegebenen devueltos devueltas rendus rapportes
  restituiti resi devolvidos devolvidas stuckzahl stuckzahlen zuruckgeben zuruckgegeben para count counts anzahl cantidad nombre numero numeri quantita quantidade
  number kind kinds type types tipo tipos
  euro euros eur dollar dollars usd real reais franc francs franken chf pound pounds gbp cent cents ct
  centimes centimos centesimi centavos
  per each every pro je por cada par pour chaque ogni ciascuno ciascuna`
    .split(/\s+/)
    .filter((w) => w !== '')
    .concat(MONEY_FILLERS),
);

const DEPOSIT_WORD =
  /^(?:pfand\w*|gesamtpfand|deposits?|deposito|depositos|envases?|cascos?|consignes?|cauzione|vuoti?|caucao|caucoes|vasilhames?)$/;

/** Words naming the tool or the total, never a kind of container ("Deposit calculator: 0.25 per can"). */
const NOT_KIND =
  /^(?:calculator|calculadora|calculateur|calcolatore|rechner|total|totale|gesamt|gesamtbetrag|summe|suma|somme|somma|soma)$/;
/**
 * Words only a deposit on containers uses: "a deposit of 20 € per booking" is a rule on bookings, no bottle
 * deposit, so free text must name a container (or Pfand, Leergut, consigne, vuoti, vasilhame, envases).
 */
const CONTAINER_WORD =
  /^(?:pfand\w*|gesamtpfand|leergut|einweg|mehrweg|\w*flaschen?|\w*dosen?|kasten|kisten|bottles?|cans?|crates?|containers?|envases?|cascos?|botellas?|latas?|consignes?|bouteilles?|canettes?|vuoti?|bottiglie|bottiglia|lattine?|lattina|vasilhames?|garrafas?)$/;

/** The amount at `i` in cents when a currency or cent word follows it (or a currency word stands before it). */
function centsAt(tokens: string[], i: number): number | null {
  if (!isNumber(tokens[i])) return null;
  const value = Number(tokens[i].replace(',', '.'));
  const next = tokens[i + 1] ?? '';
  if (CENT.test(next)) return Number.isInteger(value) ? value : null;
  // "0.25 per can": a price without its currency, said per container.
  if (CURRENCY.test(next) || CURRENCY.test(tokens[i - 1] ?? '') || PER.test(next))
    return Math.round(value * 100);
  return null;
}

/** The kinds a feature prices: a name right before the price, or right after "per" behind it; null otherwise. */
export function readKinds(text: string): Kind[] | null {
  const tokens = ruleTokens(text, true);
  const kinds: Kind[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    if (!isNumber(tokens[i])) continue;
    const cents = centsAt(tokens, i);
    // A status said beside the prices ("a negative count returns 400") is no price.
    if (cents === null && /^4\d\d$/.test(tokens[i])) continue;
    if (cents === null || cents <= 0 || cents > 1e6) return null;
    const unit = CURRENCY.test(tokens[i - 1] ?? '') ? 1 : 0;
    const before = tokens[i - 1 - unit] ?? '';
    const unitAfter = CURRENCY.test(tokens[i + 1] ?? '') || CENT.test(tokens[i + 1] ?? '') ? 1 : 0;
    const after = tokens.slice(i + 1 + unitAfter, i + 3 + unitAfter);
    const perAt = after.findIndex((w) => PER.test(w));
    const named = (w: string) => /^\p{L}/u.test(w) && !PER.test(w) && !MONEY_FILLERS.includes(w);
    let name: string | null = null;
    if (named(before) && !CURRENCY.test(before) && !DEPOSIT_WORD.test(before) && !NOT_KIND.test(before))
      name = before;
    else if (perAt === 0 && named(after[1] ?? '')) name = after[1];
    if (name === null) return null;
    kinds.push({ name: name.replace(/-/g, '_'), cents });
  }
  if (kinds.length < 1 || new Set(kinds.map((k) => k.name)).size !== kinds.length) return null;
  return kinds;
}

/** Whether two names name one kind, maybe one in the plural ("cans" and "can", "Flaschen" and "Flasche"). */
function sameKind(a: string, b: string): boolean {
  const [x, y] = [foldName(a), foldName(b)].sort((p, q) => p.length - q.length);
  return x === y || (y.startsWith(x) && /^(?:s|es|n|en|e)$/.test(y.slice(x.length)));
}

function spelledNames(sent: LiteralField[], answered: LiteralField[], kinds: Kind[]): Names | null {
  if (sent.length !== kinds.length || sent.some((f) => f.type !== 'integer' && f.type !== 'number'))
    return null;
  if (answered.length !== 1 || answered[0].type !== 'number') return null;
  const counts: Record<string, string> = {};
  for (const k of kinds) {
    const matching = sent.filter((f) => sameKind(f.name, k.name));
    if (matching.length !== 1) return null;
    counts[k.name] = matching[0].name;
  }
  if (new Set(Object.values(counts)).size !== kinds.length) return null;
  return { counts, total: answered[0].name };
}

const GLOSS: Record<Language, string> = {
  en: ' Bottle deposit: the total deposit for the containers returned.',
  de: ' Pfand: der Gesamtpfand für die Anzahl je Sorte (Flaschen, Dosen, Kästen).',
  es: ' Depósito (envases): el total por la cantidad de cada tipo devuelta.',
  fr: ' Consigne : le total pour le nombre de contenants de chaque sorte.',
  it: ' Cauzione (vuoti): il totale per il numero di contenitori di ogni tipo.',
  pt: ' Caução (vasilhames): o total pela quantidade de cada tipo devolvida.',
};

const euros = (cents: number) => (cents / 100).toFixed(2);

export function depositDesign(
  path: string,
  kinds: Kind[],
  names: Names,
  languages: Language[],
  said: string,
): FunctionDesign {
  const request = (counts: number[]) =>
    Object.fromEntries(kinds.map((k, i) => [names.counts[k.name], counts[i]]));
  const samples = [kinds.map(() => 0), kinds.map((_, i) => i + 1), kinds.map((_, i) => (i === 0 ? 12 : 0))];
  samples.push(kinds.map((_, i) => 3 + 2 * i));
  const examples: WorkedExample[] = samples.map((counts) => {
    const cents = counts.reduce((sum, c, i) => sum + c * kinds[i].cents, 0);
    const listed = kinds.map((k, i) => `${counts[i]} × ${k.name} at ${euros(k.cents)}`).join(' + ');
    return {
      description: `${listed} = ${euros(cents)}.`,
      input: request(counts),
      output: { [names.total]: cents / 100 },
    };
  });
  const first = kinds[0].name;
  const refusals: Refusal[] = [
    {
      description: `A negative count of ${first} (-1) is refused.`,
      input: request(kinds.map((_, i) => (i === 0 ? -1 : 1))),
    },
    {
      description: `A count of ${first} that is not whole (1.5) is refused.`,
      input: request(kinds.map((_, i) => (i === 0 ? 1.5 : 0))),
    },
  ];
  const priced = kinds.map((k) => `${k.name} ${euros(k.cents)}`).join(', ');
  return {
    function: DEPOSIT_TOTAL_CODE.id,
    method: 'POST',
    path,
    summary:
      `Works out the total deposit for the containers returned: the sum of count × deposit per kind (${priced}), ` +
      'in cents. A count that is negative, not a whole number or above 1,000,000 is refused with 400. ' +
      `The deposits as said: "${asSaid(said)}".` +
      glossIn(GLOSS, languages),
    inputs: kinds.map((k, i) => ({
      param: k.name,
      field: {
        name: names.counts[k.name],
        type: 'integer',
        required: true,
        description: `How many ${k.name} are returned (deposit ${euros(k.cents)} each)`,
        example: samples[3][i],
        minimum: 0,
        maximum: 1e6,
      },
    })),
    outputs: [
      {
        result: 'total',
        field: names.total,
        description: 'The total deposit',
        example: examples[3].output[names.total],
      },
    ],
    options: Object.fromEntries(kinds.map((k) => [`cents_${k.name}`, k.cents])),
    examples,
    refusals,
  };
}

/** Whether every word is a deposit's, a filler, a number or one of `extra`. */
const knownWords = (words: string[], extra: Set<string>) => allKnown(words, KNOWN, extra);

function languagesFor(words: string[]): Language[] {
  return languagesWith(words, [
    ['de', /^(?:pfand\w*|flaschen?|einweg|mehrweg)$/],
    ['es', /^(?:botellas?|latas?|envases?)$/],
    ['fr', /^(?:consignes?|bouteilles?|canettes?)$/],
    ['it', /^(?:cauzione|vuoti|bottiglie|lattine)$/],
    ['pt', /^(?:garrafas?|vasilhames?|caucao)$/],
  ]);
}

const SPELLED = new Set(SPELLED_WORDS);
const nameWords = (kinds: Kind[]) => new Set(kinds.flatMap((k) => k.name.split('_')));

function recogniseSpelled(text: string): Recognised {
  const literals = readFeatureLiterals(text);
  if (literals.routes.length !== 1 || literals.problems.length > 0) return null;
  const [{ method, path }] = literals.routes;
  if (method !== 'POST') return null;
  let prose = text.replace(/"[^"]*"/g, ' ').replace(/\b(?:GET|POST)\s+\/\S*/g, ' ');
  for (let i = 0; i < 3; i += 1) prose = prose.replace(/\{[^{}]*\}/g, ' ');
  prose = prose
    .replace(/^[\s:,;.-]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const kinds = readKinds(prose);
  if (!kinds) return null;
  const names = spelledNames(literals.request, literals.response, kinds);
  if (!names) return null;
  const { words, pathWords } = spelledProse(text, path);
  if (!knownWords(words, new Set([...SPELLED, ...pathWords, ...nameWords(kinds)]))) return null;
  // Each count is read by the name the route sends it in.
  const sent = kinds.map((k) => ({ name: names.counts[k.name], cents: k.cents }));
  const counts = Object.fromEntries(sent.map((k) => [k.name, k.name]));
  return { design: depositDesign(path, sent, { counts, total: names.total }, languagesFor(words), prose) };
}

export const DEPOSIT_TOTAL: CatalogFamily = {
  name: 'deposit-total',
  functions: [DEPOSIT_TOTAL_CODE],
  recognise(text: string): Recognised {
    if (readFeatureLiterals(text).routes.length > 0) return recogniseSpelled(text);
    if (/[{}[\]/]/.test(text)) return null;
    const words = featureWords(text);
    if (!words.some((w) => DEPOSIT_WORD.test(w)) || !words.some((w) => CONTAINER_WORD.test(w))) return null;
    const kinds = readKinds(text);
    if (!kinds || !knownWords(words, nameWords(kinds))) return null;
    const counts = Object.fromEntries(kinds.map((k) => [k.name, k.name]));
    return {
      design: depositDesign('/deposit/total', kinds, { counts, total: 'total' }, languagesFor(words), text),
    };
  },
};
