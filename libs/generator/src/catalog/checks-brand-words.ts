import { CARD_BRANDS, type BrandSettings } from './checks-card';
import { foldText } from './checks-shared';

/*
 * How a feature asks for a card's brand beside the Luhn check: a word for the brand or two brand names, the brands
 * it lists, its word for a number of no brand, and the prefixes it writes (held to the networks' own).
 */

/** Words for a card's brand (its network): "brand", "Kartenmarke", "marca", "réseau", "circuito", "bandeira". */
const BRAND_WORDS = new Set(
  'brand brands network networks issuer issuers scheme marke marken kartenmarke kartentyp kartenanbieter kartennetzwerk marca marcas franquicia reseau reseaux emetteur circuito circuiti bandeira bandeiras'.split(
    ' ',
  ),
);
/** Brand names as features write them, to the ids of `CARD_BRANDS`. */
const BRAND_NAMES: Record<string, string> = {
  visa: 'visa',
  mastercard: 'mastercard',
  amex: 'amex',
  american: 'amex',
  discover: 'discover',
  jcb: 'jcb',
  diners: 'diners',
  maestro: 'maestro',
};

/** The brands a feature names, as ids (in the order written, without repeats). */
export function brandsNamed(words: string[]): string[] {
  return [
    ...new Set(
      words.flatMap((w, i) =>
        BRAND_NAMES[w] && (w !== 'american' || words[i + 1] === 'express') ? [BRAND_NAMES[w]] : [],
      ),
    ),
  ];
}

/** Whether the feature asks for a card's brand: a word for it beside a brand name or a card, or two brand names. */
export function asksBrand(words: string[], card: boolean): boolean {
  const named = brandsNamed(words).length;
  return named >= 2 || (words.some((w) => BRAND_WORDS.has(w)) && (named >= 1 || card));
}

/** Whether a written prefix (the leading digits "51", "2221") lies in one of a brand's ranges. */
function prefixOf(written: string, ranges: [number, number][]): boolean {
  const n = Number(written);
  return ranges.some(([from, to]) => {
    const k = String(from).length;
    if (written.length >= k) {
      const head = Math.floor(n / 10 ** (written.length - k));
      return head >= from && head <= to;
    }
    const cut = 10 ** (k - written.length);
    return n >= Math.floor(from / cut) && n <= Math.floor(to / cut);
  });
}

/**
 * The brands a feature asks for and its word for other numbers ("outros começos, "desconhecida""), or null when
 * a prefix it writes beside a brand is not that brand's ("5 is Visa"): the feature's own table, not the networks'.
 */
export function brandSettings(text: string, words: string[]): BrandSettings | null {
  const folded = foldText(text);
  for (const segment of folded.split(/[,;:.()\n]+/)) {
    const segmentWords = segment.match(/[\p{L}\p{N}]+/gu) ?? [];
    const named = brandsNamed(segmentWords);
    const prefixes = segmentWords.filter((w) => /^\d{1,6}$/.test(w));
    if (named.length === 0 || prefixes.length === 0) continue;
    const ranges = CARD_BRANDS.filter((b) => named.includes(b.id)).flatMap((b) => b.prefixes);
    if (named.length > 1 || !prefixes.every((p) => prefixOf(p, ranges))) return null;
  }
  const unknown =
    /\b(?:other|others|otherwise|else|outros?|outras?|otros?|otras?|autres?|altri|altre|andere|anderen|sonst)\b[^"“”]*["“]([^"”]{1,30})["”]/i.exec(
      text,
    )?.[1] ?? 'unknown';
  return { brands: brandsNamed(words), unknown };
}
