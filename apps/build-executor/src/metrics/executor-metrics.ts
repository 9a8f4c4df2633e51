import { Injectable, type OnModuleInit } from '@nestjs/common';
import { QUEUES } from '@sf/contracts';
import { sampleQueueDepths, ServiceMetrics } from '@sf/platform';
import { BuildEventsForwarder } from '../builds/build-events.forwarder';
import { BuildQueue } from '../builds/build-queue';

/** The executor's scrape-time metrics: queue depth of `build` (its intake) and `build-events` (its outbox). */
@Injectable()
export class ExecutorMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: ServiceMetrics,
    private readonly builds: BuildQueue,
    private readonly forwarder: BuildEventsForwarder,
  ) {}

  onModuleInit(): void {
    sampleQueueDepths(this.metrics, {
      [QUEUES.build]: this.builds.queue,
      [QUEUES.buildEvents]: this.forwarder.queue,
    });
  }
}
