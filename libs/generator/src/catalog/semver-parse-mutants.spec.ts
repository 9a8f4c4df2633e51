import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { slipSuite, type SlipFamily } from '../codegen/testing/slip-suite';

/*
 * The generated tests of a semantic version taken apart (semver-parse.ts) are load-bearing: the service passes its
 * frozen acceptance pack, and fails it once minor and patch are swapped, the pre-release keeps only its first
 * identifier, or the build metadata is answered with its "+".
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const FAMILIES: Record<string, SlipFamily> = {
  parse: {
    features: ['take a semantic version apart into major, minor, patch, pre-release and build'],
    slips: [
      [
        [
          'const [major, minor, patch] = parts.core.map(Number);',
          'const [major, patch, minor] = parts.core.map(Number);',
        ],
      ],
      [
        [
          "prerelease: parts.pre.length > 0 ? parts.pre.join('.') : null,",
          'prerelease: parts.pre.length > 0 ? parts.pre[0] : null,',
        ],
      ],
      [['text.slice(plus + 1)', 'text.slice(plus)']],
    ],
  },
};

slipSuite(client, 'semver-parse', FAMILIES);
