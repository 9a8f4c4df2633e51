import { listsEventTypes } from './event-types';

describe('listsEventTypes: a list of the event types themselves', () => {
  it.each([
    'GET /webhooks/ci/types lists the event types received with their counts',
    'eine Liste aller bisher empfangenen Ereignistypen abrufen',
    'listar los tipos de eventos recibidos',
    'GET /events/event-types returns every type seen so far',
  ])('reads %s', (feature) => {
    expect(listsEventTypes(feature)).toBe(true);
  });

  it.each([
    'GET /webhooks/ci/events?type=push lists the stored events of that type',
    'die gespeicherten Ereignisse auflisten, nach Typ gefiltert',
    'only the event types push and pull_request are accepted; any other type returns 400',
    'El tipo del evento debe ser push, pull_request o workflow_run; cualquier otro tipo → 400',
    'POST /webhooks/ci receives events {"id": string, "type": string} signed with HMAC-SHA256 of the body (hex) in X-Signature, secret "ci_types"; a bad signature returns 401',
  ])('leaves %s', (feature) => {
    expect(listsEventTypes(feature)).toBe(false);
  });
});
