import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { seeded } from './testing/seeded';
import { ServedRelease, serverErrors } from './testing/served-release';

/*
 * A generated store whose fields were named as phrases ("the start date and time", "how many days between
 * waterings"), served: a start is taken only as an ISO 8601 date-time and a count only as a whole number ≥ 0;
 * anything else — a date alone, words, negative or fractional counts, null, nested values — is 400
 * VALIDATION_FAILED, never a 500. Property-style: values drawn from a seeded generator.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(120_000);

const served = new ServedRelease(client, 'free-fields-svc', [
  "book an appointment with the patient's name, the therapist and the start date and time",
  'add a plant with its name, the room it stands in and how many days between waterings',
]);

beforeAll(async () => {
  expect(await served.start()).toEqual([]);
});

afterAll(() => served.stop());

async function post(path: string, body: unknown): Promise<{ status: number; text: string }> {
  const res = await fetch(`${served.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, text: await res.text() };
}

function createPath(resource: string): string {
  const create = served.contract.endpoints.find(
    (e) => e.behavior.kind === 'create' && e.behavior.resource === resource,
  );
  if (!create) throw new Error(`no create of ${resource}`);
  return create.path;
}

describe('record fields named as phrases, served', () => {
  it('takes a count of days only as a whole number of at least 0, over 150 drawn values', async () => {
    const random = seeded(23);
    for (let i = 0; i < 150; i += 1) {
      const value = Math.round((random() - 0.3) * 400) / (random() < 0.3 ? 4 : 1);
      const r = await post(createPath('plant'), {
        name: `p${i}`,
        room: 'Hall',
        days_between_waterings: value,
      });
      const taken = Number.isInteger(value) && value >= 0;
      expect([value, r.status]).toEqual([value, taken ? 201 : 400]);
      if (!taken) expect(r.text).toContain('VALIDATION_FAILED');
    }
  });

  it('takes a start only as an ISO 8601 date-time, over 100 drawn instants and their damaged forms', async () => {
    const random = seeded(31);
    for (let i = 0; i < 100; i += 1) {
      const instant = new Date(Date.UTC(2020, 0, 1) + Math.floor(random() * 3e11)).toISOString();
      const damaged = [instant, instant.slice(0, 10), instant.replace('T', ' at '), `${instant}!`][i % 4];
      const r = await post(createPath('appointment'), {
        patient_name: `a${i}`,
        therapist: 'Lee',
        start: damaged,
      });
      expect([damaged, r.status]).toEqual([damaged, i % 4 === 0 ? 201 : 400]);
    }
  });

  it('never answers 500, whatever arrives in the fields', async () => {
    const odd = [
      '2026-03-02T09:00:00Z',
      '2026-03-02',
      '2024-02-30T09:00:00Z',
      'next monday',
      '',
      -1,
      0,
      2.5,
      1e308,
      null,
      true,
      [],
      { at: '09:00' },
      '\u0000',
    ];
    const endpoints = served.contract.endpoints.filter((e) => e.behavior.kind === 'create');
    expect(await serverErrors(served.url, endpoints, odd, 43)).toEqual([]);
  });
});
