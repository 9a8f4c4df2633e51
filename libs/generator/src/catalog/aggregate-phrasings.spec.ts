import { recogniseFeature } from './catalog';
import type { Paraphrase } from './testing/paraphrases';
import { phrasingTableTests } from './testing/phrasing-check';

/*
 * The phrasing table of the aggregates class: features that compute an aggregate over what the request carries
 * (order lines with tax and discount codes, a tip split, statistics of a list, the BMI, dice, weighted grades),
 * written as different people write them in English, German, Spanish, French, Italian and Portuguese. Each row
 * names the catalog function it must be read as, a request and an answer worked out by hand from the
 * behaviour's own semantics; the check (testing/phrasing-check.ts) runs the emitted code on it and asks the
 * fidelity gate whether the SPEC realises the feature. Beside them, near misses that are not aggregates.
 */

const row =
  (fn: string, input: Record<string, unknown>, want: Record<string, unknown>) =>
  (text: string): Paraphrase => ({ text, fn, input, want });

// 3 × 2.50 = 7.50; 19 % of 7.50 is 1.425, half up 1.43; total 8.93.
const invoice = row(
  'order.totals',
  { lines: [{ quantity: 3, unit_price: 2.5 }] },
  { subtotal: 7.5, tax: 1.43, total: 8.93 },
);
// SAVE10 takes 0.75 off 7.50 → 6.75; 19 % of 6.75 is 1.2825 → 1.28; total 8.03 (tax after the discount).
const coupon = row(
  'order.totals',
  { lines: [{ quantity: 3, unit_price: 2.5 }], discount_code: 'SAVE10' },
  { subtotal: 7.5, discount: 0.75, tax: 1.28, total: 8.03 },
);
// Food at 7 %: 2 × 1.50 = 3.00 → 0.21; the rest at 19 %: 10.00 → 1.90; total 13.00 + 2.11 = 15.11.
const twoRates = row(
  'order.totals',
  {
    lines: [
      { quantity: 2, unit_price: 1.5, category: 'food' },
      { quantity: 1, unit_price: 10, category: 'other' },
    ],
  },
  { subtotal: 13, tax: 2.11, total: 15.11 },
);
// 2 × 20 = 40, not above 50, so shipping 4.95 is added: 44.95.
const shipping = row(
  'order.totals',
  { lines: [{ quantity: 2, unit_price: 20 }] },
  { subtotal: 40, shipping: 4.95, total: 44.95 },
);
// 100 + 15 % = 115 among 4 → 28.75; among 3 → 38.333…, rounded up to the cent 38.34.
const tip = row('calc.tip_split', { bill: 100, tip_percent: 15, people: 4 }, { per_person: 28.75 });
const tipUp = row('calc.tip_split', { bill: 100, tip_percent: 15, people: 3 }, { per_person: 38.34 });
// 2 4 4 4 5 5 7 9: sum 40, mean 5, median 4.5; squared deviations 32, population variance 4 (sd 2),
// sample variance 32/7 (sd 2.138…, 2.14).
const numbers = [2, 4, 4, 4, 5, 5, 7, 9];
const stats = row('calc.statistics', { numbers }, { mean: 5, median: 4.5, minimum: 2, maximum: 9 });
const sumMean = row('calc.statistics', { numbers }, { mean: 5, sum: 40 });
const spread = row('calc.statistics', { numbers }, { standard_deviation: 2 });
const sampleSpread = row('calc.statistics', { numbers }, { standard_deviation: 2.14 });
// 1..10, nearest rank: the 90th percentile is the 9th value.
const percentile = row('calc.percentile', { numbers: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], p: 90 }, { value: 9 });
// 70 / 1.75² = 22.857… → 22.9 (normal); 703 × 154 / 69² = 22.739… → 22.7.
const bmi = row('calc.bmi', { weight: 70, height: 1.75 }, { bmi: 22.9, category: 'normal' });
const bmiImperial = row('calc.bmi', { weight: 154, height: 69 }, { bmi: 22.7 });
// mulberry32 seeded with 42 rolls 2d6 as 4 and 3: with +3, total 10.
const dice = row('dice.roll', { notation: '2d6+3', seed: 42 }, { total: 10 });
// 80 × 0.3 + 90 × 0.3 + 70 × 0.4 = 24 + 27 + 28 = 79.
const weighted = row(
  'calc.weighted_average',
  { values: [80, 90, 70], weights: [30, 30, 40] },
  { weighted_average: 79 },
);

