import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { slipSuite, type SlipFamily } from '../codegen/testing/slip-suite';

/*
 * A base stated for KB, MB, GB and TB ("1 KB = 1024 B, 1 MB = 1024 KB, and so on", "where 1 KB is 1024 bytes") is
 * load-bearing in the generated tests of the data-size converter: the service passes its frozen acceptance pack
 * as generated, and fails it when the converter ignores the stated factors (KB… in powers of 1000, the tables'
 * own) or counts a kilobyte as 1023 bytes.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const IGNORED: [string, string] = [
  'Object.hasOwn(declared, name) ? Number(declared[name])',
  'false ? Number(declared[name])',
];
const KILOBYTE_OFF: [string, string] = [
  'Object.hasOwn(declared, name) ? Number(declared[name])',
  "Object.hasOwn(declared, name) ? (name === 'KB' ? 1023 : Number(declared[name]))",
];

const FAMILIES: Record<string, SlipFamily> = {
  line: {
    features: [
      'POST /size/convert with body {"value": number, "from": "B"|"KB"|"MB"|"GB"|"TB", "to": "B"|"KB"|"MB"|"GB"|"TB"} returns {"value": number}',
      '1 KB = 1024 B, 1 MB = 1024 KB, and so on',
      'Round the value to 2 decimals',
    ],
    slips: [[IGNORED], [KILOBYTE_OFF]],
  },
  inline: {
    features: ['Convert data sizes between B, KB, MB, GB and TB, where 1 KB is 1024 bytes'],
    slips: [[IGNORED], [KILOBYTE_OFF]],
  },
};

slipSuite(client, 'units-base', FAMILIES);
