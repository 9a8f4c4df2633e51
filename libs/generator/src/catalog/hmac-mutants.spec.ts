import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { slipSuite, type SlipFamily } from '../codegen/testing/slip-suite';

/*
 * The HMAC calculators are load-bearing in their generated tests: a service generated from sign and verify
 * features passes its frozen acceptance pack, and mutants of its emitted code fail it (base64 or upper-case
 * digests, message and secret swapped, another hash, a verify that finds everything valid, compares only a
 * prefix or is strict about letter case). A blank secret let through by the function is no mutant here: the
 * service's field validation refuses an empty required string before the function runs.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const SIGNED =
  "value: { signature: createHmac('sha256', Buffer.from(input.secret, 'utf8')).update(input.message, 'utf8').digest('hex') }";
const VALID = 'value: { valid: given.length === expected.length && timingSafeEqual(given, expected) }';

const FAMILIES: Record<string, SlipFamily> = {
  sign: {
    features: [
      'POST /sign with {"message": string, "secret": string} returns {"signature": the lowercase hex HMAC-SHA256 of message keyed by secret}',
      'A missing or empty secret or message returns 400',
    ],
    slips: [
      [[SIGNED, SIGNED.replace("digest('hex')", "digest('base64')")]],
      [[SIGNED, SIGNED.replace("digest('hex')", "digest('hex').toUpperCase()")]],
      [
        [
          SIGNED,
          "value: { signature: createHmac('sha256', Buffer.from(input.message, 'utf8')).update(input.secret, 'utf8').digest('hex') }",
        ],
      ],
      [[SIGNED, SIGNED.replace("'sha256'", "'sha1'")]],
    ],
  },
  verify: {
    features: [
      'POST /verify with {"message": string, "secret": string, "signature": string} returns {"valid": true|false}',
    ],
    slips: [
      [[VALID, 'value: { valid: true }']],
      [[VALID, 'value: { valid: expected.subarray(0, 8).equals(given.subarray(0, 8)) }']],
      [
        [
          "Buffer.from(input.signature.trim().toLowerCase(), 'utf8')",
          "Buffer.from(input.signature.trim(), 'utf8')",
        ],
      ],
    ],
  },
};

slipSuite(client, 'hmac', FAMILIES);
