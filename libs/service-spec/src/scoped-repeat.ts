import { fold } from './field-naming';
import type { EndpointSpec } from './spec-contract';

/*
 * A value that never repeats under the same parent record, as features say it: "the same email cannot sign up
 * twice for the same workshop, but may for another one", "la misma persona (mismo email) no puede inscribirse dos
 * veces en el mismo taller: 409", "une même adresse e-mail ne peut pas s'inscrire deux fois au même atelier",
 * "dieselbe E-Mail kann sich nicht zweimal für denselben Kurs anmelden". Read by the designer (which puts it on
 * the sign-ups under that parent, `ParentRef.unique`) and by the gate (which finds it held there). A feature that
 * says anything more (a time span, letter case, another outcome) is no such repeat.
 */

/** "the same", as a feature says it before the field and before the parent (folded). */
const SAME = String.raw`(?:the same|same|el mismo|la misma|mismo|misma|une meme|un meme|le meme|la meme|meme|dieselbe|derselbe|dasselbe|denselben|demselben|derselben|selben|gleichen|lo stesso|la stessa|stesso|stessa|o mesmo|a mesma|mesmo|mesma)`;

/** Twice ("twice", "dos veces", "deux fois", "zweimal", "due volte", "duas vezes", "a second time"). */
const TWICE =
  /\b(?:twice|two times|a second time|dos veces|una segunda vez|deux fois|une seconde fois|zweimal|ein zweites mal|due volte|una seconda volta|duas vezes|uma segunda vez)\b/;

/** The parent after "for/in/at the same" ("for the same workshop", "au même atelier", "für denselben Kurs"). */
const SAME_PARENT = new RegExp(
  String.raw`\b(?:for|in|on|at|to|into|en|a|al|au|dans|pour|fur|zu|im|bei|per|nel|nello|nella|allo|alla|no|na|em|para)\s+${SAME}\s+(\p{L}+)`,
  'u',
);

/** The field after the first "the same" ("the same email", "dieselbe E-Mail", "(mismo email)"). */
const SAME_FIELD = new RegExp(String.raw`\b${SAME}\s+(\p{L}+(?:\s+\p{L}+)?)`, 'gu');

/** Words a scoped repeat may say besides its field and parent: signing up, refusing, another parent. */
const ALLOWED = new Set(
  (
    'a an the one it its their cannot can not may must should be is are sign signs up signed register registers ' +
    'registered enrol enroll enrols enrolls book books join joins subscribe but for another other time person ' +
    'people same twice second 409 conflict refused rejected turned away error with in on at to answers returns ' +
    'signup signups dieselbe derselbe dasselbe denselben demselben derselben selben gleichen ' +
    'gets is fine ok allowed ' +
    'kann konnen darf durfen sich nicht zweimal fur einen anderen andere anderes schon aber ja doch anmelden ' +
    'angemeldet registrieren eintragen wird abgelehnt konflikt mit zu im bei der die das den dem ' +
    'la el los las una un misma mismo persona no puede pueden inscribirse inscribir registrarse apuntarse dos veces ' +
    'en otro otra pero si devuelve da error conflicto rechaza se con al ' +
    'une un meme personne ne peut peuvent pas s inscrire deux fois au a dans un autre une autre mais peut renvoie ' +
    'refusee refuse erreur conflit avec le les ' +
    'lo stesso stessa persona puo possono iscriversi iscrivere due volte allo alla nello nella in un altro altra ' +
    'ma restituisce errore conflitto con ' +
    'o a mesmo mesma pessoa pode podem se inscrever inscrever-se duas vezes no na em outro outra mas devolve ' +
    'retorna erro conflito com'
  ).split(' '),
);

/** The field's words and the parent's word of a scoped repeat, or null. */
export interface ScopedRepeat {
  field: string[];
  parent: string;
}

/** What a feature says never repeats under the same parent, or null when it says anything else. */
export function readScopedRepeat(feature: string): ScopedRepeat | null {
  const text = fold(feature)
    .toLowerCase()
    .replace(/\be-mail/g, 'email')
    .replace(/[’'`]/g, ' ');
  if (!TWICE.test(text)) return null;
  const scope = SAME_PARENT.exec(text);
  if (!scope) return null;
  const fields = [...text.slice(0, scope.index).matchAll(SAME_FIELD)].map((m) => m[1]);
  if (fields.length === 0) return null;
  // "la misma persona (mismo email)": the words of every "the same" before the parent name the field.
  const field = fields.flatMap((f) => f.split(/\s+/));
  const said = new Set([...field, scope[1]]);
  const rest = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return rest.every((w) => said.has(w) || ALLOWED.has(w)) ? { field, parent: scope[1] } : null;
}

/** Whether a scoped repeat is held: some create under a parent keeps values unique there (`ParentRef.unique`). */
export function scopedRepeatHeld(feature: string, endpoints: EndpointSpec[]): boolean {
  return (
    readScopedRepeat(feature) !== null &&
    endpoints.some((e) => e.behavior.kind === 'create' && (e.behavior.parent?.unique?.length ?? 0) > 0)
  );
}
