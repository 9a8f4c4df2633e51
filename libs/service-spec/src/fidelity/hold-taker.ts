import { holdTakerGivenIn } from '../hold-takers';
import type { EndpointSpec } from '../spec-contract';
import { label } from './worked-examples';

/*
 * A hold that gives a record to someone ("check an item out to a person", "lend a book to a member", "emprestar
 * um livro a um aluno") keeps who took it: the reserve endpoint that realises it reads and stores a taker
 * (`holder`). One that only flips the record's flag answers "checked out" without saying to whom, so "who has it
 * right now" can never be answered: refused.
 */
export function holdTakerProblems(feature: string, endpoints: EndpointSpec[]): string[] {
  const taker = holdTakerGivenIn(feature);
  if (!taker) return [];
  const holds = endpoints.filter((e) => e.behavior?.kind === 'reserve');
  if (holds.length === 0 || holds.some((e) => e.behavior.kind === 'reserve' && e.behavior.holder)) return [];
  return [
    `it gives the record to a ${taker.written}, but ${holds.map(label).join(', ')} keeps no one: it reads and stores no taker`,
  ];
}
