import type { FieldSpec, ResourceSpec } from './spec-contract';
import {
  boundsOf,
  fieldRuleConstraints,
  holdsRule,
  isCalendarDate,
  isDateTime,
  isHexString,
  resourceRuleProblems,
  withinBounds,
} from './record-rules';
import { withIntervalEnds } from './record-rule-contract';

const field = (extra: Partial<FieldSpec>): FieldSpec => ({
  name: 'stock',
  type: 'integer',
  required: true,
  description: '',
  example: 1,
  ...extra,
});

describe('fieldRuleConstraints', () => {
  it.each([
    ['integer >= 0', { minimum: 0 }],
    ['number > 0', { exclusive_minimum: 0 }],
    ['int ≥ 1 and ≤ 10', { minimum: 1, maximum: 10 }],
    ['integer between 1 and 5', { minimum: 1, maximum: 5 }],
    ['integer 1..5', { minimum: 1, maximum: 5 }],
    ['number from -10 to 40', { minimum: -10, maximum: 40 }],
    ['non-negative integer', { minimum: 0 }],
    ['positive number', { exclusive_minimum: 0 }],
    ['integer, at least 2', { minimum: 2 }],
    ['number < 100', { exclusive_maximum: 100 }],
    ['ISO datetime', { format: 'date-time' }],
    ['ISO-8601 date-time', { format: 'date-time' }],
    ['datetime (UTC)', { format: 'date-time' }],
    ['ISO date', { format: 'date' }],
    ['date (YYYY-MM-DD)', { format: 'date' }],
    ['hex', { format: 'hex' }],
    ['hex string', { format: 'hex' }],
  ])('reads %s', (rule, expected) => {
    expect(fieldRuleConstraints(rule)).toEqual(expected);
  });

  it.each([
    'string matching ^[A-Z]+$',
    'integer, even',
    'date before today',
    'hex or base64',
    'number in euros >= 0',
  ])('does not pretend to read %s', (rule) => {
    expect(fieldRuleConstraints(rule)).toBeNull();
  });
});

describe('holdsRule', () => {
  it('holds a rule only with exactly its bounds or format', () => {
    const rule = fieldRuleConstraints('integer >= 0') ?? {};

    expect(holdsRule(field({ minimum: 0 }), rule)).toBe(true);
    expect(holdsRule(field({ minimum: 0, maximum: 9 }), rule)).toBe(true);
    expect(holdsRule(field({}), rule)).toBe(false);
    expect(holdsRule(field({ minimum: 1 }), rule)).toBe(false);
    expect(holdsRule(field({ exclusive_minimum: 0 }), rule)).toBe(false);
  });
});

describe('bounds and date-times', () => {
  it('checks inclusive and exclusive bounds', () => {
    const f = field({ minimum: 1, exclusive_maximum: 5 });

    expect(boundsOf(f)).toEqual([
      { op: '>=', limit: 1 },
      { op: '<', limit: 5 },
    ]);
    expect([0, 1, 4, 5].map((v) => withinBounds(f, v))).toEqual([false, true, true, false]);
  });

  it('accepts only ISO 8601 date-times with a zone that name a real instant', () => {
    expect(isDateTime('2024-07-01T09:00:00Z')).toBe(true);
    expect(isDateTime('2024-07-01T09:00+02:00')).toBe(true);
    expect(isDateTime('2024-07-01T09:00:00.123Z')).toBe(true);
    for (const bad of [
      '2024-07-01',
      '2024-07-01T09:00:00',
      '2024-02-30T09:00:00Z',
      '2024-13-01T09:00Z',
      'soon',
      7,
    ]) {
      expect(isDateTime(bad)).toBe(false);
    }
  });
});

describe('resourceRuleProblems', () => {
  const booking: ResourceSpec = {
    name: 'booking',
    plural: 'bookings',
    description: '',
    fields: [
      { name: 'room', type: 'string', required: true, description: '', example: 'A' },
      {
        name: 'start',
        type: 'string',
        format: 'date-time',
        required: true,
        description: '',
        example: '2024-07-01T09:00:00Z',
      },
      {
        name: 'end',
        type: 'string',
        format: 'date-time',
        required: true,
        description: '',
        example: '2024-07-01T10:00:00Z',
      },
    ],
    interval: { start: 'start', end: 'end', no_overlap: ['room'] },
  };

  it('accepts a sound interval and refuses dangling or inverted ones', () => {
    expect(resourceRuleProblems(booking)).toEqual([]);
    expect(resourceRuleProblems({ ...booking, interval: { start: 'start', end: 'stop' } })).toEqual([
      expect.stringContaining('interval of booking needs required fields start and stop'),
    ]);
    const inverted = {
      ...booking,
      fields: booking.fields.map((f) => (f.name === 'end' ? { ...f, example: '2024-07-01T08:00:00Z' } : f)),
    };
    expect(resourceRuleProblems(inverted)).toEqual([expect.stringContaining('must be after')]);
    expect(
      resourceRuleProblems({ ...booking, interval: { ...booking.interval!, no_overlap: ['floor'] } }),
    ).toEqual(['interval of booking compares undeclared field floor']);
  });

  it('wants a key to be a required unique string', () => {
    expect(resourceRuleProblems({ ...booking, key: 'room' })).toEqual([
      'key room of booking must be a required, unique string field',
    ]);
  });
});

describe('isCalendarDate and isHexString', () => {
  it('accepts only calendar dates that exist, written YYYY-MM-DD', () => {
    expect(['2024-02-29', '1999-12-31'].every(isCalendarDate)).toBe(true);
    expect(
      ['2023-02-29', '2024-13-01', '2024-7-1', '2024-07-01T09:00:00Z', 20240701, null].some(isCalendarDate),
    ).toBe(false);
  });

  it('accepts only non-empty strings of hexadecimal digits', () => {
    expect(['c0ffee', 'ABCDEF0123', '0'].every(isHexString)).toBe(true);
    expect(['', '0x1f', 'xyz', 'ab cd', 255].some(isHexString)).toBe(false);
  });
});

describe('withIntervalEnds', () => {
  const iv = { start: 'from', end: 'until', no_overlap: ['desk'] };
  it('completes the end an hour after a chosen date-time start, a day after a date, 1 after a number', () => {
    expect(withIntervalEnds(iv, { from: '2032-01-02T09:00:00Z' })).toEqual({
      from: '2032-01-02T09:00:00Z',
      until: '2032-01-02T10:00:00Z',
    });
    expect(withIntervalEnds(iv, { from: '2032-01-31' })).toEqual({ from: '2032-01-31', until: '2032-02-01' });
    expect(withIntervalEnds(iv, { from: 7 })).toEqual({ from: 7, until: 8 });
  });
  it('completes the start before a chosen end', () => {
    expect(withIntervalEnds(iv, { until: '2032-01-02T09:00:00Z', desk: 'a' })).toEqual({
      from: '2032-01-02T08:00:00Z',
      until: '2032-01-02T09:00:00Z',
      desk: 'a',
    });
  });
  it('leaves bodies with both ends, neither end, unreadable values or no interval as they are', () => {
    const both = { from: '2032-01-02T09:00:00Z', until: '2031-01-01T00:00:00Z' };
    expect(withIntervalEnds(iv, both)).toBe(both);
    expect(withIntervalEnds(iv, { desk: 'a' })).toEqual({ desk: 'a' });
    expect(withIntervalEnds(iv, { from: 'soon' })).toEqual({ from: 'soon' });
    expect(withIntervalEnds(undefined, { from: 7 })).toEqual({ from: 7 });
  });
});
