import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { slipSuite, type SlipFamily } from '../codegen/testing/slip-suite';

/*
 * One amount given back in several units at once ("give it back in mph, m/s and knots at once") is load-bearing in
 * the generated tests: the service passes its frozen acceptance pack as generated, and fails it when the factors
 * are inverted, the answers truncated instead of rounded, or a negative amount answered.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const SLIPS: [string, string][][] = [
  [['(value * from) / Number(factor)', '(value * Number(factor)) / from']],
  [['Math.round(scaled) / scale', 'Math.floor(scaled) / scale']],
  [
    [
      "if (value < 0) return { ok: false, problems: ['the amount",
      "if (value < -1) return { ok: false, problems: ['the amount",
    ],
  ],
];

const FAMILIES: Record<string, SlipFamily> = {
  speeds: {
    features: [
      'Recibe una velocidad en km/h y la devuelve a la vez en mph, m/s y nudos',
      'Redondear los resultados a 2 decimales',
    ],
    slips: SLIPS,
  },
  lengths: {
    features: ['Take a length in metres and give it back in kilometres, miles and yards at once'],
    slips: SLIPS,
  },
};

slipSuite(client, 'units-many', FAMILIES);
