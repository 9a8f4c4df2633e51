import type { ResourceSpec } from '@sf/service-spec';
export { saysFull } from '@sf/service-spec';
import { fold } from './lexicon';

/*
 * Sign-ups under a parent that holds a number of places: "POST /talleres/{id}/inscripciones … si el taller ya
 * está lleno devuelve 409", "réserve une place … trajet complet → 409", "ist der Kurs voll, 409", "se il corso è
 * pieno risponde 409", "sem vagas → 409", "when no spots are left … 409". The parent's integer field named for
 * its places (capacity, cupo, places, plazas, Plätze, posti, vagas, seats, spots) is the capacity; without one
 * the feature says "full" of nothing the records hold and stays unrealised.
 */

/** A field name (folded, by its snake-case parts) that counts the places a record holds. */
const PLACES =
  /^(?:capacity|capacidad|capacite|kapazitat|kapazitaet|capienza|capacidade|cupo|cupos|places|plazas|plaetze|platze|sitzplaetze|sitzplatze|posti|vagas|seats|spots|asientos|sieges|lugares|slots)$/;

/** The parent's field holding its number of places, when it has exactly one integer field named so. */
export function capacityField(parent: ResourceSpec | undefined): string | null {
  const named = (parent?.fields ?? []).filter(
    (f) =>
      f.type === 'integer' &&
      fold(f.name)
        .split(/[^a-z0-9]+/)
        .some((part) => PLACES.test(part)),
  );
  return named.length === 1 ? named[0].name : null;
}
