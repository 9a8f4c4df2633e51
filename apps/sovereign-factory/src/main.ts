import 'reflect-metadata';
import { runService } from '@sf/platform';
import { startFactory } from './factory-app';

void runService('sovereign-factory', startFactory);
