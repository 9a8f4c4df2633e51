import type { AcceptanceCheck, EndpointSpec, SpecContract } from '../spec-contract';
import { daylightSavingProblems } from './daylight-saving';

/* Summer time and the ISO form with offset, realised by what a conversion's worked examples show. */

const convert = {
  id: 'convert',
  method: 'POST',
  path: '/timezones/convert',
  features: [],
  behavior: {
    kind: 'function',
    function: 'timezone.convert',
    inputs: { time: 'time', from: 'from', to: 'to' },
    outputs: { time: 'time', offset: 'offset', zone: 'zone' },
  },
} as unknown as EndpointSpec;

function example(time: string, to: string, answer: string, offset: string): AcceptanceCheck {
  return {
    id: `${time}-${to}`,
    endpoint_id: 'convert',
    description: '',
    kind: 'happy',
    steps: [
      {
        request: { method: 'POST', path: '/timezones/convert', body: { time, from: 'UTC', to } },
        expect: { status: 200, body_contains: { time: answer, offset } },
      },
    ],
  };
}

const contract = (acceptance: AcceptanceCheck[]) =>
  ({ endpoints: [convert], acceptance }) as unknown as SpecContract;
const winter = example('2024-03-30T12:00:00', 'Europe/Berlin', '2024-03-30T13:00:00', '+01:00');
const summer = example('2024-04-01T12:00:00', 'Europe/Berlin', '2024-04-01T14:00:00', '+02:00');
const tokyo = example('2024-04-01T12:00:00', 'Asia/Tokyo', '2024-04-01T21:00:00', '+09:00');

describe('daylight saving time in the worked examples of a time-zone conversion', () => {
  it.each([
    'summer time has to be handled properly',
    'die Sommerzeit muss stimmen',
    "l'ora legale va gestita",
  ])('realises %p only with a zone shown at two offsets', (feature) => {
    expect(daylightSavingProblems(feature, [convert], contract([winter, summer, tokyo]))).toEqual([]);
    expect(daylightSavingProblems(feature, [convert], contract([winter, tokyo]))).toHaveLength(1);
  });

  it('realises the ISO form with offset only when every time answered carries its offset', () => {
    const feature = 'times come out as ISO 8601 with the UTC offset';
    const withOffset = example('2024-04-01T12:00:00', 'Asia/Tokyo', '2024-04-01T21:00:00+09:00', '+09:00');
    expect(daylightSavingProblems(feature, [convert], contract([withOffset]))).toEqual([]);
    expect(daylightSavingProblems(feature, [convert], contract([withOffset, tokyo]))).toHaveLength(1);
  });

  it('says nothing of features about something else', () => {
    expect(daylightSavingProblems('convert a time between zones', [convert], contract([tokyo]))).toEqual([]);
  });
});
