import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** What decides whether the Kubernetes target can be used (from `ExecutorConfig`). */
export interface K8sAvailabilityInput {
  /** `KUBECONFIG`: path of the kubeconfig file. */
  kubeconfig?: string;
  /** Registry URL pods can reach (`K8S_REGISTRY_URL`, else `REGISTRY_URL`). */
  registryUrl?: string;
}

/** Result of {@link kubernetesAvailability}. */
export type K8sAvailability =
  { ok: true; kubeconfig: string; context: string; server: string } | { ok: false; reason: string };

interface KubeconfigFile {
  'current-context'?: unknown;
  contexts?: { name?: unknown; context?: { cluster?: unknown } }[];
  clusters?: { name?: unknown; cluster?: { server?: unknown } }[];
}

/**
 * Checks, without contacting the cluster, that a deploy to Kubernetes could work: a kubeconfig file whose
 * current context names a cluster with a server, and a registry URL the pods can reach (the executor's own
 * loopback URL is not reachable from a cluster, and a service that cannot register fails its build). Reads
 * the file with the `yaml` parser, so it is cheap enough for `POST /builds/submit` and needs no ESM client.
 */
export function kubernetesAvailability(input: K8sAvailabilityInput): K8sAvailability {
  const path = input.kubeconfig;
  if (!path) return { ok: false, reason: 'no cluster is configured: set KUBECONFIG to a kubeconfig file' };
  let doc: KubeconfigFile | null;
  try {
    doc = parse(readFileSync(path, 'utf8')) as KubeconfigFile | null;
  } catch (err) {
    return { ok: false, reason: `cannot read KUBECONFIG ${path}: ${(err as Error).message}` };
  }
  const current = doc?.['current-context'];
  if (typeof current !== 'string' || current === '') {
    return { ok: false, reason: `KUBECONFIG ${path} has no current-context` };
  }
  const context = doc?.contexts?.find((c) => c?.name === current)?.context;
  if (!context) return { ok: false, reason: `KUBECONFIG ${path}: context '${current}' is not defined` };
  const cluster = doc?.clusters?.find((c) => c?.name === context.cluster)?.cluster;
  if (typeof cluster?.server !== 'string' || cluster.server === '') {
    return {
      ok: false,
      reason: `KUBECONFIG ${path}: context '${current}' names no cluster with a server`,
    };
  }
  if (!input.registryUrl) {
    return {
      ok: false,
      reason: 'set K8S_REGISTRY_URL (or REGISTRY_URL) to a registry the cluster pods can reach',
    };
  }
  return { ok: true, kubeconfig: path, context: current, server: cluster.server };
}
