import { LIFECYCLE_VERBS as LIFECYCLES, namesOtherOutcome, readArrowMachine } from '@sf/service-spec';
import { actionOf, words } from './lexicon';
import { wordList } from '../catalog/feature-words';

/*
 * Lifecycles said as verbs ("mark an invoice paid; paying one that is already paid is a conflict", "ein Fahrrad
 * vermieten geht nur, wenn es frei ist (sonst 409)", "cerrar una votación", "publier un article (déjà publié →
 * 409)"): each verb moves a record into a state and refuses the move when the record is already there, and its
 * undo verb (return, reopen, unpublish) moves it back and refuses when it is not there. That is the hold machine
 * of `hold-flags.ts` (reserve/release on a boolean flag), with the flag named by the verb's state.
 */

const w = wordList;

/** Verbs that make the state named after them the move itself ("mark an invoice paid"). */
const MARK = new Set(w('mark marks marking markieren markiere marquer marque marcar marca segnare segna'));

/** Words saying a move is refused once made ("already", "only once", "sonst 409", "déjà", "ya"). */
const REFUSALS = new Set(
  w(`409 conflict conflicts conflicto conflictos conflit conflits konflikt already again once only twice ya
    deja bereits schon erneut nochmal noch nur sonst else otherwise sinon solo seulement uniquement
    altrimenti gia ja cannot refused`),
);

/** Words of time a hold cannot keep ("only before its due date"). */
const TIMED = new Set(
  w(`due deadline before after expired expires expiry window fallig faellig frist vor antes despues plazo
    avant apres echeance prima dopo scadenza`),
);

/** "take it back", "bring the tool back", "comes back": the undo of a loan or a check-out. */
const BACK =
  /\b(?:take|takes|taking|bring|brings|give|gives|hand|hands|comes|come|came)\s+(?:\w+\s+){0,2}?back\b/i;

/** What a feature says of a lifecycle: its flag, the moves it asks for, and whether it asks more than one. */
export interface LifecycleReading {
  flag: string;
  actions: ('reserve' | 'release')[];
  /** The verb's forms as the feature writes them ("vermieten", "cerrada"), carried into the contract. */
  written: string[];
}

/** Whether a verb form leads its clause: the first two words, or last before the clause ends ("… schließen;"). */
function leads(text: string, forms: Set<string>): boolean {
  return text
    .split(/[;:.,()]/)
    .map(words)
    .some((clause) => clause.slice(0, 2).some((t) => forms.has(t)) || forms.has(clause[clause.length - 1]));
}

/**
 * The lifecycle a feature asks for, or null: one of its verbs is written as a move (leading its clause, or
 * beside a refusal of the move made twice, or "mark … paid"). A feature that also refuses an edit or a deletion
 * of the record in that state ("archived projects cannot be edited"), refuses by time, or decides between two
 * outcomes ("approve or reject"), asks what a hold cannot keep: `{ unkept: true }`.
 */
export function readLifecycle(feature: string): LifecycleReading | { unkept: true } | null {
  // "on_shelf -> lent": states written with an arrow are a state machine's own (its field holds those states),
  // which a hold on a flag does not show.
  if (
    readArrowMachine(feature) !== null ||
    /\b[a-z]+_[a-z_]+\s*(?:->|→)|(?:->|→)\s*[a-z]+_[a-z_]+\b/.test(feature)
  )
    return { unkept: true };
  // "devuelve 409", "devolve 409", "ergibt 409": a verb before a status code says what is answered.
  const written = words(feature.replace(/\p{L}+\s+(?=[1-5]\d\d\b)/gu, ' '));
  const has = (forms: string[]) => written.some((t) => forms.includes(t));
  const refuses = written.some((t) => REFUSALS.has(t));
  const marks = written.some((t) => MARK.has(t));
  for (const verb of LIFECYCLES) {
    const acted =
      (has(verb.acts) && (refuses || leads(feature, new Set(verb.acts)))) || (marks && has(verb.states));
    const undone = has(verb.undo) && (refuses || leads(feature, new Set(verb.undo)));
    if (!acted && !(undone && (has(verb.states) || has(verb.acts)))) continue;
    if (written.some((t) => TIMED.has(t)) || namesOtherOutcome(written.join(' '))) return { unkept: true };
    if (refuses && written.some((t) => ['update', 'delete'].includes(actionOf(t) ?? '')))
      return { unkept: true };
    const actions: ('reserve' | 'release')[] = acted ? ['reserve'] : [];
    if (undone || (acted && verb.undo.length > 0 && BACK.test(feature))) actions.push('release');
    const forms = new Set([...verb.acts, ...verb.states, ...verb.undo]);
    return { flag: verb.flag, actions, written: [...new Set(written.filter((t) => forms.has(t)))] };
  }
  return null;
}

