import { holdTakerOf, type FieldSpec } from '@sf/service-spec';
import type { ContractBuilder } from './contract-builder';
import { shareHolder, spelledHoldTaker } from './hold-taker-fields';
import { words } from './lexicon';
import { LIFECYCLE_RULES, LIFECYCLE_SEGMENTS, readLifecycle } from './lifecycle-verbs';

/*
 * Reserve and release are one state machine: a hold verb sets a flag and refuses when it is already set, its
 * undo verb clears it and refuses when it is clear. Lending a book, checking equipment out and reserving a room
 * are that machine; what differs is the flag's name, read here from the feature's words.
 */

const HOLD_FLAGS: [Set<string>, string][] = [
  [
    new Set(
      `lend lends lent lending borrow borrows borrowed loan loans loaned return returned prestar presta prestado
       preter prete emprunter emprunte rendre ausleihen verleihen leihen ausgeliehen verliehen zuruckgeben
       zurueckgeben ruckgabe emprestar empresta emprestado prestare prestato restituire devolver devuelve`.split(
        /\s+/,
      ),
    ),
    'on_loan',
  ],
  [new Set(['checkout', 'checkin', 'checked']), 'checked_out'],
];

/**
 * Conditions a hold cannot state: it refuses only what is already held or not held, so a feature that also
 * refuses by time ("checking in outside the window is refused", "only before the pass expires") is not a hold.
 */
const TIMED = new Set(
  `window windows valid validity expired expires expiry opening fenster gultig gueltig abgelaufen ventana
   valido valida caducado fenetre valide expire finestra scaduto`.split(/\s+/),
);

/** Whether a hold feature also refuses by time, which a hold does not realise. */
export function holdIsTimed(feature: string): boolean {
  return words(feature).some((t) => TIMED.has(t));
}

/** The undo side of a hold's words: bringing back what was lent or checked out. */
const BACK_WORDS = new Set(
  `return returns returned returning rendre rendu zuruckgeben zurueckgeben zuruckgegeben ruckgabe restituire
   restituito devolver devuelve devuelto devolucao devolvido`.split(/\s+/),
);

/**
 * Whether a hold feature speaks of the undo alone ("mark a book as returned"): none of its hold words is a
 * taking word. Such a feature is realised by the release, not by the taking beside it.
 */
export function namesOnlyUndo(feature: string): boolean {
  const written = words(feature).filter((t) => HOLD_FLAGS.some(([set]) => set.has(t)));
  return written.length > 0 && written.every((t) => BACK_WORDS.has(t));
}

/** Whether the feature's words are those of a loan or a check-out ("mark a book as lent and returned"). */
export function namesHold(feature: string): boolean {
  const written = words(feature);
  return HOLD_FLAGS.some(([set]) => written.some((t) => set.has(t)));
}

/** People checked in and out (present while in), unlike things checked out (away while out). */
const PRESENT = new Set(
  `visitor visitors guest guests attendee attendees participant participants patient patients worker workers
   student students besucher gast gaste gaeste invitado invitados visitante visitantes visiteur visiteurs
   invite invites ospite ospiti visitatore visitatori`.split(/\s+/),
);

/**
 * The flag a hold feature sets: `checked_in` for people checked in, `on_loan` for lending, `checked_out` for
 * check-out, else `reserved`.
 */
export function holdFlagOf(feature: string): string {
  const written = words(feature);
  if (written.some((t) => t === 'checkin' || t === 'checkout') && written.some((t) => PRESENT.has(t)))
    return 'checked_in';
  const life = readLifecycle(feature);
  if (life !== null && 'flag' in life) return life.flag;
  return HOLD_FLAGS.find(([set]) => written.some((t) => set.has(t)))?.[1] ?? 'reserved';
}

/**
 * The flag a reserve/release endpoint of `resource` works on: the one an earlier hold endpoint of the same
 * resource uses (a return undoes the loan it follows), else the one the feature's words name.
 */
export function holdFlagFor(b: ContractBuilder, resource: string, feature: string): string {
  for (const e of b.contract.endpoints) {
    const x = e.behavior;
    if ((x.kind === 'reserve' || x.kind === 'release') && x.resource === resource) return x.field;
  }
  return holdFlagOf(feature);
}

