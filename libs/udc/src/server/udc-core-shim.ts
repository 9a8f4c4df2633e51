/**
 * `src/udc-core.d.ts` of every generated service: the types of the UDC runtime that is copied next to the
 * compiled service as `udc-core.js` (compiled from `udc-core.ts` beside this file). The code generators write it
 * and the code-role prompts quote it. A conformance test checks these declarations against the real module.
 */
export const UDC_SHIM_SOURCE = `/*
 * Types of udc-core.js, the dependency-free UDC v1 runtime copied next to the compiled service at build time
 * (compiled from libs/udc/src/server/udc-core.ts). Only what this service uses is declared.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export type UdcHealthStatus = 'active' | 'degraded' | 'inactive';

export interface UdcEndpoint {
  method: string;
  path: string;
  description: string;
}

export interface UdcCapabilities {
  service: string;
  version: string;
  udc_version: '1.0';
  features: string[];
  endpoints: UdcEndpoint[];
  dependencies: string[];
}

export interface UdcMessageEnvelope {
  udc_version: '1.0';
  message_id: string;
  trace_id?: string | null;
  source: string;
  target: string;
  type: 'status' | 'event' | 'command' | 'query';
  payload: Record<string, unknown>;
  timestamp: string;
}

export interface UdcDependencyProbe {
  name: string;
  required: boolean;
  check?: () => Promise<boolean>;
}

export interface UdcRuntimeOptions {
  service: string;
  version: string;
  features: string[];
  endpoints: UdcEndpoint[];
  dependencies: UdcDependencyProbe[];
  onMessage?: (message: UdcMessageEnvelope) => void;
  health?: () => UdcHealthStatus;
  dependencyTimeoutMs?: number;
}

export interface UdcRuntime {
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  recordRequest(statusCode: number): void;
  capabilitiesBody(): UdcCapabilities;
}

export declare function createUdcRuntime(opts: UdcRuntimeOptions): UdcRuntime;

export interface UdcProvenance {
  intent_id: string | null;
  spec_sha256: string;
  spec_score: number;
  models: string[];
  cost_usd: number;
  tests_passed: number;
  approvals: { stage: string; by: string; at: string }[];
}

export interface UdcRegistryEntry {
  name: string;
  version: string;
  url: string;
  udc_version: '1.0';
  capabilities: UdcCapabilities;
  provenance: UdcProvenance;
  /** Read by the registry to judge staleness against this service's own rhythm. */
  heartbeat_interval_seconds?: number;
}

export interface UdcRegistrationOptions {
  registryUrl: string;
  entry: UdcRegistryEntry;
  intervalMs: number;
  requestTimeoutMs?: number;
  token?: string;
}

export interface UdcRegistrationStats {
  registered: boolean;
  heartbeats: number;
  failures: number;
}

export interface UdcRegistration {
  stop(opts?: { deregister?: boolean }): Promise<void>;
  stats(): UdcRegistrationStats;
}

export declare function registerWithRegistry(opts: UdcRegistrationOptions): UdcRegistration;
`;
