import type { CatalogFamily, FunctionDesign, Recognised } from './catalog-entry';
import {
  asksSpread,
  namesOtherPaymentPeriod,
  readDeviationKind,
  readFeatureLiterals,
  readRoundingMode,
  readTermUnit,
  roundingDecimalsIn,
  writtenTerms,
  type FieldRule,
  type RoundingMode,
} from '@sf/service-spec';
import { BMI_CODE, CALC_FUNCTIONS, LOAN_PAYMENT_CODE, STATISTICS_CODE } from './calc-code';
import { BMI_CATEGORIES, bmiDesign, loanPaymentDesign, relabelBmi, type BmiCategory } from './calc-designs';
import { languageOf, localised, summaryLanguage } from './calc-language';
import { imperialBmiDesign } from './bmi-imperial';
import {
  STAT_KINDS,
  STAT_CENTRAL,
  NUMBER_LIST,
  STAT_OTHER,
  CHARACTER_CLASSES,
  STAT_SUM,
  LIST,
  MARKS,
  SENT,
} from './calc-statistics-words';
import { ageDesign, isPrimeDesign, primesUpToDesign, statisticsDesign } from './calc-number-designs';
import { decimalsIn, hasAny, languagesOf } from './feature-words';
import { tip, tipSharesRule } from './calc-tip';

/*
 * Everyday calculations: a tip split, the body mass index, statistics of a list of numbers, primes, an age in
 * whole years and a loan's monthly payment. Each is recognised from words only its domain uses, in English,
 * German, Spanish, French, Italian and Portuguese (words arrive lower-case with accents folded); a word that
 * is ambiguous on its own ("tip", "media", "primo", "premier", "alter") counts only beside a word of the same
 * domain. Anything else is left to other families.
 */

const words = (list: string): string[] => list.split(/\s+/).filter((w) => w !== '');

const BMI_WORDS = words('bmi bmis imc korpermasseindex koerpermasseindex');
const BMI_PHRASES = [
  ['body', 'mass'],
  ['masse', 'corporelle'],
  ['masa', 'corporal'],
  ['massa', 'corporea'],
  ['massa', 'corporal'],
  ['korper', 'masse'],
];
const IMPERIAL = words(
  'pound pounds lb lbs inch inches feet foot libras pulgadas pies pfund zoll livres pouces libbre pollici polegadas stone',
);
const POUNDS = words('pound pounds lb lbs');
const INCHES = words('inch inches');
const FEET_STONE = words('feet foot ft stone stones');
const CENTIMETRES = words(
  'cm centimeter centimeters centimetre centimetres centimetro centimetros zentimeter zentimetern centimetri',
);
const METRES = words('m meter meters metre metres metro metros metern metri');

/** Category labels a feature may write, folded, per WHO category (longer variants first). */
const BMI_LABELS: Record<BmiCategory, string[]> = {
  underweight: [
    'abaixo do peso',
    'baixo peso',
    'bajo peso',
    'peso insuficiente',
    'insuffisance ponderale',
    'maigreur',
    'sous-poids',
    'sottopeso',
    'untergewicht',
    'magreza',
    'underweight',
  ],
  normal: [
    'normal weight',
    'healthy weight',
    'peso normal',
    'peso normale',
    'poids normal',
    'corpulence normale',
    'normalgewicht',
    'normopeso',
    'normal',
  ],
  overweight: ['excesso de peso', 'sobrepeso', 'surpoids', 'sovrappeso', 'ubergewicht', 'overweight'],
  obese: [
    'obesidade',
    'obesidad',
    'obesite',
    'obesita',
    'adipositas',
    'fettleibigkeit',
    'obesity',
    'obeso',
    'obese',
  ],
};

const PRIME_WORDS = words('primes primality primzahl primzahlen primalidad primalite primalita primalidade');
const PRIME_ROMANCE = words('primo primos primi premier premiers');
const NUMBER_WORDS = words(
  'number numbers integer integers numero numeros numeri nombre nombres zahl zahlen',
);
/** Words that ask for the primes themselves: a list, all of them, a sieve, a limit. */
const PRIME_LIST = words(`
  limit limits sieve all list generate enumerate alle grenze obergrenze todos limite limites tous tutti auflisten
  listar lister elencare erzeugen generar generer generare gerar`);
/** Words that bound numbers: the primes up to a bound, or a number tested up to a bound. */
const PRIME_BOUND = words(`
  below under until till less bis unter kleiner hasta menores menos jusqu inferieurs fino sotto minori ate abaixo`);
