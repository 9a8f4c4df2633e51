import { readQuota } from './quota-features';
import { windowText } from './quota-endpoints';

describe('readQuota', () => {
  it('reads a ceiling per time window in English, German, Spanish and French', () => {
    expect(readQuota('never more than 7 uploads per user every 15 minutes')).toEqual({
      limit: 7,
      window_seconds: 900,
    });
    expect(readQuota('throttle each token to 1000 calls a day')).toEqual({
      limit: 1000,
      window_seconds: 86400,
    });
    expect(readQuota('maximal 12 Abrufe je Kunde pro Stunde')).toEqual({ limit: 12, window_seconds: 3600 });
    expect(readQuota('hasta 30 consultas por usuario por minuto')).toEqual({ limit: 30, window_seconds: 60 });
    expect(readQuota('au maximum 2 envois par client toutes les 45 secondes, puis 429')).toEqual({
      limit: 2,
      window_seconds: 45,
    });
  });

  it('reads no quota where a count is a fact or has no time window', () => {
    expect(readQuota('add 3 books per day to the shelf')).toBeNull();
    expect(readQuota('limit the title to 80 characters')).toBeNull();
    expect(readQuota('count page visits per minute')).toBeNull();
  });
});

describe('windowText', () => {
  it('states a window in seconds and in the whole unit a feature writes', () => {
    expect(windowText(900)).toBe('900 seconds (15 minutes)');
    expect(windowText(3600)).toBe('3600 seconds (1 hour)');
    expect(windowText(45)).toBe('45 seconds');
  });
});
