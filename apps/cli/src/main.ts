#!/usr/bin/env node
import { runCli } from './program';

runCli(process.argv).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`sovereign: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
