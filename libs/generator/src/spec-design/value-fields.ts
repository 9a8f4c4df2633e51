import type { FieldSpec } from '@sf/service-spec';
import { writtenField } from './samples';
import { fold } from './lexicon';

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

/**
 * A field's listed values as the feature writes them: the clause was folded to be read, but a client sends
 * "Tennis" and "Fußball" when the feature lists "Abteilung (Fußball, Tennis oder Schwimmen)".
 */
export function valuesAsWritten(feature: string, field: FieldSpec): FieldSpec {
  if (!field.enum) return field;
  const words = feature.normalize('NFC').match(/[\p{L}\p{N}][\p{L}\p{N}_-]*/gu) ?? [];
  const spelled = (v: string | number) =>
    typeof v === 'string' ? (words.find((w) => fold(w).toLowerCase() === v) ?? v) : v;
  const values = field.enum.map(spelled);
  return { ...field, enum: values, example: field.example === field.enum[0] ? values[0] : field.example };
}
