import { readFeatureLiterals } from '@sf/service-spec';
import { featureWords, hasAny, type Language } from './feature-words';
import { readTiers, type TierReading } from './password-tiers';

/*
 * How a password check's answer is named and asked for, as features write it: the answer spelled out
 * (`{"valid": boolean, "failures": [string]}`, `{"ok": boolean, "failed": [string]}`, `{"rating": "weak"|…}`) and
 * the words of checking a password against rules ("validate", "prüfen", "validar", "vérifier", "controllo",
 * "verificar"). Readers only; the design is password.ts.
 */

/** The answers of a password check under the names the feature writes for them. */
export interface AnswerNames {
  /** Whether it meets every rule (a boolean). */
  valid?: string;
  /** The rules it breaks (a list). */
  failed?: string;
  /** Its tier (a text). */
  strength?: string;
  /** How many rules it meets (a number). */
  score?: string;
}

/**
 * The names of the answers a feature spells out, each field read as one answer by its type: one boolean (every
 * rule met), one list (the broken rules), one text (the tier), one number (the score). Null when it spells no
 * answer, or a field no answer of a password check is (two booleans, an object, a text beside no tiers).
 */
export function writtenAnswers(text: string, rated: boolean): AnswerNames | null {
  const { response } = readFeatureLiterals(text);
  if (response.length === 0) return null;
  const names: AnswerNames = {};
  for (const f of response) {
    const slot: keyof AnswerNames | null =
      f.type === 'boolean'
        ? 'valid'
        : f.type === 'array' && (f.element === undefined || f.element === 'string')
          ? 'failed'
          : (f.type === 'string' || f.enum !== undefined) && rated
            ? 'strength'
            : f.type === 'integer' || f.type === 'number'
              ? 'score'
              : null;
    if (slot === null || names[slot] !== undefined) return null;
    names[slot] = f.name;
  }
  return names;
}

/** Words of checking something against rules, folded: with a rule read, a password check is asked for. */
const CHECK_WORDS = `check checks checked checker checking validate validates validated validation validator
  valid verify verifies verification prufen pruft pruefen uberprufen ueberpruefen gultig gueltig validieren
  validierung validar valida valido validacion comprobar comprueba verificar verifica verifier verifie
  verification valide controle controler controllo controllare verificare validare validazione validacao
  checar`.split(/\s+/);

/** Whether a feature's words ask to check or validate (a password, when it is about one). */
export function asksCheck(words: string[]): boolean {
  return hasAny(words, CHECK_WORDS);
}

/**
 * A spelled rating read as prose: `POST /password/strength with {"password": string} returns {"rating":
 * "weak"|"medium"|"strong"}` is "… . rated as weak, medium or strong." (the route and the request left out, the
 * answer replaced by the tier names it allows, a clause of its own). The text as written when it spells no answer
 * with two or more names.
 */
export function tierProse(text: string): string {
  const named = readFeatureLiterals(text).response.filter(
    (f) => (f.enum?.length ?? 0) >= 2 && f.enum?.every((v) => typeof v === 'string'),
  );
  if (named.length !== 1) return text;
  const names = (named[0].enum ?? []).map(String);
  const listed = `. rated as ${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}. `;
  const objects = [...text.matchAll(/\{[^{}]*\}/g)].map((m) => m[0]);
  const answer = objects.find((o) => names.every((n) => o.includes(`"${n}"`)));
  if (answer === undefined) return text;
  return text
    .replace(answer, listed)
    .replace(/\b(?:GET|POST|PUT|PATCH|DELETE)\s+\/\S*/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** What the answer of a check says, in the feature's language: valid or not, the broken rules in their order. */
export const VALID_GLOSS: Partial<Record<Language, string>> = {
  de: ' Antwort: gültig (ja/nein) und die Liste der verletzten Regeln (ihre Fehlercodes), in der Reihenfolge, in der die Regeln oben genannt sind.',
  es: ' Respuesta: válida (sí/no) y la lista de reglas incumplidas (errores, sus códigos), en el orden en que se enuncian.',
  fr: ' Réponse : valide (oui/non) et la liste des règles non respectées (échecs, leurs codes), dans l’ordre où elles sont énoncées.',
  it: ' Risposta: valida (sì/no) e l’elenco delle regole non rispettate o violate (errori, i loro codici), nell’ordine in cui sono indicate.',
  pt: ' Resposta: válida (sim/não) e a lista das regras não cumpridas (falhas, os seus códigos), na ordem em que são indicadas.',
};

const PASSWORD_WORDS = `password passwords passwort passworter passwortern kennwort kennworter contrasena
  contrasenas senha senhas passphrase`.split(/\s+/);

/** Whether a feature's words name a password: "password", "Kennwortregeln", "contraseña", "mot de passe", "senha". */
export function namesPassword(words: string[]): boolean {
  const compound = (w: string) => ['passwort', 'kennwort'].some((stem) => w.startsWith(stem));
  return (
    hasAny(words, PASSWORD_WORDS) ||
    words.some(compound) ||
    words.some((w, i) => w === 'mot' && words[i + 2] === 'passe')
  );
}

/** A rating in the tiers the feature names, in its language. */
export const LEVELS_GLOSS: Partial<Record<Language, string>> = {
  de: ' Bewertung in den Stufen, die die Beschreibung nennt.',
  es: ' Calificación en los niveles que nombra la descripción.',
  fr: ' Note selon les niveaux que nomme la description.',
  it: ' Valutazione nei livelli indicati dalla descrizione.',
  pt: ' Classificação nos níveis que a descrição nomeia.',
};

/** "…: weak, medium or strong", "… come debole, media o forte": the tier names listed before what each means. */
const NAME_LIST =
  /(?::|\b(?:as|als|in|como|comme|en|come|em))\s+(\p{L}+),\s*(\p{L}+),?\s+(?:or|oder|o|ou|y|e|et|und)\s+(\p{L}+)(?=\s*[.;:,]?\s+\S)/u;

/**
 * A rating whose tier names are listed before the tiers are said, as a follow-up joins them ("a password strength
 * meter: weak, medium or strong anything under 8 characters is weak; …"): the list read as a clause of its own
 * (". rated as weak, medium or strong. "), when at least two of the names are said again after it (what each
 * means). The text as written otherwise.
 */
function namedTiers(text: string): string {
  const m = NAME_LIST.exec(text);
  if (m === null) return text;
  const fold = (t: string) => t.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const rest = featureWords(text.slice(m.index + m[0].length));
  const again = [m[1], m[2], m[3]].filter((n) => rest.includes(fold(n)));
  if (again.length < 2) return text;
  const listed = `. rated as ${m[1]}, ${m[2]} or ${m[3]}. `;
  return text.slice(0, m.index) + listed + text.slice(m.index + m[0].length);
}

/**
 * The tiers a feature states (`readTiers` on its prose, a spelled answer read as `tierProse` does); when they are
 * not read so, the tier names listed before what each means read as a clause of their own (`namedTiers`).
 */
export function tiersRead(text: string, threeLevels: Parameters<typeof readTiers>[1]): TierReading {
  const first = readTiers(tierProse(text), threeLevels);
  const listed = namedTiers(text);
  if (first.kind === 'read' || listed === text) return first;
  const again = readTiers(listed, threeLevels);
  return again.kind === 'read' ? again : first;
}