export const AGGREGATE_PHRASINGS: Paraphrase[] = [
  invoice('Invoice total: quantity × unit price per line, VAT 19 %, rounded to the cent'),
  invoice(
    'Rechnungsbetrag aus Positionen (Menge mal Einzelpreis) plus 19 % Mehrwertsteuer, kaufmännisch auf den Cent gerundet',
  ),
  invoice('Calcular el total de una factura: cantidad por precio unitario de cada línea, más IVA del 19 %'),
  invoice("Total d'une facture : quantité × prix unitaire par ligne, TVA 19 %, arrondi au centime"),
  invoice('Totale della fattura: quantità per prezzo unitario di ogni riga, IVA al 19%'),
  invoice('Total da fatura: quantidade vezes preço unitário em cada linha, mais imposto de 19%'),
  invoice('cart lines with qty and price; add nineteen percent VAT on top'),
  invoice('Work out what a customer owes: each line is quantity times unit price, then 19% sales tax on top'),

  coupon(
    'Order quote with 19% VAT and discount codes SAVE10 = 10 % off, FLAT5 = 5 off; an unknown code is refused with 400 UNKNOWN_CODE',
  ),
  coupon(
    'Warenkorbsumme mit 19 % MwSt; Rabattcodes: SAVE10 gibt 10 % Rabatt, FLAT5 zieht 5 Euro ab; unbekannte Codes ablehnen',
  ),
  coupon(
    'Total del carrito con IVA del 19 %; códigos de descuento SAVE10 (10 %) y FLAT5 (5 euros); un código desconocido se rechaza',
  ),
  coupon(
    'Total du panier avec TVA 19 % ; codes promo SAVE10 = 10 % de remise, FLAT5 = 5 € ; code inconnu refusé',
  ),
  coupon('basket total, quantity x price, discount code SAVE10 gives 10 percent off, then 19 percent VAT'),

  twoRates('Invoice lines with quantity, unit price and category; VAT 7 % on food, 19 % on everything else'),
  twoRates('Bestellsumme: Menge × Preis je Position, 7 % MwSt auf Lebensmittel (food), sonst 19 %'),
  shipping('Order total from quantity × price per line; shipping costs 4.95, free above 50'),
  shipping('Warenkorb: Menge × Preis, Versand 4,95 €, versandkostenfrei ab 50 €'),

  tipUp(
    "Split the bill: bill amount, tip percent and number of people (at least 1); each person's share is rounded up to the cent",
  ),
  tip('Trinkgeldrechner: Rechnungsbetrag, Trinkgeld in Prozent und Anzahl der Personen, Betrag pro Person'),
  tip(
    'Calculadora de propinas: total de la cuenta, porcentaje de propina y número de comensales; cuánto paga cada uno',
  ),
  tipUp("Calculer le pourboire et partager l'addition entre les convives, arrondi au centime supérieur"),
  tip('calcolare la mancia e dividere il conto tra le persone'),
  tip('dividir a conta e a gorjeta entre as pessoas da mesa'),
  tip('we are a few people at dinner — how much does each one pay once the tip is added?'),

  stats('Given a list of numbers, return the average, the smallest and the largest value, and the median'),
  stats('Mittelwert, Median, Minimum und Maximum einer Zahlenliste'),
  stats('Estadísticas de una lista de números: media, mediana, mínimo y máximo'),
  stats("Statistiques d'une série de nombres : moyenne, médiane, minimum et maximum"),
  stats('media, mediana, minimo e massimo di una lista di numeri'),
  sumMean('sum and mean of a list of numbers; an empty list is refused'),
  spread('population standard deviation of a list of numbers'),
  sampleSpread('desviación típica muestral de una lista de números, redondeada a 2 decimales'),
  percentile('the 90th percentile of a list of response times (nearest rank)'),

  bmi('BMI from weight in kg and height in m, with its category (underweight, normal, overweight, obese)'),
  bmi('Body-Mass-Index aus Gewicht (kg) und Körpergröße (m) mit Kategorie'),
  bmi('Índice de masa corporal a partir del peso y la estatura, con su categoría'),
  bmi("Calculer l'indice de masse corporelle (poids en kg, taille en m) et sa catégorie"),
  bmiImperial('BMI in imperial units: weight in pounds, height in inches'),

  dice('Roll dice written like 2d6+3 or d20; with a seed the same rolls come back every time'),
  dice('Würfeln in der Notation 2W6+3, optional mit Seed für wiederholbare Würfe'),
  dice('Tirar dados con notación 2d6+3 y una semilla opcional para repetir las tiradas'),
  dice('Lancer des dés (notation 2d6+3), avec une graine facultative pour des tirages reproductibles'),
  dice('d20 roller for our D&D group'),
  dice('same seed, same rolls: pass a seed to repeat a roll exactly'),

  weighted('Final grade as the weighted average of three exams, weights 30/30/40'),
  weighted('Gewichteter Notendurchschnitt: Noten mit ihren Gewichten'),
  weighted('Promedio ponderado de calificaciones con sus pesos'),
  weighted('Moyenne pondérée des notes avec leurs coefficients'),
];

/** Features that share words with the class but compute no aggregate over the request. */
const NEAR_MISSES = [
  'Store orders with their lines and a status',
  'List all invoices of a customer, newest first',
  'Split a sentence into its words',
  'Show a random programming tip of the day',
  'The average response time must stay under 200 ms',
  'Bestellungen speichern und nach Status filtern',
  'guardar las facturas de los clientes',
  'enregistrer les notes des élèves',
  'Roll back the last deployment',
  'Track the weight of each parcel in kg',
  'Keep a leaderboard of the highest scores',
  'Seed the database with demo users',
];

const AGGREGATES = new Set([
  'order.totals',
  'calc.tip_split',
  'calc.statistics',
  'calc.percentile',
  'calc.bmi',
  'dice.roll',
  'calc.weighted_average',
]);

/**
 * Rows not read yet, each failing its own check. At the start (the table written before the code): 16 of 48; after shipping and discount tables: 11; after the weighted average: 7; after imperial BMI: 6.
 */
const NOT_YET_READ = new Set<string>([
  'cart lines with qty and price; add nineteen percent VAT on top',
  'Work out what a customer owes: each line is quantity times unit price, then 19% sales tax on top',
  'Invoice lines with quantity, unit price and category; VAT 7 % on food, 19 % on everything else',
  'Bestellsumme: Menge × Preis je Position, 7 % MwSt auf Lebensmittel (food), sonst 19 %',
  'the 90th percentile of a list of response times (nearest rank)',
  'd20 roller for our D&D group',
]);

describe('aggregates across phrasings', () => {
  phrasingTableTests(AGGREGATE_PHRASINGS, NOT_YET_READ);

  it.each(NEAR_MISSES)('does not read %p as an aggregate', (text) => {
    const found = recogniseFeature(text);
    const fn = !found ? null : 'design' in found ? found.design.function : found.constraint.function;
    expect(fn !== null && AGGREGATES.has(fn)).toBe(false);
  });
});
