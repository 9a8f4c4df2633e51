/*
 * The words of statistics of a list in six languages (folded): what they compute, what makes a list of numbers,
 * and what they leave alone.
 */

const words = (list: string): string[] => list.split(/\s+/).filter((w) => w !== '');

export const STAT_KINDS: string[][] = [
  words('mean average averages mittelwert durchschnitt promedio media moyenne'),
  words('median mediana mediane'),
  words(
    'statistics statistic stats statistik statistiken estadistica estadisticas statistique statistiques statistica statistiche estatistica estatisticas',
  ),
  words('minimum min minimo minima smallest kleinste'),
  words('maximum max maximo massimo maxima largest biggest grosste'),
];
/** Central statistics: a feature about a minimum or a maximum alone is usually a limit, not statistics. */
export const STAT_CENTRAL = STAT_KINDS.slice(0, 3).flat();
export const NUMBER_LIST = words(
  'numbers values figures zahlen werte zahlenliste zahlenreihe numeros valores nombres valeurs numeri valori',
);
/** Statistics this family does not compute: a feature asking for them is left alone rather than half done. */
export const STAT_OTHER = words(`
  deviazione desvio variancia mode modus moda percentile percentiles quartile quartiles perzentil`);
/**
 * Letter cases and symbols: a password rating's "media" tier ("12 caracteres con minúsculas, mayúsculas, números
 * y símbolos; en otro caso, media") is no mean of numbers.
 */
export const CHARACTER_CLASSES = words(`
  lowercase uppercase minuscula minusculas mayuscula mayusculas minuscole maiuscole minuscules majuscules
  maiusculas kleinbuchstaben grossbuchstaben simbolo simbolos simboli symbole symboles sonderzeichen`);
/** The sum, which the statistics answer when asked. */
export const STAT_SUM = words('sum summe suma somme somma soma');
export const LIST = words(
  'list lists array series sequence liste listen lista listas serie reihe elenco ensemble conjunto',
);
/** Marks of a class or an exam: a list of them sent ("a list of marks", "send the scores") is a list of numbers. */
export const MARKS = words('marks grades scores noten notas calificaciones notes voti valutazioni punteggi');
export const SENT = words(
  'send sends sent given gegebene gegebenen dada dadas dado data dati recibir ricevere receber',
);
