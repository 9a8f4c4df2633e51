import { featureFidelity } from '@sf/service-spec';
import { intentOf } from '../codegen/testing/generated-release';
import { designSpec } from '../spec-design/spec-designer';
import type { FunctionDesign } from './catalog-entry';
import { CALC } from './calc';
import { recogniseFeature } from './catalog';
import { featureWords } from './feature-words';
import { runCatalogFunction } from './testing/run-function';

/* The calculations family's recogniser, the designs it makes, and what the SPEC gate says of them. */

const designOf = (text: string): FunctionDesign | null => {
  const found = recogniseFeature(text);
  return found && 'design' in found ? found.design : null;
};

const PHRASINGS: [string, string][] = [
  // Tip split.
  ['Split a restaurant bill with a tip among several people', '/calc/tip-split'],
  ['Trinkgeld aufteilen: Rechnungsbetrag, Trinkgeld in Prozent und Anzahl Personen', '/calc/tip-split'],
  ['Calcular la propina y dividir la cuenta entre varias personas', '/calc/tip-split'],
  ["Calculer le pourboire et partager l'addition entre les convives", '/calc/tip-split'],
  ['Calcolare la mancia e dividere il conto tra le persone', '/calc/tip-split'],
  ['Dividir a conta com gorjeta entre as pessoas', '/calc/tip-split'],
  ['tip calculator: 15 % of 100 split between 4 people is 28.75 each', '/calc/tip-split'],
  ['Divide the check evenly, including an 18% gratuity', '/calc/tip-split'],
  ['Calcula la propina del 10 % y cuánto paga cada uno', '/calc/tip-split'],
  ['Pourboire de 15 % partagé entre 3 personnes', '/calc/tip-split'],
  // BMI.
  ['Compute the body mass index from weight and height', '/calc/bmi'],
  ['BMI aus Gewicht in kg und Größe in Metern berechnen', '/calc/bmi'],
  ['calcular el IMC', '/calc/bmi'],
  ["Calculer l'indice de masse corporelle (IMC) à partir du poids et de la taille", '/calc/bmi'],
  ["Calcolare l'indice di massa corporea", '/calc/bmi'],
  ['Calcular o IMC a partir do peso em quilos e da altura em metros', '/calc/bmi'],
  // Statistics.
  ['Mean, median, minimum and maximum of a list of numbers', '/calc/statistics'],
  ['Statistics of a list: average, median, min and max', '/calc/statistics'],
  ['Mittelwert, Median, Minimum und Maximum einer Liste von Zahlen berechnen', '/calc/statistics'],
  ['Calcular la media y la mediana de una lista de números', '/calc/statistics'],
  ["Moyenne et médiane d'une liste de nombres", '/calc/statistics'],
  ['Media e mediana di un elenco di numeri', '/calc/statistics'],
  ['Calcular a média, a mediana, o mínimo e o máximo de uma lista de números', '/calc/statistics'],
  ['Durchschnitt und Median einer Zahlenreihe', '/calc/statistics'],
  ['Sum and average of a list of numbers', '/calc/statistics'],
  // Primality.
  ['Check whether a number is prime', '/calc/is-prime'],
  ['Is 97 a prime number?', '/calc/is-prime'],
  ['Prüfen, ob eine Zahl eine Primzahl ist', '/calc/is-prime'],
  ['Comprobar si un número es primo', '/calc/is-prime'],
  ['Savoir si un nombre est premier', '/calc/is-prime'],
  ['Verificare se un numero è primo', '/calc/is-prime'],
  ['Verificar se um número é primo', '/calc/is-prime'],
  ['Is a given integer prime? Reject non-integers', '/calc/is-prime'],
  // Primes up to a limit.
  ['List all prime numbers up to a limit', '/calc/primes-up-to'],
  ['Alle Primzahlen bis zu einer Obergrenze auflisten', '/calc/primes-up-to'],
  ['Los números primos hasta un límite', '/calc/primes-up-to'],
  ["nombres premiers jusqu'à une limite", '/calc/primes-up-to'],
  ['I numeri primi fino a un limite', '/calc/primes-up-to'],
  ['Os números primos até um limite', '/calc/primes-up-to'],
  ['Sieve of Eratosthenes: primes below n', '/calc/primes-up-to'],
  ['Gib alle Primzahlen kleiner gleich n zurück', '/calc/primes-up-to'],
  ['Return all primes less than or equal to n (n at most 100000)', '/calc/primes-up-to'],
  // Age.
  ["Compute a person's age in years from their date of birth", '/calc/age'],
  ['How old is someone born on a given birthdate?', '/calc/age'],
  ['Das Alter aus dem Geburtsdatum berechnen', '/calc/age'],
  ['Calcular la edad a partir de la fecha de nacimiento', '/calc/age'],
  ["Calculer l'âge à partir de la date de naissance", '/calc/age'],
  ["Calcolare l'età dalla data di nascita", '/calc/age'],
  ['Calcular a idade a partir da data de nascimento', '/calc/age'],
  ['Calcula cuántos años tiene una persona según su fecha de nacimiento', '/calc/age'],
  ['Quanti anni ha una persona nata in una certa data', '/calc/age'],
  // Loan payment.
  [
    'Monthly payment of a loan from principal, annual interest rate and number of months',
    '/calc/loan-payment',
  ],
  ['Mortgage calculator: monthly payment', '/calc/loan-payment'],
  ['Monatliche Rate eines Kredits aus Betrag, Zinssatz und Laufzeit', '/calc/loan-payment'],
  ['Calcular la cuota mensual de un préstamo', '/calc/loan-payment'],
  ["Calculer la mensualité d'un prêt", '/calc/loan-payment'],
  ['Calcolare la rata mensile di un mutuo', '/calc/loan-payment'],
  ['Calcular a prestação mensal de um empréstimo', '/calc/loan-payment'],
  ['Annuität eines Darlehens berechnen', '/calc/loan-payment'],
  ['Simulador de financiamento: parcela mensal pelo sistema Price', '/calc/loan-payment'],
];

