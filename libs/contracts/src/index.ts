/**
 * @sf/contracts — the vocabulary both services share: intent fields, intent and build states with their
 * transitions, queue and job names, job payloads with their validators, pipeline events and stable error
 * codes.
 */
export * from './intent';
export * from './build';
export * from './transitions';
export * from './queues';
export * from './redis-keyspace';
export * from './payloads';
export * from './intent-schema';
export * from './events';
export * from './errors';
export * from './cost';
