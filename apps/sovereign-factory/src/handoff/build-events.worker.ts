import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import {
  buildIdForIntent,
  canMoveIntent,
  compareEventIds,
  type CostSummary,
  intentStatusForBuild,
  parseBuildEventJobData,
  QUEUES,
  type BuildEventJobData,
} from '@sf/contracts';
import { startQueueWorker, type QueueWorker } from '@sf/platform';
import { FactoryConfig } from '../config/factory.config';
import type { BuildState, IntentRecord } from '../intents/intent.record';
import { transition } from '../intents/intent-changes';
import { IntentsRepository } from '../intents/intents.repository';
import { FactoryKeys } from '../redis/keys';
import { REDIS_URL } from '../redis/redis.tokens';
import { catchUpTo } from './build-catch-up';

/**
 * The factory's end of the build line's outbox: applies each build event to its intent, in order and
 * once (events carry their build-log id; older or repeated ones are skipped), so the intent follows its
 * build and its stream carries the build's events. One job at a time keeps the order within one replica; with
 * several replicas a later event may be applied first, so the intent catches up through the steps it missed.
 */
@Injectable()
export class BuildEventsWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('build-events');
  private worker: QueueWorker | null = null;

  constructor(
    private readonly repo: IntentsRepository,
    private readonly config: FactoryConfig,
    private readonly keys: FactoryKeys,
    @Inject(REDIS_URL) private readonly redisUrl: string,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.FACTORY_WORKER) return;
    this.worker = startQueueWorker(
      QUEUES.buildEvents,
      (job) => this.apply(parseBuildEventJobData(job.data)),
      {
        redisUrl: this.redisUrl,
        connectionName: 'factory-build-events',
        prefix: this.keys.bullPrefix,
        concurrency: 1,
        onError: (err) => this.logger.error(`worker error: ${err.message}`),
      },
    );
  }

  /** Applies one build event to its intent (no-op when already applied or the intent is unknown). */
  async apply(data: BuildEventJobData): Promise<void> {
    // Only the intent's own build may move it (a build submitted by hand with any intent_id may not).
    if (data.build_id !== buildIdForIntent(data.intent_id)) {
      this.logger.warn(`ignoring events of ${data.build_id}: not the build of ${data.intent_id}`);
      return;
    }
    await this.repo.update(data.intent_id, (r) => {
      const last = r.build?.last_event_id;
      if (last && compareEventIds(data.event_id, last) <= 0) return null;
      const summary = data.summary;
      const build: BuildState = {
        job_id: r.build?.job_id ?? '',
        queued_at: r.build?.queued_at ?? r.updated_at,
        build_id: data.build_id,
        phase: typeof summary.phase === 'string' ? summary.phase : (r.build?.phase ?? null),
        last_event_id: data.event_id,
        service_url:
          typeof summary.service_url === 'string' ? summary.service_url : (r.build?.service_url ?? null),
        registry: summary.registry ?? r.build?.registry ?? null,
        cost: (summary.cost as CostSummary | undefined) ?? r.build?.cost ?? null,
        tests: summary.tests ?? r.build?.tests ?? null,
      };
      const event = { ...data.event, build_id: data.build_id };
      const target = data.status ? intentStatusForBuild(data.status) : null;
      const patch: Partial<IntentRecord> = { build };
      if (data.status && ['failed', 'needs_human_review', 'rolled_back'].includes(data.status)) {
        const error = summary.error as IntentRecord['error'];
        if (error) patch.error = error;
      }
      if (target && target !== r.status) {
        const message = `build ${data.build_id}: ${data.event.message}`;
        if (canMoveIntent(r.status, target)) return transition(r, target, message, patch, [event]);
        const caughtUp = catchUpTo(r, target, message, patch, [event]);
        if (caughtUp) return caughtUp;
      }
      return { record: { ...r, ...patch, updated_at: new Date().toISOString() }, events: [event] };
    });
  }

  /** True while the worker runs (or when this replica has none). */
  isRunning(): boolean {
    if (!this.config.FACTORY_WORKER) return true;
    return this.worker?.isRunning() ?? false;
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }
}
