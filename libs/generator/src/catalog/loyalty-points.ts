import { readFeatureLiterals, type LiteralField } from '@sf/service-spec';
import type { CatalogFamily, FunctionDesign, Recognised, Refusal, WorkedExample } from './catalog-entry';
import { divide, fraction, roundFraction } from './exact-rounding';
import { asSaid, featureWords, glossIn, type Language } from './feature-words';
import {
  allKnown,
  foldName,
  languagesWith,
  MONEY_FILLERS,
  ruleTokens,
  SPELLED_WORDS,
  spelledRoute,
} from './money-words';
import { LOYALTY_POINTS_CODE } from './loyalty-points-code';

/*
 * Loyalty points (the money class): N points for every full M spent ("1 point per full euro", "10 points for
 * every 5 dollars", "für je volle 10 € gibt es 5 Punkte", "1 punto ogni 10 euro"), points = floor(amount / M) × N.
 * Read spelled out (one POST route sending an amount, answering the points, the rule in its prose) or in free
 * text; in both, every word must be one of loyalty points' or a filler, so a rule saying more — a started step
 * (a ceiling), double points on some days, redeeming points, tiers, expiry — stays unread. The rule is one number
 * of points, one step of money and a word of "per/every"; any other number leaves the feature unread.
 */

interface Rule {
  points: number;
  step: number;
}

interface Names {
  amount: string;
  points: string;
}

const OWN: Names = { amount: 'amount', points: 'points' };

/** The reference answer in exact decimals, apart from the emitted code: floor(amount / step) × points. */
export function loyaltyPointsReference(amount: number, rule: Rule): number {
  return roundFraction(divide(fraction(amount), fraction(rule.step)), 0, 'down') * rule.points;
}

const GLOSS: Record<Language, string> = {
  en: ' Loyalty points earned for the amount spent.',
  de: ' Treuepunkte (Punkte) für den Einkaufswert: je voller Betrag gibt es Punkte.',
  es: ' Puntos de fidelidad por el importe gastado en la compra.',
  fr: ' Points de fidélité pour le montant dépensé.',
  it: ' Punti fedeltà per la spesa (importo speso).',
  pt: ' Pontos de fidelidade pelo valor gasto na compra.',
};

const money = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));

export function loyaltyDesign(
  path: string,
  names: Names,
  rule: Rule,
  languages: Language[],
  said: string,
): FunctionDesign {
  const { step, points } = rule;
  // Just below a step, exactly on it, between steps, nothing, and many steps with cents.
  const samples = [0, step - 0.01, step, step * 2 + 0.5, step * 12 + 0.99, 100.99].filter(
    (a, i, all) => a >= 0 && all.indexOf(a) === i,
  );
  const examples: WorkedExample[] = samples.map((raw) => {
    const amount = Math.round(raw * 100) / 100;
    const earned = loyaltyPointsReference(amount, rule);
    return {
      description: `${money(amount)} spent earn ${earned} points (${points} per full ${money(step)}).`,
      input: { [names.amount]: amount },
      output: { [names.points]: earned },
    };
  });
  const refusals: Refusal[] = [
    { description: 'A negative amount (-5) is refused.', input: { [names.amount]: -5 } },
    { description: 'An amount above 1,000,000,000 is refused.', input: { [names.amount]: 1e9 + 1 } },
  ];
  return {
    function: LOYALTY_POINTS_CODE.id,
    method: 'POST',
    path,
    summary:
      `Works out the loyalty points a purchase earns: ${points} point${points === 1 ? '' : 's'} for every full ` +
      `${money(step)} of the amount spent, floor(amount / ${money(step)}) × ${points}; what is left of a step ` +
      'earns nothing; the amount is read in cents. A negative amount or one above 1,000,000,000 is refused with ' +
      `400. The rule as said: "${asSaid(said)}".` +
      glossIn(GLOSS, languages),
    inputs: [
      {
        param: 'amount',
        field: {
          name: names.amount,
          type: 'number',
          required: true,
          description: 'The amount spent',
          example: examples[examples.length - 1].input[names.amount],
          minimum: 0,
          maximum: 1e9,
        },
      },
    ],
    outputs: [
      {
        result: 'points',
        field: names.points,
        description: 'Points earned (whole points)',
        example: examples[examples.length - 1].output[names.points],
      },
    ],
    options: { points, step_cents: Math.round(step * 100) },
    examples,
    refusals,
  };
}

