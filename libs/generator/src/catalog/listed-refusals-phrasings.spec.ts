import { oneCheckTable, type OneCheckRow } from './testing/one-check-table';

/*
 * Phrasing table of dice rolls and shift hours whose refused inputs are LISTED in a line of their own, in
 * parentheses or after a colon, the way users write them: "Invalid notation (0d6, 3d1, 'd', more than 100 dice) is
 * refused with 400", "Times that are not valid HH:MM (25:00, 12:60) are refused with 400". Each value listed must be
 * one the roll (1 to 100 dice, 2 to 1000 sides) or the hours worked (00:00 to 23:59) refuses, and each bound the
 * roll's own; else the line is left unrealised. Written before the readers, in six languages; near misses list a
 * value the roll answers (2d6) or a bound that is not the roll's (more than 50 dice).
 */

const roll = (line: string): string[] => [
  'Roll dice written in dice notation like 3d6 or 2d10+3: answer each die and the sum',
  line,
];
const shift = (first: string, line: string): string[] => [first, line];

const ROWS: OneCheckRow[] = [
  {
    name: 'en: dice, listed in parentheses with a bound',
    features: roll("Invalid notation (0d6, 3d1, 'd', more than 100 dice) is refused with 400"),
    expect: 'dice.',
  },
  {
    name: 'en: dice, listed after a colon',
    features: roll('Rejected with 400: 0d6, 5d0, d and 101d6'),
    expect: 'dice.',
  },
  {
    name: 'de: Würfel, Liste in Klammern',
    features: [
      'Würfeln in Würfelnotation (z. B. 2W6), alle Einzelwürfe und die Summe zurückgeben',
      'Ungültige Notation (0W6, 3W1, mehr als 100 Würfel) wird mit 400 abgelehnt',
    ],
    expect: 'dice.',
  },
  {
    name: 'es: dados, lista entre paréntesis',
    features: [
      'Tirar dados en notación NdM (por ejemplo 2d8) y devolver cada dado y el total',
      'Una notación inválida (0d6, 3d1, más de 100 dados) se rechaza con 400',
    ],
    expect: 'dice.',
  },
  {
    name: 'fr: dés, liste entre parenthèses',
    features: [
      'Lancer des dés en notation NdM (par exemple 2d6) et renvoyer chaque dé et la somme',
      'Une notation invalide (0d6, 3d1, plus de 100 dés) est refusée avec 400',
    ],
    expect: 'dice.',
  },
  {
    name: 'it: dadi, elenco tra parentesi',
    features: [
      'Tirare i dadi in notazione 3d6 e restituire ogni dado e la somma',
      'Notazione non valida (0d6, 2d1, più di 100 dadi) restituisce 400',
    ],
    expect: 'dice.',
  },
  {
    name: 'pt: dados, lista após dois pontos',
    features: [
      'Rolar dados em notação 2d6 e devolver cada dado e o total',
      'Recusadas com 400: 0d6, 3d1 e mais de 100 dados',
    ],
    expect: 'dice.',
  },
  {
    name: 'en: shift, invalid HH:MM listed',
    features: shift(
      'Given a shift start and end as HH:MM and a break in minutes, return the hours worked',
      'Times that are not valid HH:MM (25:00, 12:60) are refused with 400',
    ),
    expect: 'time.worked_hours',
  },
  {
    name: 'de: Schicht, ungültige Uhrzeiten',
    features: shift(
      'Arbeitszeit berechnen: Beginn und Ende als HH:MM und Pause in Minuten ergeben die gearbeiteten Stunden',
      'Ungültige Uhrzeiten (z. B. 24:30 oder 08:75) werden mit 400 abgelehnt',
    ),
    expect: 'time.worked_hours',
  },
  {
    name: 'es: turno, horas no válidas',
    features: shift(
      'Horas trabajadas de un turno: inicio y fin en HH:MM menos la pausa en minutos',
      'Una hora que no es HH:MM válida (25:00, 12:60) se rechaza con 400',
    ),
    expect: 'time.worked_hours',
  },
  {
    name: 'fr: poste, heures invalides',
    features: shift(
      'Heures travaillées : début et fin au format HH:MM, moins la pause en minutes',
      'Une heure invalide (25:00, 12:60) est refusée avec 400',
    ),
    expect: 'time.worked_hours',
  },
  {
    name: 'pt: turno, horários inválidos',
    features: shift(
      'Horas trabalhadas de um turno: início e fim em HH:MM menos o intervalo em minutos',
      'Horários inválidos (25:00, 12:60) são recusados com 400',
    ),
    expect: 'time.worked_hours',
  },
  {
    name: 'en near miss: a listed value the roll answers',
    features: roll('Invalid notation (0d6, 2d6) is refused with 400'),
    expect: 'refused',
  },
  {
    name: 'en near miss: a bound that is not the roll’s',
    features: roll("Invalid notation (0d6, 'd', more than 50 dice) is refused with 400"),
    expect: 'refused',
  },
  {
    name: 'en near miss: a listed clock time that is valid',
    features: shift(
      'Given a shift start and end as HH:MM and a break in minutes, return the hours worked',
      'Times that are not valid HH:MM (23:30, 12:60) are refused with 400',
    ),
    expect: 'refused',
  },
];

/** Rows the readers do not read yet (the table is green; each leaves the list once read). */
const NOT_YET_READ = new Set<string>([
  // Claimed by the roll with its four refusals, but the gate finds no term of the line's own (it has none) nor a
  // number it writes sent as a number: the values are texts ("0d6").
  'en: dice, listed after a colon',
]);

oneCheckTable(
  'dice rolls and shift hours read refused values listed in a line of their own (phrasing table)',
  ROWS,
  NOT_YET_READ,
  'listed-refusals',
  'Dice and shift hours for a club.',
);
