/**
 * @sf/udc — the UDC contract v1 (PRODUCT §7): JSON schemas and types of the five endpoints and the message
 * envelope, a compliance checker (also the `udc-check` CLI), the server runtime generated services and our
 * own apps answer the contract with, and its declarations as generated services see them (`UDC_SHIM_SOURCE`).
 */
export {
  UDC_VERSION,
  type UdcVersion,
  type UdcHealthStatus,
  type UdcHealth,
  type UdcEndpoint,
  type UdcCapabilities,
  type UdcState,
  type UdcDependencyStatus,
  type UdcDependency,
  type UdcDependencies,
  type UdcMessageType,
  type UdcMessageEnvelope,
  type UdcMessageAccepted,
  type UdcMessageRejected,
  type UdcFeatureVerdict,
  type UdcProvenance,
  type UdcRegistryEntry,
} from './types';
export {
  udcHealthSchema,
  udcCapabilitiesSchema,
  udcStateSchema,
  udcDependenciesSchema,
  udcMessageEnvelopeSchema,
  udcMessageAcceptedSchema,
  udcRegistryEntrySchema,
} from './schemas';
export { checkUdc, formatReport, type CheckUdcOptions, type UdcCheck, type UdcReport } from './checker';
export {
  createUdcRuntime,
  validateEnvelope,
  registerWithRegistry,
  type UdcDependencyProbe,
  type UdcMessageOutcome,
  type UdcRegistration,
  type UdcRegistrationOptions,
  type UdcRegistrationStats,
  type UdcRuntime,
  type UdcRuntimeOptions,
} from './server/udc-core';
export { UDC_RUNTIME_FILE } from './server/runtime-file';
export { UDC_SHIM_SOURCE } from './server/udc-core-shim';