describe('the calculations recogniser', () => {
  it.each(PHRASINGS)('reads %p as %s', (text, path) => {
    expect(designOf(text)?.path).toBe(path);
  });

  it('reads the height unit, the decimals and the category labels a BMI feature writes', () => {
    expect(designOf('BMI from weight (kg) and height in cm')).toMatchObject({
      inputs: [{ field: { name: 'weight_kg' } }, { field: { name: 'height_cm' } }],
      options: { height_unit: 'cm', decimals: 1 },
    });
    const rounded = designOf('Compute the BMI, rounded to 2 decimals');
    expect(rounded?.options).toMatchObject({ height_unit: 'm', decimals: 2 });
    expect(rounded?.examples[0]).toMatchObject({
      input: { weight_kg: 70, height_m: 1.75 },
      output: { bmi: 22.86, category: 'normal' },
    });
    const pt = designOf(
      'Calcular o IMC e a categoria: "abaixo do peso" abaixo de 18,5, "normal", "sobrepeso" a partir de 25 e "obesidade" a partir de 30',
    );
    expect(pt?.options).toMatchObject({
      underweight: 'abaixo do peso',
      normal: 'normal',
      overweight: 'sobrepeso',
      obese: 'obesidade',
    });
    expect(pt?.outputs[1].description).toContain('"abaixo do peso", "normal", "sobrepeso", "obesidade"');
    expect(
      designOf('Körpermasseindex mit Untergewicht, Normalgewicht, Übergewicht, Adipositas')?.options,
    ).toMatchObject({
      underweight: 'Untergewicht',
      normal: 'Normalgewicht',
      overweight: 'Übergewicht',
      obese: 'Adipositas',
    });
  });

  it('reads the largest limit of the primes, the decimals of the statistics and the term of a loan', () => {
    expect(designOf('primes up to a limit; limits above 10,000 are refused')?.options).toEqual({
      max_limit: 10000,
    });
    expect(designOf('Primzahlen bis zu einer Grenze von höchstens 1.000.000')?.options).toEqual({
      max_limit: 1000000,
    });
    expect(designOf('list the primes up to a limit')?.options).toEqual({ max_limit: 10000 });
    expect(designOf('Primes up to 50')).toMatchObject({
      options: { max_limit: 50 },
      refusals: [{ input: { limit: 51 } }],
    });
    expect(designOf('Check whether a number up to 1,000,000 is prime')).toMatchObject({
      path: '/calc/is-prime',
      options: { max_number: 1000000 },
      refusals: [{ input: { number: 7.5 } }, { input: { number: 1000001 } }],
    });
    expect(designOf('Prüfen, ob eine Zahl unter 50 eine Primzahl ist')?.examples.map((x) => x.input)).toEqual(
      [{ number: 1 }, { number: -7 }, { number: 2 }, { number: 9 }],
    );
    expect(designOf('Is 97 a prime number?')?.options).toBeUndefined();
    expect(designOf('mean and median of a list of numbers, to 3 decimals')?.options).toEqual({ decimals: 3 });
    expect(designOf('Sum and average of a list of numbers')).toMatchObject({
      options: { decimals: 10, with_sum: true },
      outputs: expect.arrayContaining([expect.objectContaining({ field: 'sum', example: 14 })]),
    });
    expect(designOf('monthly mortgage payment for a term in years')).toMatchObject({
      options: { term_unit: 'years' },
      inputs: [
        { field: { name: 'principal' } },
        { field: { name: 'annual_rate' } },
        { field: { name: 'years' } },
      ],
    });
  });

  it('leaves other domains, and what it does not compute, alone', () => {
    for (const other of [
      'Create todos',
      'list the overdue tasks',
      'tips and tricks for each category',
      'alter the birth date of a user',
      'a list holds at most 10 items (maximum)',
      'show the average rating of each product',
      'Amazon Prime members get free shipping',
      'validate a credit card number with the Luhn check',
      'le premier élément de la liste',
      'il numero prima della virgola',
      'the first 10 prime numbers',
      'BMI from weight in stone and height in feet and inches',
      'IMC a partir del peso en libras y la altura en pulgadas',
      'age in days from the date of birth',
      'loan amortization schedule',
      'upload media files to a list',
      'primes up to 100000000',
      'mean and standard deviation of a list of numbers',
      'convert a loan amount with the exchange rate',
      'Calculate compound interest on savings',
      'Convert kilometers to miles',
      'Check an ISBN-13 checksum',
      'Count the words in a text',
      'Create a user with a birth date',
      'Store loans for library books and list overdue loans',
      'Track the average response time per endpoint',
      'Tip of the day: show a random tip',
      'Users can rate products from 1 to 5 and see the average rating',
      'Apply a discount percentage to the bill',
    ]) {
      // The calculations family leaves it alone (another family may claim it).
      expect([other, CALC.recognise(other, featureWords(other))]).toEqual([other, null]);
    }
    expect(designOf('convert a temperature in Celsius to Fahrenheit')?.function).toBe('temperature.convert');
  });
});

