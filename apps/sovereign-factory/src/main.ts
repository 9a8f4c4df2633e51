// First: tracing has to be set up before http and ioredis are loaded.
import './tracing';
import 'reflect-metadata';
import { loadDotEnv, runService } from '@sf/platform';
import { startFactory } from './factory-app';

loadDotEnv();
void runService('sovereign-factory', startFactory);