/** Words that never name the record a verb moves: articles, particles, pronouns, prepositions. */
const NOT_NOUNS = new Set(
  w(`a an the one out up it them to for by of from with its their this that un una uno unos unas el la los
    las lo le les l des du de del al une il gli i um uma o os as ein eine einen einem einer der die das den
    dem des als comme como as come sein seine ihr ihre su sus son sa ses suo sua and und y et e ou or oder`),
);

/** Every form of every lifecycle verb and of marking, which are never the record's noun. */
const VERB_FORMS = new Set([
  ...MARK,
  ...w('lend lends lending borrow borrows prestar presta preter prete ausleihen verleihen prestare'),
  ...LIFECYCLES.flatMap((v) => [...v.acts, ...v.states, ...v.undo]),
]);

/** Prepositions before the one a record goes to ("an einen Kunden", "à un client", "to a member"). */
const PREPOSITIONS = new Set(w('an zu fur to for a al au aux para per pour with mit bei'));

/** Whether the next word stands in a prepositional phrase: a preposition, then articles only. */
function afterPreposition(before: string[]): boolean {
  for (let i = before.length - 1; i >= 0; i -= 1) {
    if (PREPOSITIONS.has(before[i])) return true;
    if (!NOT_NOUNS.has(before[i])) return false;
  }
  return false;
}

/**
 * The record a lifecycle verb moves, as written: the noun after a verb that opens its clause ("Cerrar una
 * votación", "rent out a bike to a customer"; a compound of two English nouns ends at its last: "a support ticket"),
 * else the noun before it ("ein Fahrrad vermieten", "Projekte archivieren"), or the clause's first noun when
 * the verb is a marking one ("Rechnungen als bezahlt markieren").
 */
export function lifecycleObject(feature: string, english: boolean): string | null {
  for (const clause of feature.split(/[;:.,()]/).map(words)) {
    const at = clause.findIndex((t) => VERB_FORMS.has(t) && !LIFECYCLES.some((v) => v.states.includes(t)));
    if (at < 0) continue;
    const noun = (t: string | undefined) => t !== undefined && !NOT_NOUNS.has(t) && !VERB_FORMS.has(t);
    // English puts the object after the verb wherever the verb stands ("customers can rent a bike").
    if (at === 0 || (at === 1 && !noun(clause[0])) || english) {
      const after = clause.slice(at + 1);
      let i = after.findIndex(noun);
      if (i < 0) continue;
      // "a support ticket": two nouns and then the clause moves on; "una bicicletta solo se …" is no compound.
      if (english && noun(after[i + 1]) && !noun(after[i + 2])) i += 1;
      return after[i];
    }
    // "ein Fahrrad an einen Kunden vermieten": the noun after a preposition is who takes it, not the record.
    const before = clause.slice(0, at).filter((t, i, all) => noun(t) && !afterPreposition(all.slice(0, i)));
    if (before.length > 0) return MARK.has(clause[at]) ? before[0] : before[before.length - 1];
  }
  return null;
}

/** Whether a loan or check-out feature also takes the record back ("take it back, only when it is out"). */
export function takesBack(feature: string): boolean {
  return BACK.test(feature);
}

/** The flag a feature's lifecycle verbs name, if any (checked before the lending words: "return a rented car"). */
export function lifecycleFlagOf(feature: string): string | null {
  const written = words(feature);
  const verb = LIFECYCLES.find((v) => written.some((t) => v.acts.includes(t) || v.states.includes(t)));
  return verb?.flag ?? null;
}

/** Flags whose record is taken by someone (a taker field is stored); a paid invoice is held by nobody. */
export const TAKEN_FLAGS = new Set(['on_loan', 'checked_out', 'reserved', 'rented']);

/** Item path segments of each lifecycle's move and undo. */
export const LIFECYCLE_SEGMENTS: Record<string, [string, string]> = {
  rented: ['rent', 'return'],
  paid: ['pay', 'unpay'],
  archived: ['archive', 'unarchive'],
  published: ['publish', 'unpublish'],
  closed: ['close', 'reopen'],
  approved: ['approve', 'unapprove'],
  confirmed: ['confirm', 'unconfirm'],
};

/** What a second move is refused with, in words. */
export const LIFECYCLE_RULES: Record<string, string> = {
  rented: 'it cannot be rented again until it is returned',
  paid: 'it cannot be paid twice',
  archived: 'it cannot be archived again until it is unarchived',
  published: 'it cannot be published again until it is unpublished',
  closed: 'it cannot be closed again until it is reopened',
  approved: 'it cannot be approved twice',
  confirmed: 'it cannot be confirmed twice',
};
