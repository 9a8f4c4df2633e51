import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { slipSuite, type SlipFamily } from '../codegen/testing/slip-suite';

/*
 * Echo routes are load-bearing in their generated tests: a service generated from an echo feature passes its frozen
 * acceptance pack, and mutants of its emitted code fail it (the text trimmed, lower-cased or folded to ASCII, or a
 * constant answered whatever the request says).
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const ANSWER = 'value: { echo: input.text }';

const FAMILIES: Record<string, SlipFamily> = {
  query: {
    features: ['GET /echo?msg=hi returns {"echo": "hi"}'],
    slips: [
      [[ANSWER, 'value: { echo: input.text.trim() }']],
      [[ANSWER, 'value: { echo: input.text.toLowerCase() }']],
      [[ANSWER, "value: { echo: input.text.normalize('NFD').replace(/\\p{M}/gu, '') }"]],
      [[ANSWER, "value: { echo: 'hi' }"]],
    ],
  },
  body: {
    features: ['POST /eco con {"mensaje": string} devuelve {"eco": string} con el mismo mensaje recibido'],
    slips: [
      [[ANSWER, "value: { echo: input.text.replace(/\\s+/g, ' ') }"]],
      [[ANSWER, "value: { echo: input.text + ' ' }"]],
    ],
  },
};

slipSuite(client, 'echo', FAMILIES);
