import { fitText, isCheckedFormat, type FieldSpec, type ResourceSpec } from '@sf/service-spec';
import { fieldFormatCheck } from '../catalog/field-formats';
import { shortHash } from './naming';

/** Typical fields of common resources, so a draft models the domain instead of a generic `name`. */
const FIELD_TABLE: Record<string, FieldSpec[]> = {
  payment: [
    f('amount', 'integer', true, 'Amount in the smallest currency unit (e.g. cents)', 2000),
    f('currency', 'string', true, 'Three-letter ISO 4217 currency code, lower-case', 'usd'),
    f('description', 'string', false, 'Free-text description shown on statements', 'Order 1001'),
  ],
  refund: [
    f('amount', 'integer', true, 'Amount to refund in the smallest currency unit', 500),
    f('reason', 'string', false, 'Why the payment is refunded', 'requested_by_customer'),
  ],
  todo: [f('title', 'string', true, 'What has to be done', 'Buy milk')],
  task: [f('title', 'string', true, 'What has to be done', 'Write the report')],
  user: [
    f('name', 'string', true, 'Full name', 'Ada Lovelace'),
    f('email', 'string', true, 'Contact e-mail address', 'ada@example.com'),
  ],
  customer: [
    f('name', 'string', true, 'Customer name', 'ACME Corp'),
    f('email', 'string', true, 'Billing e-mail address', 'billing@acme.example'),
  ],
  contact: [
    f('name', 'string', true, 'Contact name', 'Grace Hopper'),
    f('email', 'string', true, 'E-mail address', 'grace@example.com'),
  ],
  person: [f('name', 'string', true, 'Full name', 'Alan Turing')],
  employee: [
    f('name', 'string', true, 'Full name', 'Katherine Johnson'),
    f('role', 'string', false, 'Job title', 'engineer'),
  ],
  product: [
    f('name', 'string', true, 'Product name', 'Coffee mug'),
    f('price', 'number', true, 'Unit price', 12.5),
  ],
  order: [
    f('product', 'string', true, 'What is ordered', 'Coffee mug'),
    f('quantity', 'integer', true, 'How many units', 2),
  ],
  inventory: [
    f('name', 'string', true, 'Stock item name', 'Widget'),
    f('quantity', 'integer', true, 'Units in stock', 10),
  ],
  link: [
    f('url', 'string', true, 'Target URL (absolute http or https)', 'https://example.com/docs'),
    { ...f('code', 'string', true, 'Short code used in the short URL', 'docs'), unique: true },
  ],
  note: [
    f('title', 'string', true, 'Note title', 'Meeting notes'),
    f('body', 'string', false, 'Note text', 'Roadmap'),
  ],
  // A secret kept as it is sent ("a one-time secret"): its text is the record.
  secret: [f('text', 'string', true, 'The secret text', 'correct horse battery staple')],
  // A text kept as it is (a one-time note, a paste): its one field is the text itself.
  text: [f('text', 'string', true, 'The text itself', 'Meet at the north entrance at 9')],
  message: [
    f('text', 'string', true, 'Message text', 'Hello there'),
    f('sender', 'string', false, 'Author', 'ada'),
  ],
  comment: [
    f('text', 'string', true, 'Comment text', 'Great post'),
    f('author', 'string', false, 'Author', 'ada'),
  ],
  article: [
    f('title', 'string', true, 'Headline', 'Hello world'),
    f('body', 'string', false, 'Article text', 'Hi'),
  ],
  post: [
    f('title', 'string', true, 'Headline', 'First post'),
    f('body', 'string', false, 'Post text', 'Hello'),
  ],
  book: [
    f('title', 'string', true, 'Book title', 'Dune'),
    f('author', 'string', false, 'Author', 'Frank Herbert'),
  ],
  event: [
    f('name', 'string', true, 'Event name', 'Launch party'),
    f('date', 'string', true, 'ISO date', '2025-06-01'),
  ],
  reservation: [
    f('name', 'string', true, 'Who the reservation is for', 'Table for two'),
    f('date', 'string', true, 'ISO date', '2025-06-01'),
  ],
  appointment: [
    f('title', 'string', true, 'What the appointment is about', 'Dentist'),
    f('date', 'string', true, 'ISO date', '2025-06-01'),
  ],
  invoice: [
    f('customer', 'string', true, 'Billed customer', 'ACME Corp'),
    f('amount', 'number', true, 'Total amount', 120.5),
  ],
  expense: [
    f('description', 'string', true, 'What was paid for', 'Team lunch'),
    f('amount', 'number', true, 'Amount spent', 42.5),
  ],
  recipe: [
    f('title', 'string', true, 'Recipe name', 'Pancakes'),
    f('ingredients', 'string', false, 'Ingredients, comma-separated', 'flour, eggs, milk'),
  ],
  ticket: [
    f('title', 'string', true, 'Short problem statement', 'Cannot log in'),
    f('description', 'string', false, 'Details', 'The login page times out'),
  ],
  seat: [f('label', 'string', true, 'Seat label', 'A1')],
  room: [f('name', 'string', true, 'Room name', 'Room 101')],
};

