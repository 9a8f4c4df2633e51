import { createHash } from 'node:crypto';
import { AppError } from '@sf/contracts';

/** `metadata.managedFields` owner of everything the executor applies (server-side apply field manager). */
export const FIELD_MANAGER = 'sovereign-factory';

/** Label keys the executor sets; the selector uses only the first two, so it never changes between releases. */
export const LABELS = {
  name: 'app.kubernetes.io/name',
  managedBy: 'app.kubernetes.io/managed-by',
  version: 'app.kubernetes.io/version',
  buildId: 'sovereign-factory.dev/build-id',
  specSha: 'sovereign-factory.dev/spec-sha',
} as const;

/** Annotation keys: values that do not fit a label (a label value is at most 63 characters). */
export const ANNOTATIONS = {
  specSha256: 'sovereign-factory.dev/spec-sha256',
  releaseFiles: 'sovereign-factory.dev/release-files',
} as const;

/** Where the release's files are mounted in the container (read-only, from the ConfigMap). */
export const RELEASE_MOUNT = '/srv/release';

/**
 * The ConfigMap limit is 1 MiB for the whole object; the margin leaves room for metadata and the JSON
 * encoding of `binaryData`.
 */
export const MAX_RELEASE_BYTES = 900 * 1024;

/** The parts of a Kubernetes object the executor reads back: enough to address it. */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  [field: string]: unknown;
}

/** A file of the release, path relative to the release root (posix separators). */
export interface ReleaseFile {
  path: string;
  content: Buffer;
}

/** Container resources as Kubernetes quantities, e.g. `{cpu: '50m', memory: '64Mi'}`. */
export interface ResourceQuantities {
  cpu: string;
  memory: string;
}

/** Everything a release's objects are rendered from. */
export interface K8sRenderInput {
  /** Service name: a DNS-1123 label (names the Deployment and the Service). */
  name: string;
  namespace: string;
  /** Build id of the release. */
  releaseId: string;
  specSha256: string;
  version: string;
  /** Port the service listens on in the pod, and the Service's port. */
  port: number;
  /** Node.js image that runs the release (it only needs `node` on its PATH). */
  image: string;
  replicas: number;
  files: ReleaseFile[];
  /** Environment of the service; `PORT` and `HOST` are set by the renderer. */
  env: Record<string, string>;
  /**
   * Variables read from the service's credentials Secret ({@link renderCredentials}) rather than written into
   * the Deployment, so a token is not in the Deployment's spec for whoever may read Deployments.
   */
  secretEnv?: string[];
  requests: ResourceQuantities;
  limits: ResourceQuantities;
  /** Deployment `progressDeadlineSeconds`: after it the rollout is reported failed by the cluster too. */
  progressDeadlineSeconds: number;
}

/** The objects of one release, in the order they are applied (the ConfigMap before the pods that mount it). */
export interface RenderedRelease {
  configMap: K8sObject;
  deployment: K8sObject;
  service: K8sObject;
}

const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const LABEL_VALUE = /^(?:[A-Za-z0-9](?:[A-Za-z0-9._-]{0,61}[A-Za-z0-9])?)?$/;
const QUANTITY = /^[0-9]+(?:\.[0-9]+)?(?:m|k|M|G|Ki|Mi|Gi)?$/;
const ENTRY = 'main.js';
const RUN_AS_USER = 1000; // `node` in the official Node.js images

/**
 * Readiness means what the pipeline's health phase means: `GET /health` answers `status: "active"`. An
 * `httpGet` probe would also pass on `degraded` or `inactive` (both are HTTP 200), so readiness runs this
 * one-liner with the image's own `node` (no curl in slim images).
 */
const READINESS_SCRIPT =
  "fetch('http://127.0.0.1:'+process.env.PORT+'/health',{signal:AbortSignal.timeout(2000)})" +
  ".then(r=>r.json()).then(b=>process.exit(b&&b.status==='active'?0:1),()=>process.exit(1))";

/**
 * Renders the ConfigMap, Deployment and Service of one release of a generated service.
 *
 * The release (a few small JavaScript files) travels in an immutable ConfigMap whose name carries a hash of
 * its content, mounted read-only at {@link RELEASE_MOUNT} into a stock Node.js image that runs
 * `node main.js`: no image registry or container engine is needed. Each release has its own ConfigMap, so
 * pods of the previous ReplicaSet keep their files during a rolling update and a rollback can point the
 * Deployment back at the previous ConfigMap. The rolling update never takes a ready pod away before its
 * replacement is ready (`maxUnavailable: 0`). Pods run as non-root with a read-only root file system, no
 * capabilities, no service-account token and no service-link variables.
 *
 * Throws `VALIDATION_FAILED` for input Kubernetes would refuse (names, ports, quantities, env names) and
 * when the release is too large for a ConfigMap.
 */