/** Words that ask a yes/no question of one number. */
const PRIME_TEST = words(`
  whether if check test verify determine ob prufen si comprobar verificar se verifier tester verificare`);
const FIRST_N = words('first ersten primeros primeiros');

const AGE_WORDS = words('age ages lebensalter edad idade eta');
/** German "Alter" is an English verb too: it counts only beside a German word for birth. */
const GERMAN_BIRTH = words('geburtsdatum geburtstag geboren geburt');
/** "How many years" someone has, as Spanish, Portuguese, Italian and French ask an age. */
const HOW_MANY_YEARS = [
  ['cuantos', 'anos'],
  ['quantos', 'anos'],
  ['quanti', 'anni'],
  ['quel', 'age'],
];
const BIRTH_WORDS = words(`
  birth birthdate birthday born dob geburtsdatum geburtstag geboren geburt nacimiento nacido naissance nascita
  nato nata nascimento nascido`);
const OTHER_SPANS = words('days day tage tagen dias jours giorni weeks wochen semanas semaines settimane');

const LOAN_WORDS = words(`
  loan loans mortgage mortgages annuity annuities kredit kredits kredites darlehen darlehens annuitat
  annuitatendarlehen annuitatendarlehens darlehensbetrag kreditbetrag baudarlehen ratenkredit autokredit
  tilgungsrechner hypothek hypotheken prestamo
  prestamos hipoteca hipotecas pret prets emprunt credit credito prestito prestiti mutuo mutui emprestimo emprestimos
  financiamento finanziamento
  financement`);
const LOAN_PAYMENT = words(`
  annuity annuitat payment payments monthly installment instalment repayment rate monatsrate monatliche monatlich rata rate cuota
  mensual mensualidad pago mensualite mensualites mensuel mensuelle remboursement mensile pagamento mensal
  prestacao parcela mensalidade interest zins zinsen zinssatz interes interet interets interesse interessi juros
  taxa tasa taux tasso`);
/** Cards are checked, currencies exchanged and schedules tabulated: none of them is a loan's payment. */
const LOAN_OTHER = words(`
  card cards carte tarjeta karte kreditkarte cartao carta schedule tilgungsplan tabla tableau tabelle cronograma
  exchange currency currencies wechselkurs wahrung divisa divisas devise devises valuta moeda`);
const MONTHS = words('month months monat monate monaten mes meses mois mese mesi');
const YEARS = words('year years jahr jahre jahren ano anos annee annees ans anno anni');
/** A loan's interest rate and its amount, for a rule on a loan that does not name the loan again. */
const LOAN_RATE = words(`
  interest rate zins zinsen zinssatz sollzins interes tasa tipo interet taux interesse tasso juros taxa`);
const LOAN_AMOUNT = words(`
  amount principal sum betrag darlehensbetrag kreditbetrag importe capital monto montant somme importo capitale
  valor montante`);

/** Whether a word of `second` follows a word of `first` within `window` words. */
function follows(list: string[], first: string[], second: string[], window: number): boolean {
  return list.some(
    (w, i) => second.includes(w) && list.slice(Math.max(0, i - window), i).some((v) => first.includes(v)),
  );
}

/** Whether the words hold the phrase `phrase`, word after word. */
function hasPhrase(list: string[], phrase: string[]): boolean {
  return list.some((_, i) => phrase.every((p, k) => list[i + k] === p));
}

/** The category labels a BMI feature writes, as it writes them; English WHO labels for the others. */
function bmiLabels(text: string): Record<BmiCategory, string> {
  return bmiLabelsWritten(text).labels;
}

/** The category labels a feature writes (`written` of the four), English WHO labels for the others. */
function bmiLabelsWritten(text: string): { labels: Record<BmiCategory, string>; written: number } {
  // Fold accents and case character by character, keeping where each folded character came from.
  const chars = [...text.normalize('NFC')];
  let folded = '';
  const origin: number[] = [];
  let at = 0;
  for (const c of chars) {
    const f = c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (let k = 0; k < f.length; k += 1) origin.push(at);
    folded += f;
    at += c.length;
  }
  origin.push(at);
  const labels = { underweight: 'underweight', normal: 'normal', overweight: 'overweight', obese: 'obese' };
  let written = 0;
  for (const category of BMI_CATEGORIES) {
    let best: { index: number; length: number } | null = null;
    for (const variant of BMI_LABELS[category]) {
      const escaped = variant.replace(/[-\s]/g, (c) => (c === '-' ? '-?' : '\\s+'));
      const match = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').exec(folded);
      if (match && (!best || match.index < best.index))
        best = { index: match.index, length: match[0].length };
    }
    if (best) {
      labels[category] = text.normalize('NFC').slice(origin[best.index], origin[best.index + best.length]);
      written += 1;
    }
  }
  return { labels, written };
}

