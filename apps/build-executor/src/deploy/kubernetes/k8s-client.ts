import type { KubernetesObject } from '@kubernetes/client-node';
import { AppError } from '@sf/contracts';
import { FIELD_MANAGER, type K8sObject } from './k8s-manifests';

/** The calls the Kubernetes target makes, on objects addressed by apiVersion, kind, namespace and name. */
export interface K8sApi {
  /** Server-side apply (`application/apply-patch+yaml`, field manager `sovereign-factory`, forced). */
  apply(object: K8sObject): Promise<void>;
  /** The live object, or null when it does not exist. */
  read(object: K8sObject): Promise<Record<string, unknown> | null>;
  /** Deletes the object (background propagation); false when it did not exist. */
  remove(object: K8sObject): Promise<boolean>;
}

type ClientModule = typeof import('@kubernetes/client-node');

/**
 * Loads `@kubernetes/client-node` (ESM-only) with a dynamic `import()`: the module is compiled to CommonJS,
 * where TypeScript (`module: node20`) keeps `import()` as is, so the package loads only when a build
 * actually deploys to Kubernetes, and never in Jest (STACK trap 12).
 */
async function loadClientModule(): Promise<ClientModule> {
  return import('@kubernetes/client-node');
}

/**
 * A {@link K8sApi} on the cluster of the kubeconfig file's current context. Throws
 * `DEPLOY_TARGET_UNAVAILABLE` when the file cannot be loaded or names no current cluster.
 */
export async function connectKubernetes(kubeconfigPath: string): Promise<K8sApi> {
  const k8s = await loadClientModule();
  const kc = new k8s.KubeConfig();
  try {
    kc.loadFromFile(kubeconfigPath);
  } catch (err) {
    throw new AppError(
      'DEPLOY_TARGET_UNAVAILABLE',
      `cannot load KUBECONFIG ${kubeconfigPath}: ${message(err)}`,
    );
  }
  if (!kc.getCurrentContext() || !kc.getCurrentCluster()) {
    throw new AppError(
      'DEPLOY_TARGET_UNAVAILABLE',
      `KUBECONFIG ${kubeconfigPath} has no current context with a cluster`,
    );
  }
  const api = k8s.KubernetesObjectApi.makeApiClient(kc);
  const isStatus = (err: unknown, code: number) => err instanceof k8s.ApiException && err.code === code;
  const asSpec = (object: K8sObject) => structuredClone(object) as KubernetesObject;
  return {
    async apply(object) {
      try {
        await api.patch(
          asSpec(object),
          undefined,
          undefined,
          FIELD_MANAGER,
          true,
          k8s.PatchStrategy.ServerSideApply,
        );
      } catch (err) {
        throw apiError(`apply ${describe(object)}`, err);
      }
    },
    async read(object) {
      try {
        const live = await api.read(asSpec(object) as KubernetesObject & K8sObject);
        return live as unknown as Record<string, unknown>;
      } catch (err) {
        if (isStatus(err, 404)) return null;
        throw apiError(`read ${describe(object)}`, err);
      }
    },
    async remove(object) {
      try {
        await api.delete(asSpec(object), undefined, undefined, undefined, undefined, 'Background');
        return true;
      } catch (err) {
        if (isStatus(err, 404)) return false;
        throw apiError(`delete ${describe(object)}`, err);
      }
    },
  };
}

/** `Kind namespace/name`, for messages. */
export function describe(object: K8sObject): string {
  const ns = object.metadata.namespace ? `${object.metadata.namespace}/` : '';
  return `${object.kind} ${ns}${object.metadata.name}`;
}

/** An API failure as an error that names the call, the HTTP status and the API server's own message. */
function apiError(what: string, err: unknown): Error {
  const e = err as { code?: unknown; body?: unknown };
  if (typeof e.code === 'number') {
    const body = parseBody(e.body);
    return new Error(`${what}: HTTP ${e.code}${body ? `: ${body}` : ''}`);
  }
  return new Error(`${what}: ${message(err)}`);
}

function parseBody(body: unknown): string | null {
  const parsed = typeof body === 'string' ? safeJson(body) : body;
  const text = (parsed as { message?: unknown } | null)?.message;
  if (typeof text === 'string') return text;
  return typeof body === 'string' && body !== '' ? body.slice(0, 300) : null;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
