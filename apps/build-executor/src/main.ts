import 'reflect-metadata';
import { loadDotEnv, runService } from '@sf/platform';
import { startExecutor } from './executor-app';

loadDotEnv();
void runService('build-executor', startExecutor);
