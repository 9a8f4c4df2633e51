import type { SpecContract } from './spec-contract';

/** The default of config setting `name` ('' when unset): the development value examples, checks and tests use. */
export function configDefault(contract: SpecContract, name: string): string {
  return contract.config.find((s) => s.name === name)?.default ?? '';
}
