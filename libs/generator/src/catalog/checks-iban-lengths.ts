import type { CatalogFamily, Recognised } from './catalog-entry';
import { hasAny } from './feature-words';
import { IBAN_CODE, withWrittenLengths, writtenIbanLengths } from './checks-iban';

/*
 * Two IBAN readings around the checks family: an IBAN check that writes its country lengths in the same feature
 * ("clé modulo 97 et longueur selon le pays (FR 27, DE 22, ES 24)") states them in its summary when they are the
 * registry's (checks.ts did so only for a feature that defines validity on its own); and a feature asking only for
 * the country code ("devolver el código del país") joins the IBAN check another feature asks for, which answers
 * it, instead of becoming records.
 */

const COUNTRY = [
  'country',
  'pais',
  'pays',
  'paese',
  'land',
  'landes',
  'landercode',
  'laendercode',
  'countrycode',
];
/** The words of "return (also) the country code (of the IBAN)" in six languages, and nothing else. */
const ONLY_COUNTRY = new Set([
  ...COUNTRY,
  ...[
    'return',
    'returns',
    'give',
    'gives',
    'back',
    'also',
    'show',
    'the',
    'its',
    'of',
    'iban',
    'code',
    'iso',
  ],
  ...[
    'devolver',
    'devuelve',
    'devolve',
    'retornar',
    'retorna',
    'mostrar',
    'tambien',
    'tambem',
    'el',
    'la',
    'o',
  ],
  ...[
    'del',
    'de',
    'do',
    'codigo',
    'renvoyer',
    'renvoie',
    'afficher',
    'aussi',
    'le',
    'du',
    'code',
    'restituire',
  ],
  ...[
    'restituisce',
    'mostrare',
    'anche',
    'il',
    'codice',
    'zuruckgeben',
    'ausgeben',
    'liefern',
    'auch',
    'den',
  ],
  ...['das', 'die', 'der'],
]);

/** The checks family with the IBAN lengths a feature writes stated, and the country code asked alone joined. */
export function withIbanLengths(family: CatalogFamily): CatalogFamily {
  return {
    ...family,
    recognise(text: string, words: string[]): Recognised {
      const found = family.recognise(text, words);
      if (found && 'design' in found && found.design.function === IBAN_CODE.id) {
        const lengths = writtenIbanLengths(text);
        return lengths ? { design: withWrittenLengths(found.design, lengths) } : found;
      }
      if (found) return found;
      if (hasAny(words, COUNTRY) && words.every((w) => ONLY_COUNTRY.has(w)))
        return { constraint: { function: IBAN_CODE.id, refusals: () => [] } };
      return null;
    },
  };
}
