import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { slipSuite, type SlipFamily } from '../codegen/testing/slip-suite';

/*
 * The generated tests of national identifier checks are load-bearing: a service generated from ordinary features
 * passes its frozen acceptance pack, and a mutant of its emitted code fails it — a CPF's second check digit weighted
 * like the first, eleven equal digits let through, a DNI letter taken from the number mod 22.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const FAMILIES: Record<string, SlipFamily> = {
  cpf: {
    features: [
      'Validar um CPF pelos dois dígitos verificadores, com ou sem pontos e traço',
      'Um CPF com os onze dígitos iguais é inválido',
    ],
    slips: [
      // The second check digit weighted from 10 like the first.
      [['CPF_VALIDATE_DIGIT(cpf.slice(0, 10), 11)', 'CPF_VALIDATE_DIGIT(cpf.slice(0, 10), 10)']],
      // Eleven equal digits let through.
      [["else if (/^(\\d)\\1{10}$/.test(cpf)) reason = 'repeated';", '']],
    ],
  },
  dni: {
    features: ['Comprobar si un DNI es válido con su letra de control'],
    // The letter of the number mod 22.
    slips: [[['[Number(digits) % 23]', '[Number(digits) % 22]']]],
  },
};

slipSuite(client, 'national-ids', FAMILIES);