/** A design's request in the function's parameters, as the handler hands them over. */
function params(design: FunctionDesign, request: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(design.inputs.map((i) => [i.param, request[i.field.name]]));
}

describe('the designs', () => {
  const designs = PHRASINGS.map(([text]) => designOf(text)).filter((d): d is FunctionDesign => d !== null);
  designs.push(
    designOf('BMI in cm, rounded to 2 decimals') as FunctionDesign,
    designOf('primes up to 1000') as FunctionDesign,
    designOf('primes up to 20') as FunctionDesign,
    designOf('mortgage monthly payment, term in years') as FunctionDesign,
    designOf('mean of a list of numbers, rounded to 0 decimals') as FunctionDesign,
    designOf('sum and mean of a list of numbers') as FunctionDesign,
    designOf('whether a number below 50 is prime') as FunctionDesign,
    designOf('whether a number up to 1000000 is prime') as FunctionDesign,
  );

  it('answer their worked examples and refuse their refusals with the emitted code', () => {
    for (const d of designs) {
      expect(d.examples.length).toBeGreaterThanOrEqual(2);
      expect(d.examples.length).toBeLessThanOrEqual(4);
      expect(d.refusals.length).toBeGreaterThanOrEqual(1);
      expect(d.refusals.length).toBeLessThanOrEqual(3);
      for (const x of d.examples) {
        const result = runCatalogFunction(d.function, params(d, x.input), d.options ?? {});
        const answered = result.ok
          ? Object.fromEntries(d.outputs.map((o) => [o.field, result.value[o.result]]))
          : result;
        expect([x.description, answered]).toEqual([x.description, expect.objectContaining(x.output)]);
      }
      for (const x of d.refusals) {
        // A value of the wrong type never reaches the function: its field refuses it first.
        const mistyped = d.inputs.some(
          (i) => i.field.type === 'integer' && !Number.isInteger(x.input[i.field.name]),
        );
        const result = runCatalogFunction(d.function, params(d, x.input), d.options ?? {});
        expect([x.description, mistyped || !result.ok]).toEqual([x.description, true]);
      }
      const sample = Object.fromEntries(d.inputs.map((i) => [i.field.name, i.field.example]));
      const answered = runCatalogFunction(d.function, params(d, sample), d.options ?? {});
      expect(answered).toEqual({
        ok: true,
        value: Object.fromEntries(d.outputs.map((o) => [o.result, o.example])),
      });
    }
  });

  it.each([
    [
      'Split a bill with a tip: 100 with 15 % for 4 people gives a tip of 15, a total of 115 and 28.75 each; refuse zero people',
    ],
    ['Trinkgeld aufteilen und eine negative Rechnung ablehnen'],
    ['Calcular o IMC a partir do peso em quilos e da altura em metros'],
    [
      'BMI from weight and height: 70 kg and 1.75 m give 22.86, rounded to 2 decimals; refuse non-positive values',
    ],
    ['Classify the BMI: underweight below 18.5, normal below 25, overweight below 30, obese from 30'],
    ['Mean, median, minimum and maximum of a list of numbers; an empty list is an error'],
    ['Check whether a number is prime: 0, 1 and negative numbers are not prime'],
    ['Check whether a number up to 1,000,000 is prime; refuse bigger numbers'],
    ['List the primes up to a limit of at most 10000; reject bigger limits'],
    [
      'Age in whole years from a birth date as of a reference date; reject a birth date after the reference date',
    ],
    [
      'Monthly loan payment from principal, annual rate and months; 0 % is principal / months, rounded to cents',
    ],
    [
      'Calcular o IMC e a categoria: "abaixo do peso" abaixo de 18,5, "normal", "sobrepeso" a partir de 25 e "obesidade" a partir de 30',
    ],
    [
      'Estatísticas de uma lista de números: média, mediana, mínimo e máximo; uma lista vazia deve ser rejeitada',
    ],
    ['Números primos até um limite de no máximo 10000; limites maiores são recusados'],
    ['Calcola la rata mensile di un prestito dato capitale, tasso annuo e durata in mesi'],
    [
      'Berechne das Alter in ganzen Jahren aus Geburtsdatum und Stichtag; ein Geburtsdatum in der Zukunft wird abgelehnt',
    ],
    ["Calcule l'âge en années à partir de la date de naissance et d'une date de référence"],
    ['Calcula el IMC a partir del peso en kg y la estatura en cm, redondeado a 1 decimal'],
    ['Dividir la cuenta: importe, porcentaje de propina y número de comensales; rechazar cero comensales'],
    ...PHRASINGS.map(([text]) => [text]),
  ])('pass the SPEC gate for %p', (feature) => {
    const { contract } = designSpec(intentOf({ service_name: 'calculator', key_features: [feature] }));
    expect(featureFidelity(contract, [feature])).toEqual([expect.objectContaining({ problems: [] })]);
  });
});