/** Words that ask to classify a value into categories. */
const CLASSIFY = words(`
  classify classification category categories classifier classer classement categorie categories
  klassifizieren klassifikation einordnen einstufen kategorie kategorien clasificar clasificacion categoria
  categorias classificare classificazione classificar classificacao`);
/** The WHO cut-offs and the last values of each band as features write them (24.9, 29.9). */
const BMI_CUTOFFS = [18.5, 24.9, 24.99, 25, 29.9, 29.99, 30];

/**
 * A feature that classifies a result into the BMI's categories under its own labels without naming the BMI
 * ("Classificar o resultado: "abaixo do peso" (< 18,5), "normal" (até 24,9), …"): at least three labels of
 * the categories, a word for classifying or two of the WHO cut-offs, and no other number. It relabels the BMI
 * endpoint; other cut-offs are another classification.
 */
function bmiClassification(text: string, list: string[]): Recognised {
  const { labels, written } = bmiLabelsWritten(text);
  if (written < 3) return null;
  const numbers = [...text.matchAll(/\d+(?:[.,]\d+)?/g)].map((m) => Number(m[0].replace(',', '.')));
  if (numbers.some((n) => !BMI_CUTOFFS.includes(n))) return null;
  const cutoffs = new Set(numbers.filter((n) => [18.5, 25, 30].includes(n))).size;
  if (!hasAny(list, CLASSIFY) && cutoffs < 2) return null;
  return { constraint: { function: BMI_CODE.id, refusals: () => [], refine: (d) => relabelBmi(d, labels) } };
}

