import type { EndpointSpec } from './spec-contract';

/*
 * The unit a feature gives a span in: the term of a loan ("the number of years", "over 30 years", "Laufzeit in
 * Jahren", "plazo en años", "durée en années", "durata in anni", "prazo em anos") or its count of monthly
 * payments ("number of monthly payments", "48 mois", "24 meses"). Blind h20 named the term in years and was
 * deployed reading it as months, because another feature said the amount is "spread evenly over the months":
 * months there are the months the payments fall in, not a term. So a unit counts as the term's when a number, a
 * word for a term or a count, or "in" stands before it; a unit after a word of "per" ("5 % a year", "pro Monat",
 * "al mes") names a rate or a period, and one after an article alone ("over the months", "auf die Monate") names
 * none of them. The designer reads here which unit the term field takes; the gate holds an endpoint declaring
 * `options.term_unit` to it.
 */

/** The unit a span is counted in. */
export type SpanUnit = 'years' | 'months' | 'weeks' | 'days';

/** What a feature says of a term's unit: one unit, several (`mixed`), or none (null). */
export type TermUnitReading = SpanUnit | 'mixed' | null;

const set = (list: string): Set<string> => new Set(list.split(/\s+/).filter((w) => w !== ''));

/** Unit words, folded (accents removed, lower case); French "an" counts only after a number. */
const UNITS: Record<SpanUnit, Set<string>> = {
  years: set('year years yr yrs jahr jahre jahren jahres ano anos annee annees ans anno anni'),
  months: set('month months mo mos monat monate monaten monats mes meses mois mese mesi'),
  weeks: set('week weeks woche wochen semana semanas semaine semaines settimana settimane'),
  days: set('day days tag tage tagen dia dias jour jours giorno giorni'),
};
/** Words of a single instance ("par an", "pro Monat", "each month", "5 % a year"): a rate or period, no term. */
const PER = set('per a an each every pro je jeden jedes jeder im por al cada par chaque all allo ao ogni l');
/** Articles with nothing counted after them ("over the months", "auf die Monate", "entre los meses"). */
const ARTICLES = set('the die den der des los las les le la i gli os as o');
/** Words that make the unit a term's within a few words before it ("term in years", "Laufzeit in Jahren"). */
const TERM_WORDS = set(`
  term terms duration length period maturity tenor laufzeit dauer zeitraum plazo duracion periodo duree periode
  durata prazo in en em`);
/** Words of a count ("the number of years", "how many years", "numero di mesi", "nombre de mensualités"). */
const COUNT_WORDS = set(`
  number numbers count anzahl zahl numero nombre cantidad quantidade many viele cuantos cuantas combien quanti
  quante quantos quantas`);
/** Number words a count may be written in ("zero years", "ein Jahr", "cero años"). */
const NUMBER_WORDS = set(`
  zero one two three four five six seven eight nine ten twelve fifteen twenty thirty forty fifty
  null ein eins eine einem einen zwei drei vier funf zehn zwanzig dreissig
  cero uno una dos tres cuatro cinco diez veinte treinta
  un une deux trois quatre cinq dix vingt trente
  due tre quattro cinque dieci venti trenta um uma dois duas quatro dez vinte trinta`);
/** Payments counted ("the number of monthly payments", "zero payments", "Anzahl der Monatsraten"): months. */
const PAYMENTS = set(`
  payment payments installment installments instalment instalments repayments monatsraten monatsrate raten
  cuotas mensualidades mensualites echeances parcelas prestacoes`);
/**
 * Payments in another period than the month: English and German write the period before the payment ("weekly
 * payment", "jährliche Rate"), Spanish, French, Italian and Portuguese after it ("cuota trimestral", "rata
 * annuale"); "annual rate" is an interest rate, not a payment.
 */
const EN_PERIOD = set('weekly biweekly fortnightly quarterly yearly annual annually semiannual');
const EN_PAYMENTS = set(
  'payment payments installment installments instalment instalments repayment repayments',
);
const DE_PERIOD = set(
  'wochentliche wochentlichen vierteljahrliche vierteljahrlichen jahrliche jahrlichen halbjahrliche',
);
const DE_PAYMENTS = set('rate raten zahlung zahlungen tilgung');
const PAYMENT_BEFORE_PERIOD = set(`
  cuota cuotas pago pagos echeance echeances remboursement remboursements rata rate prestacao prestacoes parcela
  parcelas pagamento pagamentos`);
const PERIOD_AFTER = set(`
  semanal semanales quincenal trimestral trimestrales semestral anual anuales hebdomadaire hebdomadaires
  trimestriel trimestrielle trimestrielles annuel annuelle annuelles semestrielle settimanale settimanali
  trimestrale trimestrali annuale annuali semestrale anuais semanais trimestrais`);
/** German compounds of another period's payment. */
const OTHER_PERIOD_WORDS = set('wochenrate wochenraten quartalsrate quartalsraten jahresrate jahresraten');

