import { readFeatureLiterals, type LiteralField } from '@sf/service-spec';
import type { CatalogFamily, FunctionDesign, Recognised, Refusal, WorkedExample } from './catalog-entry';
import { add, divide, fraction, roundFraction } from './exact-rounding';
import { featureWords, glossIn, refuses, type Language } from './feature-words';
import { foldName, languagesWith, MONEY_FILLERS, SPELLED_WORDS, spelledRoute } from './money-words';
import { SAVINGS_GOAL_CODE } from './savings-goal-code';

/*
 * A savings goal (the money class): how many whole months of saving a fixed amount each month, without interest,
 * it takes from what is saved already to the goal (5,000 goal, 1,200 saved, 250 a month: 15.2 → 16 months).
 * Read spelled out (one route sending a goal, what is saved and the monthly amount, answering the months) or in
 * free text whose every word is a savings goal's or a filler: interest, weeks, or the monthly amount asked for a
 * deadline are other computations and stay unread. A feature of its own refusing a monthly amount of 0 or less
 * or negative amounts joins the endpoint.
 */

type Param = 'goal' | 'saved' | 'monthly';
const PARAMS: readonly Param[] = ['goal', 'saved', 'monthly'];

interface Names {
  params: Record<Param, string>;
  months: string;
}

const OWN: Names = { params: { goal: 'goal', saved: 'saved', monthly: 'monthly' }, months: 'months' };

/** The reference answer in exact decimals, apart from the emitted code: (goal − saved) / monthly, rounded up. */
export function savingsMonthsReference(goal: number, saved: number, monthly: number): number {
  const g = fraction(goal);
  const s = fraction(saved);
  const missing = add(g, { n: -s.n, d: s.d });
  if (missing.n <= 0n) return 0;
  return roundFraction(divide(missing, fraction(monthly)), 0, 'up');
}

const SAMPLES: readonly [number, number, number][] = [
  [5000, 1200, 250],
  [1200, 0, 100],
  [1000, 1500, 50],
  [100.01, 0, 10],
  [750, 100, 65],
];

const DESCRIBED: Record<Param, string> = {
  goal: 'The savings goal (amount to reach)',
  saved: 'What is saved already',
  monthly: 'What is put aside every month (more than 0)',
};

const GLOSS: Record<Language, string> = {
  en: ' Savings goal: from the goal (target), what is saved already and what is saved each month (monthly saving), how many months until the goal is reached.',
  de: ' Sparziel: aus dem Ziel, dem bereits Gesparten und der monatlichen Sparrate die Anzahl Monate, bis das Sparziel erreicht ist.',
  es: ' Meta de ahorro: a partir de la meta, lo ahorrado y el ahorro mensual, cuántos meses faltan para alcanzar la meta.',
  fr: " Objectif d'épargne : à partir de l'objectif, de l'épargne actuelle et du montant épargné chaque mois, combien de mois pour atteindre l'objectif.",
  it: " Obiettivo di risparmio: dall'obiettivo, da quanto già risparmiato e dal risparmio al mese, quanti mesi servono per raggiungere l'obiettivo.",
  pt: ' Meta de poupança: a partir da meta, do valor já poupado e do valor poupado por mês, quantos meses faltam para atingir a meta.',
};

export function savingsGoalDesign(path: string, names: Names, languages: Language[]): FunctionDesign {
  const request = (g: number, s: number, m: number) => ({
    [names.params.goal]: g,
    [names.params.saved]: s,
    [names.params.monthly]: m,
  });
  const examples: WorkedExample[] = SAMPLES.map(([g, s, m]) => {
    const months = savingsMonthsReference(g, s, m);
    return {
      description: `Goal ${g}, ${s} saved, ${m} a month: ${months} months.`,
      input: request(g, s, m),
      output: { [names.months]: months },
    };
  });
  const refusals: Refusal[] = [
    {
      description: 'A monthly amount of 0 is refused (the goal is never reached).',
      input: request(5000, 0, 0),
    },
    { description: 'A negative monthly amount (-100) is refused.', input: request(5000, 0, -100) },
    { description: 'A negative saved amount (-1) is refused.', input: request(5000, -1, 100) },
    { description: 'A negative goal (-5000) is refused.', input: request(-5000, 0, 100) },
  ];
  return {
    function: SAVINGS_GOAL_CODE.id,
    method: 'POST',
    path,
    summary:
      'Works out how many whole months of saving a fixed amount every month, without interest, it takes to ' +
      'reach a savings goal: the smallest n with saved + n × monthly ≥ goal, (goal − saved) / monthly rounded ' +
      'up, 0 when the goal is reached already; amounts in cents. A monthly amount of 0 or less, a negative goal ' +
      'or saved amount, or an amount above 1,000,000,000 is refused with 400.' +
      glossIn(GLOSS, languages),
    inputs: PARAMS.map((param, i) => ({
      param,
      field: {
        name: names.params[param],
        type: 'number',
        required: true,
        description: DESCRIBED[param],
        example: SAMPLES[0][i],
        minimum: 0,
        maximum: 1e9,
      },
    })),
    outputs: [
      {
        result: 'months',
        field: names.months,
        description: 'Whole months until the goal is reached',
        example: examples[0].output[names.months],
      },
    ],
    examples,
    refusals,
  };
}

