import { GENERATED_LAYOUT, createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for token buckets and low-stock listings test something: a bucket that never
 * refills, never empties, refills too fast or holds more than its capacity, a usage read that takes a token, a
 * threshold compared the wrong way, a listing that ignores each record's own threshold or lists everything, each
 * fail the generated suite — and the worked examples alone catch some of them.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000);

const INTENTS = {
  // One token back every 12 seconds: slow enough for worked examples against the real clock.
  slow: intentOf({
    service_name: 'upload-gate',
    purpose: 'Guards the upload API of a photo site',
    key_features: [
      'Every client has a token bucket holding 3 tokens, refilled with 1 token every 12 seconds; with the bucket empty the upload is refused with 429',
      'Show how many tokens a client has left',
    ],
  }),
  // Two tokens per second: a token every 500 ms, read exactly.
  fast: intentOf({
    service_name: 'zugang-drossel',
    purpose: 'Drosselt Anfragen an die Such-API',
    key_features: [
      'Jeder Nutzer hat einen Token-Bucket mit Kapazität 4, der mit 2 Token pro Sekunde nachgefüllt wird; ist er leer, antworte mit 429',
    ],
  }),
  // Each part's own reorder level, at or below it.
  parts: intentOf({
    service_name: 'bike-parts',
    purpose: 'Spare parts of a bike workshop',
    key_features: [
      'register spare parts with a name, a quantity and a reorder level',
      'show the spare parts at or below their own reorder level',
    ],
  }),
  // Notes that expire 10 minutes after they were created.
  notes: intentOf({
    service_name: 'ephemeral-notes',
    purpose: 'Notes that clean themselves up',
    key_features: [
      'Store a note with a text; notes expire after 10 minutes',
      'Read a note by its id',
      'List all notes',
    ],
  }),
  // Each message lives for its own ttl_seconds, else an hour.
  messages: intentOf({
    service_name: 'burner-messages',
    purpose: 'Messages that disappear',
    key_features: [
      'Create messages with a text',
      'Read a message by its id',
      'A message expires after its own ttl_seconds, or after 1 hour when it has none',
    ],
  }),
  // One fixed threshold, strictly below it.
  beans: intentOf({
    service_name: 'kaffee-lager',
    purpose: 'Kaffeebohnen im Lager',
    key_features: ['Sorten mit Name und Menge anlegen', 'Sorten mit weniger als 4 im Bestand anzeigen'],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('limits'), 300_000);
afterAll(() => bench.tearDown());

/** Runs every generated test of `name`'s project with one exact text of its handlers (or state) replaced. */
function runMutant(name: string, from: string, to: string, tests?: string[]): Promise<NodeTestRun> {
  return bench.run(name, from, to, ['src/handlers.ts', 'src/state.ts'], tests);
}

it('the unmutated projects pass their own tests', async () => {
  for (const name of Object.keys(INTENTS)) {
    const run = await runMutant(name, 'export function', 'export function');
    expect({ name, code: run.code, failed: run.failed }).toEqual({ name, code: 0, failed: [] });
    expect(run.passed.length).toBeGreaterThan(10);
  }
});

it.each([
  [
    'slow',
    'a bucket that never refills',
    'held.level + Math.max(0, now - held.at) * 1)',
    'held.level)',
    /one token after 12000 ms/,
  ],
  [
    'fast',
    'a bucket that never refills',
    'held.level + Math.max(0, now - held.at) * 2)',
    'held.level)',
    /one token after 500 ms/,
  ],
  ['slow', 'a bucket that never empties', 'bucket.level -= windowMs;', '', /then answers 429/],
  [
    'fast',
    'a bucket that refills twice as fast',
    'Math.max(0, now - held.at) * 2)',
    'Math.max(0, now - held.at) * 4)',
    /one token after 500 ms/,
  ],
  [
    'fast',
    'a bucket without a capacity',
    'Math.min(capacity, held.level',
    'Math.max(0, held.level',
    /never holds more than 4 tokens/,
  ],
  [
    'fast',
    'a bucket refilled whole once a token is back',
    'const bucket = { level, at: now };',
    'const bucket = { level: level >= windowMs ? capacity : level, at: now };',
    /one token after 500 ms/,
  ],
  [
    'slow',
    'a usage read that takes a token',
    'const remaining = Math.floor(level / windowMs);',
    'if (held !== undefined) held.level -= windowMs;\nconst remaining = Math.floor(level / windowMs);',
    /reading takes no token|tokens a client has left/,
  ],
])('%s: %s fails the generated tests', async (name, _what, from, to, failing) => {
  const run = await runMutant(name, from, to);

  expect(run.code).not.toBe(0);
  expect(run.failed.some((t) => failing.test(t))).toBe(true);
});

it.each([
  [
    'parts',
    'a threshold compared strictly',
    'level <= limit',
    'level < limit',
    /at or below its own reorder_level/,
  ],
  ['beans', 'a threshold compared inclusively', 'level < limit', 'level <= limit', /below 4/],
  [
    'parts',
    "a listing that ignores each part's own level",
    "typeof candidate.reorder_level === 'number' ? candidate.reorder_level : undefined",
    'undefined',
    /reorder_level/,
  ],
  [
    'beans',
    'a listing of every record',
    "typeof level === 'number' && typeof limit === 'number' && level < limit",
    'true',
    /below 4/,
  ],
])('%s: %s fails the generated tests', async (name, _what, from, to, failing) => {
  const run = await runMutant(name, from, to);

  expect(run.code).not.toBe(0);
  expect(run.failed.some((t) => failing.test(t))).toBe(true);
});

it.each([
  ['notes', 'a note that never expires', 'if (now >= at) {', 'if (false) {', /found until then, 404/],
  ['notes', 'a note that expires 1 ms late', 'if (now >= at) {', 'if (now > at) {', /found until then, 404/],
  [
    'notes',
    'a note that expires a second early',
    'this.expiries.set(record.id, this.expiry.now() + ttl);',
    'this.expiries.set(record.id, this.expiry.now() + ttl - 1000);',
    /found until then, 404/,
  ],
  [
    'messages',
    'a message that ignores its own ttl_seconds',
    'record.ttl_seconds > 0 ? record.ttl_seconds * 1000 : 3600000',
    'record.ttl_seconds > 0 ? 3600000 : 3600000',
    /its own ttl_seconds/,
  ],
  [
    'messages',
    'a message without ttl_seconds that never expires',
    'record.ttl_seconds * 1000 : 3600000',
    'record.ttl_seconds * 1000 : null',
    /3600 s after it was created/,
  ],
])('%s: %s fails the generated tests', async (name, _what, from, to, failing) => {
  const run = await runMutant(name, from, to);

  expect(run.code).not.toBe(0);
  expect(run.failed.some((t) => failing.test(t))).toBe(true);
});

it('parts: the worked examples alone catch a reorder level compared strictly', async () => {
  const run = await runMutant('parts', 'level <= limit', 'level < limit', [GENERATED_LAYOUT.releaseTests[0]]);

  expect(run.failed).toContainEqual(expect.stringMatching(/^AC-\d+$/));
});

it('slow: the worked examples alone catch a bucket that never empties', async () => {
  const run = await runMutant('slow', 'bucket.level -= windowMs;', '', [GENERATED_LAYOUT.releaseTests[0]]);

  expect(run.failed).toContainEqual(expect.stringMatching(/^AC-\d+$/));
});
