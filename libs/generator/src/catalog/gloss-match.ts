import { featureWords, languagesOf, type Language } from './feature-words';

/**
 * The languages a feature is written in, for a family's glosses: those `languagesOf` tells, and those whose
 * gloss shares a word of five letters or more with the feature ("Convertir un color hexadecimal a RGB" writes
 * no Spanish function word, but "hexadecimal" and "convertir" are in the Spanish gloss). Short features in the
 * Romance languages often carry no marker word at all.
 */
export function glossLanguages(words: string[], glosses: Partial<Record<Language, string>>): Language[] {
  const told = languagesOf(words);
  const own = new Set(words.filter((w) => w.length >= 5));
  const sharing = (Object.keys(glosses) as Language[]).filter((language) =>
    featureWords(glosses[language] ?? '').some((w) => own.has(w)),
  );
  return [...new Set([...told, ...sharing])];
}