function wordsOf(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .split(/[^a-z0-9-]+|(?<=[a-z])-(?=\d)|(?<=\d)-(?=[a-z])/)
    .filter((w) => w !== '' && w !== '-');
}

const isNumber = (w: string | undefined): boolean =>
  w !== undefined && (/^\d+(?:[.,]\d+)?$/.test(w) || NUMBER_WORDS.has(w));

/** How strongly the unit at `i` names a term: 2 a term or count, 1 a unit only, 0 a rate or period. */
function weight(words: string[], i: number, unit: SpanUnit): number {
  const before = words[i - 1];
  if (isNumber(before)) return 2;
  // French "an" is an English article too: a year only after a number ("sur 1 an").
  if (words[i] === 'an') return 0;
  if (before !== undefined && PER.has(before)) return 0;
  if (words.slice(Math.max(0, i - 3), i).some((w) => TERM_WORDS.has(w) || COUNT_WORDS.has(w))) return 2;
  if (before !== undefined && ARTICLES.has(before)) return 0;
  return unit === 'years' || unit === 'months' ? 1 : 2;
}

/**
 * The unit a feature gives a term in: the strongest reading (a number, a term or count word, "in" before the unit)
 * wins over a bare unit word; two units read equally strongly are `mixed`; none read is null. A count of payments
 * is a count of months.
 */
export function readTermUnit(text: string): TermUnitReading {
  const words = wordsOf(text);
  const found = new Map<SpanUnit, number>();
  const note = (unit: SpanUnit, w: number) => found.set(unit, Math.max(found.get(unit) ?? 0, w));
  words.forEach((word, i) => {
    for (const unit of Object.keys(UNITS) as SpanUnit[]) {
      if (UNITS[unit].has(word) || (unit === 'years' && word === 'an')) note(unit, weight(words, i, unit));
    }
    if (PAYMENTS.has(word) || word === 'rate') {
      // "the number of monthly payments", "zero payments", "Anzahl der Monatsraten", "numero di rate" (Italian
      // installments; "a 0 % rate" is an interest rate, so "rate" counts only after a word of counting).
      const counted =
        (word !== 'rate' && isNumber(words[i - 1])) ||
        words.slice(Math.max(0, i - 3), i).some((w) => COUNT_WORDS.has(w));
      if (counted) note('months', 2);
    }
  });
  const strongest = Math.max(0, ...found.values());
  if (strongest === 0) return null;
  const units = [...found].filter(([, w]) => w === strongest).map(([u]) => u);
  return units.length === 1 ? units[0] : 'mixed';
}

/**
 * The terms a feature writes in `unit` as whole numbers ("over 48 months", "sur 48 mois", "em 24 meses", "30
 * Jahre"; for months also "36 payments"), in the order written.
 */
export function writtenTerms(text: string, unit: 'years' | 'months'): number[] {
  const words = wordsOf(text);
  const terms: number[] = [];
  words.forEach((word, i) => {
    const named =
      UNITS[unit].has(word) ||
      (unit === 'years' && word === 'an') ||
      (unit === 'months' && PAYMENTS.has(word));
    if (named && /^\d+$/.test(words[i - 1] ?? '')) terms.push(Number(words[i - 1]));
  });
  return terms;
}

/** Whether a feature has payments fall in another period than the month ("weekly payment", "cuota anual"). */
export function namesOtherPaymentPeriod(text: string): boolean {
  const words = wordsOf(text);
  return words.some(
    (w, i) =>
      OTHER_PERIOD_WORDS.has(w) ||
      (EN_PERIOD.has(w) && EN_PAYMENTS.has(words[i + 1] ?? '')) ||
      (DE_PERIOD.has(w) && DE_PAYMENTS.has(words[i + 1] ?? '')) ||
      (PERIOD_AFTER.has(w) && PAYMENT_BEFORE_PERIOD.has(words[i - 1] ?? '')),
  );
}

/**
 * What the endpoints realising `feature` lack to count its term as it does: an endpoint declaring
 * `options.term_unit` (a loan's monthly payment) whose unit is not the one the feature names, or a feature naming
 * payments in another period than the month. Empty when nothing is wrong or no endpoint declares a term unit.
 */
export function termUnitProblems(feature: string, endpoints: EndpointSpec[]): string[] {
  const problems: string[] = [];
  const reading = readTermUnit(feature);
  const other = namesOtherPaymentPeriod(feature);
  for (const e of endpoints) {
    if (e.behavior?.kind !== 'function') continue;
    const unit = e.behavior.options?.term_unit;
    if (typeof unit !== 'string') continue;
    const where = `${e.method} ${e.path}`;
    if (other)
      problems.push(`it has payments fall in another period than the month, but ${where} pays monthly`);
    if (reading === 'mixed') {
      problems.push(`it names the term in more than one unit, but ${where} reads it in ${unit} only`);
    } else if (reading !== null && reading !== unit) {
      problems.push(`it gives the term in ${reading}, but ${where} reads the term in ${unit}`);
    }
  }
  return problems;
}
