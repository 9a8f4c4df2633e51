import type { FunctionDesign, Recognised } from './catalog-entry';
import { decimalsIn, featureWords } from './feature-words';
import { RATE_TABLE_CODE, rateTableDesign, type WrittenRate } from './rates-table';

/*
 * "Conversions between two non-EUR currencies go via EUR", "Entre USD y MXN se convierte pasando por el euro",
 * "Zwischen USD und GBP wird über EUR umgerechnet": a line saying which currency a cross conversion passes
 * through. The rate table converts every pair through its rates exactly (amount ÷ rate of from × rate of to, one
 * rounding at the end), which is the conversion through any currency of the table, so the line constrains that
 * conversion and fits it only when the currency it names is in the table. A line that rounds the amount in that
 * currency on the way (an intermediate result) says something else and stays unrealised; so does a line with
 * numbers other than its decimals (a fee, a rate) or with no rate table to pass through.
 */

/** A word of passing through, then the currency (a code, or the euro by name) in the languages intents use. */
const VIA =
  /(?:^|[\s(,;:])(?:via|through|uber|(?:pasando|pasa|pasan|passando|passant|passe|passent|passa|passam)\s+(?:por|pelo|pela|per|par|attraverso)|tramite|attraverso|por\s+medio\s+del?|a\s+traves\s+del?|atraves\s+d[oa])\s+(?:the\s+|el\s+|la\s+|le\s+|l\s+|il\s+|lo\s+|o\s+|a\s+|den\s+|dem\s+|das\s+|die\s+)?([a-z]{3,5})\b/;
/** Currencies written by name that name one code only. */
const BY_NAME: Record<string, string> = { euro: 'EUR', euros: 'EUR' };
/** Words of an amount kept (rounded) in the currency passed through, in the six languages (folded). */
const INTERMEDIATE = /\b(?:intermedia\w*|intermedi\w*|zwischen(?:ergebnis|betrag|wert)\w*|unterwegs)\b/;
/** Words of converting or of currencies: the line is about money conversions. */
const ABOUT =
  /\b(?:conv\w*|umrechn\w*|umgerechnet|cambi\w*|currenc\w*|wahrung\w*|monedas?|devises?|valut[ae]|moedas?|kurs\w*|rates?|tasas?|taux|tass[oi]|taxas?)\b/;

/** The written rates a rate-table design converts by. */
export function tableOf(d: FunctionDesign): WrittenRate[] | null {
  if (d.function !== RATE_TABLE_CODE.id || typeof d.options?.rates !== 'string') return null;
  const rows = JSON.parse(d.options.rates) as [string, string, string][];
  return rows.map(([from, rate, to]) => ({ from, rate, to }));
}

/** The feature's words a design already carries ("In the feature's words: …"). */
export function ownOf(d: FunctionDesign): string[] {
  const m = /In the feature's words: ([^.]*)\./.exec(d.summary);
  return m ? m[1].split(', ') : [];
}

/** The currency a line says cross conversions pass through (its code), or null. */
export function viaCurrency(text: string): string | null {
  const folded = featureWords(text).join(' ');
  if (!ABOUT.test(folded) || INTERMEDIATE.test(folded)) return null;
  const m = VIA.exec(folded);
  if (!m) return null;
  const code = BY_NAME[m[1]] ?? (m[1].length === 3 ? m[1].toUpperCase() : null);
  return code;
}

/** The rate-table constraint of a line naming the currency conversions pass through, or null. */
export function viaTable(text: string): Recognised {
  const base = viaCurrency(text);
  if (!base) return null;
  // Numbers other than decimals say something this reading does not (a rate, a fee, a date).
  if (/\d/.test(text.replace(/\b\d+\s*(?:decimal\w*|dezimal\w*|nachkomma\w*|casas?)/gi, ' '))) return null;
  const decimals = decimalsIn(text);
  const own = [...new Set(featureWords(text).filter((w) => w.length > 2 && !/\d/.test(w)))];
  return {
    constraint: {
      function: RATE_TABLE_CODE.id,
      refusals: () => [],
      fits: (d) => (tableOf(d) ?? []).some((r) => r.from === base || r.to === base),
      refine: (d) => {
        const table = tableOf(d);
        const kept = Number(d.options?.decimals ?? 2);
        const words = [...new Set([...ownOf(d), ...own])];
        return (table && rateTableDesign(table, decimals ?? kept, words)) ?? d;
      },
    },
  };
}
