import { oneCheckTable, type OneCheckRow } from './testing/one-check-table';

/*
 * Phrasing table of dice rolls whose seed and bounds are said in features of their own: "with the same seed you get
 * the same result", "1 to 100 dice and 2 to 1000 sides, anything else is refused", "0 dice, more than 100 dice or dice
 * with fewer than 2 sides are an error". Such a line names no roll of its own; it is a rule on the roll another
 * feature asks for, and holds only where it says what the roll already does (its seed is an input of every roll; its
 * bounds are 1 to 100 dice and 2 to 1000 sides). Rows written before the readers, in six languages; near misses
 * bound the dice otherwise, or speak of a seed (a card suit, "seme") with no roll in the intent.
 */

type Row = OneCheckRow;

const ROWS: Row[] = [
  {
    name: 'en: seed line of its own',
    features: [
      'roll dice given as notation like 2d6+1 and answer each die and the sum',
      'pass a seed to get the identical result every time',
    ],
    expect: 'dice.',
  },
  {
    name: 'en: bounds as ranges',
    features: [
      'roll dice written like 3d8 and return every die plus the total',
      'the dice count must be 1 to 100 and the sides 2 to 1000; other values are rejected',
    ],
    expect: 'dice.',
  },
  {
    name: 'en: bounds as more/fewer than, with malformed notation',
    features: [
      'roll dice in NdS notation (4d6, 1d20) and give back all dice and their total',
      'zero dice, more than 100 dice, fewer than 2 sides, or text that is not dice notation is a bad request',
    ],
    expect: 'dice.',
  },
  {
    name: 'de: Startwert-Zeile',
    features: [
      'Würfeln mit Notation wie 3W6, die einzelnen Würfe und die Summe zurückgeben',
      'Mit gleichem Startwert kommt immer dasselbe Ergebnis heraus',
    ],
    expect: 'dice.',
  },
  {
    name: 'de: Grenzen als Spannen',
    features: [
      'Würfeln in Würfelnotation (z. B. 2W10) mit allen Einzelwürfen und der Summe',
      'Erlaubt sind 1 bis 100 Würfel mit 2 bis 1000 Seiten, alles andere ergibt 400',
    ],
    expect: 'dice.',
  },
  {
    name: 'es: semilla y límites',
    features: [
      'Tirar dados con notación tipo 2d8 y devolver cada dado y el total',
      'Con la misma semilla se obtienen siempre los mismos valores',
      'Se rechaza con 400 una notación mal escrita, 0 dados, más de 100 dados o dados de menos de 2 caras',
    ],
    expect: 'dice.',
  },
  {
    name: 'fr: graine et bornes',
    features: [
      'Lancer des dés en notation 4d6, renvoyer chaque dé et le total',
      'avec la même graine, le tirage est toujours identique',
      'entre 1 et 100 dés, entre 2 et 1000 faces, sinon 400',
    ],
    expect: 'dice.',
  },
  {
    name: 'it: seme',
    features: [
      'Tirare i dadi in notazione 2d10 e restituire ogni dado e la somma',
      'lo stesso seme dà sempre gli stessi numeri',
    ],
    expect: 'dice.',
  },
  {
    name: 'pt: semente e limites',
    features: [
      'Rolar dados em notação como 3d6 e devolver cada dado e a soma',
      'Informando uma semente, a mesma semente com a mesma notação repete os valores',
      'Notação inválida, nenhum dado, mais de 100 dados ou dados com menos de 2 lados dão 400',
    ],
    expect: 'dice.',
  },
  {
    name: 'en near miss: 1 to 50 dice',
    features: [
      'roll dice written like 2d6 and return every die plus the total',
      'only 1 to 50 dice are allowed, anything else is rejected',
    ],
    expect: 'refused',
  },
  {
    name: 'it near miss: card suits (seme) and no dice',
    features: [
      'Mescolare un mazzo di 52 carte',
      'le carte dello stesso seme restano sempre nello stesso ordine',
    ],
    expect: 'refused',
  },
  {
    name: 'en near miss: sides up to 20 only',
    features: [
      'roll dice in notation like 1d20 and answer each die and the total',
      'dice with more than 20 sides are refused',
    ],
    expect: 'refused',
  },
];

/** Rows the readers do not read yet (the table is green; each leaves the list once read). */
const NOT_YET_READ = new Set<string>([
  // "devolver cada dado e a soma" reads as one owner's figure (owner-aggregate-features.ts), which the designer
  // settles after every other feature: the seed line comes first, finds no roll to join and stays unrealised.
  'pt: semente e limites',
]);

oneCheckTable(
  'dice rolls read seed and bound lines said apart (phrasing table)',
  ROWS,
  NOT_YET_READ,
  'dice-roller',
  'Dice for our board game evenings.',
);
