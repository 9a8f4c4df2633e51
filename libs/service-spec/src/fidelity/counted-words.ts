/*
 * Small counts a feature writes in words ("the top three", "die drei besten", "los tres mejores", "les trois
 * meilleurs", "i tre migliori", "os três melhores", "rounded to two decimals"), shared by the gate's readers of
 * stated counts. One is left out: "a", "un", "one" are articles as often as counts.
 */

const WORDS: Record<string, number> = {};
const TABLE: [string, number][] = [
  ['two zwei dos deux due dois duas', 2],
  ['three drei tres trois tre', 3],
  ['four vier cuatro quatre quattro quatro', 4],
  ['five funf cinco cinq cinque', 5],
  ['six sechs seis sei', 6],
  ['seven sieben siete sept sette sete', 7],
  ['eight acht ocho huit otto oito', 8],
  ['nine neun nueve neuf nove', 9],
  ['ten zehn diez dix dieci dez', 10],
  ['twenty zwanzig veinte vingt venti vinte', 20],
];
for (const [words, n] of TABLE) for (const w of words.split(' ')) WORDS[w] = n;

/** A count written in digits or in words (folded, lower case): `(?:\d+|two|drei|…)`. */
export const COUNT = String.raw`(?:\d+|${Object.keys(WORDS).join('|')})`;

/** The number a count written as `COUNT` matched stands for. */
export function countOf(written: string): number {
  return /^\d+$/.test(written) ? Number(written) : (WORDS[written] ?? NaN);
}

/** Lower case, accents and apostrophe variants folded ("três" → "tres", "fünf" → "funf", "d’un" → "d'un"). */
export function folded(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’`]/g, "'");
}
