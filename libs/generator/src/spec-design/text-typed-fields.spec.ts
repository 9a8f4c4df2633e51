import type { FieldSpec } from '@sf/service-spec';
import { intentOf } from '../codegen/testing/generated-release';
import { designSpec } from './spec-designer';
import { retypeAsNumber, typedOnlyByDefault } from './text-typed-fields';
import { writtenField } from './samples';

/*
 * A record field typed as text only because its feature said nothing of it takes the number a rule of its own
 * states; a text the feature did type keeps its type, and the rule on it stays unrealised.
 */

function fieldsOf(features: string[]): FieldSpec[] {
  const { contract } = designSpec(intentOf({ service_name: 'typed-fields', key_features: features }));
  return contract.resources.flatMap((r) => r.fields);
}

describe('fields typed as text by default', () => {
  it('tells a field named without a type from one the feature typed', () => {
    expect(typedOnlyByDefault(writtenField('revenue', 'string', true))).toBe(true);
    expect(typedOnlyByDefault(writtenField('status', 'string', true, ['open', 'closed']))).toBe(false);
    expect(typedOnlyByDefault({ ...writtenField('email', 'string', true), format: 'email' })).toBe(false);
    expect(typedOnlyByDefault({ ...writtenField('code', 'string', true), unique: true })).toBe(false);
    expect(typedOnlyByDefault({ ...writtenField('bio', 'string', true), max_length: 200 })).toBe(false);
    expect(typedOnlyByDefault(writtenField('quantity', 'integer', true))).toBe(false);
    // A name that says text stays text; French "nombre de" is a count, Spanish "nombre" a name.
    expect(typedOnlyByDefault(writtenField('city', 'string', true))).toBe(false);
    expect(typedOnlyByDefault(writtenField('texte', 'string', true))).toBe(false);
    expect(typedOnlyByDefault(writtenField('nombre', 'string', true))).toBe(false);
    expect(typedOnlyByDefault(writtenField('nombre_de_places', 'string', true))).toBe(true);
  });

  it('makes a field a whole number or a number, said in its description', () => {
    const days = writtenField('days_between_waterings', 'string', true);
    retypeAsNumber(days, true, 'a whole number from 1 to 60');
    const revenue = writtenField('revenue', 'string', true);
    retypeAsNumber(revenue, false, 'a negative revenue is rejected');

    expect(days).toMatchObject({ type: 'integer', example: 3 });
    expect(days.description).toContain('a whole number (a whole number from 1 to 60)');
    expect(revenue).toMatchObject({ type: 'number', example: 12.5 });
  });

  it('types the field a rule of its own bounds, and no other', () => {
    const fields = fieldsOf([
      'Store customers with a name, a city and a revenue; list them',
      'a customer with a negative revenue is rejected',
    ]);

    expect(fields.find((f) => f.name === 'revenue')).toMatchObject({ type: 'number', minimum: 0 });
    expect(fields.find((f) => f.name === 'city')?.type).toBe('string');
  });

  it('leaves an email untyped by a number rule on it', () => {
    const fields = fieldsOf([
      'Register guests with a name and an email; list them',
      'the email must be at least 3',
    ]);

    expect(fields.find((f) => f.name === 'email')?.type).toBe('string');
  });
});
