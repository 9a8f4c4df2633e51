import type { SpecContract } from '../spec-contract';
import { todoContract } from '../testing/todo-contract';
import { featureFidelity } from './feature-fidelity';
import { readFixedAnswer } from './fixed-answers';

/** The todo contract with its greeting endpoint answering `status` and `body`, claimed by `feature`. */
function withGreeting(feature: string, status: number, body: unknown, example: unknown = body): SpecContract {
  const c = todoContract();
  c.service.features = [feature];
  const hello = c.endpoints.find((e) => e.id === 'get-hello')!;
  hello.features = [feature];
  hello.behavior = { kind: 'static', status, body };
  hello.responses = [
    { status, description: 'The fixed answer', ...(status === 204 ? {} : { example: body }) },
  ];
  const check = c.acceptance.find((a) => a.endpoint_id === 'get-hello' && a.kind === 'happy')!;
  check.steps = [
    {
      request: { method: 'GET', path: '/hello' },
      expect: status === 204 ? { status } : { status, body_contains: example },
    },
  ];
  return c;
}

function problems(contract: SpecContract): string[] {
  return featureFidelity(contract, contract.service.features)[0].problems;
}

describe('readFixedAnswer', () => {
  it.each([
    ['POST /events responds 202 {"received": true}', { status: 202, body: { received: true } }],
    ['GET /version returns {"version": "2.1.0"}', { status: 200, body: { version: '2.1.0' } }],
    ['POST /ping answers 204 with no body', { status: 204 }],
    ['POST /latido responde 204 sin cuerpo', { status: 204 }],
    [
      'POST /eventi riceve un evento e risponde 202 {"ricevuto": true}',
      { status: 202, body: { ricevuto: true } },
    ],
  ])('reads %j', (feature, expected) => {
    expect(readFixedAnswer(feature)).toMatchObject(expected);
  });

  it.each([
    'GET /time returns {"now": string}',
    'GET /time returns {"now": "ISO date"}',
    'POST /jobs takes {"name": string} and returns 202 {"status": "accepted"}',
    'POST /notes creates a note and returns 201 {"ok": true}',
    'DELETE /todos/{id} -> 204',
    'GET /{code} answers 302 to the stored URL',
    'POST /ping answers 200 with no body',
    'POST /ping answers 204 {"ok": true}',
    'POST /events answers 202 or 200 {"ok": true}',
    'GET /version returns {"version": "1.0.0"} or {"version": "2.0.0"}',
  ])('reads no fixed answer in %j', (feature) => {
    expect(readFixedAnswer(feature)).toBeNull();
  });
});

describe('the gate on fixed answers', () => {
  it('accepts the answer the feature writes, shown by a worked example', () => {
    expect(
      problems(withGreeting('GET /hello returns {"greeting": "hi there"}', 200, { greeting: 'hi there' })),
    ).toEqual([]);
    expect(problems(withGreeting('GET /hello answers 204 with no body', 204, null))).toEqual([]);
  });

  it('refuses another document, another status, or an example that shows something else', () => {
    expect(
      problems(withGreeting('GET /hello returns {"greeting": "hi there"}', 200, { greeting: 'hello' })),
    ).toEqual(
      expect.arrayContaining([
        'GET /hello answers 200 {"greeting":"hello"}, not the 200 {"greeting":"hi there"} the feature writes',
      ]),
    );
    expect(problems(withGreeting('GET /hello answers 202 {"queued": true}', 200, { queued: true }))).toEqual(
      expect.arrayContaining(['GET /hello does not answer 202']),
    );
    expect(
      problems(
        withGreeting('GET /hello returns {"greeting": "hi there"}', 200, { greeting: 'hi there' }, { x: 1 }),
      ),
    ).toEqual(
      expect.arrayContaining([
        'no worked example of GET /hello expects the 200 {"greeting":"hi there"} the feature writes',
      ]),
    );
  });

  it('refuses a 204 that answers a body, and a bare 204 for a feature that writes a document', () => {
    expect(problems(withGreeting('GET /hello answers 204 with no body', 200, { ok: true }))).not.toEqual([]);
    expect(problems(withGreeting('GET /hello returns 200 {"greeting": "hi"}', 204, null))).not.toEqual([]);
  });
});
