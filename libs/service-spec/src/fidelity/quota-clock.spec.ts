import { readQuotaClock } from './quota-clock';

/* Clock resets of quotas as people write them, and the ones no window aligned to the UTC clock keeps. */

describe('readQuotaClock', () => {
  it.each([
    ['each key: 100 requests per day, the count resets at midnight UTC', 86400],
    ['Tageskontingent, das um Mitternacht UTC zurückgesetzt wird', 86400],
    ['la cuota se reinicia a medianoche UTC', 86400],
    ['remis à zéro à minuit UTC', 86400],
    ['azzerata a mezzanotte UTC', 86400],
    ['a cota é reiniciada à meia-noite UTC', 86400],
    ['at most 2 calls per day (UTC day, reset at 00:00 UTC)', 86400],
    ['the counter resets every full hour', 3600],
    ['la cuota se reinicia cada hora en punto', 3600],
    ['zurückgesetzt zur vollen Stunde', 3600],
    ['le compteur est remis à zéro à chaque heure pleine', 3600],
    ['resets on the hour', 3600],
    ['the count starts again every full minute', 60],
  ])('reads %j as a window of %d seconds on the UTC clock', (feature, seconds) => {
    expect(readQuotaClock(feature)).toEqual({ window_seconds: seconds });
  });

  it.each([
    'reset at midnight',
    'reset at midnight in each owner’s own time zone',
    'resets at midnight Europe/Berlin local time',
    'the quota resets daily at 06:00 UTC',
    'reset at midnight UTC and on every full hour',
  ])('leaves %j unreadable', (feature) => {
    expect(readQuotaClock(feature)).toBe('unreadable');
  });

  it.each([
    'at most 3 requests per calendar month',
    'each key may make 100 requests per month',
    'Jeder Schlüssel hat ein Monatskontingent von 50 Anfragen',
    'cada chave pode fazer 3 pedidos por mês',
    'au plus 10 appels par mois et par clé',
    'a monthly quota of 1000 calls, reset on the 1st at midnight UTC',
  ])('reads %j as a calendar month', (feature) => {
    expect(readQuotaClock(feature)).toEqual({ window_seconds: 2_592_000, month: true });
  });

  it.each(['a monthly quota reset on the 1st at midnight', 'per month, reset every full hour'])(
    'leaves a month %j unreadable',
    (feature) => {
      expect(readQuotaClock(feature)).toBe('unreadable');
    },
  );

  it.each([
    'at most 5 calls per minute per key',
    'close the shop at 18:30',
    'POST /hit returns {"remaining": 2}',
  ])('reads no clock in %j', (feature) => {
    expect(readQuotaClock(feature)).toBeNull();
  });
});
