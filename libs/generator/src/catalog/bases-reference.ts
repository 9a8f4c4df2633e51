import type { DesignReference, ReferenceAnswer } from './catalog-entry';

/*
 * The reference semantics of a conversion between positional bases, written apart from the emitted code
 * (bases.ts) so a request the feature writes with values (`POST /convert {"value": "ff", "from": 16, "to": 2}
 * returns {"result": "11111111"}`) is shown as a worked example only when the conversion truly answers it: the
 * digits read one by one in the source base (0-9 then a-z, either case, a sign kept), written in the target base.
 */

/** `value` (text, optional sign) read in base `from` and written in base `to`; null when it is not such a number. */
function converted(value: string, from: number, to: number): string | null {
  const text = value.trim();
  const negative = text.startsWith('-');
  const digits = text.replace(/^[-+]/, '');
  if (digits.length === 0) return null;
  let n = 0n;
  for (const c of digits) {
    const d = Number.parseInt(c, 36);
    if (Number.isNaN(d) || d >= from) return null;
    n = n * BigInt(from) + BigInt(d);
  }
  return (negative && n !== 0n ? '-' : '') + n.toString(to);
}

const isBase = (b: unknown): b is number => typeof b === 'number' && Number.isInteger(b) && b >= 2 && b <= 36;

/** The reference of a base conversion answering in lower case or upper case, as the design's option says. */
export function baseConvertReference(lowercase: boolean): DesignReference {
  return {
    // Written values are read as a whole request by the route's fields, never one by one.
    read: () => null,
    compute(params): ReferenceAnswer {
      const { value, from_base: from, to_base: to } = params;
      if (!isBase(from) || !isBase(to)) return { ok: false, why: 'a base outside 2 to 36' };
      if (typeof value !== 'string') return { ok: false, why: 'the number is not sent as text' };
      const result = converted(value, from, to);
      if (result === null) return { ok: false, why: `${value} is not a number of base ${from}` };
      return { ok: true, results: { result: lowercase ? result : result.toUpperCase() } };
    },
  };
}
