import { fold } from './lexicon';

/*
 * Words of score boards beyond a ranking's own: a count written as a word ("the top three players", "die drei
 * besten Spieler", "los tres mejores", "les trois meilleurs", "i tre migliori", "os três melhores"), and a board
 * ranked by a figure over each player's records ("by the total of all their points", "the highest average score",
 * "nach der Summe", "por el promedio") — no ranking of the best record is that board, so it is left unrealised.
 */

/** Counts from two to twenty written as words, folded, in the six languages. */
const COUNTS: Record<string, number> = Object.fromEntries(
  `two:2 three:3 four:4 five:5 six:6 seven:7 eight:8 nine:9 ten:10 twelve:12 fifteen:15 twenty:20
   zwei:2 drei:3 vier:4 funf:5 sechs:6 sieben:7 acht:8 neun:9 zehn:10 zwolf:12 zwanzig:20
   dos:2 tres:3 cuatro:4 cinco:5 seis:6 siete:7 ocho:8 nueve:9 diez:10 doce:12 quince:15 veinte:20
   deux:2 trois:3 quatre:4 cinq:5 sept:7 huit:8 neuf:9 dix:10 douze:12 quinze:15 vingt:20
   due:2 tre:3 quattro:4 sei:6 sette:7 otto:8 nove:9 dieci:10 dodici:12 quindici:15 venti:20
   duas:2 quatro:4 sete:7 oito:8 dez:10 doze:12 vinte:20`
    .split(/\s+/)
    .map((pair) => {
      const [word, n] = pair.split(':');
      return [word, Number(n)];
    }),
);

/** Words of the best after a count: "the three best", "die drei besten", "les trois plus rapides". */
const RANKED =
  'best|highest|fastest|quickest|leading|besten|schnellsten|hochsten|mejores|mas|meilleurs|meilleures|plus|migliori|piu|melhores|mais';

/** A count written as a word before the best: "top three", "three best", "tres mejores", "trois plus". */
function countPattern(): RegExp {
  const counts = Object.keys(COUNTS).join('|');
  return new RegExp(String.raw`\b(top)\s+(${counts})\b|\b(${counts})(?=\s+(?:${RANKED})\b)`, 'g');
}

/**
 * The count a feature writes as a word before the best ("Show the top three players", "los tres mejores
 * jugadores" → 3), or undefined when it writes none.
 */
export function countWord(feature: string): number | undefined {
  const m = countPattern().exec(fold(feature).toLowerCase());
  return m === null ? undefined : COUNTS[m[2] ?? m[3]];
}

/** A folded text with its counts of the best in digits: "the top three players" → "the top 3 players". */
export function countsInDigits(text: string): string {
  return text.replace(
    countPattern(),
    (_m, top: string | undefined, a: string | undefined, b: string | undefined) =>
      top ? `${top} ${COUNTS[a ?? '']}` : String(COUNTS[b ?? '']),
  );
}

/** A figure over each owner's records named as what ranks them: a total, a sum, an average. */
const FIGURE =
  /\b(?:total|totals|sum|average|averages|mean|summe|gesamt\w*|durchschnitt\w*|suma|total(?:es)?|promedio|media|somme|moyenne|somma|totale|soma|media)\b/;
/** A figure said not to count ("not the latest and not the sum", "nicht die Summe", "no la suma"). */
const NOT_FIGURE =
  /\b(?:not|nicht|no|ni|pas|non|nao|nem)\s+(?:(?:the|die|den|la|el|le|il|a|o|their|ihre|su|leur|loro|sua|in)\s+)?(?:total|sum|average|mean|summe|durchschnitt|suma|total|promedio|media|somme|moyenne|somma|totale|soma)\b/g;

/**
 * Whether a feature ranks owners by a figure over their records ("Rank the players by the total of all their
 * points", "the 3 players with the highest average score"): no ranking of each one's best, or of every record, says
 * that. A figure it says does not count ("not the sum") is no figure, nor is the ranked field's own name (a team's
 * kept `totale`, "ordinata per totale decrescente").
 */
export function ranksByFigure(feature: string, score = ''): boolean {
  const own = score.split('_').filter((part) => part !== '');
  let text = fold(feature).toLowerCase().replace(NOT_FIGURE, ' ');
  for (const part of own) text = text.replace(new RegExp(String.raw`\b${part}\b`, 'g'), ' ');
  return FIGURE.test(text);
}

/** Verbs of looking one thing up: "look up a player's best", "nachschlagen", "consultar", "consulter". */
const LOOKS_UP = /\b(?:look\s+up|lookup|looks\s+up|nachschlag\w*|abfrag\w*|consult\w*|query)\b/;
/** Words of a board of many: such a feature lists owners, it looks up no one. */
const MANY =
  /\b(?:top|leaderboard|ranking|board|list|bestenliste|rangliste|clasificacion|classement|classifica|classificacao|\d+)\b/;

/**
 * Whether a feature looks up one owner's figure ("look up a player's best score: the best round counts, not the
 * sum"): an answer of its own, never a rule held on a board of many.
 */
export function looksUpOne(feature: string): boolean {
  const text = fold(feature).toLowerCase();
  return LOOKS_UP.test(text) && !MANY.test(text);
}
