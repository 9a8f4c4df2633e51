import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import type { SpecContract } from './spec-contract';
import { SPEC_CONTRACT_SCHEMA } from './spec-contract.schema';

const MAX_REPORTED_ERRORS = 25;

let compiled: ValidateFunction<SpecContract> | null = null;

/** The contract's validator, compiled on first use (not by every process that merely imports this library). */
function contractValidator(): ValidateFunction<SpecContract> {
  return (compiled ??= new Ajv({ allErrors: true, strict: true }).compile<SpecContract>(
    SPEC_CONTRACT_SCHEMA,
  ));
}

function describe(error: ErrorObject): string {
  const where = error.instancePath === '' ? '(root)' : error.instancePath;
  const extra =
    error.keyword === 'additionalProperties'
      ? ` '${String((error.params as { additionalProperty: string }).additionalProperty)}'`
      : '';
  return `${where}: ${error.message ?? error.keyword}${extra}`;
}

/** Schema problems of `value` as readable sentences; empty when it is a valid {@link SpecContract}. */
export function contractSchemaErrors(value: unknown): string[] {
  const validateContract = contractValidator();
  if (validateContract(value)) return [];
  // `if/then` failures repeat the inner error once more as "must match then schema": noise for a reader.
  const errors = (validateContract.errors ?? []).filter((e) => e.keyword !== 'if').map(describe);
  const unique = [...new Set(errors)];
  return unique.length > MAX_REPORTED_ERRORS
    ? [...unique.slice(0, MAX_REPORTED_ERRORS), `… and ${unique.length - MAX_REPORTED_ERRORS} more`]
    : unique;
}
