import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LlmClient } from '@sf/llm';
import type { EndpointSpec, SpecContract } from '@sf/service-spec';
import {
  assembleRelease,
  freePort,
  generateProject,
  intentOf,
  specFor,
  startRelease,
  waitActive,
  type RunningRelease,
} from './generated-release';
import { seeded } from './seeded';

/*
 * A generated service served for bad-input specs: designed offline from a few key features, generated, assembled
 * and started on a free loopback port; and the seeded body fuzzer those specs run against its endpoints.
 */

/** A generated service running for a spec: its URL and contract once started. */
export class ServedRelease {
  url = '';
  contract!: SpecContract;
  private root = '';
  private service: RunningRelease | undefined;

  constructor(
    private readonly client: LlmClient,
    private readonly name: string,
    private readonly features: string[],
  ) {}

  /** Designs, generates, assembles and starts the service; the assembly must report no problem. */
  async start(): Promise<string[]> {
    this.root = await mkdtemp(join(tmpdir(), `sf-${this.name}-`));
    const spec = await specFor(
      this.client,
      intentOf({ service_name: this.name, key_features: this.features }),
    );
    this.contract = spec.contract;
    const files = await generateProject(this.client, spec.contract, spec.sha256);
    const problems = await assembleRelease(files, this.root);
    if (problems.length > 0) return problems;
    const port = await freePort();
    this.service = startRelease(this.root, { PORT: String(port) });
    this.url = `http://127.0.0.1:${port}`;
    await waitActive(this.url);
    return [];
  }

  /** One request to the service: its status and its body (parsed when it is JSON, else the text). */
  async call(method: string, path: string, body?: string): Promise<{ status: number; body: unknown }> {
    const res = await fetch(`${this.url}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body,
    });
    const text = await res.text();
    try {
      return { status: res.status, body: JSON.parse(text) as unknown };
    } catch {
      return { status: res.status, body: text };
    }
  }

  /** Stops the service and removes its release. */
  async stop(): Promise<void> {
    this.service?.child.kill('SIGTERM');
    if (this.service) await this.service.exited;
    await rm(this.root, { recursive: true, force: true });
  }
}

/**
 * The service of `features`, started before the spec's tests and stopped after them (registers `beforeAll` and
 * `afterAll`: call at the top level of a spec), and a JSON POST to it answering its status and parsed body.
 */
export function servedForSpec(client: LlmClient, name: string, features: string[]) {
  const served = new ServedRelease(client, name, features);
  beforeAll(async () => {
    expect(await served.start()).toEqual([]);
  });
  afterAll(() => served.stop());
  return { served, post: (path: string, body: unknown) => postJson(served, path, body) };
}

/** A JSON POST to the served service: its status and its parsed body. */
export async function postJson(
  served: ServedRelease,
  path: string,
  body: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${served.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/**
 * Sends each endpoint `rounds` JSON bodies drawn from `odd` values (its fields and an extra one, each present
 * most of the time; every tenth body one odd value alone) and returns what answered 500 or worse.
 */
export async function serverErrors(
  url: string,
  endpoints: EndpointSpec[],
  odd: unknown[],
  seed: number,
  rounds = 60,
): Promise<string[]> {
  const random = seeded(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const seen: string[] = [];
  for (const e of endpoints) {
    const fields = (e.request.body?.fields ?? []).map((f) => f.name);
    for (let round = 0; round < rounds; round += 1) {
      const body: Record<string, unknown> = {};
      for (const name of [...fields, 'extra']) if (random() > 0.15) body[name] = pick(odd);
      const sent = round % 10 === 9 ? JSON.stringify(pick(odd)) : JSON.stringify(body);
      const res = await fetch(`${url}${e.path}`, {
        method: e.method,
        headers: { 'content-type': 'application/json' },
        body: sent,
      });
      const text = await res.text();
      if (res.status >= 500)
        seen.push(`${e.path} ${sent.slice(0, 120)} → ${res.status} ${text.slice(0, 120)}`);
    }
  }
  return seen;
}

/**
 * JSON values a bad-input property sends in place of a number field: the edges every number field meets (zero,
 * minus zero, negatives, the largest and tiniest doubles, the largest safe integer), values of other JSON types,
 * prototype names and a long string, with the domain's own edge values (`domain`) among them.
 */
export function oddJsonValues(...domain: unknown[]): unknown[] {
  return [
    0,
    -0,
    -1,
    ...domain,
    1e308,
    -1e308,
    5e-324,
    Number.MAX_SAFE_INTEGER,
    '',
    null,
    true,
    [],
    {},
    '__proto__',
    'constructor',
    'x'.repeat(10_000),
  ];
}
