import { holdTakerOf } from '@sf/service-spec';
import type { ContractBuilder } from './contract-builder';

/*
 * Who takes a record a hold gives out, when the feature writes it as the hold route's body rather than in words:
 * 'POST /bikes/{id}/checkout with {"rider": string}', 'POST /tools/{id}/lend mit {"mitglied": string}'. The one
 * string field of that body names the taker when its name is a taker's (member, socio, rider, who …): the hold
 * stores it under that very name, so the client reads back the field it sent.
 */

/** Body field names that name who takes a record, beside the taker words of service-spec (accents folded). */
const TAKER_FIELDS = new Set(
  'rider renter holder taker who borrowed_by lent_to checked_out_by rented_by by name person_name member_name quien wer qui chi quem nombre prestado_a'.split(
    ' ',
  ),
);

/** The taker field a spelled hold route's body names (`rider` in `with {"rider": string}`); else null. */
export function spelledHoldTaker(feature: string): string | null {
  const bodies = [...feature.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]).filter((x) => x.includes('"'));
  if (bodies.length !== 1) return null;
  const fields = [...bodies[0].matchAll(/"([\p{L}_][\p{L}\p{N}_]*)"\s*:\s*([^,]+)/gu)];
  if (fields.length !== 1 || !/^\s*(?:string|text|str)\b/i.test(fields[0][2])) return null;
  const name = fields[0][1];
  const folded = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (!/^[a-z][a-z0-9_]*$/.test(folded)) return null;
  return TAKER_FIELDS.has(folded) || holdTakerOf(folded.replace(/_/g, ' ')) ? folded : null;
}

/**
 * A hold of `resource` designed before the feature that names its taker ('return a book' read before 'lend a book
 * to a member') keeps no one; the taker found later is given to it too, so the return clears whom the lend stored.
 */
export function shareHolder(b: ContractBuilder, resource: string, holder: string): void {
  for (const e of b.contract.endpoints) {
    const x = e.behavior;
    if ((x.kind === 'reserve' || x.kind === 'release') && x.resource === resource && x.holder === undefined)
      e.behavior = { ...x, holder };
  }
}
