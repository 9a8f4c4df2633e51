import { oncePerVoterCases } from './upvote-once-tests';
import { transitionCases } from './machine-tests';
import { hasListOptions, type EndpointSpec, type SpecContract } from '@sf/service-spec';
import { linkCreateCases, linkRedirectCases } from './link-tests';
import { listUnderCases } from './list-under-tests';
import { literal } from './code-text';
import { aggregateCases, convertCases, functionCases } from './compute-tests';
import { conventionCases, udcCases } from './convention-tests';
import { EndpointTestWriter } from './endpoint-test-writer';
import {
  createCases,
  deleteCases,
  getCases,
  listCases,
  redirectCases,
  reservationCases,
  searchCases,
  toggleCases,
} from './record-tests';
import { replaceCases, updateCases } from './record-change-tests';
import { absentDefaultCases, adjustCases, createRuleCases, resetCases } from './record-rule-tests';
import { moveCases } from './stock-move-tests';
import type { TestCase } from './test-writer';
import { eventsCases, receiveCases, replayCases } from './webhook-tests';
import { healthCheckCases } from './health-tests';
import { quotaCases, quotaUsageCases } from './quota-tests';
import { rankingCases } from './ranking-tests';
import { overdueCases } from './overdue-tests';
import { listQueryCases } from './list-query-tests';
import { lowStockCases } from './low-stock';
import { ttlCases } from './ttl-tests';
import { readLimitCases } from './read-limit-tests';

/** `tests/endpoints.test.ts`: per-endpoint behaviour tests, HTTP conventions and UDC endpoint checks. */
export function endpointTestSource(contract: SpecContract, header: string): string {
  const w = new EndpointTestWriter(contract);
  const cases: TestCase[] = [];
  for (const e of contract.endpoints) cases.push(...endpointCases(w, e));
  cases.push(...conventionCases(w), ...udcCases(w));
  return w.source(header, cases);
}

/** The tests of one endpoint, by its behaviour, each named after its route. */
function endpointCases(w: EndpointTestWriter, e: EndpointSpec): TestCase[] {
  const b = e.behavior;
  const route = `${e.method} ${e.path}`;
  const cases = ((): TestCase[] => {
    switch (b.kind) {
      case 'create':
        return [...createCases(w, e, b), ...createRuleCases(w, e, b), ...linkCreateCases(w, e, b)];
      case 'list':
        if (b.parent) return listUnderCases(w, e, b);
        return hasListOptions(b) ? listQueryCases(w, e, b) : listCases(w, e, b.resource);
      case 'get':
        if (b.absent_as_default) return absentDefaultCases(w, e, b.resource, b.param);
        return [
          ...getCases(w, e, b.resource, b.param),
          ...ttlCases(w, e, b.resource, b.param),
          ...readLimitCases(w, e, b.resource, b.param),
        ];
      case 'update':
        return b.replace
          ? replaceCases(w, e, b.resource, b.param)
          : updateCases(w, e, b.resource, b.param, b.fields);
      case 'delete':
        return deleteCases(w, e, b.resource, b.param, b.status === 204);
      case 'toggle':
        return toggleCases(w, e, b);
      case 'search':
        return searchCases(w, e, b);
      case 'reserve':
      case 'release':
        return reservationCases(w, e, b);
      case 'transition':
        return transitionCases(w, e, b);
      case 'adjust':
        return b.direction === undefined
          ? [...adjustCases(w, e, b), ...oncePerVoterCases(w, e, b)]
          : moveCases(w, e, b);
      case 'reset':
        return resetCases(w, e, b);
      case 'compute':
        return b.operation === 'convert' ? convertCases(w, e, b) : aggregateCases(w, e, b);
      case 'webhook_receive':
        return receiveCases(w, e, b);
      case 'webhook_replay':
        return replayCases(w, e, b);
      case 'webhook_events':
        return eventsCases(w, e, b);
      case 'health_check':
        return healthCheckCases(w, e, b);
      case 'redirect':
        return [...redirectCases(w, e, b), ...linkRedirectCases(w, e, b)];
      case 'static':
        return staticCases(w, e, b.status, b.body);
      case 'function':
        return functionCases(w, e, b);
      case 'quota':
        return quotaCases(w, e, b);
      case 'ranking':
        return rankingCases(w, e, b);
      case 'overdue':
        return overdueCases(w, e, b);
      case 'low_stock':
        return lowStockCases(w, e, b);
      case 'vote':
      case 'tally':
      case 'owner_aggregate':
        // Their worked examples (acceptance checks, emitted as tests) walk every count and refusal.
        return [];
      case 'quota_usage':
        return quotaUsageCases(
          w,
          e,
          b,
          w.contract.endpoints.find((x) => x.id === b.quota),
        );
    }
  })();
  return cases.map((c) => ({ ...c, name: `${route} ${c.name}` }));
}

function staticCases(w: EndpointTestWriter, e: EndpointSpec, status: number, body: unknown): TestCase[] {
  const noBody = status === 204 || status === 304;
  return [
    {
      name: `answers ${status} with the declared body`,
      lines: [
        `const res = ${w.call(e)};`,
        w.expectStatus('res', status, `${e.method} ${e.path}`),
        noBody
          ? `${w.assert()}.equal(res.text, '');`
          : `${w.assert()}.deepEqual(res.body, ${literal(body)});`,
      ],
    },
  ];
}
