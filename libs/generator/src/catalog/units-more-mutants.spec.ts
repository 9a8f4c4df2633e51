import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { slipSuite, type SlipFamily } from '../codegen/testing/slip-suite';

/*
 * Pressure and energy conversions are load-bearing in their generated tests: the service generated from an
 * ordinary feature passes its frozen acceptance pack, and mutants of its factor table fail it (a factor off in
 * its last digits, psi and kPa swapped, the International Table kilocalorie for the thermochemical one, a
 * negative pressure answered).
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const FAMILIES: Record<string, SlipFamily> = {
  pressure: {
    features: ['Convert pressures between Pa, kPa, bar, psi and atm'],
    slips: [
      [['psi: 6894.757293168,', 'psi: 6894.76,']],
      [
        ['psi: 6894.757293168,', 'psi: 1000,'],
        ['kPa: 1000,', 'kPa: 6894.757293168,'],
      ],
      [['atm: 101325,', 'atm: 101300,']],
      [['if (value < 0)', 'if (value < -1e9)']],
    ],
  },
  energy: {
    features: ['Energy converter between J, kJ, kWh, kcal and BTU, rounded to 3 decimals'],
    slips: [
      [['kcal: 4184,', 'kcal: 4186.8,']],
      [['BTU: 1055.05585262,', 'BTU: 1055.06,']],
      [['kWh: 3600000,', 'kWh: 3600,']],
    ],
  },
};

slipSuite(client, 'units-more', FAMILIES);
