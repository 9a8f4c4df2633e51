import { readRoundingMode, roundingDecimalsIn } from '@sf/service-spec';
import type { FunctionDesign, Recognised } from './catalog-entry';
import { tipSplitDesign } from './calc-designs';
import { decimalsIn, hasAny } from './feature-words';
import {
  sharesLanguage,
  sharesWho,
  splitsInCents,
  tipSharesRule as sharesRule,
  withShares,
} from './tip-shares';

/*
 * The tip split of the everyday calculations (calc.ts): a feature with a tip word of its own language
 * ("trinkgeld", "propina", "pourboire", "mancia", "gorjeta", "gratuity"), or "tip" beside a word of a bill split,
 * designs it; shares adding up to the total, asked in the same feature or a follow-up (tip-shares.ts), refine it.
 */

const words = (list: string): string[] => list.split(/\s+/).filter((w) => w !== '');

const TIP_WORDS = words(
  'trinkgeld trinkgelder propina propinas pourboire pourboires mancia mance gorjeta gorjetas gratuity',
);
const TIP_AMBIGUOUS = words('tip tips tipping');
const TIP_CONTEXT = words(`
  bill bills split splitting people persons diners guests percent percentage restaurant waiter rechnung aufteilen teilen personen person prozent cuenta personas dividir porcentaje addition personnes
  partager diviser pourcentage conto persone dividere percentuale conta pessoas porcentagem`);

/** Each paying what they ordered (an itemised split): not an even split of the bill. */
const WHAT_EACH_ORDERED = words(`
  ordered consumed itemised itemized bestellt bestellte verzehrt pidio pidieron consumio consumieron consumido
  commande ordinato ordinati consumato consumati pediu pediram consumiu consumiram`);

/** A split in proportion to weights or parts (split-shares.ts): not the even split of a tip. */
const PROPORTIONAL = words(`
  proportion proportional proportionally prorata weights anteilig ungleich uneven unequal unequally proporcion
  proporcional desigual proportionnel proportionnelle diseguale diseguali proporzione proporzionale proporcao`);

/** The tip split a feature asks for, its shares too when it asks them to add up; null when it asks none. */
export function tip(text: string, list: string[]): FunctionDesign | null {
  if (!(hasAny(list, TIP_WORDS) || (hasAny(list, TIP_AMBIGUOUS) && hasAny(list, TIP_CONTEXT)))) return null;
  if (hasAny(list, WHAT_EACH_ORDERED) || hasAny(list, PROPORTIONAL)) return null;
  const design = tipSplitDesign(
    Math.min(decimalsIn(text) ?? roundingDecimalsIn(text) ?? 2, 6),
    readRoundingMode(text) ?? 'half_up',
  );
  // Shares adding up to the total, asked in the same feature, are answered only in cents.
  // A response that spells a "shares" field answers them (one each to the first people unless a rule says who).
  const who = sharesWho(list) ?? (/"shares"/.test(text) ? 'spread' : null);
  if (!who) return design;
  return splitsInCents(design) ? withShares(design, who, sharesLanguage(list)) : null;
}

/** A feature asking only that the shares add up (no tip word of its own): a rule on the tip split. */
export function tipSharesRule(list: string[]): Recognised {
  if (hasAny(list, TIP_WORDS) || hasAny(list, TIP_AMBIGUOUS)) return null;
  return sharesRule(list);
}