export function renderRelease(input: K8sRenderInput): RenderedRelease {
  validate(input);
  const files = [...input.files].sort((a, b) => a.path.localeCompare(b.path));
  const configMapName = `${input.name}-${releaseHash(files)}`;
  const selector = { [LABELS.name]: input.name, [LABELS.managedBy]: FIELD_MANAGER };
  const labels = {
    ...selector,
    [LABELS.version]: labelValue(input.version),
    [LABELS.buildId]: labelValue(input.releaseId),
    [LABELS.specSha]: input.specSha256.slice(0, 12),
  };
  const annotations = { [ANNOTATIONS.specSha256]: input.specSha256 };
  const meta = (name: string, extra: Record<string, string> = {}) => ({
    name,
    namespace: input.namespace,
    labels,
    annotations: { ...annotations, ...extra },
  });

  const data: Record<string, string> = {};
  const binaryData: Record<string, string> = {};
  const items = files.map((file, index) => {
    const key = fileKey(index, file.path);
    const text = utf8(file.content);
    if (text === null) binaryData[key] = file.content.toString('base64');
    else data[key] = text;
    return { key, path: file.path };
  });

  const configMap: K8sObject = {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: meta(configMapName, { [ANNOTATIONS.releaseFiles]: String(files.length) }),
    immutable: true,
    data,
    ...(Object.keys(binaryData).length > 0 ? { binaryData } : {}),
  };

  const secretName = credentialsSecretName(input.name);
  const env = [
    ...Object.entries({ ...input.env, PORT: String(input.port), HOST: '0.0.0.0' }).map(([name, value]) => ({
      name,
      value,
    })),
    ...(input.secretEnv ?? []).map((name) => ({
      name,
      valueFrom: { secretKeyRef: { name: secretName, key: name } },
    })),
  ].sort((a, b) => a.name.localeCompare(b.name));

  const deployment: K8sObject = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: meta(input.name),
    spec: {
      replicas: input.replicas,
      revisionHistoryLimit: 5,
      progressDeadlineSeconds: input.progressDeadlineSeconds,
      selector: { matchLabels: selector },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: {
        metadata: { labels, annotations },
        spec: {
          automountServiceAccountToken: false,
          enableServiceLinks: false,
          securityContext: {
            runAsNonRoot: true,
            runAsUser: RUN_AS_USER,
            runAsGroup: RUN_AS_USER,
            seccompProfile: { type: 'RuntimeDefault' },
          },
          containers: [
            {
              name: 'service',
              image: input.image,
              imagePullPolicy: 'IfNotPresent',
              command: ['node', `${RELEASE_MOUNT}/${ENTRY}`],
              workingDir: RELEASE_MOUNT,
              ports: [{ name: 'http', containerPort: input.port, protocol: 'TCP' }],
              env,
              readinessProbe: {
                exec: { command: ['node', '-e', READINESS_SCRIPT] },
                initialDelaySeconds: 1,
                periodSeconds: 5,
                timeoutSeconds: 3,
                failureThreshold: 3,
              },
              // Liveness only asks whether the process answers at all: a degraded service is not restarted.
              livenessProbe: {
                httpGet: { path: '/health', port: 'http' },
                initialDelaySeconds: 5,
                periodSeconds: 10,
                timeoutSeconds: 2,
                failureThreshold: 3,
              },
              resources: { requests: { ...input.requests }, limits: { ...input.limits } },
              securityContext: {
                allowPrivilegeEscalation: false,
                readOnlyRootFilesystem: true,
                capabilities: { drop: ['ALL'] },
              },
              volumeMounts: [
                { name: 'release', mountPath: RELEASE_MOUNT, readOnly: true },
                { name: 'tmp', mountPath: '/tmp' },
              ],
            },
          ],
          volumes: [
            { name: 'release', configMap: { name: configMapName, items } },
            { name: 'tmp', emptyDir: { sizeLimit: '16Mi' } },
          ],
        },
      },
    },
  };

  const service: K8sObject = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: meta(input.name),
    spec: {
      type: 'ClusterIP',
      selector,
      ports: [{ name: 'http', port: input.port, targetPort: 'http', protocol: 'TCP' }],
    },
  };

  return { configMap, deployment, service };
}

/** Name of the Secret holding a service's credentials (its registry token). */
export function credentialsSecretName(name: string): string {
  return `${name}-credentials`;
}

/**
 * The Secret a service's `secretEnv` variables come from. It is not part of a release (a rollback re-applies a
 * release's objects, and the executor keeps those on disk): it is applied before each release and deleted with
 * the service.
 */
