import { extractContract, featureFidelity, type SpecContract } from '@sf/service-spec';
import { familyIntent, offlineSpec } from '../testing/offline-spec';
import { designSpec } from './spec-designer';

/*
 * The gate on state machines spelled as action routes: a realisation that honours every literal name (the route,
 * `state`, 200, 409) may still hold the wrong machine. A poll that closes twice, or that starts in another state
 * than the create's answer writes, is refused.
 */

const CREATE = 'POST /polls with body {"question": string} returns 201 {"id": string, "state": "open"}';
const CLOSE = 'POST /polls/{id}/close → 200 {"state": "closed"}; closing twice → 409';

function designed(): SpecContract {
  return extractContract(offlineSpec(familyIntent('poll-desk', 'polls that close', [CREATE, CLOSE])));
}

function problems(c: SpecContract): string[] {
  return featureFidelity(c, [CREATE, CLOSE]).flatMap((v) => v.problems);
}

describe('the gate on action-route machines', () => {
  it('holds the designed machine: open → closed, a second close refused', () => {
    const c = designed();
    const close = c.endpoints.find((e) => e.path === '/polls/{id}/close');
    expect(close?.behavior).toMatchObject({ kind: 'transition', field: 'state', to: 'closed' });
    expect(close?.behavior.kind === 'transition' && close.behavior.moves).toEqual({
      open: ['closed'],
      closed: [],
    });
    expect(problems(c)).toEqual([]);
  });

  it('holds it beside a read of the poll that writes both states', () => {
    const features = [
      'POST /polls with body {"question": string} returns 201 {"id": string, "question": string, "state": "open"}',
      'POST /polls/{id}/close returns 200 {"state": "closed"}; closing a poll that is already closed returns 409; an unknown poll returns 404',
      'GET /polls/{id} returns {"id": string, "question": string, "state": "open"|"closed"}',
    ];
    const c = extractContract(offlineSpec(familyIntent('poll-desk', 'polls that close', features)));
    expect(featureFidelity(c, features).flatMap((v) => v.problems)).toEqual([]);
  });

  it('refuses a machine that lets a closed poll close again', () => {
    const c = designed();
    for (const e of c.endpoints) if (e.behavior.kind === 'transition') e.behavior.moves.closed = ['closed'];
    expect(problems(c).join('\n')).toMatch(/already closed to closed again/);
  });

  it('refuses records that start in another state than the create answers', () => {
    const c = designed();
    const state = c.resources.flatMap((r) => r.fields).find((f) => f.name === 'state');
    if (state) state.default = 'closed';
    expect(problems(c).join('\n')).toMatch(/answers "state": "open", but its records start "closed"/);
  });

  it('refuses a repeated action the feature answers with 200', () => {
    const again = 'POST /polls/{id}/close → 200 {"state": "closed"}; closing it again → 200';
    const c = designSpec(familyIntent('poll-desk', 'polls that close', [CREATE, again])).contract;
    expect(featureFidelity(c, [again])[0].problems.join('\n')).toMatch(/without 409/);
  });

  it('leaves unrealised an action machine of three states with no "from" written', () => {
    const c = designSpec(
      familyIntent('guest-desk', 'hotel guests', [
        'POST /guests with {"name": string} returns 201 {"id": string, "status": "expected"}',
        'POST /guests/{id}/check-in → 200 {"status": "in"}; POST /guests/{id}/check-out → 200 {"status": "out"}',
      ]),
    ).contract;
    expect(c.endpoints.filter((e) => e.behavior.kind === 'transition')).toEqual([]);
  });
});
