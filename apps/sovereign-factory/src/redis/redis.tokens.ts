/** Injection token of the shared command connection (ioredis). */
export const REDIS = Symbol('REDIS');
/** Injection token of the resolved Redis URL (used for new connections: workers, subscribers). */
export const REDIS_URL = Symbol('REDIS_URL');
