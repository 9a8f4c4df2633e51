import { AppError } from '@sf/contracts';
import { parseRegisterRequest } from './register-request.validation';

function entry(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'orders',
    version: '1.0.0',
    url: 'http://127.0.0.1:9100',
    udc_version: '1.0',
    capabilities: {
      service: 'orders',
      version: '1.0.0',
      udc_version: '1.0',
      features: ['create orders'],
      endpoints: [{ method: 'GET', path: '/orders', description: 'list' }],
      dependencies: [],
    },
    provenance: {
      intent_id: 'int_1',
      spec_sha256: 'a'.repeat(64),
      spec_score: 94,
      models: ['offline'],
      cost_usd: 0,
      tests_passed: 12,
      approvals: [{ stage: 'deploy', by: 'alice', at: '2025-01-01T00:00:00Z' }],
    },
    ...overrides,
  };
}

interface ValidationDetails {
  unknown_fields: string[];
  fields: { field: string; problems: string[] }[];
}

/** The VALIDATION_FAILED error `body` is refused with. */
function validationError(body: unknown): { message: string; details: ValidationDetails } {
  let caught: unknown;
  try {
    parseRegisterRequest(body);
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(AppError);
  expect((caught as AppError).code).toBe('VALIDATION_FAILED');
  return caught as { message: string; details: ValidationDetails };
}

describe('parseRegisterRequest', () => {
  it('accepts a UDC registry entry, with or without a heartbeat interval', () => {
    expect(parseRegisterRequest(entry())).toEqual(entry());
    expect(parseRegisterRequest(entry({ heartbeat_interval_seconds: 2.5 })).heartbeat_interval_seconds).toBe(
      2.5,
    );
  });

  it('accepts a null intent id (a build submitted without an intent)', () => {
    const body = entry();
    (body.provenance as Record<string, unknown>).intent_id = null;
    expect(() => parseRegisterRequest(body)).not.toThrow();
  });

  it('lets capabilities carry fields of their own, as the UDC contract allows', () => {
    const body = entry();
    (body.capabilities as Record<string, unknown>).owner = 'team-a';
    expect(() => parseRegisterRequest(body)).not.toThrow();
  });

  it('names unknown fields at the top level and in provenance', () => {
    const body = entry({ colour: 'blue' });
    (body.provenance as Record<string, unknown>).reviewer = 'bob';
    const err = validationError(body);
    expect(err.details.unknown_fields.sort()).toEqual(['colour', 'provenance.reviewer']);
    expect(err.message).toContain('colour');
  });

  it('names invalid and missing fields with dotted paths', () => {
    const body = entry({ url: 'ftp://x', udc_version: '2.0' });
    delete body.version;
    (body.provenance as Record<string, unknown>).spec_sha256 = 'nope';
    const fields = validationError(body)
      .details.fields.map((f) => f.field)
      .sort();
    expect(fields).toEqual(['provenance.spec_sha256', 'udc_version', 'url', 'version']);
  });

  it.each([[0], [-1], [3601], ['10']])('refuses heartbeat_interval_seconds %p', (value) => {
    const fields = validationError(entry({ heartbeat_interval_seconds: value })).details.fields;
    expect(fields.map((f) => f.field)).toEqual(['heartbeat_interval_seconds']);
  });

  it('refuses a body that is not an object', () => {
    expect(validationError(undefined).details.fields.map((f) => f.field)).toEqual(['(body)']);
    expect(validationError([entry()]).details.fields.map((f) => f.field)).toEqual(['(body)']);
  });
});
