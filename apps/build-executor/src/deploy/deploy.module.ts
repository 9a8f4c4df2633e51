import { Module, type DynamicModule } from '@nestjs/common';
import { ExecutorConfig } from '../config/executor.config';
import { DeploymentsController } from './deployments.controller';
import { LocalSupervisor, type LocalSupervisorOptions } from './local-supervisor';

/** Settings of {@link DeployModule.forRoot} beyond what `ExecutorConfig` gives (`DATA_DIR`, `HOST`). */
export type DeployModuleOptions = Omit<LocalSupervisorOptions, 'dataDir'>;

/**
 * Local deployment: the {@link LocalSupervisor} (re-adopts running services when the app starts, leaves them
 * running when it stops) and `GET /deployments`, `GET /deployments/:name`, `POST /deployments/:name/stop`.
 *
 * Needs `ExecutorConfig` from a global module: the importing module must be declared with `global: true`
 * and export it.
 */
@Module({})
export class DeployModule {
  static forRoot(options: DeployModuleOptions = {}): DynamicModule {
    return {
      module: DeployModule,
      controllers: [DeploymentsController],
      providers: [
        {
          provide: LocalSupervisor,
          inject: [ExecutorConfig],
          useFactory: (config: ExecutorConfig) =>
            new LocalSupervisor({
              host: config.HOST,
              healthTimeoutMs: config.HEALTH_TIMEOUT_MS,
              ...options,
              dataDir: config.DATA_DIR,
            }),
        },
      ],
      exports: [LocalSupervisor],
    };
  }
}
