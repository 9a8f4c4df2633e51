import type { FieldSpec } from '../spec-contract';
import { fieldRuleConstraints, type FieldRule } from '../record-rules';
import type { LiteralField } from './feature-literals';

/** The problems with one field a feature writes, against the fields the contract declares where it says. */
export function fieldProblems(
  literal: LiteralField,
  fields: FieldSpec[],
  where: string,
  element = false,
): string[] {
  const field = fields.find((f) => f.name === literal.name);
  if (!field) return [`${where} has no field "${literal.name}"`];
  const problems: string[] = [];
  // A rule written on a field of an array's elements ("qty": integer between 1 and 99) holds for every element:
  // only the element field's declared bounds are checked on each one, whatever computes the answer.
  if (element && literal.rule && !elementRuleHeld(literal.rule, field)) {
    problems.push(
      `${where} field "${literal.name}" must be ${literal.rule}, a rule the element field does not declare (as minimum / maximum bounds)`,
    );
  }
  if (literal.items) {
    // An array of objects written with their shape is realised by an object[] field whose elements have
    // every written field, of a fitting type, required unless written optional.
    if (field.type !== 'object[]') {
      problems.push(
        `${where} field "${literal.name}" is ${field.type}, the feature says an array of objects`,
      );
    } else {
      const at = `${where} field "${literal.name}" element`;
      problems.push(...literal.items.flatMap((item) => fieldProblems(item, field.items ?? [], at, true)));
    }
  } else if (literal.type && !typeFits(literal.type, field.type, literal.element)) {
    const said = literal.element ? `an array of ${literal.element} values` : literal.type;
    problems.push(`${where} field "${literal.name}" is ${field.type}, the feature says ${said}`);
  }
  // "integer 1-10 (default 1)": a field with a written default may be left out.
  const defaulted = literal.rule !== undefined && fieldRuleConstraints(literal.rule)?.default !== undefined;
  if (!literal.optional && !defaulted && !field.required)
    problems.push(`${where} field "${literal.name}" must be required`);
  problems.push(...enumProblems(literal, field, `${where} field`));
  return problems;
}

/**
 * Whether an element field declares exactly the bounds a written rule states. On a whole number a strict bound is
 * the inclusive one next to it (`> 0` is `>= 1`), so both spellings of one bound hold it.
 */
function elementRuleHeld(rule: string, field: FieldSpec): boolean {
  const wanted = fieldRuleConstraints(rule);
  if (wanted === null || (wanted.default !== undefined && field.default !== wanted.default)) return false;
  const whole = field.type === 'integer';
  const norm = (b: Omit<FieldRule, 'default'>) => {
    const lower = b.exclusive_minimum !== undefined && whole ? b.exclusive_minimum + 1 : b.minimum;
    const upper = b.exclusive_maximum !== undefined && whole ? b.exclusive_maximum - 1 : b.maximum;
    return JSON.stringify([
      lower,
      upper,
      whole ? undefined : b.exclusive_minimum,
      whole ? undefined : b.exclusive_maximum,
      b.format,
    ]);
  };
  return norm(wanted) === norm(field);
}

/** The values a literal lists must be exactly those the field accepts. */
export function enumProblems(literal: LiteralField, field: FieldSpec, where: string): string[] {
  const listed = literal.enum;
  if (!listed) return [];
  const declared = field.enum ?? [];
  const same = declared.length === listed.length && listed.every((v) => declared.includes(v));
  if (same) return [];
  return [
    `${where} "${literal.name}" must accept only ${listed.map((v) => JSON.stringify(v)).join(', ')} (its enum lists ${declared.length === 0 ? 'nothing' : declared.map((v) => JSON.stringify(v)).join(', ')})`,
  ];
}

function typeFits(
  literal: LiteralField['type'],
  declared: FieldSpec['type'],
  element?: LiteralField['element'],
): boolean {
  switch (literal) {
    case 'number':
      return declared === 'number' || declared === 'integer';
    case 'integer':
      return declared === 'integer' || declared === 'number';
    case 'array':
      // An array whose elements the feature types ("[strings]") needs elements of that type.
      if (element === 'string') return declared === 'string[]';
      if (element === 'number' || element === 'integer') return declared === 'number[]';
      if (element === 'boolean') return false;
      return declared === 'string[]' || declared === 'number[]';
    default:
      return declared === literal;
  }
}
