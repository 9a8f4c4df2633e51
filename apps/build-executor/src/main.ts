// First: tracing has to be set up before http and ioredis are loaded.
import './tracing';
import 'reflect-metadata';
import { loadDotEnv, runService } from '@sf/platform';
import { startExecutor } from './executor-app';

loadDotEnv();
void runService('build-executor', startExecutor);
