import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { slipSuite, type SlipFamily } from '../codegen/testing/slip-suite';

/*
 * A listing of what a converter supports ("List the supported currencies" beside a rate table) is load-bearing
 * in the generated tests: the service passes its frozen acceptance pack as generated, and one whose listing
 * drops a value, answers them in another order or answers none fails it.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const RETURNED = 'return { ok: true, value: { values: [...values] } };';

const FAMILIES: Record<string, SlipFamily> = {
  currencies: {
    features: [
      'Convert amounts between EUR, USD and GBP with the fixed rates 1 EUR = 1.10 USD and 1 EUR = 0.85 GBP',
      'List the supported currencies',
    ],
    slips: [
      [[RETURNED, 'return { ok: true, value: { values: values.slice(1) } };']],
      [[RETURNED, 'return { ok: true, value: { values: [...values].reverse() } };']],
      [[RETURNED, 'return { ok: true, value: { values: [] } };']],
    ],
  },
};

slipSuite(client, 'supported-list', FAMILIES);
