import { asksAvailable, asksWhoHas, holdTakerGivenIn } from '../hold-takers';
import type { AcceptanceCheck, EndpointSpec, SpecContract } from '../spec-contract';
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

/**
 * A read that asks who has a record now ("see an item and who has it right now", "ver quién lo tiene") is realised
 * by the read of a record a hold gives to someone and keeps the taker of (`reserve` with a `holder`), with a worked
 * example of that read answering the taker after a hold: a bare read of records that keep no taker, or one whose
 * examples never show one, cannot say who has it, whatever its summary says.
 */
export function whoHasProblems(feature: string, endpoints: EndpointSpec[], contract: SpecContract): string[] {
  // Only records a hold gives out have someone who has them ("who has the most points" ranks players).
  const holds = contract.endpoints.some(
    (e) => e.behavior?.kind === 'reserve' || e.behavior?.kind === 'release',
  );
  if (!asksWhoHas(feature) || !holds) return [];
  const reads = endpoints.filter((e) => e.behavior?.kind === 'get');
  const kept = (resource: string): string | undefined => {
    for (const x of contract.endpoints) {
      const b = x.behavior;
      if (b?.kind === 'reserve' && b.resource === resource && b.holder !== undefined) return b.holder;
    }
    return undefined;
  };
  const shown = (e: EndpointSpec, holder: string) =>
    contract.acceptance.some(
      (c: AcceptanceCheck) =>
        c.endpoint_id === e.id &&
        c.kind === 'happy' &&
        c.steps.length > 1 &&
        typeof (c.steps[c.steps.length - 1].expect.body_contains as Record<string, unknown> | undefined)?.[
          holder
        ] === 'string',
    );
  const answering = reads.filter((e) => {
    const holder = e.behavior.kind === 'get' ? kept(e.behavior.resource) : undefined;
    return holder !== undefined && shown(e, holder);
  });
  const where = endpoints.map(label).join(', ') || 'no endpoint';
  // "mostra se está disponível e, se não, com qual aluno está": whether it is free is a field of its own; the
  // hold's flag says the opposite under another name, so a client reading "available" finds nothing.
  const free = (e: EndpointSpec) =>
    e.behavior.kind === 'get' &&
    (contract.resources ?? [])
      .find((r) => r.name === (e.behavior.kind === 'get' ? e.behavior.resource : ''))
      ?.fields.some((f) => f.type === 'boolean' && asksAvailable(f.name.replace(/_/g, ' '))) === true;
  if (asksAvailable(feature) && !answering.some(free)) {
    return [
      `it asks whether the record is available, but ${where} answers no such field: the hold keeps only the opposite flag`,
    ];
  }
  if (answering.length > 0) return [];
  return [
    `it asks who has the record now, but ${where} answers no taker: no read of records a hold gives to someone shows who holds one`,
  ];
}
