import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PATH_METADATA } from '@nestjs/common/constants';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { exportedMetricNames, METRIC_CATALOG } from '@sf/platform';
import { HealthController as ExecutorHealth } from '../../apps/build-executor/src/health/health.controller';
import { HealthController as FactoryHealth } from '../../apps/sovereign-factory/src/health/health.controller';

/**
 * The deploy and operations artifacts (Dockerfiles, docker-compose.yml, k8s/, ops/) checked without a
 * cluster or a Docker engine: with the real kubectl (kustomize), promtool and the Kubernetes schemas.
 * A missing tool fails the test with what to install; CI (.ci/run) installs both.
 */

const ROOT = join(__dirname, '..', '..');
const APPS = [
  { name: 'sovereign-factory', port: 8210, portVar: 'FACTORY_PORT', health: FactoryHealth },
  { name: 'build-executor', port: 8211, portVar: 'EXECUTOR_PORT', health: ExecutorHealth },
] as const;
const OVERLAYS = { dev: 'sovereign-factory-dev', prod: 'sovereign-factory' } as const;

const KNOWN_METRICS = new Set([...exportedMetricNames('factory'), ...exportedMetricNames('executor'), 'up']);

type K8sObject = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string };
} & Record<string, any>;

const TOOLS = {
  kubectl: { env: 'KUBECTL', install: 'apt-get install -y kubernetes-client (or any kubectl ≥ 1.20)' },
  promtool: { env: 'PROMTOOL', install: 'apt-get install -y prometheus (it ships promtool)' },
};

