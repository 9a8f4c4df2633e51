import { readRoundingMode, roundingDecimalsIn, roundingOptionProblems } from './rounding-mode';
import { readConstraint } from './constraint-reading';
import type { FunctionBehavior } from './spec-contract';

describe('readRoundingMode', () => {
  it('reads up, down and half to even in four languages', () => {
    expect(readRoundingMode('each share is rounded UP to the next cent')).toBe('up');
    expect(readRoundingMode('always round down')).toBe('down');
    expect(readRoundingMode("banker's rounding for every amount")).toBe('half_even');
    expect(readRoundingMode('round half to even')).toBe('half_even');
    expect(readRoundingMode('Beträge auf volle Euro aufrunden')).toBe('up');
    expect(readRoundingMode('der Anteil wird abgerundet')).toBe('down');
    expect(readRoundingMode('mathematisch runden')).toBe('half_even');
    expect(readRoundingMode('la cuota se redondea siempre hacia arriba')).toBe('up');
    expect(readRoundingMode('redondeo bancario')).toBe('half_even');
    expect(readRoundingMode("le montant est arrondi à l'unité inférieure")).toBe('down');
    expect(readRoundingMode('arrondi au centime supérieur')).toBe('up');
  });

  it('reads up and down in Italian and Portuguese', () => {
    expect(readRoundingMode('il tempo di lettura arrotondato per eccesso')).toBe('up');
    expect(readRoundingMode("arrotondato sempre all'insù")).toBe('up');
    expect(readRoundingMode('arrotondato per difetto')).toBe('down');
    expect(readRoundingMode('arredondado para cima')).toBe('up');
    expect(readRoundingMode('arredondado sempre para baixo')).toBe('down');
    expect(readRoundingMode('arrotondato a 2 decimali')).toBeNull();
  });

  it('reads nothing where no direction is asked', () => {
    expect(readRoundingMode('rounded to 2 decimals')).toBeNull();
    expect(readRoundingMode('auf 2 Nachkommastellen runden')).toBeNull();
    expect(readRoundingMode('sign up with an email address')).toBeNull();
    expect(readRoundingMode('scroll down the list of floors')).toBeNull();
  });

  it('reads the decimals a mode is asked at', () => {
    expect(roundingDecimalsIn('rounded up to the next cent')).toBe(2);
    expect(roundingDecimalsIn('auf volle Euro aufrunden')).toBe(0);
    expect(roundingDecimalsIn('rounded down to one decimal')).toBe(1);
    expect(roundingDecimalsIn('redondeado hacia arriba a 3 decimales')).toBe(3);
    expect(roundingDecimalsIn('always round down')).toBeNull();
  });

  it('reads a feature that only asks a mode as a constraint on another computation', () => {
    expect(readConstraint('The amount each guest pays is always rounded up to the next cent')).toMatchObject({
      kind: 'rounding',
      mode: 'up',
      decimals: 2,
    });
    expect(readConstraint('Mittelwerte werden abgerundet')).toMatchObject({ kind: 'rounding', mode: 'down' });
    // A feature naming its own operation carries its mode itself.
    expect(readConstraint('split the bill, each share rounded up')).toBeNull();
  });
});

describe('roundingOptionProblems', () => {
  const behavior = (fn: string, rounding: unknown): FunctionBehavior => ({
    kind: 'function',
    function: fn,
    inputs: {},
    outputs: {},
    options: { rounding: rounding as string },
  });

  it('accepts a known mode on a computation that honours it', () => {
    expect(roundingOptionProblems(behavior('calc.tip_split', 'up'))).toEqual([]);
    expect(roundingOptionProblems(behavior('calc.statistics', 'half_even'))).toEqual([]);
  });

  it('refuses an unknown mode, or a mode on a computation that would ignore it', () => {
    expect(roundingOptionProblems(behavior('calc.tip_split', 'sideways'))).toHaveLength(1);
    expect(roundingOptionProblems(behavior('temperature.convert', 'up'))).toHaveLength(1);
  });

  it('accepts a mode on the text statistics only when they answer a reading time, which it rounds', () => {
    expect(roundingOptionProblems(behavior('text.statistics', 'up'))).toHaveLength(1);
    const reading = behavior('text.statistics', 'up');
    expect(
      roundingOptionProblems({ ...reading, options: { ...reading.options, words_per_minute: 200 } }),
    ).toEqual([]);
  });
});
