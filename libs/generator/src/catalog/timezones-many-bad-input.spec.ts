import { serverErrors } from '../codegen/testing/served-release';
import { oddValues, servedConverter } from './testing/served-converter';

/*
 * One meeting time shown in several zones, on bad input: whatever JSON body arrives (a list that is no list, zones
 * that are no zones, a time that is no time, prototype names), the generated service answers 200 or 400, never a
 * 500, and answers each zone of a good list in the order sent.
 */

jest.setTimeout(120_000);

const FEATURES = [
  'POST /meeting/zones with body {"time": "2026-03-10T15:00", "from": IANA zone, "zones": [IANA zone]} returns the local time in each zone',
  'An unknown time zone returns 400',
];

const ODD = [
  ...oddValues(['Europe/Berlin', 'Mars/Olympus_Mons', '2024-03-31T02:30']),
  ['UTC', 7],
  ['Nowhere/X'],
];

const { served, converters, post } = servedConverter(
  'tz-many-svc',
  FEATURES,
  'timezone.many',
  '/meeting/zones',
);

beforeAll(async () => {
  expect(await served.start()).toEqual([]);
});

afterAll(() => served.stop());

describe('one meeting time in several zones, on bad input', () => {
  it('is one endpoint claiming both features', () => {
    expect(converters().map((e) => `${e.method} ${e.path}`)).toEqual(['POST /meeting/zones']);
    expect(converters()[0].features).toEqual(FEATURES);
  });

  it('never answers 500 to any JSON body (seeded)', async () => {
    expect(await serverErrors(served.url, converters(), ODD, 20261207)).toEqual([]);
  });

  it('refuses an unknown zone in the list, an empty list, a zone list that is a string and a skipped time with 400', async () => {
    const at = { time: '2026-03-10T15:00', from: 'America/New_York' };
    expect((await post({ ...at, zones: ['UTC', 'Mars/Olympus_Mons'] })).status).toBe(400);
    expect((await post({ ...at, zones: [] })).status).toBe(400);
    expect((await post({ ...at, zones: 'UTC' })).status).toBe(400);
    expect((await post({ time: '2024-03-31T02:30', from: 'Europe/Berlin', zones: ['UTC'] })).status).toBe(
      400,
    );
  });

  it('answers 15:00 New York on 10 March 2026 as 20:00 Berlin and 04:00 next day Tokyo, in order', async () => {
    const answer = await post({
      time: '2026-03-10T15:00',
      from: 'America/New_York',
      zones: ['Europe/Berlin', 'Asia/Tokyo'],
    });
    expect(answer.status).toBe(200);
    expect(JSON.stringify(answer.body)).toMatch(
      /Europe\/Berlin.*2026-03-10T20:00.*Asia\/Tokyo.*2026-03-11T04:00/,
    );
  });
});