function f(
  name: string,
  type: FieldSpec['type'],
  required: boolean,
  description: string,
  example: unknown,
): FieldSpec {
  return { name, type, required, description, example };
}

/** Default fields of a resource: the table's when it knows the noun, else a name and a description. */
export function defaultFields(noun: string): FieldSpec[] {
  const known = FIELD_TABLE[noun];
  if (known) return known.map((field) => ({ ...field }));
  const label = noun.replace(/-/g, ' ');
  return [
    f('name', 'string', true, `Name of the ${label}`, `Example ${label}`),
    f('description', 'string', false, `Free-text description of the ${label}`, `A sample ${label}`),
  ];
}

/**
 * The fields a create names, with the record's own text first when the record is a text (a message, a comment, a
 * secret) and the feature names only what goes with it ("leave a message with their name": the message's text and
 * the name).
 */
export function withOwnText(noun: string, listed: FieldSpec[]): FieldSpec[] {
  // "a note with a text and their name": the text is the note's ("a note must be at most 140 characters").
  const label = noun.replace(/-/g, ' ');
  const named = listed.map((x) =>
    x.name === 'text' && !x.description.toLowerCase().includes(label)
      ? { ...x, description: `${label} text; ${x.description}` }
      : x,
  );
  const own = FIELD_TABLE[noun]?.[0];
  if (!own || own.name !== 'text') return named;
  const holdsText = named.some((x) =>
    /^(text|message|body|content|comment|secret|texto|texte|testo)$/.test(x.name),
  );
  return holdsText ? named : [{ ...own }, ...named];
}

/** A boolean flag field, false unless set. */
export function flagField(name: string, description: string): FieldSpec {
  return { name, type: 'boolean', required: false, description, example: false, default: false };
}

/** A string field added because a feature filters or looks records up by it. */
export function textField(name: string, required: boolean): FieldSpec {
  return f(
    name,
    'string',
    required,
    `${name.replace(/_/g, ' ')} of the record`,
    `sample ${name.replace(/_/g, ' ')}`,
  );
}

/**
 * A valid create body for `resource`: every field with its example; unique fields get `tag` appended so that
 * records made by different acceptance checks never collide.
 */
export function sampleBody(resource: ResourceSpec, tag: string): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of resource.fields) {
    // A code the service makes is left to it: the worked examples show it made.
    if (field.generate !== undefined) continue;
    let value = field.example;
    if (field.unique && typeof value === 'string') value = taggedText(field, value, tag);
    else if (field.unique && typeof value === 'number') value = value + parseInt(shortHash(tag), 16);
    if (value !== undefined && value !== null) body[field.name] = value;
  }
  return apartInTime(resource, body, tag);
}

/**
 * A unique text value made different for `tag` while keeping its format: hex digits appended to a hex value, a
 * date or date-time moved by a number of days, `-tag` appended to any other text.
 */
export function taggedText(
  field: Pick<FieldSpec, 'format' | 'min_length' | 'max_length'>,
  value: string,
  tag: string,
): string {
  if (field.format === 'hex') return `${value}${shortHash(tag)}`;
  if (isCheckedFormat(field.format))
    return fieldFormatCheck(field.format).variant(parseInt(shortHash(tag), 16) % 1_000_000);
  if (field.format === 'email') return value.replace('@', `-${shortHash(tag)}@`);
  if (field.format === 'date' || field.format === 'date-time') {
    const moved = new Date(Date.parse(value) + ((parseInt(shortHash(tag), 16) % 3650) + 1) * 86_400_000);
    return field.format === 'date' ? moved.toISOString().slice(0, 10) : moved.toISOString();
  }
  return fitText(field, `${value}-${tag}`);
}

/**
 * Records of a resource that refuses overlapping intervals must not clash between checks: the scope's text
 * fields get `tag` appended (another room), else the interval moves by a number of days taken from `tag`.
 */
function apartInTime(
  resource: ResourceSpec,
  body: Record<string, unknown>,
  tag: string,
): Record<string, unknown> {
  const iv = resource.interval;
  if (!iv?.no_overlap) return body;
  const text = iv.no_overlap.filter((name) => typeof body[name] === 'string');
  for (const name of text) body[name] = `${String(body[name])}-${tag}`;
  if (text.length > 0) return body;
  const days = (parseInt(shortHash(tag), 16) % 3650) + 1;
  for (const name of [iv.start, iv.end]) body[name] = movedByDays(body[name], days);
  return body;
}

/** An interval end moved by `days` (a number by `days` × 1000); a value that is neither is kept. */
function movedByDays(value: unknown, days: number): unknown {
  if (typeof value === 'number') return value + days * 1000;
  if (typeof value !== 'string' || !Number.isFinite(Date.parse(value))) return value;
  const moved = new Date(Date.parse(value) + days * 86_400_000).toISOString();
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? moved.slice(0, 10) : moved.replace('.000Z', 'Z');
}

