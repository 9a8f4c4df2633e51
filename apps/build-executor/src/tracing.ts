/**
 * Imported first by main.ts: OpenTelemetry has to be started before http and ioredis are loaded, or its
 * instrumentations cannot patch them. Off (nothing loaded) unless an OTLP endpoint is configured.
 */
import { startTracing } from '@sf/platform/tracing';

startTracing('build-executor');
