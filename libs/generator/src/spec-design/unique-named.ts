import type { FieldSpec } from '@sf/service-spec';
import { fold } from './lexicon';

/*
 * Fields a create feature says must not repeat, read off its own text (moved here from `named-fields.ts`, which
 * re-exports them). Besides the English "must be unique", a clause of the create in other languages names the
 * field, a verb of obligation and the word for unique ("die E-Mail muss eindeutig sein", "el email debe ser
 * único", "l'email doit être unique", "la email deve essere unica", "o e-mail deve ser único"), or says the
 * value never repeats ("jede E-Mail darf nur einmal vorkommen", "o e-mail não pode se repetir", "el correo no
 * puede repetirse"). Text is folded and lower case.
 */

/** The field, one to three words of obligation or being, and a word for unique. */
const UNIQUE_AFTER_VERB =
  /\b(\w+)\s+(?:(?:must|should|has|have|to|be|muss|mussen|soll|sollen|ist|sind|sein|debe|deben|tiene|tienen|que|ser|es|son|doit|doivent|etre|est|sont|deve|devono|essere|e|sono|tem|precisa|sera|will)\s+){1,3}(?:unique|uniques|unico|unica|unicos|unicas|univoc[oaie]|eindeutig|einmalig)\b/g;
/** The field and words that say it never repeats. */
const NEVER_REPEATS =
  /\b(\w+)\s+(?:(?:darf|durfen|kann|konnen) (?:nur (?:ein)?mal|sich nicht wiederholen|nicht doppelt)|(?:nao|no|non|ne) (?:pode|podem|puede|pueden|debe|deben|puo|possono|peut|peuvent|doit|doivent) (?:pas )?(?:se )?(?:repetir(?:se)?|ripetersi|repeter|etre repetee?s?|essere ripetut[oaie])|(?:cannot|can not|must not|may not|should not) (?:be )?repeat(?:ed)?)\b/g;
const SAID_UNIQUE = [UNIQUE_AFTER_VERB, NEVER_REPEATS];

/**
 * Fields a feature says must not repeat: "an existing sku returns 409", "the same email twice is refused",
 * "duplicate titles are rejected", "each code is unique". Only names among `fields` are returned.
 */
export function uniqueNamed(feature: string, fields: string[]): string[] {
  const text = fold(feature)
    .toLowerCase()
    .replace(/\be-mail/g, 'email');
  const found = new Set<string>();
  const patterns = [
    /\b(?:existing|duplicate|duplicated|same|repeated)\s+(\w+)/g,
    /\b(\w+)\s+(?:already exists|already taken|already used|must be unique|is unique|are unique)\b/g,
    /\beach\s+(\w+)\s+is\s+unique\b/g,
    // "a username that is already taken is refused".
    /\b(\w+)\s+(?:that|which|who)\s+(?:is|was|has been)\s+(?:already\s+)?(?:taken|used|registered|in use)\b/g,
    // "email unique", "unique email", and the same in German, Spanish, French and Portuguese.
    /\b(\w+)\s+(?:unique|uniques|unico|unica|unicos|unicas|eindeutig|einmalig)\b/g,
    /\b(?:unique|eindeutige?[nrs]?|unico|unica|unicos|unicas)\s+(\w+)/g,
    /\b(?:doppelte?[nrs]?|duplicad[oa]s?|mismo|misma|meme|mesmo|mesma|gleiche?[nrs]?)\s+(\w+)/g,
    /\b(\w+)\s+(?:ya existe|existe deja|existiert bereits|ja existe|en double|duplicad[oa])\b/g,
    ...SAID_UNIQUE,
  ];
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      const word = m[1].replace(/s$/, '');
      const name = fields.find((f) => f === m[1] || f === word || f.replace(/_/g, '') === word);
      if (name) found.add(name);
    }
  }
  return [...found];
}

/** `fields` with those the feature says must not repeat marked unique. */
export function withUniqueNamed(feature: string, fields: FieldSpec[]): FieldSpec[] {
  const unique = uniqueNamed(
    feature,
    fields.map((f) => f.name),
  );
  return fields.map((f) => (unique.includes(f.name) ? { ...f, unique: true } : f));
}