/** Other computations on savings: interest, weeks, a deadline (folded name or words). */
const OTHER =
  /interest|zins|interes|interet|juros|week|woche|semana|semaine|settiman|deadline|frist|plazo|delai|scadenz|prazo/;
const MONTHLY_NAME =
  /monthly|per_?month|sparrate|monatlich|mensual|mensuel|mensile|mensal|por_?mes|par_?mois|al_?mese/;
const GOAL_NAME = /goal|target|ziel|meta|objetivo|objectif|obiettivo|traguardo/;
const SAVED_NAME =
  /saved|savings|current|balance|gespart|erspart|guthaben|ahorrado|ahorros|epargne|economies|risparmiat|risparmi|poupado|poupanca|already|bereits|actual|atual|attuale|actuel/;
const MONTHS_NAME =
  /^(?:months?|months_?(?:needed|left|to_?goal|remaining)|n_?months|monate|anzahl_?monate|meses|meses_?(?:restantes|necesarios|necessarios)|mois|mesi|mesi_?necessari)$/;

function paramOf(name: string): Param | null {
  const n = foldName(name);
  if (OTHER.test(n)) return null;
  if (MONTHLY_NAME.test(n)) return 'monthly';
  if (GOAL_NAME.test(n)) return 'goal';
  return SAVED_NAME.test(n) ? 'saved' : null;
}

function spelledNames(sent: LiteralField[], answered: LiteralField[]): Names | null {
  if (sent.length !== 3 || sent.some((f) => f.type !== 'number' && f.type !== 'integer')) return null;
  const params: Partial<Record<Param, string>> = {};
  for (const f of sent) {
    const p = paramOf(f.name);
    if (!p || params[p]) return null;
    params[p] = f.name;
  }
  if (answered.length !== 1 || !MONTHS_NAME.test(foldName(answered[0].name))) return null;
  return { params: params as Record<Param, string>, months: answered[0].name };
}

const KNOWN = new Set(
  `goal goals target objective sparziel ziel ziels meta metas objetivo objectif obiettivo traguardo
  saving savings save saved saves spare sparen spart gespart gesparten gesparte ersparnis ersparnisse sparrate
  sparbetrag ahorro ahorros ahorrar ahorrado ahorrada ahorra epargne epargner epargnee economies economise
  risparmio risparmi risparmiare risparmiato risparmiata risparmia poupanca poupar poupado poupada poupa
  month months monthly monat monate monaten monatlich monatliche monatlichen mes meses mensual mensuales
  mensualmente mois mensuel mensuelle mensuellement mese mesi mensile mensilmente mensal mensalmente
  each every per jeden jedes pro cada chaque ogni todo por par
  already bereits schon ya deja gia ja current currently actual actuel actuelle aktuell attuale atual
  have has habe hat tengo tenho ho ai put aside puts legt zuruck beiseite lege reach reached reaching until
  erreichen erreicht bis alcanzar alcanzo llegar faltan falta atteindre atteint faut raggiungere servono serve
  atingir faltam falta need needs takes take brauche braucht dauert tarda tardo anzahl number numero nombre
  amount amounts betrag importe montant importo valor cantidad quantia sum summe suma somme somma soma
  calculator rechner calculadora calculateur calcolatore what was para pour dato dado donne
  whole full ganze ganzer ganzen volle vollen completos completo enteros entiers complets interi inteiros
  reaches reached ist sind is are es son est sont e sao`
    .split(/\s+/)
    .filter((w) => w !== '')
    .concat(MONEY_FILLERS),
);

