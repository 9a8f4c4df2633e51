import 'reflect-metadata';
import { runService } from '@sf/platform';
import { startExecutor } from './executor-app';

void runService('build-executor', startExecutor);
