import type { EndpointSpec } from '../spec-contract';

/*
 * A feature saying its parent can be full ("si el taller ya está lleno devuelve 409", "trajet complet → 409",
 * "ist der Kurs voll", "when no spots are left") is held only by a create that counts the parent's places
 * (`ParentRef.capacity`). A sign-up stored without that count would answer 201 forever while its 409 came from
 * some other rule (a duplicate e-mail): the gate refuses it.
 */

/** Words saying a parent has no place left, on text folded to ASCII words separated by single spaces. */
const FULL =
  /\b(?:full|fully booked|sold out|esgotad[oa]s?|agotad[oa]s?|(?:spots?|places?|seats?) (?:are |have been )?(?:gone|taken)|lleno|llena|completo|completa|complet|voll|ausgebucht|pieno|piena|esaurit[oa]|lotad[oa]|cheio|cheia|no (?:\w+ )?(?:spots?|places?|seats?|room) (?:are |is )?left|sin (?:\w+ )?(?:plazas?|cupos?|lugares?)|sem (?:\w+ )?vagas?|keine (?:\w+ )?platze|plus de places?|nessun posto|non ci sono posti|no (?:quedan|queda|hay) (?:mas )?(?:\w+ )?(?:plazas?|cupos?|lugares?)|non (?:restano|ci sono piu) (?:\w+ )?posti|nao (?:restam|ha mais) (?:\w+ )?vagas?|no (?:\w+ )?(?:spots?|places?|seats?) remain\w*)\b/;

function folded(text: string): string {
  return text
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ');
}

/** "Full name", "nombre completo", "texte complet": the word describes a field, not a record without room. */
const FIELD_AFTER = /^ (?:names?|texts?|address(?:es)?|list|details|days?|time|price|refunds?)\b/;
const FIELD_BEFORE = /\b(?:nombre|nombres|texto|nom|nome|texte|direccion|adresse|prix|precio|preco)$/;

/** A refusal stated with it: the status or a verb of turning away. */
const REFUSED =
  /\b(?:409|refus\w*|reject\w*|rechaz\w*|abgelehnt|abgewiesen|ablehn\w*|rifiut\w*|recus\w*|denied|turned away)\b/;

/** Whether a feature says a record can be full, so that one more sign-up under it is refused. */
export function saysFull(feature: string): boolean {
  const text = folded(feature);
  if (!REFUSED.test(text)) return false;
  const all = new RegExp(FULL.source, 'g');
  for (let m = all.exec(text); m !== null; m = all.exec(text)) {
    const before = text.slice(0, m.index).trimEnd();
    const after = text.slice(m.index + m[0].length);
    if (!FIELD_AFTER.test(after) && !FIELD_BEFORE.test(before)) return true;
  }
  return false;
}

/** A feature saying "full" realised by creates none of which counts its parent's places. */
export function capacityProblems(feature: string, endpoints: EndpointSpec[]): string[] {
  if (!saysFull(feature)) return [];
  const creates = endpoints.filter((e) => e.behavior?.kind === 'create');
  if (creates.length === 0) return [];
  if (creates.some((e) => e.behavior.kind === 'create' && e.behavior.parent?.capacity !== undefined))
    return [];
  return [
    `it says a record can be full, but ${creates.map((e) => `${e.method} ${e.path}`).join(', ')} never counts its places (no create refuses one more with 409 FULL)`,
  ];
}

/**
 * Names a feature quotes ("GET /talleres/{id} devuelve el taller con "inscritos"", "antwortet mit id und
 * "freie_plaetze"") that appear nowhere in the contract: no field, parameter, example or value holds them, so no
 * answer can carry them. A derived count or remaining-places field the designer did not make stays unrealised.
 */
export function unheldQuotedNames(feature: string, contract: unknown): string[] {
  const text = JSON.stringify(contract);
  const names = [...feature.matchAll(/"([a-z][a-z0-9_]{2,})"/g)].map((m) => m[1]);
  return [...new Set(names)]
    .filter((n) => !text.includes(`"${n}"`))
    .map((n) => `it names "${n}", which nothing in the contract holds or answers`);
}