const POINT = /^(?:points?|pts|punkte?n?|treuepunkte?n?|bonuspunkte?n?|puntos?|punti|pontos?)$/;
const CURRENCY = /^(?:euros?|eur|dollars?|usd|real|reais|brl|francs?|franken|chf|pounds?|gbp)$/;
const PER = /^(?:per|every|each|pro|je|jeden|jede|jedem|jeder|por|cada|par|chaque|tranche|ogni)$/;
const ONE = /^(?:a|an|one|ein|einen|un|uno|una|um|uma)$/;
/** Words that may stand between a number and its points or its step ("10 loyalty points", "5 full dollars"). */
const BETWEEN = /^(?:loyalty|bonus|reward|full|whole|voll|volle|vollen|vollem|voller|ganze|ganzen)$/;

const isNumber = (w: string) => /^\d+(?:[.,]\d{1,2})?$/.test(w);
const numberOf = (w: string) => Number(w.replace(',', '.'));

/** The number written before position `i`, over at most one word of `BETWEEN`; its position, or -1. */
function numberBefore(tokens: string[], i: number, one: boolean): number {
  for (let j = i - 1; j >= Math.max(0, i - 2); j -= 1) {
    if (isNumber(tokens[j]) || (one && ONE.test(tokens[j]))) return j;
    if (!BETWEEN.test(tokens[j])) return -1;
  }
  return -1;
}

/** The rule a feature writes: one number of points and one step of money said with "per"; null otherwise. */
export function readPointsRule(text: string): Rule | null {
  const tokens = ruleTokens(text);
  const used = new Set<number>();
  const points = new Set<number>();
  const steps = new Set<number>();
  let perStep = false;
  tokens.forEach((w, i) => {
    if (POINT.test(w)) {
      const j = numberBefore(tokens, i, true);
      if (j >= 0) {
        used.add(j);
        points.add(isNumber(tokens[j]) ? numberOf(tokens[j]) : 1);
      }
    } else if (CURRENCY.test(w)) {
      let j = numberBefore(tokens, i, false);
      if (j < 0 && i + 1 < tokens.length && isNumber(tokens[i + 1])) j = i + 1;
      if (j >= 0) used.add(j);
      const from = Math.min(i, j < 0 ? i : j);
      const said = tokens.slice(Math.max(0, from - 3), from).some((t) => PER.test(t));
      if (said) perStep = true;
      steps.add(j >= 0 ? numberOf(tokens[j]) : said ? 1 : NaN);
    }
  });
  const numbers = tokens.filter(isNumber).length;
  if (!perStep || points.size !== 1 || steps.size !== 1 || numbers !== used.size) return null;
  const [n] = [...points];
  const [m] = [...steps];
  if (!Number.isInteger(n) || n < 1 || n > 1e6 || !(m > 0) || m > 1e6) return null;
  return { points: n, step: m };
}

const KNOWN = new Set(
  `loyalty bonus reward rewards point points pts treuepunkte treuepunkt bonuspunkte punkt punkte punkten treue
  punto puntos fidelidad fidelizacion fidelite fedelta punti ponto pontos fidelidade programa program programme
  programm programma card karte tarjeta carte carta cartao club
  euro euros eur dollar dollars usd real reais brl franc francs franken chf pound pounds gbp
  per every each pro je jeden jede jedem jeder por cada par chaque tranche ogni
  full whole voll volle vollen vollem voller ganze ganzen entero enteros entera enteras entier entiers entiere
  entieres intero interi intera inteiro inteiros completo completos complete
  spent spend spends spending purchase purchases purchased order orders bill receipt ausgegeben ausgibt
  einkauf einkaufe einkaufswert einkaufsbetrag umsatz bestellwert gasto gastado gastados gastada gasta gastan
  gastar compra compras depense depenses depensee achat achats speso spesi spesa spese acquisto acquisti
  gasta gastos valor importe monto montant importo amount amounts total betrag wert value
  customer customers kunde kunden kundin cliente clientes client clients clienti
  earn earns earned get gets receive receives collect collects erhalt erhalten bekommt bekommen sammelt gibt
  es gana ganan recibe reciben acumula gagne gagnent recoit obtient guadagna guadagnano riceve ricevono
  accumula ganha ganham recebe recebem acumula there is are wird werden
  cent cents centimes centimos centesimi centavos count counts zahlt zahlen cuenta cuentan contar compte
  comptent contano conta contam not nicht kein keine no sin sans senza sem only nur solo solamente seulement
  somente apenas rounded down abgerundet redondeado arrondi arrotondato arredondado`
    .split(/\s+/)
    .filter((w) => w !== '')
    .concat(MONEY_FILLERS),
);