/** Runs a tool and returns its stdout; fails with the tool's own words (or how to install it). */
function tool(name: keyof typeof TOOLS, args: string[], cwd = ROOT): string {
  const { env, install } = TOOLS[name];
  const bin = process.env[env] ?? name;
  const result = spawnSync(bin, args, { cwd, encoding: 'utf8', timeout: 30_000 });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(
      `${bin} is not installed: the ops artifacts cannot be checked without it. Install it: ${install}`,
    );
  }
  if (result.status !== 0) {
    throw new Error(`${bin} ${args.join(' ')} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

/** The route of a Nest controller method, from the same metadata Nest routes by. */
function routeOf(controller: new (...args: never[]) => unknown, method: string): string {
  const base = Reflect.getMetadata(PATH_METADATA, controller) as string;
  const handler = (controller.prototype as Record<string, object>)[method];
  const sub = Reflect.getMetadata(PATH_METADATA, handler) as string;
  return `/${[base, sub].filter((p) => p && p !== '/').join('/')}`;
}

/**
 * Metric names a PromQL expression selects: identifiers left once strings, label matchers, ranges,
 * grouping clauses, functions, keywords and numbers are taken out.
 */
function metricNamesIn(expr: string): string[] {
  const stripped = expr
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ')
    .replace(/\$\w+/g, ' ');
  const keywords = new Set([
    'and',
    'or',
    'unless',
    'bool',
    'offset',
    'by',
    'without',
    'on',
    'ignoring',
    'group_left',
    'group_right',
    'inf',
    'nan',
  ]);
  const names = [...stripped.matchAll(/([A-Za-z_:][\w:]*)\s*(\()?/g)]
    .filter((m) => !m[2] && !keywords.has(m[1].toLowerCase()))
    .map((m) => m[1]);
  return [...new Set(names)];
}

function unknownMetrics(exprs: string[]): Array<{ expr: string; unknown: string[] }> {
  return exprs
    .map((expr) => ({ expr, unknown: metricNamesIn(expr).filter((n) => !KNOWN_METRICS.has(n)) }))
    .filter((e) => e.unknown.length > 0);
}

describe('metric name extraction (used by the checks below)', () => {
  it('finds metric names and ignores functions, labels, ranges and grouping', () => {
    const expr =
      'histogram_quantile(0.95, sum by (le, route) (rate(factory_http_request_duration_seconds_bucket{status=~"5.."}[5m]))) ' +
      '/ on (job) group_left sum(up{job="x"}) or absent(executor_redis_up == 0) > bool 1';
    expect(metricNamesIn(expr).sort()).toEqual([
      'executor_redis_up',
      'factory_http_request_duration_seconds_bucket',
      'up',
    ]);
  });
});

describe('Kubernetes manifests (k8s/)', () => {
  const built: Partial<Record<keyof typeof OVERLAYS, K8sObject[]>> = {};
  const build = (overlay: keyof typeof OVERLAYS): K8sObject[] => {
    built[overlay] ??= parseAllDocuments(tool('kubectl', ['kustomize', `k8s/overlays/${overlay}`]))
      .map((doc) => doc.toJS() as K8sObject)
      .filter(Boolean);
    return built[overlay];
  };
  const find = (objects: K8sObject[], kind: string, name: string): K8sObject => {
    const found = objects.find((o) => o.kind === kind && o.metadata.name === name);
    if (!found) throw new Error(`no ${kind}/${name} in the build`);
    return found;
  };

  describe.each(Object.entries(OVERLAYS) as Array<[keyof typeof OVERLAYS, string]>)(
    'overlay %s',
    (overlay, ns) => {
      it('builds with kubectl kustomize and holds every object the product needs', () => {
        const kinds = build(overlay).map((o) => `${o.kind}/${o.metadata.name}`);
        for (const expected of [
          'Namespace/' + ns,
          'ConfigMap/sovereign-factory-config',
          'ConfigMap/redis-config',
          'StatefulSet/redis',
          'Service/redis',
          'NetworkPolicy/redis',
          ...APPS.flatMap((a) => [
            `Deployment/${a.name}`,
            `Service/${a.name}`,
            `HorizontalPodAutoscaler/${a.name}`,
            `PodDisruptionBudget/${a.name}`,
            `NetworkPolicy/${a.name}`,
          ]),
        ]) {
          expect(kinds).toContain(expected);
        }
      });

      it('validates every object against the Kubernetes schemas (kubernetes-models)', async () => {
        const problems: string[] = [];
        for (const object of build(overlay)) {
          const group: Record<string, new (data: unknown) => { validate(): void }> = await import(
            `kubernetes-models/${object.apiVersion}`
          );
          const Model = group[object.kind];
          if (!Model) {
            problems.push(`${object.apiVersion} ${object.kind}: no schema`);
            continue;
          }
          try {
            new Model(object).validate();
          } catch (err) {
            problems.push(`${object.kind}/${object.metadata.name}: ${(err as Error).message}`);
          }
        }
        expect(problems).toEqual([]);
      });

      it('puts every namespaced object in the overlay namespace', () => {
        const elsewhere = build(overlay)
          .filter((o) => o.kind !== 'Namespace' && o.metadata.namespace !== ns)
          .map((o) => `${o.kind}/${o.metadata.name}`);
        expect(elsewhere).toEqual([]);
      });

      it.each(APPS)('probes $name at its real health endpoints on its real port', (app) => {
        const deployment = find(build(overlay), 'Deployment', app.name);
        const config = find(build(overlay), 'ConfigMap', 'sovereign-factory-config');
        const [container] = deployment.spec.template.spec.containers;
        const live = routeOf(app.health, 'live');
        const ready = routeOf(app.health, 'ready');
        expect([live, ready]).toEqual(['/health/live', '/health/ready']);

        expect(container.ports).toEqual([{ name: 'http', containerPort: app.port }]);
        expect(Number(config.data[app.portVar])).toBe(app.port);
        expect(container.startupProbe.httpGet).toEqual({ path: live, port: 'http' });
        expect(container.livenessProbe.httpGet).toEqual({ path: live, port: 'http' });
        expect(container.readinessProbe.httpGet).toEqual({ path: ready, port: 'http' });
        const service = find(build(overlay), 'Service', app.name);
        expect(service.spec.ports).toEqual([{ name: 'http', port: app.port, targetPort: 'http' }]);
        expect(service.spec.selector).toEqual(deployment.spec.selector.matchLabels);
      });

      it.each(APPS)('runs $name as non-root on a read-only root with writable /tmp and data dir', (app) => {
        const deployment = find(build(overlay), 'Deployment', app.name);
        const config = find(build(overlay), 'ConfigMap', 'sovereign-factory-config');
        const pod = deployment.spec.template.spec;
        const [container] = pod.containers;
        expect(pod.securityContext).toMatchObject({ runAsNonRoot: true });
        expect(pod.securityContext.runAsUser).toBeGreaterThan(0);
        expect(container.securityContext).toMatchObject({
          readOnlyRootFilesystem: true,
          allowPrivilegeEscalation: false,
          capabilities: { drop: ['ALL'] },
        });
        const mounts = new Map<string, string>(
          container.volumeMounts.map((m: { mountPath: string; name: string }) => [m.mountPath, m.name]),
        );
        for (const path of ['/tmp', config.data.DATA_DIR]) {
          const volume = pod.volumes.find((v: { name: string }) => v.name === mounts.get(path));
          expect({ path, emptyDir: Boolean(volume?.emptyDir) }).toEqual({ path, emptyDir: true });
        }
        expect(container.resources.requests).toEqual(expect.objectContaining({ cpu: expect.any(String) }));
        expect(container.resources.limits).toEqual(expect.objectContaining({ memory: expect.any(String) }));
        expect(container.envFrom).toEqual(
          expect.arrayContaining([{ configMapRef: { name: 'sovereign-factory-config' } }]),
        );
      });

      it('runs Redis as a StatefulSet with a volume claim, AOF and noeviction', () => {
        const redis = find(build(overlay), 'StatefulSet', 'redis');
        const conf = find(build(overlay), 'ConfigMap', 'redis-config').data['redis.conf'] as string;
        expect(conf).toMatch(/^appendonly yes$/m);
        expect(conf).toMatch(/^maxmemory-policy noeviction$/m);
        expect(redis.spec.volumeClaimTemplates.map((t: K8sObject) => t.metadata.name)).toEqual(['data']);
        const [container] = redis.spec.template.spec.containers;
        expect(container.args[0]).toBe('/usr/local/etc/redis/redis.conf');
        expect(container.volumeMounts).toEqual(
          expect.arrayContaining([{ name: 'data', mountPath: '/data' }]),
        );
        // The password: Redis includes auth.conf from a Secret, and both services take REDIS_URL from it.
        expect(conf).toMatch(/^include \/usr\/local\/etc\/redis-auth\/auth\.conf$/m);
        expect(conf).not.toMatch(/^\s*requirepass/m);
        expect(redis.spec.template.spec.volumes).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              name: 'auth',
              secret: expect.objectContaining({ secretName: 'sovereign-factory-redis' }),
            }),
          ]),
        );
        const config = find(build(overlay), 'ConfigMap', 'sovereign-factory-config');
        expect(config.data.REDIS_URL).toBeUndefined();
        for (const app of APPS) {
          const [appContainer] = find(build(overlay), 'Deployment', app.name).spec.template.spec.containers;
          expect(appContainer.env).toEqual(
            expect.arrayContaining([
              {
                name: 'REDIS_URL',
                valueFrom: { secretKeyRef: { name: 'sovereign-factory-redis', key: 'REDIS_URL' } },
              },
            ]),
          );
        }
      });

      it('scales the executor on its queue depth (a catalog metric) and CPU', () => {
        const hpa = find(build(overlay), 'HorizontalPodAutoscaler', 'build-executor');
        const external = hpa.spec.metrics.find((m: { type: string }) => m.type === 'External');
        expect(external.external.metric.name).toBe('executor_queue_depth');
        expect(exportedMetricNames('executor')).toContain(external.external.metric.name);
        expect(hpa.spec.metrics.map((m: { type: string }) => m.type)).toEqual(['External', 'Resource']);
        expect(hpa.spec.scaleTargetRef).toEqual({
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          name: 'build-executor',
        });
      });

      it.each(APPS)('admits $name only from labelled clients and the ingress namespace', (app) => {
        const policy = find(build(overlay), 'NetworkPolicy', app.name);
        expect(policy.spec.ingress).toHaveLength(1);
        expect(policy.spec.ingress[0].from).toEqual([
          { podSelector: { matchLabels: { 'sovereign-factory/client': 'true' } } },
          { namespaceSelector: { matchLabels: { 'sovereign-factory/ingress': 'true' } } },
        ]);
      });

      it('lets only the two services reach Redis', () => {
        const policy = find(build(overlay), 'NetworkPolicy', 'redis');
        expect(policy.spec.podSelector.matchLabels).toEqual({ 'app.kubernetes.io/name': 'redis' });
        expect(policy.spec.ingress).toHaveLength(1);
        const [from] = policy.spec.ingress[0].from;
        expect(from.podSelector.matchExpressions).toEqual([
          { key: 'app.kubernetes.io/name', operator: 'In', values: APPS.map((a) => a.name) },
        ]);
        expect(policy.spec.ingress[0].ports).toEqual([{ protocol: 'TCP', port: 6379 }]);
      });
    },
  );

  it('gives prod more replicas and bigger resources than dev', () => {
    const cpu = (v: string): number => (v.endsWith('m') ? Number(v.slice(0, -1)) / 1000 : Number(v));
    for (const app of APPS) {
      const [dev, prod] = (['dev', 'prod'] as const).map((o) => find(build(o), 'Deployment', app.name));
      expect(prod.spec.replicas).toBeGreaterThan(dev.spec.replicas);
      const [devRes, prodRes] = [dev, prod].map((d) => d.spec.template.spec.containers[0].resources);
      expect(cpu(prodRes.requests.cpu)).toBeGreaterThan(cpu(devRes.requests.cpu));
      expect(cpu(prodRes.limits.cpu)).toBeGreaterThan(cpu(devRes.limits.cpu));
    }
  });

  it('ships the LLM key Secret only as an example in dev, with no value in it', () => {
    const secret = find(build('dev'), 'Secret', 'sovereign-factory-llm');
    expect(Object.values(secret.stringData as Record<string, string>)).toEqual(['', '']);
    expect(build('prod').filter((o) => o.kind === 'Secret')).toEqual([]);
  });
});

describe('Prometheus rules and config (ops/prometheus)', () => {
  type Rule = { alert?: string; record?: string; expr: string; annotations?: Record<string, string> };
  const rules = (): Rule[] =>
    (parse(read('ops/prometheus/alerts.yml')) as { groups: Array<{ rules: Rule[] }> }).groups.flatMap(
      (g) => g.rules,
    );

  it('passes promtool check rules', () => {
    expect(tool('promtool', ['check', 'rules', 'ops/prometheus/alerts.yml'])).toMatch(/SUCCESS/);
  });

  it('passes its promtool unit tests', () => {
    expect(tool('promtool', ['test', 'rules', 'ops/prometheus/alerts.test.yml'])).toMatch(/SUCCESS/);
  });

  it('passes promtool check config for the example scrape config', () => {
    expect(tool('promtool', ['check', 'config', 'ops/prometheus/prometheus.yml'])).toMatch(/SUCCESS/);
  });

  it('names only metrics the services export', () => {
    expect(unknownMetrics(rules().map((r) => r.expr))).toEqual([]);
  });

  it('links every alert to a runbook that exists', () => {
    for (const rule of rules()) {
      const runbook = rule.annotations?.runbook_url;
      expect({ alert: rule.alert, runbook }).toEqual({
        alert: rule.alert,
        runbook: `docs/runbooks/${rule.alert}.md`,
      });
      const text = read(runbook!);
      expect(text).toContain(`# ${rule.alert}`);
      for (const section of ['## What it means', '## How to check', '## How to fix'])
        expect(text).toContain(section);
    }
  });

  it('unit-tests every alert both firing and not firing', () => {
    type Case = { alertname: string; exp_alerts?: unknown[] };
    const suite = parse(read('ops/prometheus/alerts.test.yml')) as {
      tests: Array<{ alert_rule_test: Case[] }>;
    };
    const cases = suite.tests.flatMap((t) => t.alert_rule_test);
    const missing = [...new Set(rules().map((r) => r.alert!))].flatMap((alert) => {
      const mine = cases.filter((c) => c.alertname === alert);
      return [
        ...(mine.some((c) => (c.exp_alerts ?? []).length > 0) ? [] : [`${alert}: no firing case`]),
        ...(mine.some((c) => (c.exp_alerts ?? []).length === 0) ? [] : [`${alert}: no silent case`]),
      ];
    });
    expect(missing).toEqual([]);
  });
});

