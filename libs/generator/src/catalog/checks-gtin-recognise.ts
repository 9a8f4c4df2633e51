import type { Recognised } from './catalog-entry';
import {
  GTIN_CODE,
  gtinCompleteDesign,
  gtinDesign,
  gtinLengths,
  withMalformedGtinsRefused,
} from './checks-gtin';
import {
  asksComputation,
  asksValidity,
  foldText,
  mentionsCheckDigit,
  refusesInvalidValues,
  refusesShape,
} from './checks-shared';
import { refuses } from './feature-words';

/*
 * How a feature asks for a GS1 code (EAN-8, UPC-A, EAN-13, GTIN-14): checked, completed with its check digit, or
 * refused when malformed; and the features that name no code but only its lengths.
 */

/** Verbs of working a value out that the shared stems miss ("work out the check digit"). */
const WORK_OUT = /\b(?:work(?:s|ed)? out|figure out|ausrechnen|determine|bestimmen)\b/;

/** "12 or 13 digits", "7 u 8 dígitos": a GS1 code's length with and without its check digit (the full length). */
const GTIN_PAIR =
  /\b(7|11|12|13)\s*(?:or|nor|oder|noch|o|u|y|ni|ou|e|and|und|\/|,)\s*(8|12|13|14)[\s-]*(?:digits?|ziffern|stellen|digitos|chiffres|cifre)\b/;

/** The full GS1 length a feature without a code's name writes ("for 12 digits … the full 13-digit code"), or 0. */
function fullGtinLength(folded: string): number {
  const counts = [
    ...folded.matchAll(
      /\b(\d{1,2})[\s-]*(?:digits?|ziffern|stellen|stellige[nr]?|digitos|chiffres|cifre)\b/g,
    ),
  ].map((m) => Number(m[1]));
  const full = Math.max(0, ...counts);
  return [8, 12, 13, 14].includes(full) && counts.includes(full - 1) ? full : 0;
}

/**
 * A feature about a GS1 code that names none ("for 12 digits, work out the check digit and give back the full
 * 13-digit code"; "anything that isn't 12 or 13 digits gets a 400"): only the lengths of a code with and without
 * its check digit tell it. A completion is designed; a refusal joins the check of those lengths another feature
 * asks for, and stays unrealised without one.
 */
export function unnamedGtin(text: string, words: string[]): Recognised {
  const folded = foldText(text);
  const pair = GTIN_PAIR.exec(folded);
  if (pair && Number(pair[2]) === Number(pair[1]) + 1 && refuses(words) && !asksValidity(words)) {
    const full = Number(pair[2]);
    const written = [full - 1, full];
    return {
      constraint: {
        function: GTIN_CODE.id,
        refusals: (d) => withMalformedGtinsRefused(d, written).refusals.filter((r) => r.input.code !== ''),
        refine: (d) => withMalformedGtinsRefused(d, written),
        fits: (d) =>
          String(d.options?.lengths ?? '')
            .split(',')
            .includes(String(full)),
      },
    };
  }
  const full = fullGtinLength(folded);
  if (full > 0 && mentionsCheckDigit(words) && (asksComputation(words) || WORK_OUT.test(folded))) {
    return { design: gtinCompleteDesign([full]) };
  }
  return null;
}

export function recogniseGtin(
  text: string,
  words: string[],
  validity: boolean,
  answersCheckDigit: boolean,
): Recognised {
  const folded = foldText(text);
  const lengths = gtinLengths(words);
  // "La clé" of a barcode is its check digit.
  const checkDigit = mentionsCheckDigit(words) || words.includes('cle') || words.includes('clef');
  if ((checkDigit && (asksComputation(words) || WORK_OUT.test(folded)) && !validity) || answersCheckDigit) {
    return { design: gtinCompleteDesign(lengths) };
  }
  const shape = refusesShape(text);
  if (!validity && !shape) return null;
  if (shape && !asksValidity(words)) {
    return {
      constraint: {
        function: GTIN_CODE.id,
        refusals: (d) => withMalformedGtinsRefused(d).refusals.filter((r) => r.input.code !== ''),
        refine: (d) => withMalformedGtinsRefused(d),
      },
    };
  }
  return {
    design: gtinDesign({
      lengths,
      refuseMalformed: shape,
      refuseInvalid: !shape && refusesInvalidValues(text),
    }),
  };
}
