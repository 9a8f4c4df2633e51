import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { slipSuite, type SlipFamily } from '../codegen/testing/slip-suite';

/*
 * The generated tests of a conversion into the naming style the caller picks (text-case-style.ts) are
 * load-bearing: the service passes its frozen acceptance pack, and fails it once camelCase keeps the first word's
 * capital, snake_case joins with hyphens, or the listed styles are read one off.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const FAMILIES: Record<string, SlipFamily> = {
  style: {
    features: [
      'POST /case/convert with {"text": string, "to": "camel"|"snake"|"kebab"} returns {"result": string}',
      'an unknown target style returns 400',
    ],
    slips: [
      [["? words[0] + words.slice(1).map(capital).join('')", "? words.map(capital).join('')"]],
      [[": style === 'snake'\n        ? words.join('_')", ": style === 'snake'\n        ? words.join('-')"]],
      [['const style = styles[at];', 'const style = styles[(at + 1) % styles.length];']],
    ],
  },
};

slipSuite(client, 'case-style', FAMILIES);
