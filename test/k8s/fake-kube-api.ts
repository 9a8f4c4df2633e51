import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake API server received. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  contentType: string | null;
  authorization: string | null;
  body: any;
}

/**
 * How Deployments roll out: `progress` moves one replica per status read until complete; `deadline` reports
 * ProgressDeadlineExceeded once the generation is observed; `stuck` never makes a replica available.
 */
export type RolloutMode = 'progress' | 'deadline' | 'stuck';

type Stored = { object: any; generation: number; reads: number };

const RESOURCES: Record<string, { name: string; kind: string }[]> = {
  v1: [
    { name: 'configmaps', kind: 'ConfigMap' },
    { name: 'services', kind: 'Service' },
    { name: 'secrets', kind: 'Secret' },
  ],
  'apps/v1': [{ name: 'deployments', kind: 'Deployment' }],
};

/**
 * A local HTTP server that plays the part of the Kubernetes API for the calls the Kubernetes target makes:
 * discovery (`/api/v1`, `/apis/apps/v1`), server-side apply (PATCH), GET and DELETE of namespaced objects,
 * with Deployment status moving according to {@link RolloutMode}. Everything received is recorded.
 */
export class FakeKubeApi {
  readonly requests: RecordedRequest[] = [];
  readonly objects = new Map<string, Stored>();
  mode: RolloutMode = 'progress';
  /** When set, an apply of this kind is refused with 422 and this message. */
  refuseApplyOf: { kind: string; message: string } | null = null;
  private server: Server | null = null;

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Requests other than discovery, as `METHOD path`. */
  calls(): string[] {
    return this.requests.filter((r) => !isDiscovery(r.path)).map((r) => `${r.method} ${r.path}`);
  }

  stored(kind: string, namespace: string, name: string): any {
    return this.objects.get(`${kind}/${namespace}/${name}`)?.object ?? null;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const text = await readBody(req);
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      contentType: req.headers['content-type'] ?? null,
      authorization: req.headers.authorization ?? null,
      body: text ? JSON.parse(text) : null,
    };
    this.requests.push(record);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const discovery = url.pathname === '/api/v1' ? 'v1' : url.pathname === '/apis/apps/v1' ? 'apps/v1' : null;
    if (discovery) {
      const resources = RESOURCES[discovery].map((r) => ({
        ...r,
        namespaced: true,
        singularName: '',
        verbs: [],
      }));
      return send(200, { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: discovery, resources });
    }
    const match = /^\/(?:api\/v1|apis\/apps\/v1)\/namespaces\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(url.pathname);
    if (!match) return send(404, status(404, `no route ${url.pathname}`));
    const [, namespace, plural, name] = match;
    const kind = Object.values(RESOURCES)
      .flat()
      .find((r) => r.name === plural)?.kind;
    const key = `${kind}/${namespace}/${name}`;
    const existing = this.objects.get(key);

    if (record.method === 'PATCH') {
      const refusal = this.refuseApplyOf;
      if (refusal && refusal.kind === kind) return send(422, status(422, refusal.message));
      const body = record.body as { spec?: unknown };
      const changed = !existing || JSON.stringify(existing.object.spec) !== JSON.stringify(body.spec);
      const generation = (existing?.generation ?? 0) + (changed ? 1 : 0);
      const stored: Stored = {
        object: { ...body, metadata: { ...(body as any).metadata, generation } },
        generation,
        reads: changed ? 0 : (existing?.reads ?? 0),
      };
      if (!changed && existing) stored.object.status = existing.object.status;
      this.objects.set(key, stored);
      return send(200, stored.object);
    }
    if (!existing) return send(404, status(404, `${plural} "${name}" not found`));
    if (record.method === 'DELETE') {
      this.objects.delete(key);
      return send(200, status(200, 'deleted'));
    }
    if (kind === 'Deployment') this.advance(existing);
    return send(200, existing.object);
  }

  /** One status read moves the rollout one step, as the controller would between two polls. */
  private advance(stored: Stored): void {
    stored.reads += 1;
    const desired = (stored.object.spec?.replicas as number | undefined) ?? 1;
    // The first read after a change still shows the old generation, as a busy controller would.
    const observed = stored.reads >= 2 ? stored.generation : stored.generation - 1;
    const step = Math.max(0, Math.min(desired, stored.reads - 2));
    const base = { observedGeneration: observed, replicas: desired };
    if (this.mode === 'deadline') {
      stored.object.status = {
        ...base,
        updatedReplicas: 0,
        conditions: [
          { type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded', message: 'image pull' },
        ],
      };
    } else if (this.mode === 'stuck') {
      stored.object.status = { ...base, updatedReplicas: desired, readyReplicas: 0, availableReplicas: 0 };
    } else {
      stored.object.status = { ...base, updatedReplicas: step, readyReplicas: step, availableReplicas: step };
    }
  }
}

function status(code: number, message: string) {
  return { kind: 'Status', apiVersion: 'v1', status: code < 300 ? 'Success' : 'Failure', message, code };
}

function isDiscovery(path: string): boolean {
  return path === '/api/v1' || path === '/apis/apps/v1';
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