export function renderCredentials(
  name: string,
  namespace: string,
  values: Record<string, string>,
): K8sObject {
  const ref = credentialsRef(name, namespace);
  return {
    ...ref,
    metadata: { ...ref.metadata, labels: { [LABELS.name]: name, [LABELS.managedBy]: FIELD_MANAGER } },
    type: 'Opaque',
    data: Object.fromEntries(
      Object.entries(values).map(([k, v]) => [k, Buffer.from(v, 'utf8').toString('base64')]),
    ),
  };
}

/** Enough of a service's credentials Secret to address it (read or delete). */
export function credentialsRef(name: string, namespace: string): K8sObject {
  return { apiVersion: 'v1', kind: 'Secret', metadata: { name: credentialsSecretName(name), namespace } };
}

/** The objects of a release as a list, in apply order. */
export function releaseObjects(release: RenderedRelease): K8sObject[] {
  return [release.configMap, release.deployment, release.service];
}

/** In-cluster base URL of a service's Kubernetes Service. */
export function clusterServiceUrl(
  name: string,
  namespace: string,
  port: number,
  clusterDomain: string,
): string {
  return `http://${name}.${namespace}.svc.${clusterDomain}:${port}`;
}

function validate(input: K8sRenderInput): void {
  const problems: { field: string; problems: string[] }[] = [];
  const bad = (field: string, problem: string) => problems.push({ field, problems: [problem] });
  if (!DNS_LABEL.test(input.name)) bad('name', 'must be a DNS-1123 label (kebab-case, 1-63 characters)');
  if (!DNS_LABEL.test(input.namespace)) bad('namespace', 'must be a DNS-1123 label');
  if (!Number.isInteger(input.port) || input.port < 1 || input.port > 65535) bad('port', 'must be 1-65535');
  if (!Number.isInteger(input.replicas) || input.replicas < 1) bad('replicas', 'must be a positive integer');
  if (input.image.trim() === '' || /\s/.test(input.image)) bad('image', 'must be an image reference');
  if (!/^[0-9a-f]{64}$/.test(input.specSha256)) bad('specSha256', 'must be a hex sha256');
  for (const [key, value] of Object.entries({ ...input.requests, ...input.limits })) {
    if (!QUANTITY.test(value)) bad(`resources.${key}`, `'${value}' is not a Kubernetes quantity`);
  }
  for (const key of [...Object.keys(input.env), ...(input.secretEnv ?? [])]) {
    if (!ENV_NAME.test(key)) bad(`env.${key}`, 'must be a valid variable name');
  }
  for (const key of input.secretEnv ?? []) {
    if (key in input.env) bad(`env.${key}`, 'is given both as a value and from the credentials Secret');
  }
  if (!input.files.some((f) => f.path === ENTRY)) bad('files', `the release has no ${ENTRY}`);
  for (const file of input.files) {
    const parts = file.path.split('/');
    if (file.path.startsWith('/') || parts.some((p) => p === '' || p === '.' || p === '..')) {
      bad('files', `'${file.path}' is not a relative path inside the release`);
    }
  }
  const size = input.files.reduce((sum, f) => sum + f.content.length, 0);
  if (size > MAX_RELEASE_BYTES) {
    bad('files', `the release is ${size} bytes; a ConfigMap holds at most ${MAX_RELEASE_BYTES}`);
  }
  if (problems.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      `cannot render Kubernetes objects: ${problems.map((p) => `${p.field} ${p.problems[0]}`).join('; ')}`,
      { fields: problems },
    );
  }
}

/** Short content hash of a release: same files, same ConfigMap name (re-applying it is a no-op). */
function releaseHash(files: ReleaseFile[]): string {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(file.path).update('\0').update(file.content).update('\0');
  }
  return hash.digest('hex').slice(0, 10);
}

/** ConfigMap keys must match `[-._a-zA-Z0-9]+`; a release path may have directories, so keys are numbered. */
function fileKey(index: number, path: string): string {
  const base = path.split('/').pop() ?? 'file';
  return `f${index}-${base.replace(/[^-._a-zA-Z0-9]/g, '_')}`.slice(0, 253);
}

function utf8(content: Buffer): string | null {
  const text = content.toString('utf8');
  return Buffer.from(text, 'utf8').equals(content) ? text : null;
}

/** A label value (63 characters of a restricted set); anything else is cut down to fit. */
function labelValue(value: string): string {
  if (LABEL_VALUE.test(value)) return value;
  const cleaned = value
    .replace(/[^A-Za-z0-9._-]/g, '_')
    .slice(0, 63)
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
  return cleaned;
}
