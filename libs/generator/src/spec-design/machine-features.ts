import { readArrowMachine, statedStart, wordedChainSubject, type ArrowMachine } from '@sf/service-spec';
import { languageOf } from '../catalog/calc-language';
import { featureWords } from '../catalog/feature-words';
import type { ContractBuilder } from './contract-builder';
import type { DesignContext } from './design-context';
import { readFeature, type FeatureReading } from './feature-reader';
import { namedFields } from './named-fields';
import { claimMoveRefusals } from './state-routes';

/*
 * State machines written with arrows ("open → in_progress → done", "offen → bezahlt → versandt", "pendiente →
 * enviado → entregado", "cancel from any state except done"; `readArrowMachine` in @sf/service-spec, which the
 * gate reads too): the record's state field lists the states, starts in the first one, and one endpoint
 * `PATCH /<records>/{id}/<field>` moves it along the arrows; every other move is 409 INVALID_TRANSITION.
 */

/** The state field's name: the word the feature uses for it, else "status" in the feature's language. */
function stateField(machine: ArrowMachine, feature: string): string {
  const word = (machine.word ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (word === 'state' || word === 'states') return 'state';
  if (word.startsWith('estado')) return 'estado';
  if (word.startsWith('statut') || word.startsWith('etat')) return 'statut';
  if (word === 'stato' || word === 'stati') return 'stato';
  if (word !== '') return 'status';
  // "moves through the stages applied → screening → …": the stage a candidate is in.
  if (/\bstages?\b/i.test(feature)) return 'stage';
  const language = languageOf(featureWords(feature));
  return language === 'es' ? 'estado' : language === 'fr' ? 'statut' : language === 'it' ? 'stato' : 'status';
}

/**
 * The record a machine that names none is about: the one another feature says starts in its first state ("new
 * tickets start with status "open"" beside "status moves open → in_progress → closed").
 */
function startedHere(b: ContractBuilder, machine: ArrowMachine): string | null {
  const first = machine.states[0].toLowerCase();
  const other = b.contract.service.features.find((f) => statedStart(f)?.toLowerCase() === first);
  return other === undefined ? null : readFeature(other).noun;
}

/** The one record kept by the contract that a feature names (singular, plural or possessive), if exactly one. */
function namedRecord(b: ContractBuilder, feature: string): string | null {
  const text = feature.toLowerCase().replace(/[’']s\b/g, ' ');
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/-/g, '[ _-]');
  const named = b.contract.resources.filter((x) =>
    new RegExp(`(?<![\\p{L}])(?:${escape(x.name)}|${escape(x.plural)})(?![\\p{L}])`, 'u').test(text),
  );
  return named.length === 1 ? named[0].name : null;
}

/** Designs the machine a feature writes with arrows; false when it writes none. */
export function realiseMachine(
  b: ContractBuilder,
  ctx: DesignContext,
  feature: string,
  r: FeatureReading,
): boolean {
  const machine = readArrowMachine(feature);
  if (!machine || r.literal) return false;
  // "le statut passe de ouvert à en_cours puis à clos ; tout autre changement est refusé": a chain in words names
  // its record before its verb, never after it ("refusé", "passa" are no records).
  const subject = wordedChainSubject(feature);
  const written = subject === null ? r.noun : readFeature(subject).noun;
  // "El estado de un pedido avanza …": the record is the pedido, never the word for its state, nor a word of how
  // it moves ("one step at a time", "Schritt für Schritt", "paso a paso", "in one direction").
  const stateWords =
    /^(status|state|states|estado|estados|statut|etat|stato|stati|zustand|zustande|workflow|steps?|times?|ways?|directions?|schritte?|pasos?|etapes?|passi|passo|vez|vezes|volta)$/;
  const read =
    written !== null && !stateWords.test(written)
      ? written
      : readFeature(machine.word ? (subject ?? feature).replace(machine.word, ' ') : (subject ?? feature))
          .noun;
  // "Der Status eines Antrags geht beantragt → genehmigt …": a state is never the record, which is then the one
  // record kept, unless a machine already moves it (the arrows are then another feature's examples of refusals).
  const only = b.contract.resources.length === 1 ? b.contract.resources[0].name : null;
  const moved = b.contract.endpoints.some(
    (e) => e.behavior.kind === 'transition' && e.behavior.resource === only,
  );
  const kept1 = moved ? null : only;
  const noun =
    kept1 !== null && read !== null && machine.states.some((s) => s.toLowerCase() === read) ? null : read;
  // "a shipment's status goes packed → shipped …; any other change is refused": the record another feature keeps
  // and this one names, before a word of how moves are answered ("refused").
  const kept = b.contract.resources.some((x) => x.name === noun) ? null : namedRecord(b, feature);
  // Else the one record another feature keeps ("Mitarbeiter stellen Urlaubsanträge …" beside its machine).
  const resource =
    kept ?? (noun !== null && !stateWords.test(noun) ? noun : (startedHere(b, machine) ?? kept1 ?? ctx.main));
  const field = stateField(machine, feature);
  const record = b.resource(resource);
  b.writtenAs(resource, r.translated);
  // "Tickets with a title and a status: …": the other fields it names are the record's.
  const named = (namedFields(feature.split(/[:：]/)[0]) ?? []).filter((f) => f.name !== field);
  if (named.length > 0 && record.fields.every((f) => f.name === 'name' || f.name === 'title')) {
    record.fields = named;
  }
  record.fields = record.fields.filter((f) => f.name !== field);
  record.fields.push({
    name: field,
    type: 'string',
    required: false,
    description: `Where the ${resource.replace(/-/g, ' ')} stands: ${machine.states.join(', ')}; it starts ${machine.states[0]} and moves only along the arrows`,
    // Never sent by a client (the machine sets it), so samples leave it out.
    example: null,
    enum: machine.states,
    default: machine.states[0],
  });
  b.ensureCreate(resource, feature);
  const e = b.endpoint(
    'PATCH',
    `${b.collectionPath(resource)}/{id}/${field.replace(/_/g, '-')}`,
    { kind: 'transition', resource, param: 'id', field, moves: machine.moves },
    feature,
  );
  claimMoveRefusals(b, e, machine.moves, field);
  return true;
}
