import type { CatalogFamily } from './catalog-entry';
import { asksValidity, mentionsCheckDigit } from './checks-shared';

/*
 * A feature that asks to make a new identifier ("generate a new valid IBAN for each customer", "eine neue
 * Kartennummer erzeugen", "gerar um CPF válido para testes") is not a check of one: the checks would answer
 * whether a sent value is valid, which is not what the feature says. Such a feature is left to the families after
 * the checks (and, when none realises it, refused), unless it is the check digit of a partial code that is
 * generated ("generate the Luhn check digit"), which the checks compute; a valid number generated with its check
 * digit is still a new number.
 */

/** Verbs of making a new value, in the six languages intents are written in (folded, not their participles). */
const GENERATE =
  /^(?:generate|generates|generating|generieren|generiert|erzeugen|erzeugt|generar|genera|generer|generare|gerar|gera|gere)$/;
/** "Un IBAN inválido genera un error 400": an error is what is generated there, not an identifier. */
const ERRORS = /^(?:error|errors|errore|errori|erro|erros|erreur|erreurs|fehler|400|422)$/;

/** Whether the feature asks to make a new value rather than check one. */
export function asksNewValue(words: string[]): boolean {
  return (
    words.some((w) => GENERATE.test(w)) &&
    !words.some((w) => ERRORS.test(w)) &&
    (!mentionsCheckDigit(words) || asksValidity(words))
  );
}

/** `family`, reading no feature that asks to make a new identifier. */
export function withoutGeneration(family: CatalogFamily): CatalogFamily {
  return {
    ...family,
    recognise: (text, words) => (asksNewValue(words) ? null : family.recognise(text, words)),
  };
}
