import type { EndpointGuard, EndpointSpec } from '../spec-contract';
import { callsLeftMentions, callsLeftProblems, ownCallsLeft } from './calls-left';

/* The gate and answers that carry the calls left: only a guard quota answering them under the written name. */

function echo(guard?: EndpointGuard): EndpointSpec {
  return {
    id: 'echo',
    method: 'GET',
    path: '/echo',
    summary: '',
    features: [],
    behavior: { kind: 'function', function: 'echo.repeat', inputs: {}, outputs: {} },
    request: {},
    responses: [],
    errors: [],
    ...(guard ? { guard } : {}),
  };
}

const ROUTE =
  'GET /echo?msg=hi with header X-Api-Key returns {"msg": "hi", "remaining": calls left this minute}; without the header 401';
const quota = (answer_as?: string) => ({
  header: 'x-api-key',
  quota: { limit: 3, window_seconds: 60, ...(answer_as ? { answer_as } : {}) },
});

describe('callsLeftMentions', () => {
  it('reads a written field and clauses for every answer, in several languages', () => {
    expect(callsLeftMentions(ROUTE).map((m) => m.name)).toEqual(['remaining']);
    expect(
      callsLeftMentions(
        'POST /notizen antwortet 201 mit {"id", "text", "rest": wie viele Anfragen dem Schlüssel noch bleiben}',
      ).map((m) => m.name),
    ).toEqual(['rest']);
    expect(
      callsLeftMentions(
        'cada chave pode fazer 2 chamadas por minuto; toda resposta diz também quantas chamadas ainda restam ("restantes")',
      ).map((m) => m.name),
    ).toEqual(['restantes']);
    expect(
      callsLeftMentions('every answer also says how many calls the key has left').map((m) => m.name),
    ).toEqual(['remaining']);
  });

  it('reads nothing in a route whose answer is about something else', () => {
    expect(callsLeftMentions('GET /stock/{sku} returns {"sku", "left": integer}')).toEqual([]);
    expect(callsLeftMentions('GET /workshops/{id} returns {"title", "seats_left": integer}')).toEqual([]);
    expect(
      callsLeftMentions('GET /ping with header X-Api-Key returns {"pong": true, "left": integer}'),
    ).toHaveLength(1);
    expect(callsLeftMentions('GET /stock/{sku} returns {"sku", "quantity": integer}')).toEqual([]);
    expect(callsLeftMentions('each key may make 3 calls per minute; the 4th gets 429')).toEqual([]);
    // A usage read answers what is left by itself.
    expect(
      callsLeftMentions(
        'GET /kontingent zeigt die verbleibenden Aufrufe als {"verbleibend": integer}, ohne zu zählen',
      ),
    ).toEqual([]);
    expect(
      callsLeftMentions(
        'GET /usage with header X-Api-Key returns {"used": integer, "limit": integer, "remaining": integer}',
      ),
    ).toEqual([]);
  });

  it('tells the caller’s own count from a shared one, and the window said', () => {
    const [own] = callsLeftMentions(ROUTE);
    expect(ownCallsLeft(own, 60)).toBe(true);
    expect(ownCallsLeft(own, 3600)).toBe(false);
    const [team] = callsLeftMentions(
      'GET /echo returns {"msg": "hi", "remaining": calls the whole team has left today}',
    );
    expect(ownCallsLeft(team)).toBe(false);
  });
});

describe('callsLeftProblems', () => {
  it('passes a guard quota answering the written name', () => {
    expect(callsLeftProblems(ROUTE, [echo(quota('remaining'))])).toEqual([]);
  });

  it('refuses a guard that answers the calls left only in a 429, or under another name', () => {
    expect(callsLeftProblems(ROUTE, [echo(quota())])).toEqual([
      'its answers carry the calls left as "remaining", but the quota answers them only when refusing (429)',
    ]);
    expect(callsLeftProblems(ROUTE, [echo(quota('left'))])[0]).toContain('as "left"');
  });

  it('refuses answers without any quota, and a shared allowance', () => {
    expect(callsLeftProblems(ROUTE, [echo({ header: 'x-api-key' })])[0]).toContain(
      'no quota counts its calls',
    );
    const shared =
      'GET /echo?msg=hi returns {"msg": "hi", "remaining": calls the whole organisation has left this minute}';
    expect(callsLeftProblems(shared, [echo(quota('remaining'))])[0]).toContain(
      'not the caller’s own count'.replace('’', "'"),
    );
  });
});