/** The whole numbers a text writes, thousands separators read ("10,000", "10.000", "10 000" are 10000). */
function wholeNumbersIn(text: string): number[] {
  const found: number[] = [];
  for (const m of text.matchAll(
    /(?<![\d.,])\d{1,3}(?:[.,\u00a0\u202f ']\d{3})+(?![\d]|[.,]\d)|(?<![\d.,])\d+(?![\d]|[.,]\d)/g,
  )) {
    found.push(Number(m[0].replace(/[^\d]/g, '')));
  }
  return found;
}

/** The largest limit the feature writes for the primes (10000 when it writes none). */
const DEFAULT_PRIME_LIMIT = 10000;
const LARGEST_PRIME_LIMIT = 10_000_000;

/** The decimals a feature asks results rounded to, including "to the next cent" and "to full euros". */
function roundingDecimals(text: string): number | null {
  return decimalsIn(text) ?? roundingDecimalsIn(text);
}

function bmi(text: string, list: string[]): FunctionDesign | null {
  if (!hasAny(list, BMI_WORDS) && !BMI_PHRASES.some((p) => hasPhrase(list, p))) return null;
  if (hasAny(list, IMPERIAL) || list.includes('imperial')) {
    // Pounds and inches (or "imperial", which writes them) in English; feet, stone or another language are not read.
    const poundsAndInches =
      (hasAny(list, POUNDS) && hasAny(list, INCHES)) ||
      (list.includes('imperial') && !hasAny(list, IMPERIAL));
    if (!poundsAndInches || hasAny(list, FEET_STONE) || languageOf(list) !== 'en') return null;
    return imperialBmiDesign(
      Math.min(roundingDecimals(text) ?? 1, 6),
      bmiLabels(text),
      readRoundingMode(text) ?? 'half_up',
    );
  }
  const unit = hasAny(list, CENTIMETRES) && !hasAny(list, METRES) ? 'cm' : 'm';
  const decimals = Math.min(roundingDecimals(text) ?? 1, 6);
  return bmiDesign(unit, decimals, bmiLabels(text), languagesOf(list), readRoundingMode(text) ?? 'half_up');
}

/**
 * A loan's monthly payment, its term in the unit the feature names (`readTermUnit`: "the number of years", "plazo
 * en años" read as years; "number of monthly payments", "48 mois" as months; months the payments are only spread
 * over name no term). A feature naming no unit gets months, the field named so. A term in two units, in weeks or
 * days, or payments in another period than the month ("weekly payment", "cuota trimestral") is not this
 * computation: left alone rather than read as months.
 */
function loan(text: string, list: string[]): FunctionDesign | null {
  if (!hasAny(list, LOAN_WORDS) || !hasAny(list, LOAN_PAYMENT) || hasAny(list, LOAN_OTHER)) return null;
  if (namesOtherPaymentPeriod(text)) return null;
  const unit = readTermUnit(text) ?? 'months';
  return unit === 'years' || unit === 'months' ? loanPaymentDesign(unit, writtenTerms(text, unit)) : null;
}

/**
 * A rule on a loan's payment written in a feature of its own, without naming the loan again ("with a 0 % rate
 * the amount is spread evenly over the months; a negative amount or zero years is an error"): a rate, an amount
 * and a span, beside another feature's loan. It joins the loan endpoint whose term is in the unit it names (none
 * when it names the other unit: it stays unrealised rather than read as the endpoint's), with its refusals.
 */
function loanRule(text: string, list: string[]): Recognised {
  if (hasAny(list, LOAN_WORDS) || !hasAny(list, LOAN_RATE) || !hasAny(list, LOAN_AMOUNT)) return null;
  if (!hasAny(list, MONTHS) && !hasAny(list, YEARS)) return null;
  const unit = readTermUnit(text);
  return {
    constraint: {
      function: LOAN_PAYMENT_CODE.id,
      fits: (d) => !namesOtherPaymentPeriod(text) && (unit === null || unit === d.options?.term_unit),
      refusals: (d) => {
        const field = (param: string) => d.inputs.find((i) => i.param === param)?.field.name ?? param;
        const term = d.options?.term_unit === 'years' ? 10 : 120;
        return [
          {
            description: `A negative amount borrowed (${field('principal')} -1000) is refused.`,
            input: { [field('principal')]: -1000, [field('annual_rate')]: 5, [field('term')]: term },
          },
          {
            description: `A term of zero (${field('term')} 0) is refused.`,
            input: { [field('principal')]: 1000, [field('annual_rate')]: 5, [field('term')]: 0 },
          },
        ];
      },
    },
  };
}

const LOAN_INTEREST = words(
  'interest zins zinsen intereses interes interets interet interessi interesse juros',
);
const LOAN_TOTAL = words('total totals overall insgesamt gesamt gesamtbetrag totale totali');
const LOAN_REPAID = words(`
  repaid paid pays zuruckgezahlt zuruckzahlen bezahlt gezahlt pagado pagados pagar rembourse rembourser paye payes
  pagato restituito rimborsato pago pagos devolvido reembolsado`);

/**
 * The totals of a loan asked in a feature of their own without naming the loan again ("wie viel insgesamt
 * zurückgezahlt wird und wie viel davon Zinsen sind"): the loan endpoint answers them (total paid, interest).
 */
function loanTotals(list: string[]): Recognised {
  if (hasAny(list, LOAN_WORDS) || !hasAny(list, LOAN_INTEREST)) return null;
  if (!hasAny(list, LOAN_TOTAL) || !hasAny(list, LOAN_REPAID)) return null;
  return { constraint: { function: LOAN_PAYMENT_CODE.id, refusals: () => [] } };
}

function age(list: string[]): FunctionDesign | null {
  const aboutAge =
    (hasAny(list, AGE_WORDS) && hasAny(list, BIRTH_WORDS)) ||
    (hasPhrase(list, ['how', 'old']) && hasAny(list, BIRTH_WORDS)) ||
    ((list.includes('alter') || hasPhrase(list, ['wie', 'alt'])) && hasAny(list, GERMAN_BIRTH)) ||
    (HOW_MANY_YEARS.some((p) => hasPhrase(list, p)) && hasAny(list, BIRTH_WORDS));
  if (!aboutAge) return null;
  // An age in days, weeks or months is another computation.
  if (hasAny(list, OTHER_SPANS) || hasAny(list, MONTHS)) return null;
  return ageDesign();
}

function primes(text: string, list: string[]): FunctionDesign | null {
  const aboutPrimes =
    hasAny(list, PRIME_WORDS) ||
    follows(list, NUMBER_WORDS, ['prime'], 1) ||
    follows(list, ['prime'], NUMBER_WORDS, 1) ||
    follows(list, ['is', 'are'], ['prime'], 1) ||
    follows(list, NUMBER_WORDS, PRIME_ROMANCE, 2);
  if (!aboutPrimes) return null;
  // "The first 10 primes" counts primes rather than bounding them.
  if (hasAny(list, FIRST_N)) return null;
  const bounded = hasAny(list, PRIME_BOUND) || hasPhrase(list, ['up', 'to']);
  const listing = hasAny(list, PRIME_LIST) || (bounded && !hasAny(list, PRIME_TEST));
  const stated = wholeNumbersIn(text).filter((n) => n >= 2);
  const largest = stated.length === 0 ? null : Math.max(...stated);
  // A number tested "up to 1,000,000" is refused above it; 97 in "is 97 prime?" is an example, not a bound.
  if (!listing) return isPrimeDesign(bounded && largest !== null ? largest : null);
  const limit = largest ?? DEFAULT_PRIME_LIMIT;
  return limit > LARGEST_PRIME_LIMIT ? null : primesUpToDesign(limit);
}

/** Statistics of a list, with the population or sample spread (standard deviation, variance) the feature names. */
function statistics(text: string, list: string[]): FunctionDesign | null {
  const spread = asksSpread(text);
  // A spread is the population one (÷ n) or the sample one (÷ n − 1): one the feature does not name is left
  // alone (an honest refusal) rather than guessed.
  const deviation = readDeviationKind(text);
  if (spread && deviation === null) return null;
  const kinds = STAT_KINDS.filter((kind) => hasAny(list, kind)).length + (spread ? 1 : 0);
  if ((!hasAny(list, STAT_CENTRAL) && !spread) || hasAny(list, STAT_OTHER)) return null;
  if (hasAny(list, CHARACTER_CLASSES)) return null;
  // A list of numbers spelled as a request field ("scores": [number, ...]) is one as much as the word "numbers".
  const numberList = readFeatureLiterals(text).request.some(
    (f) => f.type === 'array' && (f.element === 'number' || f.element === 'integer'),
  );
  const marks = hasAny(list, MARKS) && (hasAny(list, LIST) || hasAny(list, SENT));
  if (!hasAny(list, NUMBER_LIST) && !marks && !((hasAny(list, LIST) || numberList) && kinds >= 2))
    return null;
  // A mean nobody asked to round is answered as it is (to 10 decimals, where a double stops being exact).
  return statisticsDesign(Math.min(roundingDecimals(text) ?? 10, 10), hasAny(list, STAT_SUM), {
    ...(deviation ? { deviation } : {}),
    mode: readRoundingMode(text) ?? 'half_up',
  });
}

/**
 * A feature that only says which spread the statistics answer ("the standard deviation is the population one,
 * divide by n"): it refines the statistics endpoint another feature made, adding the spread when it was not there.
 */
function spreadKind(text: string, list: string[]): Recognised {
  const kind = readDeviationKind(text);
  if (kind === null || hasAny(list, NUMBER_LIST) || hasAny(list, LIST)) return null;
  return {
    constraint: {
      function: STATISTICS_CODE.id,
      refusals: (d) =>
        kind === 'sample'
          ? [
              {
                description: 'A single number has no sample standard deviation (n − 1 = 0) and is refused.',
                input: { [d.inputs[0]?.field.name ?? 'numbers']: [7] },
              },
            ]
          : [],
      refine: (d) =>
        localised(
          statisticsDesign(Number(d.options?.decimals ?? 10), d.options?.with_sum === true, {
            deviation: kind,
            mode: (d.options?.rounding as RoundingMode | undefined) ?? 'half_up',
          }),
          languageOf(list) === 'en' ? summaryLanguage(d) : languageOf(list),
        ),
    },
  };
}

export const CALC: CatalogFamily = {
  name: 'calc',
  functions: CALC_FUNCTIONS,
  recognise(text: string, list: string[]): Recognised {
    if (!hasAny(list, BMI_WORDS) && !BMI_PHRASES.some((p) => hasPhrase(list, p))) {
      const classification = bmiClassification(text, list);
      if (classification) return classification;
    }
    const spread = spreadKind(text, list);
    if (spread) return spread;
    const shares = tipSharesRule(list);
    if (shares) return shares;
    const rule = loanRule(text, list) ?? loanTotals(list);
    if (rule) return rule;
    const design =
      bmi(text, list) ??
      tip(text, list) ??
      loan(text, list) ??
      age(list) ??
      primes(text, list) ??
      statistics(text, list);
    if (!design) return null;
    const language = languageOf(list);
    const bounded = design.boundItems;
    // A list bounded later keeps the language its summary was glossed in.
    return {
      design: {
        ...localised(design, language),
        ...(bounded
          ? {
              boundItems: (rule: FieldRule) => {
                const d = bounded(rule);
                return d ? localised(d, language) : null;
              },
            }
          : {}),
      },
    };
  },
};
