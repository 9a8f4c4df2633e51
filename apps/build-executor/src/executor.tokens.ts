/** Injection token of the shared command connection (ioredis). */
export const REDIS = Symbol('REDIS');
/** Injection token of the app's `UdcRuntime`. */
export const UDC_RUNTIME = Symbol('UDC_RUNTIME');
