import type { FieldSpec } from '@sf/service-spec';
import { fold } from './lexicon';

/*
 * The fields a sign-up said in free text lists ("with their name and email", "mit Name und E-Mail", "con su
 * nombre y su correo", "avec son nom et son adresse e-mail"): a name and an e-mail address, each required. Read
 * for sign-ups under a parent, with places (places-under-features.ts) or without (signup-under-features.ts).
 */

/** Words a name field is written as, and the field each makes ("Namen" → name). */
const NAME_WORDS: Record<string, string> = {
  name: 'name',
  namen: 'name',
  nombre: 'nombre',
  nom: 'nom',
  nome: 'nome',
};

/** Words of an e-mail address ("email address", "adresse e-mail", "E-Mail-Adresse", "correo electrónico"). */
const EMAIL_WORDS = new Set([
  'email',
  'address',
  'adresse',
  'indirizzo',
  'endereco',
  'correo',
  'electronico',
]);

/** The words of a feature, folded, with "e-mail" as one word. */
export function wordsOf(feature: string): string[] {
  const text = fold(feature)
    .toLowerCase()
    .replace(/[’'`]/g, ' ')
    .replace(/\be-mail\b/g, 'email');
  return text.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
}

/** The fields a sign-up lists (a name, an e-mail address), or null when it lists anything else. */
export function fieldsOf(words: string[]): { fields: FieldSpec[]; said: string[] } | null {
  const said = words.filter((w) => w in NAME_WORDS || EMAIL_WORDS.has(w) || /^e-?mail(?:-adresse)?$/.test(w));
  const fields: FieldSpec[] = [];
  const name = said.find((w) => w in NAME_WORDS);
  if (name !== undefined)
    fields.push({
      name: NAME_WORDS[name],
      type: 'string',
      required: true,
      description: 'Who signs up',
      example: 'Ada',
    });
  const mail = said.filter((w) => !(w in NAME_WORDS));
  // "address" alone is a postal one: only a mail word ("email", "correo") makes an e-mail field.
  if (mail.length > 0) {
    if (!mail.some((w) => w === 'correo' || /^e-?mail/.test(w))) return null;
    fields.push({
      name: mail.includes('correo') ? 'correo' : 'email',
      type: 'string',
      required: true,
      description: 'The e-mail address of who signs up',
      example: 'ada@example.com',
    });
  }
  return { fields, said };
}

/**
 * The e-mail a sign-up lists before its first clause ends ("s'inscrit à un atelier avec son nom et son e-mail ;
 * quand l'atelier est complet, refuser avec 409"): the field, or none.
 */
export function listedEmail(feature: string): FieldSpec[] {
  const listed = fieldsOf(wordsOf(feature.split(/[;,]/)[0]))?.fields ?? [];
  return listed.filter((f) => f.name === 'email' || f.name === 'correo');
}
