import type { EndpointSpec, SpecContract } from '../spec-contract';
import { numbersIn } from './domain-terms';
import { label } from './worked-examples';

/*
 * Currencies convert only at rates the intent declares: a converter with a table of its own ("USD 1, EUR 0.92,
 * JPY 151.5") answers numbers nobody gave, whatever the feature's words. The physical units a conversion holds
 * (km, mi) are facts; exchange rates are the user's to state. A rate is declared when a key feature writes it,
 * or writes its inverse ("1 EUR = 1.087 USD" declares USD → EUR at 0.92).
 */

const CURRENCY = /^[A-Z]{3}$/;
const RATE_FUNCTIONS = new Set(['rate.table', 'rate.convert']);

/** The exchange rates an endpoint converts currencies by (empty when it converts none). */
function ratesOf(e: EndpointSpec): number[] {
  const b = e.behavior;
  if (b?.kind === 'compute' && 'operation' in b && b.operation === 'convert') {
    const codes = Object.keys(b.rates);
    if (codes.length === 0 || !codes.every((c) => CURRENCY.test(c))) return [];
    return Object.values(b.rates);
  }
  if (b?.kind === 'function' && RATE_FUNCTIONS.has(b.function)) {
    const options = b.options ?? {};
    if (typeof options.rates === 'string') {
      try {
        return (JSON.parse(options.rates) as unknown[][]).map((row) =>
          Number(String(row[1]).replace(',', '.')),
        );
      } catch {
        return [Number.NaN];
      }
    }
    return [Number(options.rate)];
  }
  return [];
}

/** Whether `rate` (or its inverse) is a number one of the features writes. */
function declared(rate: number, written: number[]): boolean {
  if (rate === 1) return true;
  if (!Number.isFinite(rate) || rate <= 0) return false;
  return written.some((n) => Math.abs(n - rate) < 1e-9 || (n > 0 && Math.abs(1 / n - rate) <= 0.005 * rate));
}

/** A feature realised by a currency conversion at rates no key feature declares. */
export function undeclaredRateProblems(
  contract: SpecContract,
  feature: string,
  features: string[],
): string[] {
  const written = features.flatMap((f) => numbersIn(f));
  const problems: string[] = [];
  for (const e of contract.endpoints.filter((x) => x.features.includes(feature))) {
    const invented = ratesOf(e).filter((r) => !declared(r, written));
    if (invented.length > 0) {
      problems.push(
        `${label(e)} converts currencies at rates no feature declares (${invented.join(', ')}): a currency conversion needs the rate table the intent writes`,
      );
    }
  }
  return problems;
}