describe('Grafana dashboard (ops/grafana/sovereign-factory.json)', () => {
  type Panel = { type: string; title: string; targets?: Array<{ expr: string }>; panels?: Panel[] };
  const dashboard = (): { uid: string; title: string; panels: Panel[] } =>
    JSON.parse(read('ops/grafana/sovereign-factory.json'));
  const exprs = (): string[] =>
    dashboard()
      .panels.flatMap((p) => [p, ...(p.panels ?? [])])
      .flatMap((p) => (p.targets ?? []).map((t) => t.expr));

  it('parses, and every panel but the rows has a query', () => {
    const { uid, panels } = dashboard();
    expect(uid).toBe('sovereign-factory');
    const empty = panels.filter((p) => p.type !== 'row' && !(p.targets ?? []).length).map((p) => p.title);
    expect(empty).toEqual([]);
  });

  it('names only metrics the services export', () => {
    expect(unknownMetrics(exprs())).toEqual([]);
  });

  it('shows every metric in the catalog', () => {
    const used = new Set(exprs().flatMap(metricNamesIn));
    const unshown = METRIC_CATALOG.filter(
      (m) =>
        !m.services.some((s) =>
          [``, `_bucket`, `_sum`, `_count`].some((x) => used.has(`${s}_${m.name}${x}`)),
        ),
    ).map((m) => m.name);
    expect(unshown).toEqual([]);
  });

  it('queries only valid PromQL (promtool parses each one as a recording rule)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sf-dashboard-promql-'));
    try {
      const grafanaVars = (expr: string) =>
        expr
          .replaceAll('$__rate_interval', '5m')
          .replaceAll('$__range', '1h')
          .replaceAll('$__interval', '1m');
      const rules = exprs().map((expr, i) => ({ record: `dashboard:expr_${i}`, expr: grafanaVars(expr) }));
      writeFileSync(join(dir, 'dashboard.rules.yml'), stringify({ groups: [{ name: 'dashboard', rules }] }));
      expect(tool('promtool', ['check', 'rules', join(dir, 'dashboard.rules.yml')])).toMatch(/SUCCESS/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('docker-compose.yml', () => {
  type Service = {
    image?: string;
    command?: string[];
    healthcheck?: { test: string[] };
    depends_on?: Record<string, { condition: string }>;
    environment?: Record<string, string>;
    ports?: string[];
    volumes?: string[];
    build?: { context: string; dockerfile: string };
    profiles?: string[];
  };
  const compose = (): { services: Record<string, Service>; volumes: Record<string, unknown> } =>
    parse(read('docker-compose.yml'));

  it('runs Redis 7 with AOF, noeviction, a named volume and a health check', () => {
    const { services, volumes } = compose();
    const redis = services.redis;
    expect(redis.image).toMatch(/^redis:7(\.|-|$)/);
    const command = redis.command!.join(' ');
    expect(command).toContain('--appendonly yes');
    expect(command).toContain('--maxmemory-policy noeviction');
    // A password from the environment, written to a config file rather than onto the command line.
    expect(command).toMatch(/requirepass[\s\S]*\$\$REDIS_PASSWORD[\s\S]*> \/tmp\/auth\.conf/);
    expect(command).not.toMatch(/--requirepass/);
    expect(redis.environment?.REDIS_PASSWORD).toMatch(/^\$\{REDIS_PASSWORD:\?/);
    expect(redis.healthcheck!.test.join(' ')).toMatch(/REDISCLI_AUTH=.*redis-cli ping/);
    const [volume] = redis.volumes!;
    expect(volume).toMatch(/^[\w-]+:\/data$/);
    expect(Object.keys(volumes)).toContain(volume.split(':')[0]);
  });

  it.each(APPS)('starts $name once Redis is healthy, built from its Dockerfile, on its port', (app) => {
    const service = compose().services[app.name];
    expect(service.depends_on).toEqual({ redis: { condition: 'service_healthy' } });
    expect(service.build).toEqual({ context: '.', dockerfile: `apps/${app.name}/Dockerfile` });
    expect(existsSync(join(ROOT, service.build!.dockerfile))).toBe(true);
    expect(service.environment).toMatchObject({
      HOST: '0.0.0.0',
      REDIS_URL: 'redis://:${REDIS_PASSWORD}@redis:6379',
      [app.portVar]: String(app.port),
    });
    expect(service.ports).toEqual([`${app.port}:${app.port}`]);
  });
});

describe('Dockerfiles', () => {
  type Instruction = { op: string; args: string };
  type Stage = { from: string; name?: string; instructions: Instruction[] };

  /** Instructions by stage (continuation lines joined, comments dropped): enough to lint without hadolint. */
  function stages(path: string): { args: Instruction[]; stages: Stage[] } {
    const lines = read(path)
      .replace(/\\\r?\n/g, ' ')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    const result: { args: Instruction[]; stages: Stage[] } = { args: [], stages: [] };
    for (const line of lines) {
      const [, op, args] = /^(\w+)\s+(.*)$/.exec(line) ?? [];
      if (!op) throw new Error(`${path}: cannot read "${line}"`);
      const instruction = { op: op.toUpperCase(), args: args.replace(/\s+/g, ' ') };
      if (instruction.op === 'FROM') {
        const [, from, name] = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(instruction.args) ?? [];
        result.stages.push({ from, name, instructions: [] });
      } else if (result.stages.length === 0) {
        result.args.push(instruction);
      } else {
        result.stages.at(-1)!.instructions.push(instruction);
      }
    }
    return result;
  }
  const all = (stage: Stage, op: string): string[] =>
    stage.instructions.filter((i) => i.op === op).map((i) => i.args);

  it.each(APPS)(
    'builds $name in stages on Node 20 slim and runs it as non-root with a health check',
    (app) => {
      const { args, stages: list } = stages(`apps/${app.name}/Dockerfile`);
      expect(args.map((a) => a.args)).toContainEqual(
        expect.stringMatching(/^NODE_IMAGE=node:20\.\d+-\w+-slim$/),
      );
      expect(list.length).toBeGreaterThanOrEqual(2);
      expect(list.every((s) => s.from === '${NODE_IMAGE}' || list.some((o) => o.name === s.from))).toBe(true);

      const build = list.find((s) => all(s, 'RUN').some((r) => r.includes('npm run build')))!;
      expect(all(build, 'RUN').some((r) => /npm ci\b/.test(r) && !r.includes('--omit=dev'))).toBe(true);

      const runtime = list.at(-1)!;
      const copies = all(runtime, 'COPY');
      const prodDeps = list.find((s) =>
        all(s, 'RUN').some((r) => r.includes('npm ci') && r.includes('--omit=dev')),
      );
      expect(prodDeps).toBeDefined();
      expect(copies).toContain(`--from=${prodDeps!.name} /app/node_modules ./node_modules`);
      expect(copies).toContain(`--from=${build.name} /app/dist ./dist`);

      const users = all(runtime, 'USER');
      expect(users).toHaveLength(1);
      expect(users[0]).not.toMatch(/^(root|0)(:|$)/);

      const [healthcheck] = all(runtime, 'HEALTHCHECK');
      expect(healthcheck).toMatch(/CMD \["node", "-e", ".*\/health\/live/);
      expect(healthcheck).toContain(app.portVar);
      expect(healthcheck).not.toMatch(/curl|wget/);

      const env = all(runtime, 'ENV').join(' ');
      expect(env).toContain('HOST=0.0.0.0');
      expect(env).toContain(`${app.portVar}=${app.port}`);
      expect(all(runtime, 'EXPOSE')).toEqual([String(app.port)]);

      // The image starts what `npm run start:<app>` starts after its build.
      const script = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts[
        app.name === 'sovereign-factory' ? 'start:factory' : 'start:executor'
      ];
      const entry = /node (\S+)$/.exec(script)![1];
      expect(all(runtime, 'CMD')).toEqual([`["node", "${entry}"]`]);
    },
  );

  it('installs bubblewrap in the executor image only', () => {
    const runtimeRuns = (app: string) =>
      all(stages(`apps/${app}/Dockerfile`).stages.at(-1)!, 'RUN').join(' ');
    expect(runtimeRuns('build-executor')).toMatch(/apt-get install .*\bbubblewrap\b/);
    expect(runtimeRuns('sovereign-factory')).not.toContain('bubblewrap');
  });

  it('keeps the build stages of both images identical, so they are built once', () => {
    const shared = (app: string) => stages(`apps/${app}/Dockerfile`).stages.slice(0, -1);
    expect(shared('build-executor')).toEqual(shared('sovereign-factory'));
  });

  it('keeps local state, dependencies and secrets out of the build context', () => {
    const ignored = read('.dockerignore').split('\n');
    for (const entry of ['.git', '**/node_modules', 'dist', '.data', '.env'])
      expect(ignored).toContain(entry);
  });
});
