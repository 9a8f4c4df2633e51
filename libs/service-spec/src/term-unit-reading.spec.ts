import type { EndpointSpec } from './spec-contract';
import { namesOtherPaymentPeriod, readTermUnit, termUnitProblems, writtenTerms } from './term-unit-reading';

function loanEndpoint(termUnit: 'years' | 'months'): EndpointSpec {
  return {
    id: 'calc-loan-payment',
    method: 'POST',
    path: '/calc/loan-payment',
    summary: '',
    features: [],
    request: {},
    responses: [],
    behavior: {
      kind: 'function',
      function: 'calc.loan_payment',
      inputs: { principal: 'principal', annual_rate: 'annual_rate', term: termUnit },
      outputs: {},
      options: { term_unit: termUnit, decimals: 2 },
    },
  } as unknown as EndpointSpec;
}

describe('readTermUnit', () => {
  it.each([
    [
      'the fixed monthly payment from the amount, the yearly interest rate in percent and the number of years',
      'years',
    ],
    ['a mortgage of 200,000 at 5 % a year over 30 years', 'years'],
    ['Laufzeit in Jahren, Sollzins pro Jahr', 'years'],
    ['el plazo en años y el interés anual', 'years'],
    ['la durée en années', 'years'],
    ['dalla durata in anni', 'years'],
    ['do prazo em anos', 'years'],
    ['sur 1 an', 'years'],
    ['the number of monthly payments', 'months'],
    ['a car loan over 48 months at 6 % per year', 'months'],
    ['Anzahl der Monate', 'months'],
    ['sur 48 mois', 'months'],
    ['numero di rate', 'months'],
    ['over 52 weeks', 'weeks'],
  ])('%s: %s', (text, unit) => {
    expect(readTermUnit(text)).toBe(unit);
  });

  it('reads months the payments are only spread over as no term, and the years counted beside them', () => {
    expect(readTermUnit('with a 0 % rate the amount is spread evenly over the months')).toBeNull();
    expect(readTermUnit('auf die Monate verteilt')).toBeNull();
    expect(readTermUnit('se reparte por igual entre los meses')).toBeNull();
    expect(readTermUnit('spread evenly over the months; a negative amount or zero years is an error')).toBe(
      'years',
    );
    expect(readTermUnit('bei 0 % Zins auf die Monate verteilt; 0 Jahre sind ein Fehler')).toBe('years');
  });

  it('reads a rate per year or per month as no term, and both units counted as mixed', () => {
    expect(readTermUnit('an interest rate of 5 % a year, paid each month')).toBeNull();
    expect(readTermUnit('a 0 % rate')).toBeNull();
    expect(readTermUnit('the term in years or in months')).toBe('mixed');
  });

  it('finds the terms written in a unit', () => {
    expect(writtenTerms('over 48 months, or 60 months', 'months')).toEqual([48, 60]);
    expect(writtenTerms('200,000 at 5 % over 30 years', 'years')).toEqual([30]);
    expect(writtenTerms('200,000 at 5 % over 30 years', 'months')).toEqual([]);
  });

  it('tells payments in another period than the month from a yearly interest rate', () => {
    expect(namesOtherPaymentPeriod('the weekly payment of a loan')).toBe(true);
    expect(namesOtherPaymentPeriod('quarterly installments')).toBe(true);
    expect(namesOtherPaymentPeriod('la cuota trimestral')).toBe(true);
    expect(namesOtherPaymentPeriod('jährliche Rate')).toBe(true);
    expect(namesOtherPaymentPeriod('the annual rate in percent and the yearly rate')).toBe(false);
    expect(namesOtherPaymentPeriod('la tasa anual, il tasso annuale')).toBe(false);
  });
});

describe('termUnitProblems (the gate)', () => {
  const blind =
    'work out the fixed monthly payment of a loan from the amount borrowed, the yearly interest rate in percent and the number of years';

  it('refuses a feature naming the term in years realised by a loan reading it in months', () => {
    expect(termUnitProblems(blind, [loanEndpoint('months')])).toEqual([
      'it gives the term in years, but POST /calc/loan-payment reads the term in months',
    ]);
    expect(termUnitProblems('Laufzeit in Jahren', [loanEndpoint('months')])).toHaveLength(1);
    expect(termUnitProblems('the number of monthly payments', [loanEndpoint('years')])).toHaveLength(1);
  });

  it('passes the loan reading the term as the feature names it, or a feature naming no unit', () => {
    expect(termUnitProblems(blind, [loanEndpoint('years')])).toEqual([]);
    expect(termUnitProblems('spread evenly over the months', [loanEndpoint('years')])).toEqual([]);
    expect(termUnitProblems('monthly payment from amount, rate and term', [loanEndpoint('months')])).toEqual(
      [],
    );
  });

  it('refuses a term in two units and payments in another period', () => {
    expect(termUnitProblems('the term in years or in months', [loanEndpoint('years')])).toHaveLength(1);
    expect(termUnitProblems('weekly payments of a loan', [loanEndpoint('months')])).toHaveLength(1);
  });

  it('says nothing of endpoints without a term unit', () => {
    const other = {
      ...loanEndpoint('years'),
      behavior: { kind: 'function', function: 'calc.age', inputs: {}, outputs: {} },
    };
    expect(termUnitProblems(blind, [other as EndpointSpec])).toEqual([]);
  });
});
