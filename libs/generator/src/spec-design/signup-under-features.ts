import type { ContractBuilder } from './contract-builder';
import { fold } from './lexicon';
import { fieldsOf, wordsOf } from './signup-fields';

/*
 * Sign-ups under a parent record said in free text, with no places to count: "people sign up for a workshop with
 * their name and email", "people register for an event with a name and an email address", "participants enrol
 * in a course with their name", "Teilnehmer melden sich mit Name und E-Mail zu einem Kurs an", "una persona se
 * inscribe en un taller con su nombre y su correo", "une personne s'inscrit à un atelier avec son nom et son
 * adresse e-mail", "una persona si iscrive a un corso con il suo nome e la sua email", "uma pessoa se inscreve
 * numa oficina com o seu nome e o seu e-mail". The parent is a record another feature keeps; the sign-up is a
 * record created under it (`POST /workshops/{id}/signups`, 404 for an unknown parent) holding the name and e-mail
 * the feature lists, each required. A scoped repeat ("the same email cannot sign up twice for the same workshop")
 * then settles on it (scoped-unique-features.ts). A feature saying anything more (a waiting list, a mail sent, a
 * field other than a name or an address) is left to the other readers, and unrealised when none reads it.
 */

/** A sign-up verb or noun (folded), the record it makes and its plural. */
export const SIGN_UPS: [RegExp, string, string][] = [
  [/\b(?:sign(?:s|ed)? up|sign[- ]?ups?)\b/, 'signup', 'signups'],
  [/\b(?:register(?:s|ed)?|registrations?)\b/, 'registration', 'registrations'],
  [/\b(?:enrol(?:l|s|ls|led)?|enrol?lments?)\b/, 'enrolment', 'enrolments'],
  [/\b(?:meld\w* sich|anmelden|anmeldung(?:en)?)\b/, 'anmeldung', 'anmeldungen'],
  [/\b(?:se inscribe\w*|inscribirse|inscripcion(?:es)?)\b/, 'inscripcion', 'inscripciones'],
  [/\b(?:s inscri\w+|inscriptions?)\b/, 'inscription', 'inscriptions'],
  [/\b(?:si iscriv\w+|iscriversi|iscrizion[ei])\b/, 'iscrizione', 'iscrizioni'],
  [/\b(?:se inscrev\w+|inscrever-se|inscreve-se|inscricao|inscricoes)\b/, 'inscricao', 'inscricoes'],
];

/** Words a sign-up may say besides its verb, parent and fields: who signs up, articles, possessives, links. */
const ALLOWED = new Set(
  (
    'people person persons participant participants member members guest guests user users student students ' +
    'attendee attendees anyone someone they a an the for in on to into at with their his her its and by giving ' +
    'teilnehmer teilnehmerin teilnehmende personen person mitglieder man sich mit und zu zum zur einem einer ' +
    'einen eine ein den dem der die ihrem ihren seinem seinen fur bei an ' +
    'una un la el los las gente persona personas participante participantes socio socios alumno alumnos se en ' +
    'con su sus y a al de ' +
    'une personne les gens participant participants membre membres a au aux dans avec son sa ses leur et de ' +
    'persone partecipanti socio soci allo alla al a in si con il suo sua lo la e di ' +
    'uma pessoa pessoas participantes socio socios numa num no na em com o seu sua os as e de'
  ).split(' '),
);

/** The kept parent a feature names: the one resource with a create whose name or written words it says. */
export function parentOf(b: ContractBuilder, words: string[]): { name: string; said: string[] } | null {
  const padded = ` ${words.join(' ')} `;
  const named = b.contract.resources.flatMap((r) => {
    const kept = b.contract.endpoints.some(
      (e) =>
        e.behavior.kind === 'create' && e.behavior.resource === r.name && e.behavior.parent === undefined,
    );
    const own = (r.description.split(' Written in the intent as: ')[1] ?? '').replace(/\.$/, '').split(', ');
    const written = [r.name, r.plural, ...own]
      .filter((n) => n !== '')
      .map((n) => fold(n).toLowerCase().replace(/-/g, ' '))
      .find((n) => padded.includes(` ${n} `));
    return kept && written !== undefined ? [{ name: r.name, said: written.split(' ') }] : [];
  });
  return named.length === 1 ? named[0] : null;
}

/** Realises a free-text sign-up under a kept parent (no places); false when the feature is no such sign-up. */
export function realiseSignUpUnder(b: ContractBuilder, feature: string): boolean {
  const words = wordsOf(feature);
  const text = words.join(' ');
  const signUp = SIGN_UPS.map(([re, name, plural]) => ({ m: re.exec(text), name, plural })).find((s) => s.m);
  if (!signUp?.m) return false;
  const parent = parentOf(b, words);
  const listed = fieldsOf(words);
  if (parent === null || listed === null || parent.name === signUp.name) return false;
  const said = new Set([...signUp.m[0].split(' '), ...parent.said, ...listed.said]);
  if (!words.every((w) => said.has(w) || ALLOWED.has(w))) return false;
  const child = b.resource(
    signUp.name,
    signUp.plural,
    `A ${signUp.name} under a ${parent.name.replace(/-/g, ' ')}.`,
  );
  child.fields = listed.fields;
  b.endpoint(
    'POST',
    `${b.collectionPath(parent.name)}/{id}/${signUp.plural}`,
    {
      kind: 'create',
      resource: child.name,
      parent: { resource: parent.name, param: 'id', field: `${parent.name.replace(/-/g, '_')}_id` },
    },
    feature,
  );
  b.writtenAs(
    child.name,
    [...said].filter((w) => !ALLOWED.has(w)),
  );
  return true;
}
