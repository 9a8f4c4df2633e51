import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { slipSuite, type SlipFamily } from '../codegen/testing/slip-suite';

/*
 * The generated tests of a bottle deposit are load-bearing: the service generated from the feature passes its
 * frozen acceptance pack, and mutants of the emitted code fail it (the counts added without their deposits, the
 * total answered in cents, one kind's deposit left out, the total rounded to whole units). Negative or fractional counts are refused twice, by
 * the written fields and by the function; a slip in one of them alone leaves the service right, so it is no mutant here.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const FAMILIES: Record<string, SlipFamily> = {
  deposit: {
    features: [
      'Pfandrechner: Einweg 0,25 €, Mehrweg 0,08 €; aus der Anzahl je Sorte den Gesamtpfand berechnen',
    ],
    slips: [
      [['cents += count * Number(options[key]);', 'cents += count;']],
      [['value: { total: cents / 100 }', 'value: { total: cents }']],
      [
        [
          "if (!key.startsWith('cents_')) continue;",
          "if (!key.startsWith('cents_') || key === 'cents_einweg') continue;",
        ],
      ],
      [['value: { total: cents / 100 }', 'value: { total: Math.round(cents / 100) }']],
    ],
  },
};

slipSuite(client, 'deposit-total', FAMILIES);
