import { askedRange } from './range-filter';
import { listedValues } from './listed-values';
import { statedDecimals } from './stated-rounding';
import { statedTopCount } from './top-count';

describe('what the stated-gap readers read from a feature', () => {
  it('reads the count of a top-N list in digits or in words, in six languages', () => {
    const counts = [
      'show the top three players',
      'Die 3 besten Spieler anzeigen',
      'mostrar los cinco mejores jugadores',
      'afficher les trois meilleurs joueurs',
      'mostrare i tre migliori giocatori',
      'mostrar os três melhores jogadores',
      'Show the 5 fastest drivers, each driver once',
    ].map((f) => statedTopCount(f)?.count ?? null);
    expect(counts).toEqual([3, 3, 5, 3, 3, 3, 5]);
    // "the N best" and a route's query state no count.
    expect(statedTopCount('GET /top?n=10 returns the n best players')).toBeNull();
  });

  it('reads the decimals an answer is rounded to, not a bound on what is sent', () => {
    expect(statedDecimals('compute the BMI, rounded to 1 decimal')).toEqual([1]);
    expect(statedDecimals('den Durchschnitt mit 2 Nachkommastellen')).toEqual([2]);
    expect(statedDecimals('la media arredondada a uma casa decimal')).toEqual([1]);
    expect(statedDecimals('an amount with up to 2 decimal places')).toEqual([]);
  });

  it('reads values listed with a word of choice, not examples or prose in parentheses', () => {
    expect(listedValues('keep tasks with a title and a priority (low, medium or high)')).toEqual([
      { noun: 'priority', values: ['low', 'medium', 'high'] },
    ]);
    expect(listedValues('Verbrauchsmaterial erfassen: Einheit (Stück, Packung)')).toEqual([]);
    expect(listedValues('a due date (YYYY-MM-DD)')).toEqual([]);
  });

  it('keeps listed values as written: a client sends "Tennis", not "tennis"', () => {
    expect(listedValues('Mitglieder mit Abteilung (Fußball, Tennis oder Schwimmen)')).toEqual([
      { noun: 'abteilung', values: ['Fußball', 'Tennis', 'Schwimmen'] },
    ]);
  });

  it('reads a range to filter by and the field it names', () => {
    expect(askedRange('filter the products by a price range')).toBe('price');
    expect(askedRange('list the products with a price between a minimum and a maximum')).toBe('price');
    expect(askedRange('scores go from 0 to 50')).toBeNull();
  });
});
