import { writtenDurationUnit } from './pace-fields';

describe('writtenDurationUnit (the unit of a spelled pace route duration)', () => {
  it.each([
    ['POST /pace {"distance_km": number, "duration_s": number} returns {"pace": "m:ss"}', 'seconds'],
    ['POST /speed with {"distance_km": number, "hours": number} returns {"kmh": number}', 'hours'],
    ['POST /speed {"km": number, "time_min": number} returns {"kmh": number}', 'minutes'],
    ['POST /tempo mit {"strecke_km": Zahl, "zeit": "h:mm:ss"} liefert {"tempo_pro_km": "m:ss"}', 'clock'],
    ['GET /speed?distance=<n>&stunden=<n> liefert {"kmh": Zahl}', 'hours'],
  ])('%s → %s', (text, unit) => {
    expect(writtenDurationUnit(text)).toBe(unit);
  });

  it.each([
    // No request fields: the prose decides.
    'Average speed in km/h from the distance and the time in hours',
    // A per-distance answer is no duration, and the request writes none.
    'POST /pace {"distance_km": number} returns {"pace_s_per_km": number}',
    // Two durations of different units: none is the one.
    'POST /speed {"distance_km": number, "hours": number, "minutes": number} returns {"kmh": number}',
  ])('%s → none', (text) => {
    expect(writtenDurationUnit(text)).toBeNull();
  });
});
