/**
 * The sandbox the build line runs generated code in (PRODUCT §6): `createSandbox(SANDBOX)` gives
 * a bwrap-isolated or a plain-process runner behind one interface.
 */
export { createSandbox } from './create-sandbox';
export { meteredSandbox } from './metered-sandbox';
export { defaultLimits, type SandboxLimits } from './limits';
export {
  DEFAULT_SERVICE_LIMITS,
  ServiceJail,
  stopJailed,
  type IsolationReport,
  type ServiceLimits,
} from './service-jail';
export { allocateServiceUid } from './sandbox-user';
export {
  SandboxUnavailableError,
  type Sandbox,
  type SandboxedProcess,
  type SandboxMode,
  type SandboxOutcome,
  type SandboxResult,
  type SandboxRunOptions,
  type SandboxSetting,
} from './sandbox';
