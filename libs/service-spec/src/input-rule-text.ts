import { withoutErrorBodies } from './fidelity/feature-literals';
import { CANNOT_BE, MUST_HOLD, NOT_BE } from './input-rule-phrases';

/*
 * How the input-rule reader (input-rule-reading.ts) prepares a feature's text: its words of refusal, contractions
 * written out, accents folded, and a refusal said aside in parentheses.
 */

/** Words and statuses saying something is refused, in the languages intents are written in (folded text). */
export const REFUSED =
  /\b(?:refus\w*|recus\w*|reject\w*|rejet\w*|rejeit\w*|rechaz\w*|rifiut\w*|ablehn\w*|abgelehnt|zuruckgewiesen|ungultig\w*|invalid\w*|error\w*|fehler\w*|erreur\w*|errore|erro|not allowed|bad requests?|client errors?|nonsense|no good|not (?:be )?accept\w*|never (?:be )?accept\w*|nie(?:mals)? (?:akzeptiert|angenommen)|nunca (?:se )?acepta\w*|jamais accept\w*|mai accettat\w*|nunca (?:e |sao )?aceit\w*|(?:do|does) not take|nicht (?:akzeptiert|angenommen)|no (?:se )?acepta\w*|peticion incorrecta|solicitud incorrecta|pas accept\w*|non (?:e )?accettat\w*|nao (?:e )?aceit\w*|nicht erlaubt|no se permit\w*|interdit\w*|non consentit\w*|not (?:be )?(?:permitted|admitted)|nicht (?:zugelassen|zulassig|gestattet)|no (?:se )?admit\w*|no (?:son |es )?(?:admitid\w*|permitid\w*)|pas (?:admis\w*|permis\w*)|non (?:e |sono |viene |vengono )?(?:ammess\w*|permess\w*)|nao (?:e |sao )?(?:admitid\w*|permitid\w*|aceit\w*))\b|(?:->|=>)\s*4\d\d|\b4\d\d\b/;

/** The feature with its contractions written out ("isn't" → "is not", "that's" → "that is"), folded. */
export function contracted(feature: string): string {
  return withoutErrorBodies(feature)
    .replace(/\bcan['’]t\b/gi, 'cannot')
    .replace(/n['’]t\b/gi, ' not')
    .replace(/\b(that|it|what|there|here)['’]s\b/gi, '$1 is')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/['’]/g, ' ')
    .toLowerCase();
}

/** The folded feature as the reader reads it (contractions written out, arrows and percent signs as words). */
export function foldText(feature: string): string {
  // "http status code 400", "a 400 status": "status" names no input there (a store's status is one).
  return contracted(feature.replace(/%/g, ' percent ').replace(/→|⇒/g, ' -> '))
    .replace(/\b(?:http )?status code\b|\bhttp status\b|(?<=\b4\d\d )status\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A status given to what the words beside it do not accept ("400 si no", "otherwise 400"), folded. */
const ELSE_STATUS =
  /^\s*(?:(?:si no|sinon|sonst|otherwise|else|altrimenti|senao|caso contrario)\s+)?4\d\d(?:\s+(?:si no|sinon|sonst|otherwise|else|altrimenti|senao|caso contrario))?\s*$/;

/** The text in parentheses, when it alone says what is refused (the rest of the feature says nothing of it). */
export function refusalAside(feature: string): string | null {
  const m = /^([^()]*)\(([^()]+)\)([^()]*)$/.exec(feature);
  if (!m) return null;
  // "(400 si no)", "(otherwise 400)": the status the rest of the values gets, what the words outside refuse.
  if (ELSE_STATUS.test(foldText(m[2]))) return null;
  const says = (t: string) => {
    const f = foldText(t);
    return (
      REFUSED.test(f) ||
      new RegExp(CANNOT_BE.source).test(f) ||
      new RegExp(NOT_BE.source).test(f) ||
      MUST_HOLD.test(f)
    );
  };
  return says(m[2]) && !says(`${m[1]} ${m[3]}`) ? m[2] : null;
}

/**
 * Whether a feature lists rules with a code each beside them in parentheses: after the rule ("at least 10
 * characters (too_short), a digit (no_digit)") or before it ("zu_kurz (weniger als 10 Zeichen), keine_ziffer
 * (keine Ziffer)"). Such rules are a check's, answered with 200 and the codes broken: no length a record field is
 * refused for, nor a value an input is refused for.
 */
export function listsCodedRules(feature: string): boolean {
  const after = feature.match(/\(\s*[A-Za-z]+_[A-Za-z0-9_]+\s*\)/g) ?? [];
  const before =
    feature.match(/(?<![\p{L}\d_])[a-z]+_[a-z0-9_]+\s*\((?!\s*[A-Za-z]+_[A-Za-z0-9_]+\s*\))/gu) ?? [];
  return after.length >= 2 || before.length >= 2;
}
