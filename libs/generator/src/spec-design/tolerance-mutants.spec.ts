import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { slipSuite, type SlipFamily } from '../codegen/testing/slip-suite';

/*
 * A feature that says how a check reads its input is load-bearing: the generated service passes its acceptance
 * pack, and a check that no longer reads lower case or spaces (IBAN), or lower case (DNI), fails it on the worked
 * example written that way (tolerance-features.ts).
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const FAMILIES: Record<string, SlipFamily> = {
  iban: {
    features: [
      'check an IBAN and give its country',
      'spaces in the IBAN are ignored and lower case is accepted',
    ],
    slips: [[["text.replace(/ /g, '').toUpperCase()", "text.replace(/ /g, '')"]]],
  },
  dni: {
    features: ['validar un DNI español con su letra de control', 'se aceptan espacios, guiones y minúsculas'],
    slips: [[["input.dni.replace(/[\\s-]/g, '').toUpperCase()", "input.dni.replace(/[\\s-]/g, '')"]]],
  },
};

slipSuite(client, 'tolerance', FAMILIES);