/** Whether every word is loyalty points' own, a filler or a number, and the rule can be read. */
const knownWords = (words: string[], extra: Set<string> = new Set()) => allKnown(words, KNOWN, extra);

/** The languages of a feature, and those its own points words are in ("Treuepunkte" is German). */
function languagesFor(words: string[]): Language[] {
  return languagesWith(words, [
    ['de', /^(?:punkte?n?|treue\w*|einkauf\w*)$/],
    ['es', /^(?:puntos|fidelidad|gastado)$/],
    ['fr', /^(?:fidelite|depense\w*)$/],
    ['it', /^(?:punti|fedelta|spesa|ogni)$/],
    ['pt', /^(?:pontos?|fidelidade|gasto)$/],
  ]);
}

const AMOUNT_NAME =
  /^(?:amount|total|spent|spend|purchase|purchase_amount|order_total|sum|value|betrag|summe|umsatz|einkauf|einkaufswert|wert|importe|monto|gasto|compra|montant|achat|depense|importo|spesa|valor|totale)$/;
const POINTS_NAME = /^(?:points|loyalty_points|punkte|treuepunkte|puntos|punti|pontos|points_earned)$/;

function spelledNames(sent: LiteralField[], answered: LiteralField[]): Names | null {
  if (sent.length !== 1 || (sent[0].type !== 'number' && sent[0].type !== 'integer')) return null;
  if (answered.length !== 1 || (answered[0].type !== 'number' && answered[0].type !== 'integer')) return null;
  if (!AMOUNT_NAME.test(foldName(sent[0].name)) || !POINTS_NAME.test(foldName(answered[0].name))) return null;
  return { amount: sent[0].name, points: answered[0].name };
}

const SPELLED = new Set(SPELLED_WORDS);

function recogniseSpelled(text: string): Recognised {
  const route = spelledRoute(text, ['POST']);
  if (!route) return null;
  const { path, literals, words, pathWords } = route;
  const names = spelledNames(literals.request, literals.response);
  if (!names) return null;
  if (!knownWords(words, new Set([...SPELLED, ...pathWords]))) return null;
  let prose = text.replace(/"[^"]*"/g, ' ').replace(/\b(?:GET|POST)\s+\/\S*/g, ' ');
  for (let i = 0; i < 3; i += 1) prose = prose.replace(/\{[^{}]*\}/g, ' ');
  prose = prose
    .replace(/^[\s:,;.-]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const rule = readPointsRule(prose);
  return rule ? { design: loyaltyDesign(path, names, rule, languagesFor(words), prose) } : null;
}

export const LOYALTY_POINTS: CatalogFamily = {
  name: 'loyalty-points',
  functions: [LOYALTY_POINTS_CODE],
  recognise(text: string): Recognised {
    if (readFeatureLiterals(text).routes.length > 0) return recogniseSpelled(text);
    if (/[{}[\]/]/.test(text)) return null;
    const words = featureWords(text);
    if (!knownWords(words) || !words.some((w) => POINT.test(w))) return null;
    const rule = readPointsRule(text);
    return rule ? { design: loyaltyDesign('/loyalty/points', OWN, rule, languagesFor(words), text) } : null;
  },
};
