import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { slipSuite, type SlipFamily } from '../codegen/testing/slip-suite';

/*
 * The generated tests of a CPF check answering its printed form are load-bearing: a mutant of the emitted code
 * that groups the digits wrongly (the dash before the last three, a dot for the dash) fails the frozen pack.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed

const FAMILIES: Record<string, SlipFamily> = {
  'cpf-formatted': {
    features: ['validar um CPF e devolver o CPF formatado no padrão 000.000.000-00'],
    slips: [
      // The dash one digit early: 529.982.24-725.
      [["cpf.slice(6, 9) + '-' + cpf.slice(9)", "cpf.slice(6, 8) + '-' + cpf.slice(8)"]],
      // A dot for the dash: 529.982.247.25.
      [["cpf.slice(6, 9) + '-' + cpf.slice(9)", "cpf.slice(6, 9) + '.' + cpf.slice(9)"]],
    ],
  },
};

slipSuite(client, 'cpf-format', FAMILIES);