/**
 * Several records one check makes of a resource that refuses overlapping intervals: a record whose overrides
 * choose neither end of the interval gets the sample interval moved by its place in the list (0, 1, 2 … days
 * further), so that records sharing the scope (a filter may give two the same room) never clash. Overrides
 * that already choose an end (to sort or filter by it) are left as they are.
 */
export function apartEach(resource: ResourceSpec, tag: string, overrides: Record<string, unknown>[]): void {
  const iv = resource.interval;
  if (!iv?.no_overlap) return;
  const sample = sampleBody(resource, tag);
  overrides.forEach((o, i) => {
    if (iv.start in o || iv.end in o) return;
    if (sample[iv.start] === undefined || sample[iv.end] === undefined) return;
    o[iv.start] = movedByDays(sample[iv.start], i);
    o[iv.end] = movedByDays(sample[iv.end], i);
  });
}

/** A value of the field's type that differs from `value` (for update checks). */
export function changedValue(field: FieldSpec, value: unknown): unknown {
  if (field.enum) return field.type.endsWith('[]') ? undefined : field.enum.find((v) => v !== value);
  if (field.format === 'date') return value === '2025-06-02' ? '2025-06-03' : '2025-06-02';
  if (field.format === 'hex') return value === 'beef' ? 'f00d' : 'beef';
  if (field.format === 'email' && typeof value === 'string') return value.replace('@', '.updated@');
  if (isCheckedFormat(field.format)) return fieldFormatCheck(field.format).valid.find((v) => v !== value);
  switch (field.type) {
    case 'string':
      return fitText(field, `${typeof value === 'string' ? value : 'value'} (updated)`);
    case 'number':
    case 'integer':
      return typeof value === 'number' ? value + 1 : 1;
    case 'boolean':
      return value !== true;
    default:
      return undefined;
  }
}

/** A value the field's type refuses (for validation error checks). */
export function wrongValue(field: FieldSpec): unknown {
  return field.type === 'string' || field.type === 'string[]' ? 12345 : 'not-a-valid-value';
}

/** Example values by what a field's name says it holds, for fields a feature writes out. */
const NAMED_EXAMPLES: [RegExp, unknown][] = [
  [/(^|_)(url|link|href|website)$/, 'https://example.com/docs'],
  [/(^|_)e?mail$/, 'ada@example.com'],
  [/(^|_)(date|day|due|birthday|birthdate)$/, '2025-06-01'],
  [/(^|_)(start|end|starts_at|ends_at|from|until|time|at)$/, '2025-06-01T09:00:00Z'],
  [/(^|_)(title|name|label)$/, 'Example title'],
];

/** A field a feature writes out (`{"url": string}`), with an example its name and type suggest. */
export function writtenField(
  name: string,
  type: FieldSpec['type'],
  required: boolean,
  values?: (string | number)[],
): FieldSpec {
  const label = name.replace(/_/g, ' ');
  const named = NAMED_EXAMPLES.find(([pattern]) => pattern.test(name))?.[1];
  const byType: Record<FieldSpec['type'], unknown> = {
    string: typeof named === 'string' ? named : `sample ${label}`,
    number: 12.5,
    integer: 3,
    boolean: false,
    'string[]': ['sample'],
    'number[]': [1, 2],
    object: { sample: true },
    'object[]': [],
  };
  const field: FieldSpec = {
    name,
    type,
    required,
    description: `${label.charAt(0).toUpperCase()}${label.slice(1)}, as the feature names it`,
    example: values ? values[0] : byType[type],
  };
  return values ? { ...field, enum: values } : field;
}

/** An example of a stored record: its id, the parent's id where it has one, defaults and sample values. */
export function exampleRecord(resource: ResourceSpec, parentField?: string): Record<string, unknown> {
  const record: Record<string, unknown> = { id: `${resource.name}-1` };
  if (parentField) record[parentField] = `${parentField.replace(/_id$/, '')}-1`;
  for (const field of resource.fields) record[field.name] = field.default ?? field.example ?? null;
  // The instant the record expires, which the service sets when it is created.
  const shown = resource.ttl?.answer_field;
  if (shown !== undefined) record[shown] = '2026-01-01T00:10:00.000Z';
  return { ...record, ...sampleBody(resource, 'example') };
}

/**
 * Numbers a record of field `f` may hold, `wide` steps above its lower bound (or 0) where its upper bound leaves
 * room, else `narrow` ones ("severity: integer 1-5" takes 1, 2, 3, not 11, 21, 31); null when neither fits.
 */
export function boundedNumbers(f: FieldSpec, wide: number[], narrow: number[]): number[] | null {
  const low = typeof f.minimum === 'number' && f.minimum > 0 ? Math.ceil(f.minimum) : 0;
  for (const steps of [wide, narrow]) {
    const values = steps.map((n) => low + n);
    if (typeof f.maximum !== 'number' || Math.max(...values) <= f.maximum) return values;
  }
  return null;
}
