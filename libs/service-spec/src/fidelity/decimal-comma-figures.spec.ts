import { missingQuantities } from './free-text-fidelity';
import { featureFigures } from './realisation';

/*
 * A figure written "1,852" is 1852 in English and 1.852 in French, German, Spanish, Italian or Portuguese: a
 * realisation carries the feature's figure when it states either reading, and still misses it when it states
 * neither. Other figures keep their one reading.
 */
const realisation = (numbers: number[]) => ({ words: [], numbers, texts: [] });

describe('figures written with a decimal comma', () => {
  const feature = 'Convertir une vitesse (1 nœud = 1,852 km/h ; 1 mile = 1,609344 km)';

  it('is carried by the decimal reading', () => {
    expect(missingQuantities(featureFigures(feature), realisation([1, 1.852, 1.609344]))).toEqual([]);
  });

  it('is carried by the thousands reading', () => {
    expect(missingQuantities(featureFigures(feature), realisation([1, 1852, 1.609344]))).toEqual([]);
  });

  it('is missed when the realisation states neither reading', () => {
    expect(missingQuantities(featureFigures(feature), realisation([1, 1.609344, 18.52]))).toEqual([
      expect.stringContaining('never states 1852'),
    ]);
  });

  it('reads a figure with two thousands groups one way only', () => {
    const figures = featureFigures('a prize of 1,000,000 points');
    expect(missingQuantities(figures, realisation([1000]))).toEqual([
      expect.stringContaining('never states 1000000'),
    ]);
  });
});
