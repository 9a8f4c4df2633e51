import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { slipSuite, type SlipFamily } from '../codegen/testing/slip-suite';

/*
 * A cup the feature defines as one in legal use other than the US customary cup ("1 tasse = 240 ml", "1 cup = 250
 * ml") is load-bearing in the generated tests: the service passes its frozen acceptance pack as generated, and
 * fails it when the converter falls back to the tables' cup of 236.5882365 ml.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const TABLE_CUP: [string, string] = [
  'Object.hasOwn(declared, name) ? Number(declared[name])',
  'false ? Number(declared[name])',
];

const FAMILIES: Record<string, SlipFamily> = {
  legal: {
    features: ['Convertir des tasses en millilitres (1 tasse = 240 ml)'],
    slips: [[TABLE_CUP]],
  },
  metric: {
    features: ['Convert cups to millilitres', '1 cup = 250 ml'],
    slips: [[TABLE_CUP]],
  },
};

slipSuite(client, 'units-cup', FAMILIES);
