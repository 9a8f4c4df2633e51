import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { slipSuite, type SlipFamily } from '../codegen/testing/slip-suite';

/*
 * Area conversions are load-bearing in their generated tests: the service generated from an ordinary feature
 * passes its frozen acceptance pack, and mutants of its factor table fail it (a factor off in its last digits,
 * the US survey acre for the international one, hectares and acres swapped, a km² off by ten, a negative area
 * answered).
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const FAMILIES: Record<string, SlipFamily> = {
  area: {
    features: ['Convert areas between m2, km2, hectares, acres and ft2, rounded to 4 decimals'],
    slips: [
      // A factor off in its last digits (1 ft² = 0.0929 m² as some tables round it).
      [['ft2: 0.09290304,', 'ft2: 0.0929,']],
      // The US survey acre (4046.8726 m²) for the international one.
      [['ac: 4046.8564224,', 'ac: 4046.8726,']],
      // Hectares and acres swapped.
      [
        ['ha: 10000,', 'ha: 4046.8564224,'],
        ['ac: 4046.8564224,', 'ac: 10000,'],
      ],
      // A square kilometre taken as 100000 m².
      [['km2: 1000000,', 'km2: 100000,']],
      // A negative area answered.
      [['if (value < 0)', 'if (value < -1e9)']],
    ],
  },
};

slipSuite(client, 'units-area', FAMILIES);
