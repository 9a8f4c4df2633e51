import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { slipSuite, type SlipFamily } from '../codegen/testing/slip-suite';

/*
 * The generated tests of prime factorisation (prime-factors.ts) are load-bearing: the service passes its frozen
 * acceptance pack, and fails it once a repeated factor is counted once, the cofactor above the root is dropped, 1
 * is answered instead of refused, or the divisors skip 6k + 1.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const FAMILIES: Record<string, SlipFamily> = {
  factors: {
    features: ['break a whole number into its prime factors, smallest first'],
    slips: [
      [
        [
          '    while (rest % p === 0) {\n      factors.push(p);',
          '    if (rest % p === 0) {\n      factors.push(p);',
        ],
      ],
      [['if (rest > 1) factors.push(rest);', '']],
      [['if (n < 2) return', 'if (n < 1) return']],
      [['for (const p of [d, d + 2])', 'for (const p of [d])']],
    ],
  },
};

slipSuite(client, 'prime-factors', FAMILIES);
