import type { AcceptanceCheck } from '../acceptance-contract';
import type { FieldSpec } from '../spec-contract';
import { fieldRuleProblems } from './field-rule-fidelity';

/*
 * "The title is required" said of a computation's input: an empty body leaves every field out, so it shows the
 * rule only when the fields the feature names are all the request requires (a slug's one title); beside another
 * required field, the empty body may be refused for that one, and a body sending the other field is needed.
 */

const text: FieldSpec = {
  name: 'text',
  type: 'string',
  required: true,
  description: 'Title or text to slugify',
  example: 'Hello World',
};
const lang: FieldSpec = {
  name: 'lang',
  type: 'string',
  required: true,
  description: 'Language of the text',
  example: 'en',
};
const optionalText: FieldSpec = { ...text, required: false };

function refusal(body: Record<string, unknown>, status = 400): AcceptanceCheck {
  return {
    id: 'AC-1',
    endpoint_id: 'slug',
    description: 'refused',
    kind: 'error',
    steps: [{ request: { method: 'POST', path: '/slug', body }, expect: { status } }],
  };
}

const required = { kind: 'required' as const, subject: ['title'] };

describe('a required input of a computation, shown by a refusal leaving it out', () => {
  it('counts an empty body when the named field is all the request requires', () => {
    expect(fieldRuleProblems(required, [text], [refusal({})], 'POST /slug')).toEqual([]);
  });

  it('does not count an empty body beside another required field', () => {
    expect(fieldRuleProblems(required, [text, lang], [refusal({})], 'POST /slug')).toEqual([
      expect.stringContaining('no 400 example of POST /slug leaves it out'),
    ]);
  });

  it('counts a body sending the other required field without the named one', () => {
    expect(fieldRuleProblems(required, [text, lang], [refusal({ lang: 'en' })], 'POST /slug')).toEqual([]);
  });

  it('does not count an empty body answered with another status', () => {
    expect(fieldRuleProblems(required, [text], [refusal({}, 422)], 'POST /slug')).toEqual([
      expect.stringContaining('leaves it out'),
    ]);
  });

  it('does not count a field the request does not require', () => {
    expect(fieldRuleProblems(required, [optionalText], [refusal({})], 'POST /slug')).toEqual([
      expect.stringContaining('no field of POST /slug it names is'),
    ]);
  });
});
