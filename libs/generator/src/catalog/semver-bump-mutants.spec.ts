import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { slipSuite, type SlipFamily } from '../codegen/testing/slip-suite';

/*
 * The generated tests of a semver bump (semver-bump.ts) are load-bearing: the service passes its frozen acceptance
 * pack, and fails it once the lower parts are kept instead of reset, the number is added to as text ("9" + 1 =
 * "91"), or the build metadata is carried into the next version.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const FAMILIES: Record<string, SlipFamily> = {
  bump: {
    features: ['bump a semantic version by major, minor or patch, the lower parts reset to 0'],
    slips: [
      [["    minor = '0';\n    patch = '0';", '    patch = patch;']],
      [["if (i < 0) return '1' + out.join('');", "if (i < 0) return digits + '1';"]],
      [['out[i] = String(Number(out[i]) + 1);', "out[i] = out[i] + '1';"]],
      [
        [
          "return { ok: true, value: { version: major + '.' + minor + '.' + patch } };",
          "return { ok: true, value: { version: major + '.' + minor + '.' + patch + (parts.pre.length > 0 ? '-' + parts.pre.join('.') : '') } };",
        ],
      ],
    ],
  },
};

slipSuite(client, 'semver-bump', FAMILIES);
