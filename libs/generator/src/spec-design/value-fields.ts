import type { FieldSpec } from '@sf/service-spec';
import { writtenField } from './samples';

/** Words for a measured value, and for the key that makes a value text instead (folded). */
const VALUE_WORDS = new Set(['value', 'valore', 'wert', 'valor', 'valeur']);
const KEY_WORDS = new Set(['key', 'chiave', 'schlussel', 'schluessel', 'clave', 'cle', 'chave']);

/**
 * The fields of one field list with a value typed: "a reading with a day and a value", "Messwert mit Ort und
 * Wert" keep a number; beside a key ("a setting with a key and a value") the value is whatever text the key holds.
 */
export function typedValues(fields: FieldSpec[]): FieldSpec[] {
  const keyed = fields.some((f) => KEY_WORDS.has(f.name));
  return fields.map((f) =>
    VALUE_WORDS.has(f.name) && !keyed && f.type === 'string' && !f.enum && f.format === undefined
      ? { ...writtenField(f.name, 'number', f.required), description: f.description }
      : f,
  );
}
