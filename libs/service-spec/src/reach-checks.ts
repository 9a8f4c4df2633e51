import type { HealthCheckBehavior } from './health-contract';
import type { SpecContract } from './spec-contract';
import type {
  WebhookEventsBehavior,
  WebhookReceiveBehavior,
  WebhookReplayBehavior,
} from './webhook-contract';

/** What a contract lacks for an endpoint that reaches other services (webhooks, health checks), as fixes. */
export function reachProblems(
  c: SpecContract,
  b: WebhookReceiveBehavior | WebhookReplayBehavior | WebhookEventsBehavior | HealthCheckBehavior,
): string[] {
  const problems: string[] = [];
  const hasSetting = (name: string) => c.config.some((s) => s.name === name);
  switch (b.kind) {
    case 'webhook_receive':
      if (!hasSetting(b.secret_config)) {
        problems.push(`declare config setting ${b.secret_config} holding the signing secret`);
      }
      break;
    case 'webhook_replay':
    case 'webhook_events':
      if (!c.endpoints.some((x) => x.id === b.receiver && x.behavior.kind === 'webhook_receive')) {
        problems.push(`point receiver at an existing webhook_receive endpoint (not "${b.receiver}")`);
      }
      break;
    case 'health_check': {
      const fields = c.resources.find((r) => r.name === b.resource)?.fields;
      const field = (name: string) => fields?.find((f) => f.name === name);
      if (fields && field(b.url_field)?.format !== 'url') {
        problems.push(`declare string field "${b.url_field}" with format url on ${b.resource}`);
      }
      if (fields && field(b.name_field)?.type !== 'string') {
        problems.push(`declare string field "${b.name_field}" on ${b.resource}`);
      }
      if (!hasSetting(b.timeout_config)) {
        problems.push(`declare config setting ${b.timeout_config} holding the timeout in milliseconds`);
      }
      break;
    }
  }
  return problems;
}
