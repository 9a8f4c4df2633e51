import { Injectable, type OnModuleInit } from '@nestjs/common';
import { PRIORITIES, QUEUES } from '@sf/contracts';
import { sampleQueueDepths, ServiceMetrics, withProbeTimeout } from '@sf/platform';
import { BuildHandoffService } from '../handoff/build-handoff.service';
import { slaCutoff } from '../intents/sla';
import { IntentsRepository } from '../intents/intents.repository';
import { FactoryQueues } from '../queues/queues';

/**
 * The factory's scrape-time metrics: queue depth of `spec` and `build`, whether an executor listens on the
 * build queue, and how many waiting intents are past the start SLA of their priority. Read when scraped
 * (a few Redis calls), never per request.
 */
@Injectable()
export class FactoryMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: ServiceMetrics,
    private readonly queues: FactoryQueues,
    private readonly handoff: BuildHandoffService,
    private readonly repo: IntentsRepository,
  ) {}

  onModuleInit(): void {
    sampleQueueDepths(this.metrics, { [QUEUES.spec]: this.queues.spec, [QUEUES.build]: this.queues.build });
    this.metrics.onScrape(async () => {
      const available = await withProbeTimeout(this.handoff.executorAvailable()).catch(() => false);
      this.metrics.set('executor_available', {}, available ? 1 : 0);
    });
    this.metrics.onScrape(async () => {
      const now = Date.now();
      for (const priority of PRIORITIES) {
        const cutoff = slaCutoff(priority, now);
        const late =
          cutoff === null ? 0 : await withProbeTimeout(this.repo.countWaitingCreatedBefore(priority, cutoff));
        this.metrics.set('intents_past_sla', { priority }, late);
      }
    });
  }
}