const GOAL_WORD = /\b(?:goal|target|objective|sparziel|ziel|meta|objetivo|objectif|obiettivo|traguardo)\b/;
const SAVE_WORD =
  /\b(?:sav\w*|spar\w*|gespart\w*|ersparnis\w*|ahorr\w*|epargn\w*|econom\w*|risparm\w*|poup\w*)\b/;
const MONTH_WORD =
  /\b(?:months?|monthly|monat\w*|mes|meses|mensual\w*|mois|mensuel\w*|mese|mesi|mensil\w*|mensal\w*)\b/;
const ALREADY =
  /\b(?:already|bereits|schon|ya|deja|gia|ja|current\w*|actual|actuel\w*|aktuell\w*|attuale|atual|saved|gespart\w*|ahorrad[oa]|risparmiat[oa]|poupad[oa])\b/;
/** "How much must I save each month": the monthly amount for a deadline, another computation. */
const HOW_MUCH = /\b(?:how much|wie viel|cuanto|combien|quanto)\b/;
/** Saying there is no interest says what the computation does. */
const NO_INTEREST =
  /\b(?:no|without|ohne|sin|sans|senza|sem)\s+(?:interest|zinsen|zins|intereses|interets|interessi|juros)\b/g;

function freeSavings(text: string): boolean {
  if (/[{}[\]/]|\d/.test(text) || readFeatureLiterals(text).routes.length > 0) return false;
  const words = featureWords(featureWords(text).join(' ').replace(NO_INTEREST, ' '));
  if (words.some((w) => !KNOWN.has(w))) return false;
  const folded = words.join(' ');
  if (
    HOW_MUCH.test(folded) &&
    !/\b(?:how many|wie viele|cuantos|combien de mois|quanti|quantos)\b/.test(folded)
  )
    return false;
  return [GOAL_WORD, SAVE_WORD, MONTH_WORD, ALREADY].every((re) => re.test(folded));
}

/** The languages of a feature, and those its own savings words are in ("poupança" is Portuguese). */
function languagesFor(words: string[]): Language[] {
  return languagesWith(words, [
    ['de', /^(?:spar|gespart|ersparnis)/],
    ['es', /^ahorr/],
    ['fr', /^epargn/],
    ['it', /^risparm/],
    ['pt', /^poup/],
  ]);
}

const SPELLED = new Set(SPELLED_WORDS);

function recogniseSpelled(text: string): Recognised {
  const route = spelledRoute(text, ['POST']);
  if (!route) return null;
  const { path, literals, words, pathWords } = route;
  const names = spelledNames(literals.request, literals.response);
  if (!names) return null;
  if (words.some((w) => !KNOWN.has(w) && !SPELLED.has(w) && !pathWords.has(w) && !/^\d+$/.test(w)))
    return null;
  return { design: savingsGoalDesign(path, names, languagesFor(words)) };
}

/** A feature of its own refusing a monthly amount of 0 or less or negative amounts of a savings goal. */
function refusedAmounts(text: string): Recognised {
  if (/[{}[\]/]/.test(text)) return null;
  const words = featureWords(text);
  const folded = words.join(' ');
  if (!refuses(words) && !words.includes('400')) return null;
  if (!/\b(?:negativ\w*|0|zero|null|cero|zéro|less|weniger|menos|moins|meno)\b/.test(folded)) return null;
  if (!SAVE_WORD.test(folded) && !/\bsparrate\b/.test(folded)) return null;
  const refusal =
    /^(?:negativ\w*|0|zero|null|cero|less|weniger|menos|moins|meno|below|unter|value|values|werte?|valor(?:es)?|valeurs?|valori|400|returns?|ergeben|ergibt|gibt|is|are|refused|rejected|abgelehnt|devuelve|rechazad\w*|renvoie|refuse\w*|restituisce|rifiutat\w*|retorna|recusad\w*|wird|werden|es|son|est|sont|sao|or)$/;
  if (words.some((w) => !KNOWN.has(w) && !refusal.test(w))) return null;
  return { constraint: { function: SAVINGS_GOAL_CODE.id, refusals: (d) => d.refusals } };
}

export const SAVINGS_GOAL: CatalogFamily = {
  name: 'savings-goal',
  functions: [SAVINGS_GOAL_CODE],
  recognise(text: string): Recognised {
    if (readFeatureLiterals(text).routes.length > 0) return recogniseSpelled(text);
    if (freeSavings(text)) {
      return { design: savingsGoalDesign('/savings/months', OWN, languagesFor(featureWords(text))) };
    }
    return refusedAmounts(text);
  },
};
