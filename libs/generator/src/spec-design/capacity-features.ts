import type { FieldSpec, ResourceSpec } from '@sf/service-spec';
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

/** A field name saying it is a count ("number_of_places", "nombre_de_places", "numero_de_plazas", "anzahl_…"). */
const COUNT_OF =
  /^(?:number_of|nombre_de|numero_de|numero_di|anzahl(?:_der|_seiner|_ihrer)?|quantidade_de|cantidad_de|how_many)_/;

/**
 * The parent's field holding its number of places, when it has exactly one integer field named so. A field the
 * list typed as text but named as a count of places ("un nombre de places", "un número de plazas") is that count:
 * it becomes a required integer of at least 1.
 */
export function capacityField(parent: ResourceSpec | undefined): string | null {
  const places = (f: FieldSpec) =>
    fold(f.name)
      .split(/[^a-z0-9]+/)
      .some((part) => PLACES.test(part));
  const fields = parent?.fields ?? [];
  const named = fields.filter((f) => f.type === 'integer' && places(f));
  if (named.length === 1) return named[0].name;
  const counted = fields.filter((f) => f.type === 'string' && COUNT_OF.test(fold(f.name)) && places(f));
  if (named.length > 0 || counted.length !== 1) return null;
  const field = counted[0];
  field.type = 'integer';
  field.required = true;
  field.minimum = 1;
  field.example = 10;
  delete field.enum;
  return field.name;
}
