import { recogniseFeature } from './catalog';
import { featureWords } from './feature-words';
import { asksNewValue } from './checks-generation';
import { asksBothWays } from './roman-both-ways';

const functionOf = (text: string): string | null => {
  const found = recogniseFeature(text);
  return found && 'design' in found ? found.design.function : null;
};

describe('a feature that makes a new identifier is no check of one', () => {
  it.each([
    'generate a new valid IBAN for a customer of our bank',
    'gerar um CPF válido para testes',
    'eine neue gültige Kartennummer mit Luhn-Prüfziffer erzeugen',
    'générer un numéro de carte valide (Luhn)',
  ])('%s is read by no check', (text) => {
    expect(asksNewValue(featureWords(text))).toBe(true);
    expect(String(functionOf(text))).not.toMatch(/^(?:iban|luhn|cpf|isbn)\./);
  });

  it.each([
    ['generate the Luhn check digit for a partial card number', 'luhn.check_digit'],
    ['un IBAN inválido genera un error 400', null],
    ['validar un IBAN', 'iban.validate'],
  ])('%s is still read as before', (text, fn) => {
    expect(asksNewValue(featureWords(text))).toBe(false);
    if (fn) expect(functionOf(text)).toBe(fn);
  });
});

describe('a Roman conversion asked both ways in one feature is not half served', () => {
  it.each([
    'convert numbers to Roman numerals and back',
    'converter números em algarismos romanos e vice-versa',
    'Zahlen in römische Zahlen umwandeln und umgekehrt',
    'convertir un nombre entre 1 et 3999 en chiffres romains et inversement',
  ])('%s designs no single direction', (text) => {
    expect(asksBothWays(featureWords(text))).toBe(true);
    expect(functionOf(text)).toBeNull();
  });

  it.each([
    ['convert a number to Roman numerals', 'roman.to-roman'],
    ['read a Roman numeral back as a number', 'roman.from-roman'],
    ['and Roman numerals back to numbers', 'roman.from-roman'],
    ['Und umgekehrt: eine römische Zahl wie MMXXVI wieder in eine Dezimalzahl', 'roman.from-roman'],
    ['and back: a Roman numeral such as XIV to its number', 'roman.from-roman'],
  ])('%s keeps its one direction', (text, fn) => {
    expect(functionOf(text)).toBe(fn);
  });
});
