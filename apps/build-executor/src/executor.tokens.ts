/** Injection token of the shared command connection (ioredis). */
export const REDIS = Symbol('REDIS');
/** Injection token of the resolved Redis URL (for new connections: workers, subscribers). */
export const REDIS_URL = Symbol('REDIS_URL');
/** Injection token of the `LlmClient` the build roles call. */
export const LLM_CLIENT = Symbol('LLM_CLIENT');
/** Injection token of the `Sandbox` generated code runs in. */
export const SANDBOX = Symbol('SANDBOX');
/** Injection token of this executor's own base URL (generated services reach the built-in registry there). */
export const PUBLIC_URL = Symbol('PUBLIC_URL');
