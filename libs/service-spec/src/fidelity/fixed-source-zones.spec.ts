import type { EndpointSpec } from '../spec-contract';
import { fixedSourceProblems, givesMomentInUtc } from './fixed-source';

function converter(inputs: Record<string, string>, options?: Record<string, string>): EndpointSpec {
  return {
    id: 'tz',
    method: 'POST',
    path: '/timezones/convert',
    behavior: { kind: 'function', function: 'timezone.convert', inputs, outputs: { time: 'time' }, options },
  } as unknown as EndpointSpec;
}

describe('fixedSourceProblems: time zones', () => {
  const feature =
    'give it a moment in UTC and a time zone name like Europe/Berlin, and it tells the local time there';

  it('refuses a converter that asks for the zone of a moment the feature gives in UTC', () => {
    expect(fixedSourceProblems(feature, [converter({ time: 'time', from: 'from', to: 'to' })])).toEqual([
      'it gives the moment in UTC and asks for one zone, but POST /timezones/convert reads the zone the moment is in from the request ("from"), which the user never sends',
    ]);
  });

  it('passes a converter whose source zone is fixed to UTC', () => {
    expect(fixedSourceProblems(feature, [converter({ time: 'time', to: 'zone' }, { from: 'UTC' })])).toEqual(
      [],
    );
  });

  it.each([
    'convert a meeting time from one time zone to another, e.g. from UTC to Asia/Tokyo',
    'Show what 09:00 UTC is in Europe/Berlin and America/New_York',
    'Eine Uhrzeit zwischen zwei Zeitzonen umrechnen, etwa UTC und Europe/Paris',
    'convert a local time in any zone to UTC',
  ])('leaves conversions between two zones alone: %p', (text) => {
    expect(givesMomentInUtc(text)).toBe(false);
  });

  it.each([
    'Für einen Zeitpunkt in UTC die Ortszeit in einer Zeitzone angeben',
    'given a UTC timestamp and an IANA zone, return the local wall-clock time',
  ])('reads a moment given in UTC: %p', (text) => {
    expect(givesMomentInUtc(text)).toBe(true);
  });
});
