import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import {
  udcCapabilitiesSchema,
  udcDependenciesSchema,
  udcHealthSchema,
  udcMessageAcceptedSchema,
  udcMessageEnvelopeSchema,
  udcRegistryEntrySchema,
  udcStateSchema,
} from './schemas';
import type { UdcCapabilities, UdcDependencies, UdcRegistryEntry } from './types';

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);

const capabilities: UdcCapabilities = {
  service: 'orders',
  version: '1.2.0',
  udc_version: '1.0',
  features: ['create orders'],
  endpoints: [{ method: 'POST', path: '/orders', description: 'create an order' }],
  dependencies: ['postgres'],
};

describe('UDC schemas', () => {
  it('all compile under ajv strict mode', () => {
    for (const schema of [
      udcHealthSchema,
      udcCapabilitiesSchema,
      udcStateSchema,
      udcDependenciesSchema,
      udcMessageEnvelopeSchema,
      udcMessageAcceptedSchema,
      udcRegistryEntrySchema,
    ]) {
      expect(() => ajv.compile(schema)).not.toThrow();
    }
  });

  it('accept extra fields in a response but not in a message envelope', () => {
    const health = ajv.compile(udcHealthSchema);
    const envelope = ajv.compile(udcMessageEnvelopeSchema);
    const base = {
      udc_version: '1.0',
      message_id: 'm-1',
      source: 'a',
      target: 'b',
      type: 'query',
      payload: {},
      timestamp: '2025-03-01T12:00:00Z',
    };

    expect(
      health({
        status: 'active',
        service: 's',
        version: '1',
        uptime_seconds: 0,
        timestamp: base.timestamp,
        x: 1,
      }),
    ).toBe(true);
    expect(envelope(base)).toBe(true);
    expect(envelope({ ...base, messageId: 'm-1' })).toBe(false);
  });

  it('reject a capabilities body of another contract version', () => {
    const validate = ajv.compile(udcCapabilitiesSchema);

    expect(validate(capabilities)).toBe(true);
    expect(validate({ ...capabilities, udc_version: '2.0' })).toBe(false);
  });

  it('take a null latency for an unprobed dependency but not a negative one', () => {
    const validate = ajv.compile(udcDependenciesSchema);
    const body = (latency_ms: number | null): UdcDependencies => ({
      dependencies: [{ name: 'redis', status: 'unknown', required: false, latency_ms }],
      all_required_up: true,
    });

    expect(validate(body(null))).toBe(true);
    expect(validate(body(4.2))).toBe(true);
    expect(validate(body(-1))).toBe(false);
  });

  it('take metrics only as numbers', () => {
    const validate = ajv.compile(udcStateSchema);
    const state = {
      uptime_seconds: 1,
      requests_total: 0,
      errors_total: 0,
      memory_rss_bytes: 1,
      started_at: '2025-03-01T12:00:00Z',
    };

    expect(validate({ ...state, metrics: { queue_depth: 3 } })).toBe(true);
    expect(validate({ ...state, metrics: { queue_depth: 'three' } })).toBe(false);
  });

  it('validate a registry entry, with or without an intent', () => {
    const validate = ajv.compile(udcRegistryEntrySchema);
    const entry: UdcRegistryEntry = {
      name: 'orders',
      version: '1.2.0',
      url: 'http://127.0.0.1:9100',
      udc_version: '1.0',
      capabilities,
      provenance: {
        intent_id: 'int-1',
        spec_sha256: 'ab'.repeat(32),
        spec_score: 91,
        models: ['model-a'],
        cost_usd: 0.4,
        tests_passed: 12,
        approvals: [{ stage: 'deploy', by: 'ana', at: '2025-03-01T12:00:00Z' }],
      },
    };

    expect(validate(entry)).toBe(true);
    expect(validate({ ...entry, provenance: { ...entry.provenance, intent_id: null } })).toBe(true);
    expect(validate({ ...entry, provenance: { ...entry.provenance, intent_id: '' } })).toBe(false);
    expect(validate({ ...entry, capabilities: { ...capabilities, udc_version: '0.9' } })).toBe(false);
  });
});
