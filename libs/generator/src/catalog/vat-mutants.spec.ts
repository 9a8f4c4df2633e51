import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { slipSuite, type SlipFamily } from '../codegen/testing/slip-suite';

/*
 * A VAT calculator's generated tests are load-bearing: the service generated from the features passes its frozen
 * acceptance pack, and mutants of the emitted code fail it (the tax rounded down instead of half up, the net
 * taken back out as gross × (1 − rate) or truncated, the rate read as hundredths of a percent). The refusals of a
 * rate not listed and of a negative amount are held twice, by the written field's enumeration and minimum and by
 * the function; a slip in one of them alone leaves the service right, so it is no mutant here.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const FAMILIES: Record<string, SlipFamily> = {
  mwst: {
    features: [
      'POST /brutto mit {"netto": number, "satz": 19 oder 7} liefert {"netto", "mwst", "brutto"}, auf Cent gerundet',
      'POST /netto mit {"brutto": number, "satz": 19 oder 7} rechnet zurück und liefert {"netto", "mwst", "brutto"}',
      'Andere Sätze als 19 und 7 sowie negative Beträge → 400',
    ],
    slips: [
      [
        [
          'Math.floor((read.cents * read.basis + 5000) / 10000)',
          'Math.floor((read.cents * read.basis) / 10000)',
        ],
      ],
      [
        [
          'Math.floor((2 * read.cents * 10000 + divisor) / (2 * divisor))',
          'Math.round((read.cents * (10000 - read.basis)) / 10000)',
        ],
      ],
      [
        [
          'Math.floor((2 * read.cents * 10000 + divisor) / (2 * divisor))',
          'Math.floor((read.cents * 10000) / divisor)',
        ],
      ],
      [['basis: Math.round((rate as number) * 100)', 'basis: Math.round(rate as number)']],
    ],
  },
};

slipSuite(client, 'vat', FAMILIES);
