import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { envBoolean, loadConfig, ServiceConfig } from '@sf/platform';
import { REMOTE_TEMPLATE } from '../release-git/repository-path';

const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const QUANTITY = /^[0-9]+(?:\.[0-9]+)?(?:m|k|M|G|Ki|Mi|Gi)?$/;

/** Settings of build-executor, read from the environment and validated at boot (PRODUCT §9). */
export class ExecutorConfig extends ServiceConfig {
  /** HTTP port (`EXECUTOR_PORT`). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  EXECUTOR_PORT = 8211;

  /**
   * Browser origins allowed to call this API cross-origin (CORS), comma separated: the web dashboard served
   * by sovereign-factory (e.g. `http://127.0.0.1:8210`). Unset = no cross-origin calls (docs/dashboard.md).
   */
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((v) => v.trim())
          .filter(Boolean)
      : value,
  )
  @Matches(/^https?:\/\/[^/\s]+$/, {
    each: true,
    message: 'CORS_ORIGINS must be origins like http://host:port',
  })
  CORS_ORIGINS: string[] = [];

  /** Where `spec_path` submissions must live (default `DATA_DIR/specs`). */
  @IsOptional()
  @IsString()
  SPECS_DIR?: string;

  /** Per-build work directories (default `DATA_DIR/builds`). */
  @IsOptional()
  @IsString()
  BUILDS_DIR?: string;

  /**
   * Largest single checkpoint (an LLM output, a test summary, the SPEC, one release file) kept in Redis, in
   * bytes; a build that needs more fails with `CHECKPOINT_TOO_LARGE`.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1024)
  CHECKPOINT_MAX_BYTES = 4 * 1024 * 1024;

  /** Most checkpoint bytes one build may write to Redis over its life; beyond it, `CHECKPOINT_TOO_LARGE`. */
  @Type(() => Number)
  @IsInt()
  @Min(1024)
  CHECKPOINT_BUILD_MAX_BYTES = 64 * 1024 * 1024;

  /** TTL of a running (or parked) build's checkpoints in Redis, renewed at every step (default 7 days). */
  @Type(() => Number)
  @IsInt()
  @Min(60_000)
  CHECKPOINT_TTL_MS = 7 * 24 * 3600_000;

  /**
   * How long a finished build's checkpoints and release stay in Redis (default 30 days): a rollback to a
   * release whose directory is gone from this executor's disk rebuilds it from there until then.
   */
  @Type(() => Number)
  @IsInt()
  @Min(60_000)
  CHECKPOINT_RETENTION_MS = 30 * 24 * 3600_000;

  /** External registry; unset = the built-in one at this executor's `/registry`. */
  @IsOptional()
  @Matches(/^https?:\/\/.+/, { message: 'REGISTRY_URL must be an http(s) URL' })
  REGISTRY_URL?: string;

  /** Re-verification gate for submitted SPECs (same rubric as the factory). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100)
  SPEC_SCORE_THRESHOLD = 90;

  /** Repair rounds before `needs_human_review`. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(10)
  MAX_FIX_ITERATIONS = 3;

  /** Where generated code runs: bwrap when usable (`auto`), always bwrap, or plain processes (unisolated). */
  @IsIn(['auto', 'bwrap', 'process'])
  SANDBOX: 'auto' | 'bwrap' | 'process' = 'auto';

  /** Builds run at once by this process. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(16)
  BUILD_WORKER_CONCURRENCY = 2;

  /** Run the build worker in this process (`false`: API only). */
  @Transform(envBoolean)
  @IsBoolean({ message: 'BUILD_WORKER must be true or false' })
  BUILD_WORKER = true;

  /** A build held by a dead worker is picked up again within about this long. */
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  BUILD_JOB_LOCK_MS = 30_000;

  /** Wall-clock limit of one sandboxed test run. */
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  TEST_TIMEOUT_MS = 60_000;

  /** How long a release started for the UDC check may take to answer at all. */
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  UDC_START_TIMEOUT_MS = 15_000;

  /**
   * Run a release's UDC check beside its tests (`false`: after them, as its own step). The check's report is
   * kept only when the tests pass on that very release; it costs a second sandboxed process per build while
   * the tests run, and saves the check's start-up and requests from intent → deployed.
   */
  @Transform(envBoolean)
  @IsBoolean({ message: 'UDC_BESIDE_TESTS must be true or false' })
  UDC_BESIDE_TESTS = true;

  /** How long the registry entry may take to appear after deploy (PRODUCT: 10 s). */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  REGISTER_TIMEOUT_MS = 10_000;

  /** How long `/health` may take to say "active" (PRODUCT: 30 s), and the wait before the one retry (60 s). */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  HEALTH_TIMEOUT_MS = 30_000;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  HEALTH_RETRY_WAIT_MS = 60_000;

  /** Heartbeat interval of deployed services. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  SERVICE_HEARTBEAT_MS = 10_000;

  // ---- Local deployments owned through a Redis lease, docs/deploy-targets.md ----

  /**
   * Where local deployments keep their state and logs, one directory per service (default `DATA_DIR/deployments`).
   * Executors on one host share it, so one can adopt the services of another that died.
   */
  @IsOptional()
  @IsString()
  DEPLOYMENTS_DIR?: string;

  /**
   * This machine's id in deployment leases (default the host name): executors with the same id share the
   * machine and adopt each other's local services; others never do. Letters, digits, `.`, `_`, `-`.
   */
  @IsOptional()
  @Matches(/^[A-Za-z0-9._-]{1,100}$/, { message: 'DEPLOY_HOST_ID must be 1-100 of A-Z a-z 0-9 . _ -' })
  DEPLOY_HOST_ID?: string;

  /** Lease of a supervised service: renewed every third of it; an executor dead this long is replaced. */
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  @Max(600_000)
  DEPLOY_LEASE_MS = 15_000;

  // ---- Generated code in git, docs/git.md ----

  /** Commit each deployed release, its tests and SPEC to a repository per service (`false`: off). */
  @Transform(envBoolean)
  @IsBoolean({ message: 'GIT_RELEASES must be true or false' })
  GIT_RELEASES = true;

  /** Where the bare repositories live, one `<service>.git` each (default `DATA_DIR/git`). */
  @IsOptional()
  @IsString()
  GIT_RELEASES_DIR?: string;

  /**
   * Also push every release to this remote; `{service}` is replaced by the service name, e.g.
   * `https://git.example.com/factory/{service}.git`. Credentials go in GIT_REMOTE_USERNAME/TOKEN, never here.
   */
  @IsOptional()
  @Matches(REMOTE_TEMPLATE, {
    message:
      'GIT_REMOTE_TEMPLATE must be an http(s), ssh or file URL (or user@host:path) without credentials, holding {service}',
  })
  @Matches(/\{service\}/, { message: 'GIT_REMOTE_TEMPLATE must hold {service}' })
  GIT_REMOTE_TEMPLATE?: string;

  /** User name for an http(s) remote (with GIT_REMOTE_TOKEN). */
  @IsString()
  GIT_REMOTE_USERNAME = 'git';

  /** Password or access token for an http(s) remote: handed to git in its environment only (never argv, never a file). */
  @IsOptional()
  @IsString()
  GIT_REMOTE_TOKEN?: string;

  /** Author and committer of release commits and tags. */
  @IsString()
  GIT_AUTHOR = 'Sovereign Factory';

  @Matches(/^[^<>\s]+@[^<>\s]+$/, { message: 'GIT_EMAIL must be an e-mail address' })
  GIT_EMAIL = 'factory@sovereign-factory.invalid';

  /** Wall-clock limit of one git command (a push included). */
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  GIT_TIMEOUT_MS = 60_000;

  /** The `PATH` git runs with (it finds `ssh` and its helpers there); default a system path. */
  @IsString()
  PATH = '/usr/local/bin:/usr/bin:/bin';

  // ---- Kubernetes target (`deploy_production`), docs/deploy-targets.md ----

  /** Kubeconfig file whose current context is the cluster to deploy to; unset = no Kubernetes target. */
  @IsOptional()
  @IsString()
  KUBECONFIG?: string;

  /** Namespace generated services are deployed to (must exist). */
  @Matches(DNS_LABEL, { message: 'K8S_NAMESPACE must be a DNS-1123 label' })
  K8S_NAMESPACE = 'sovereign-services';

  /** Node.js image that runs a release mounted from its ConfigMap (`node main.js`; needs no registry of ours). */
  @Matches(/^\S+$/, { message: 'K8S_IMAGE must be an image reference' })
  K8S_IMAGE = 'node:20-alpine';

  /** Replicas of each generated service's Deployment. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20)
  K8S_REPLICAS = 1;

  /** Registry URL as seen from inside the cluster (pods register there); default `REGISTRY_URL`. */
  @IsOptional()
  @Matches(/^https?:\/\/.+/, { message: 'K8S_REGISTRY_URL must be an http(s) URL' })
  K8S_REGISTRY_URL?: string;

  /** Cluster DNS domain of Service URLs (`http://<name>.<namespace>.svc.<domain>:<port>`). */
  @Matches(/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/, { message: 'K8S_CLUSTER_DOMAIN must be a DNS name' })
  K8S_CLUSTER_DOMAIN = 'cluster.local';

  /** How long a Deployment rollout may take before the release counts as failed and is rolled back. */
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  K8S_ROLLOUT_TIMEOUT_MS = 180_000;

  /** Container resources of generated services (Kubernetes quantities). */
  @Matches(QUANTITY, { message: 'K8S_CPU_REQUEST must be a CPU quantity, e.g. 50m' })
  K8S_CPU_REQUEST = '50m';

  @Matches(QUANTITY, { message: 'K8S_CPU_LIMIT must be a CPU quantity, e.g. 500m' })
  K8S_CPU_LIMIT = '500m';

  @Matches(QUANTITY, { message: 'K8S_MEMORY_REQUEST must be a memory quantity, e.g. 64Mi' })
  K8S_MEMORY_REQUEST = '64Mi';

  @Matches(QUANTITY, { message: 'K8S_MEMORY_LIMIT must be a memory quantity, e.g. 256Mi' })
  K8S_MEMORY_LIMIT = '256Mi';
}

/** Loads {@link ExecutorConfig} from `env`, or throws one error naming every invalid setting. */
export function loadExecutorConfig(env: NodeJS.ProcessEnv = process.env): ExecutorConfig {
  return loadConfig(ExecutorConfig, env);
}
