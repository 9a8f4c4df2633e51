/**
 * The intake benchmark's load generator, run as its own process so the load it makes does not share an event
 * loop with the harness (or with the server it measures): autocannon against `POST /intents/submit` of one URL,
 * every request a distinct intent (unique service name, the four priorities in turn). Prints one JSON line,
 * a {@link LoadResult}, on stdout and exits.
 *
 * Env: LOAD_URL (required), LOAD_SECONDS (default 10), LOAD_CONNECTIONS (default 64), LOAD_AUTH (the
 * `Authorization` header, optional), LOAD_TAG (distinguishes the service names of concurrent generators),
 * LOAD_RATE (requests per second in all, spread over the connections; unset: as fast as answers come).
 */
import autocannon from 'autocannon';

/** What one load run measured (latencies in ms). */
export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  accepted: number;
  non2xx: number;
  errors: number;
}

const PRIORITIES = ['critical', 'high', 'medium', 'low'];

async function main(): Promise<void> {
  const url = process.env.LOAD_URL;
  if (!url) throw new Error('LOAD_URL is required');
  const tag = `${process.env.LOAD_TAG ?? 'g'}-${process.pid}`;
  const auth = process.env.LOAD_AUTH;
  let counter = 0;
  const body = (): string => {
    counter++;
    return JSON.stringify({
      service_name: `bench-svc-${tag}-${counter}`,
      service_type: 'domain',
      priority: PRIORITIES[counter % 4],
      purpose: 'Benchmark intent: manage widgets for the platform team',
      key_features: ['Create widgets', 'List widgets', 'Get a widget by id'],
      dependencies: ['registry'],
      port: 9000 + (counter % 1000),
    });
  };
  const result = await autocannon({
    url: `${url}/intents/submit`,
    connections: Number(process.env.LOAD_CONNECTIONS ?? 64),
    duration: Number(process.env.LOAD_SECONDS ?? 10),
    ...(process.env.LOAD_RATE ? { overallRate: Number(process.env.LOAD_RATE) } : {}),
    requests: [
      {
        method: 'POST',
        headers: { ...(auth ? { authorization: auth } : {}), 'content-type': 'application/json' },
        setupRequest: (req) => ({ ...req, body: body() }),
      },
    ],
  });
  const out: LoadResult = {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    accepted: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

void main().catch((err: Error) => {
  console.error(err);
  process.exit(1);
});
