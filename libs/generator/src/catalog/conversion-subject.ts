import { readFeatureLiterals } from '@sf/service-spec';
import type { Recognised } from './catalog-entry';

/*
 * What a free-text conversion says it converts, in its own words: "Convertir lecturas de temperatura del
 * laboratorio entre °C, °F y K" converts "lecturas de temperatura del laboratorio", "Paketgewichte zwischen kg, g,
 * lb und oz umrechnen" converts "Paketgewichte", "Convertir des tailles de fichiers entre octets, Ko …" converts
 * "tailles de fichiers". The design the catalog recognised says so in its summary, so the feature's nouns reach
 * the SPEC (the gate finds a realisation in another domain by the terms it leaves out). Read only before the word
 * that opens the units ("between", "zwischen", "entre", "tra"/"fra"), without the verb of converting; a route
 * written out says its own words.
 */

/** The word that opens the list of units a conversion goes between, in the languages intents are written in. */
const BETWEEN = /\s(?:between|zwischen|entre|tra|fra)\s/iu;

/** Verbs of converting and the articles after them, at either end of the subject. */
const VERB =
  /^(?:(?:please\s+)?(?:convert|converts|converting|umrechnen|umwandeln|konvertieren|convertir|convierte|convertit|converter|converte|convertire|converti)\s+)?(?:(?:the|a|an|die|der|das|los|las|el|un|una|unos|unas|des|les|le|la|l'|un|une|i|gli|le|lo|il|os|as|o|um|uma)\s+)?/iu;

/** How the list of units after "between" is split into its items. */
const ITEM = /,|\s(?:and|or|und|oder|y|o|et|ou|e)\s/iu;

/**
 * The phrase a free-text conversion converts, or null when it writes a route, names nothing before its units, or
 * lists a unit that `isUnit` does not read ("entre octets, Ko, Mo": a converter that takes only "KB" and "MB"
 * would refuse the units its user writes, so the feature is not said to be realised by it).
 */
export function conversionSubject(text: string, isUnit: (word: string) => boolean): string | null {
  if (readFeatureLiterals(text).routes.length > 0) return null;
  const padded = ` ${text} `;
  const at = BETWEEN.exec(padded);
  if (!at) return null;
  const before = padded.slice(0, at.index).trim().replace(VERB, '').trim();
  const words = before.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > 6 || /[,;:.!?()"{}[\]]/.test(before)) return null;
  // A short word alone in the list (≤ 4 letters) is a unit symbol: one the converter does not read is refused.
  const items = padded
    .slice(at.index + at[0].length)
    .split(ITEM)
    .map((x) => x.trim());
  if (items.some((x) => /^\p{L}{1,4}$/u.test(x) && !isUnit(x))) return null;
  return before;
}

/** The recognised design with the subject its feature converts said in its summary (unchanged otherwise). */
export function withSubject(
  found: Recognised,
  text: string,
  isUnit: (word: string) => boolean = () => true,
): Recognised {
  if (!found || !('design' in found)) return found;
  const subject = conversionSubject(text, isUnit);
  if (subject === null || found.design.summary.includes(subject)) return found;
  const summary = `${found.design.summary} In the feature's words, it converts: ${subject}.`;
  return { design: { ...found.design, summary } };
}
