/*
 * The card brands of the reference Luhn check (checks-card.ts): the networks' IIN prefix ranges and issued
 * lengths, and the brand a number has by them. Kept apart from the check so each file stays one concern.
 */

/** Which brands a feature asks for (ids of `CARD_BRANDS`; all when empty) and what it answers for other numbers. */
export interface BrandSettings {
  brands: string[];
  unknown: string;
}

/**
 * The reference brands (written here beside the emitted table, not from it): IIN prefix ranges (inclusive, as
 * many leading digits as the bounds have) and the lengths each network issues.
 */
export const CARD_BRANDS: { id: string; name: string; prefixes: [number, number][]; lengths: number[] }[] = [
  {
    id: 'amex',
    name: 'American Express',
    prefixes: [
      [34, 34],
      [37, 37],
    ],
    lengths: [15],
  },
  {
    id: 'diners',
    name: 'Diners Club',
    prefixes: [
      [300, 305],
      [36, 36],
      [38, 39],
    ],
    lengths: [14, 15, 16, 17, 18, 19],
  },
  { id: 'jcb', name: 'JCB', prefixes: [[3528, 3589]], lengths: [16, 17, 18, 19] },
  { id: 'visa', name: 'Visa', prefixes: [[4, 4]], lengths: [13, 16, 19] },
  {
    id: 'mastercard',
    name: 'Mastercard',
    prefixes: [
      [51, 55],
      [2221, 2720],
    ],
    lengths: [16],
  },
  {
    id: 'discover',
    name: 'Discover',
    prefixes: [
      [6011, 6011],
      [644, 649],
      [65, 65],
      [622126, 622925],
    ],
    lengths: [16, 17, 18, 19],
  },
  {
    id: 'maestro',
    name: 'Maestro',
    prefixes: [
      [5018, 5018],
      [5020, 5020],
      [5038, 5038],
      [5893, 5893],
      [6304, 6304],
      [6759, 6759],
      [6761, 6763],
    ],
    lengths: [12, 13, 14, 15, 16, 17, 18, 19],
  },
];

/** The brand of a card number by the reference table (restricted to `settings.brands` when it lists some). */
export function cardBrand(number: string, settings: BrandSettings): string {
  const digits = number.replace(/\D/g, '');
  const found = CARD_BRANDS.find(
    (b) =>
      b.lengths.includes(digits.length) &&
      b.prefixes.some(([from, to]) => {
        const head = Number(digits.slice(0, String(from).length));
        return head >= from && head <= to;
      }),
  );
  return found && (settings.brands.length === 0 || settings.brands.includes(found.id))
    ? found.name
    : settings.unknown;
}
