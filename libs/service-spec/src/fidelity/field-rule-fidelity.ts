import type { FieldRuleReading } from '../field-rule-reading';
import { fieldsNamedBy } from '../constraint-reading';
import { isEmailAddress } from '../record-rules';
import type { AcceptanceCheck, FieldSpec } from '../spec-contract';
import { lastStep, sentFields } from './worked-examples';

/*
 * A feature that puts a text rule on a record field (`field-rule-reading.ts`: a length, an email address, a
 * required field) is realised only when a field it names carries that rule and a worked example shows the
 * service refusing a value that breaks it with 400: a service ignoring the rule fails that example.
 */

function refusals(checks: AcceptanceCheck[]): Record<string, unknown>[] {
  return checks
    .filter((c) => c.kind === 'error' && lastStep(c).expect.status === 400)
    .map((c) => sentFields(lastStep(c)));
}

function lengthOf(v: unknown): number | null {
  return typeof v === 'string' ? Array.from(v).length : null;
}

/** What the contract lacks to realise a text-field rule on `fields` (those of the realising endpoints). */
export function fieldRuleProblems(
  reading: FieldRuleReading,
  fields: FieldSpec[],
  checks: AcceptanceCheck[],
  where: string,
): string[] {
  const subject = reading.subject.join(' ');
  const named = fieldsNamedBy(
    reading.subject,
    fields.filter((f) => f.type === 'string'),
  );
  const sent = refusals(checks);
  switch (reading.kind) {
    case 'length': {
      const held = named.filter(
        (f) =>
          (reading.min === undefined || f.min_length === reading.min) &&
          (reading.max === undefined || f.max_length === reading.max),
      );
      if (held.length === 0)
        return [
          `it limits the length of "${subject}", but no text field of ${where} it names has that length rule`,
        ];
      const shown = sent.some((body) =>
        held.some((f) => {
          const n = lengthOf(body[f.name]);
          return (
            n !== null &&
            ((reading.min !== undefined && n < reading.min) || (reading.max !== undefined && n > reading.max))
          );
        }),
      );
      return shown
        ? []
        : [
            `it limits the length of "${subject}", but no 400 example of ${where} sends one of the wrong length`,
          ];
    }
    case 'email': {
      const held = named.filter((f) => f.format === 'email' && (!reading.required || f.required));
      if (held.length === 0)
        return [
          `it asks for an email address in "${subject}", but no text field of ${where} it names is one`,
        ];
      const shown = sent.some((body) =>
        held.some((f) => typeof body[f.name] === 'string' && !isEmailAddress(body[f.name])),
      );
      return shown
        ? []
        : [
            `it asks for an email address in "${subject}", but no 400 example of ${where} sends something else`,
          ];
    }
    case 'required': {
      const held = fieldsNamedBy(reading.subject, fields).filter((f) => f.required);
      if (held.length === 0) return [`it makes "${subject}" required, but no field of ${where} it names is`];
      // An empty body leaves out every field: it shows the rule only when the fields the feature names are all the
      // request requires (a slug's one title), else it may be refused for another field.
      const onlyNamed = fields.filter((f) => f.required).every((f) => held.includes(f));
      const shown = sent.some(
        (body) => (Object.keys(body).length > 0 || onlyNamed) && held.some((f) => !(f.name in body)),
      );
      return shown ? [] : [`it makes "${subject}" required, but no 400 example of ${where} leaves it out`];
    }
  }
}