/** Words describing the flag for its field description ("on loan", "checked out"). */
export function holdFlagWords(flag: string): string {
  return flag.replace(/_/g, ' ');
}

const SEGMENTS: Record<string, [string, string]> = {
  on_loan: ['lend', 'return'],
  checked_out: ['check-out', 'check-in'],
  checked_in: ['check-in', 'check-out'],
  ...LIFECYCLE_SEGMENTS,
};

/**
 * The hold action a verb means for `flag`: checking a person in sets `checked_in` (the hold) although the
 * verb "check in" releases a thing that was checked out.
 */
export function holdActionFor(flag: string, action: 'reserve' | 'release'): 'reserve' | 'release' {
  if (flag !== 'checked_in') return action;
  return action === 'reserve' ? 'release' : 'reserve';
}

/** The hold's rule in its own words: what is refused and until when. */
const RULES: Record<string, string> = {
  on_loan: 'it cannot be lent again until it is returned',
  checked_out: 'it cannot be checked out again until it is checked in',
  checked_in: 'it cannot be checked in again until it is checked out',
  reserved: 'it cannot be reserved again until it is released',
  ...LIFECYCLE_RULES,
};

/** The sentence a 409 of a hold states ("the book is already on loan: it cannot be lent again until …"). */
export function holdRule(resource: string, flag: string, action: 'reserve' | 'release'): string {
  const what = resource.replace(/-/g, ' ');
  const state = holdFlagWords(flag);
  if (action === 'release') return `the ${what} is not ${state}`;
  const rule = RULES[flag];
  return rule ? `the ${what} is already ${state}: ${rule}` : `the ${what} is already ${state}`;
}

/** The item path segment of a hold action: `lend`/`return` for loans, `reserve`/`release` by default. */
export function holdSegment(flag: string, action: 'reserve' | 'release'): string {
  const pair = SEGMENTS[flag];
  if (!pair) return action;
  return action === 'reserve' ? pair[0] : pair[1];
}

/** Who takes the record, when a hold feature names a taker: the field (`member`) and the word written (`socio`). */
export const holderOf = holdTakerOf;

/**
 * The holder field of an earlier hold endpoint of `resource`, else the one the feature names (in words or as the
 * route's body field); a taker named only now is given to the earlier holds of the resource too.
 */
export function holderFor(b: ContractBuilder, resource: string, feature: string): string | null {
  for (const e of b.contract.endpoints) {
    const x = e.behavior;
    if ((x.kind === 'reserve' || x.kind === 'release') && x.resource === resource && x.holder)
      return x.holder;
  }
  const taker = spelledHoldTaker(feature) ?? holderOf(feature)?.field ?? null;
  if (taker) shareHolder(b, resource, taker);
  return taker;
}

/** The optional text field holding who has the record; null while nobody does. */
export function holderField(name: string, resource: string, flag: string, feature: string): FieldSpec {
  const written = holderOf(feature)?.written;
  const who = written && written !== name && !written.startsWith(name) ? `${name} (${written})` : name;
  return {
    name,
    type: 'string',
    required: false,
    description: `The ${who} the ${resource.replace(/-/g, ' ')} is ${holdFlagWords(flag)} to (null while it is not ${holdFlagWords(flag)}); set by the hold, cleared by its release`,
    example: `${name}-17`,
    default: null,
  };
}

/**
 * A feature that speaks of a hold's undo alone is not realised by the taking designed beside it: it leaves the
 * taking endpoint's claims, when another feature claims that endpoint (the eval and the registry read which
 * endpoint realises which feature).
 */
export function unclaimTakingIfUndo(b: ContractBuilder, resource: string, feature: string): void {
  if (!namesOnlyUndo(feature)) return;
  for (const e of b.contract.endpoints) {
    const x = e.behavior;
    if (x.kind !== 'reserve' || x.resource !== resource) continue;
    if (e.features.some((f) => f !== feature)) e.features = e.features.filter((f) => f !== feature);
  }
}
