import { recogniseFeature } from '../catalog/catalog';
import { asSaid, featureWords, refuses } from '../catalog/feature-words';
import { joins, realiseFromCatalog, writesOnlyValues } from './catalog-endpoints';
import {
  bareRecordNoun,
  fragmentRecordNoun,
  keptRecords,
  listedRecordNoun,
  makesNamedRecords,
  namedFields,
  withUniqueNamed,
} from './named-fields';
import { refuseBeyondListed } from './field-bounds-design';
import { showStartingState, withStartingState } from './starting-state';
import { opensWithKeeping } from './paraphrased-fields';
import { computesBeyondStatistics, constrainsDesigned, listsRecord, withName } from './kept-or-computed';
import { withOwnText } from './samples';
import type { IntentInput } from '@sf/contracts';
import {
  asksScopeOrOrder,
  instructionIn,
  readFixedAnswer,
  readScopedRepeat,
  sameTerm,
  saysNothingSent,
  type SpecContract,
} from '@sf/service-spec';
import { realiseMachine } from './machine-features';
import { readBooking, realiseBooking } from './booking-records';
import { belongsToStateRoute, spellsStateRoute } from './state-routes';
import { readsBallots, realisePoll } from './poll-features';
import { realiseScoreRecords } from './score-records';
import { realiseRatingRecords } from './rating-records';
import { realiseLiteralPoll, settleLiteralPollCreate } from './poll-literals';
import { realiseCountRead, realiseUpvotes } from './upvote-features';
import { completeAcceptance } from './acceptance-writer';
import { planGuard, settledByGuard, settleGuard, withoutGuardClauses } from './header-guard';
import { realiseGuardUsage } from './guard-usage';
import { aggregateEndpoint, convertEndpoint, webhookReceiver } from './behavior-endpoints';
import { ContractBuilder } from './contract-builder';
import { designContext, note, storeNoun, type DesignContext, type DesignNotes } from './design-context';
import { completeEndpoint } from './endpoint-docs';
import { noteUdcPrefixed } from './udc-prefixed';
import { declareErrorShape } from './error-shape';
import { readFeature } from './feature-reader';
import { actOn } from './resource-actions';
import { knownNoun, singular, words, type Action } from './lexicon';
import { realiseLiteralRoutes } from './literal-routes';
import { asksNoOverlap, realiseTally } from './record-rules-design';
import { realiseCountPer } from './count-per-features';
import { readsAsFloor, realiseFloor } from './floor-features';
import { settleRecordRules } from './record-rules-settle';
import { settleFormatChecks } from './format-checks';
import { asShortening, freeRedirect, settleLinks } from './link-features';
import { showQuotedRefusals } from './quoted-value-refusals';
import { shortHash } from './naming';
import { readQuota, realiseQuota } from './quota-features';
import { readTokenBucket } from './token-bucket-features';
import { readsAsLowStock, realiseLowStock } from './low-stock-features';
import { readsAsStockMove, realiseStockMove } from './stock-moves';
import { onlyExpires, realiseExpiry, settleExpiry } from './ttl-features';
import { onlyLimitsReads, realiseReadLimit, settleReadLimits } from './read-limit-features';
import { settleWhoHas } from './who-has';
import { onlyOwnerBest, ranksBeforeList, realiseRanking, settleRankingExamples } from './ranking-features';
import { realiseOverdue } from './overdue-features';
import { realiseSignUps } from './signup-list-features';
import { settleScopedRepeats } from './scoped-unique-features';
import { readsOwnerFigure, realiseOwnerAggregate } from './owner-aggregate-features';
import { asksListQuery, listQueryReading, settleListQueries } from './list-query-design';
import { latestListNoun } from './list-query-latest';
import { holdIsTimed, holderOf, unclaimTakingIfUndo, namesHold } from './hold-flags';
import { onlyConstrains, settleConstraints } from './constraint-features';
import { statesTextProperty } from './text-properties';
import { addsToAnother, realiseFollowUp } from './follow-up-features';
import { lifecycleObject, readLifecycle, takesBack } from './lifecycle-verbs';
import { languageOf } from '../catalog/calc-language';
import { outsideWorld } from './outside-world';
import { realiseWordedDelete } from './worded-deletes';
import { realiseHealthAggregator } from './health-features';
import { readsAsWebhooks, readsReceivedEvents } from './webhook-features';
import { declareQueryFields } from './list-query-fields';
import { realiseWebhooks } from './webhook-design';
import { asksStoring, isQuestion, plainStoring, transformsOnce } from './storing-features';

/** The resource a written noun names: the lexicon's, else its singular. */
function nounOf(written: string): string {
  return knownNoun(written) ?? singular(written);
}

/** Actions that reach an outside party on purpose: a vendor's webhooks are received, not refused. */
const OUTSIDE_ACTIONS = new Set<Action>(['webhook', 'replay', 'integrate']);

const CRUD_LITE: Action[] = ['create', 'get', 'list'];
const CRUD_FULL: Action[] = ['create', 'list', 'get', 'update', 'delete'];

/** At most three words and no sentence: "Refunds", "Customer notes", "Stripe integration". */
function isNounPhrase(feature: string): boolean {
  const written = words(feature);
  return written.length <= 3 && !refuses(featureWords(feature)) && !/[,;:.!?]/.test(asSaid(feature));
}

/** Adds the endpoints that realise one key feature. Safe to call again: endpoints are shared, never duplicated. */
export function realiseFeature(b: ContractBuilder, ctx: DesignContext, feature: string, index: number): void {
  // Text that speaks to the generator is data: nothing is built from it (the gate sets it aside, or refuses).
  const instruction = instructionIn(feature);
  if (instruction !== null) {
    note(
      ctx,
      'Purpose',
      `Not built, kept as data: key feature ${index + 1} reads as an instruction to the generator (${instruction}).`,
    );
    return;
  }
  // "the same email cannot sign up twice for the same workshop": on sign-ups once all are designed (below).
  if (readScopedRepeat(feature) !== null) return;
  // "any other move returns 409" beside `POST /tickets/{id}/status with {"status": s} …`: that route claims it.
  if (belongsToStateRoute(b, feature) || realiseWordedDelete(b, feature)) return;
  // "Rate a product from 1 to 5 stars": the ratings, each with the item rated (rating-records.ts).
  if (realiseRatingRecords(b, feature)) return;
  // "let people register their bikes", "keep a log of workouts": storing as people say it, read in plain words.
  // A feature that writes its route is read as written: its shapes name the record's fields.
  const written = readFeature(feature);
  const storing = !written.literal && asksStoring(feature);
  const text = storing ? plainStoring(feature) : feature;
  let r = asShortening(feature, storing ? readFeature(text) : written);
  // `POST /colis/{id}/statut avec {"statut": s} : recu → trie → livre` sets a record's state: the words of its
  // states are no unit ("livre"), order ("trie") or computation of the catalog's.
  if (r.literal && spellsStateRoute(b, feature)) {
    realiseLiteralRoutes(b, ctx, feature, r);
    return;
  }
  // "record a video", "log in with Google": work outside the service stays unrealised, never a record store.
  if (!r.literal && !r.actions.some((x) => OUTSIDE_ACTIONS.has(x)) && outsideWorld(feature) !== null) return;
  // "Reservar una pista indicando la pista, la hora de inicio y la de fin": a booking kept as a record of its own,
  // the thing booked one of its fields (booking-records.ts), never a hold on the thing.
  const booking = r.literal ? null : readBooking(feature);
  if (booking) {
    realiseBooking(b, ctx, feature, booking, r);
    return;
  }
  // "keep pantry items with … the minimum before we order more": words of the field list name no action.
  // "Fournitures avec un nom, une quantité et un minimum": a bare record with its fields computes no minimum.
  const minimumField =
    r.actions.length > 0 &&
    r.actions.every((x) => x === 'aggregate') &&
    (bareRecordNoun(text) !== null || listsRecord(text));
  const keeps = r.actions.length === 0 || opensWithKeeping(text) || minimumField;
  // "Verbrauchsmaterial verwalten: Bezeichnung, Menge …" manages the records it lists, named before the colon.
  const manages = r.actions.length > 0 && r.actions.every((x) => x === 'manage');
  // "Angebot aus Positionen mit Menge und Einzelpreis; der Code …" names the lines of a computation the catalog
  // makes, not records to keep: a computation it recognises (other than statistics over numbers) goes first.
  const computed = !storing && !opensWithKeeping(text) && computesBeyondStatistics(feature);
  const kept = !r.literal && (keeps || manages) && !computed ? keptRecords(text) : null;
  if (kept)
    r = {
      ...r,
      actions: manages ? r.actions : ['create', 'list'],
      noun: kept.noun ? nounOf(kept.noun) : r.noun,
    };
  // A record listed with its fields is named from its own noun ("log lost property with …"), never a stray word.
  // A fragment of storing names its record before the colon ("anotar mis lecturas: título, autor y páginas").
  // "book an appointment with the patient's name, …", "reservar una cita con …": an appointment or a reservation
  // is the booking itself, made with the fields it lists, never a flag on records another feature makes.
  if (!r.literal && r.actions.includes('reserve') && booksItsOwnRecord(r.noun, text))
    r = { ...r, actions: [...r.actions.filter((x) => x !== 'reserve'), 'create'] };
  const listed =
    r.literal || !(kept || r.actions.includes('create'))
      ? null
      : (listedRecordNoun(text) ?? (storing ? fragmentRecordNoun(text) : null));
  if (listed !== null) r = { ...r, noun: nounOf(listed) };
  // "registrare una lettura" and "elencare tutte le letture" keep one store, named in the singular.
  if (r.noun !== null) r = { ...r, noun: storeNoun(ctx, r.noun) };
  // "can be read only once" uses up the records another feature keeps; never a store named by its words.
  // "Résultats : le nombre de voix par option, 0 compris, et le total" counts a poll's votes: no sum, no store.
  if (!r.literal && readsBallots(feature) && realisePoll(b, feature)) return;
  // "record a player's score after each game": the scores, each with who made it, not a store of "after".
  if (!r.literal && realiseScoreRecords(b, feature)) return;
  if (realiseReadLimit(b, feature, r)) return;
  // "valid for 2 hours" says when records expire; the catalog would read a validation in it.
  if (realiseExpiry(b, feature, r)) return;
  // "each post shows how many likes it has" beside "like a post": the post's read, with the count a like adds to.
  if (!r.literal && realiseCountRead(b, feature)) return;
  // "a member reserves a place in a session …; once a session has no places left, … 409": a sign-up under it.
  if (!r.literal && realiseSignUps(b, feature)) return;
  // "POST /ping answers 204 with no body" spells its own answer: it pings nothing.
  if (!(r.literal && readFixedAnswer(feature)) && realiseHealthAggregator(b, feature)) return;
  // "the provider POSTs events to us, signed …; keep them": a signed receiver, before any storing or catalog
  // reading ("hex" is no base conversion here).
  const made = b.contract.endpoints.some((e) => e.behavior.kind === 'webhook_receive');
  const hooks = readsAsWebhooks(feature) || readsReceivedEvents(feature, made);
  if (hooks && !r.literal) {
    realiseWebhooks(b, ctx, feature, r);
    return;
  }
  // "keep stock items with … the minimum before we order more" keeps records; it computes nothing.
  // "take items out of the pantry", "Entnahme buchen": a movement of a kept stock level, not a unit or a record.
  if (realiseStockMove(b, feature, r)) return;
  // "adjust the count up or down; it cannot become negative (409)": a signed change within the floor. A code's
  // "the total never goes below 0" beside a quote is the quote's (constrainsDesigned).
  if (
    !r.literal &&
    !computed &&
    !r.actions.includes('create') &&
    readsAsFloor(feature) &&
    !constrainsDesigned(b, feature) &&
    realiseFloor(b, feature, r)
  )
    return;
  // "warn about cartridges below their minimum" lists records running low; it takes no minimum of numbers.
  if (readsAsLowStock(feature) && realiseLowStock(b, feature, r)) return;
  // "also tell which word is used most often" beside text statistics: one more answer of theirs, not an endpoint.
  if (!r.literal && addsToAnother(feature) && realiseFollowUp(b, feature)) return;
  // "Zeilen, die mit "- " beginnen, werden zu einer Aufzählung" beside a markdown rendering: a part of the
  // computation another feature designed, never records named after its first noun.
  const joined = kept !== null && !r.literal && joinsDesigned(b, feature);
  if ((joined || !(kept && (listed !== null || minimumField))) && !hooks && realiseFromCatalog(b, feature))
    return;
  // "spaces or dashes between the digit groups should be ignored" after a Luhn check: that check's, said again.
  if (!r.literal && realiseFollowUp(b, feature)) return;
  if (!r.literal && (realisePoll(b, feature) || realiseUpvotes(b, feature))) return;
  if (realiseMachine(b, ctx, feature, r)) return;
  if (realiseQuota(b, feature, r)) return;
  // Tallies and overlap rules are record rules (record-rules-design.ts); overlaps attach once all is designed.
  if (!r.literal && (asksNoOverlap(feature) || realiseTally(b, feature, r.actions))) return;
  if (!r.literal && realiseCountPer(b, feature)) return;
  if (ranksBeforeList(feature) && realiseRanking(b, feature, r)) return;
  // "get a student's average mark": one owner's figure over the records another feature keeps.
  if (!r.literal && readsOwnerFigure(feature) && realiseOwnerAggregate(b, feature)) return;
  // "Teile … erfassen; Menge darf nie negativ sein" keeps the records it bounds: the bound settles on its fields.
  if (realiseLowStock(b, feature, r) || (!r.actions.includes('create') && realiseFloor(b, feature, r)))
    return;
  if (!r.literal && realiseOverdue(b, feature)) return;
  // Filters, sorts and pages belong to a list of the records (list-query-design.ts settles them at the end).
  if (!r.literal && asksListQuery(feature)) {
    r = listQueryReading(feature, r);
    // "show the most recent entries first": the entries are the records kept, not records named "first".
    const kept = latestListNoun(feature, r.noun, b.contract.resources);
    if (kept !== undefined) r = { ...r, noun: kept, nounKnown: true };
    // "sort by rating" beside books and members: which records it orders is a guess, so it stays unrealised.
    if (r.noun === null && b.contract.resources.length > 1) return;
  }
  if (r.literal) {
    // A poll's vote, close or results spelled out: on the poll an earlier feature made.
    if (realiseLiteralPoll(b, feature, r.literal)) return;
    realiseLiteralRoutes(b, ctx, feature, r);
    settleLiteralPollCreate(b, feature, r.literal);
    return;
  }
  // "mark an invoice paid; paying one already paid is a conflict": a lifecycle verb is a hold on its state,
  // readable by id; one that also refuses edits or refuses by time asks what a hold cannot keep.
  const life = readLifecycle(feature);
  if (life !== null && 'unkept' in life) return;
  if (life !== null) {
    const kept = r.actions.filter((x) => x !== 'toggle' && x !== 'reserve' && x !== 'release');
    r = { ...r, actions: [...kept, ...life.actions, 'get'], translated: [...r.translated, ...life.written] };
  }
  // The record a verb moves is its object ("lend a tool to an employee"), not who takes it nor a misread noun.
  if (life !== null || (r.actions.includes('reserve') && r.noun !== null && holderOf(r.noun) !== null)) {
    const object = lifecycleObject(feature, languageOf(featureWords(feature)) === 'en');
    const found = object === null ? null : nounOf(object);
    const noun = b.contract.resources.find((x) => found !== null && sameTerm(x.name, found))?.name ?? found;
    if (object !== null && noun !== null)
      r = { ...r, noun, translated: noun === object ? r.translated : [...r.translated, object] };
  }
  // "mark a book as lent and returned" is the loan's state machine, not a flag set freely.
  const hold = r.actions.includes('toggle') && namesHold(feature);
  if (hold) r = { ...r, actions: [...r.actions.filter((x) => x !== 'toggle'), 'reserve', 'release'] };
  // "check a book out …; take it back, only when it is out": the loan's undo said in other words.
  if (r.actions.includes('reserve') && !r.actions.includes('release') && takesBack(feature))
    r = { ...r, actions: [...r.actions, 'release'] };
  // A hold refuses only what is already held: one that also refuses by time stays unrealised.
  if (r.actions.some((x) => x === 'reserve' || x === 'release') && holdIsTimed(feature)) return;
  const a = new Set(r.actions);
  if (a.has('redirect')) freeRedirect(b, ctx, feature);
  else if (a.has('convert')) convertEndpoint(b, feature, 'POST', '/convert', r.units);
  else if (a.has('aggregate')) aggregateEndpoint(b, feature, `/${r.aggregate}`, r.aggregate);
  if (a.has('redirect') || a.has('convert') || a.has('aggregate')) return;
  // "what is the log of 8?", "save the text as uppercase": a question or a one-off change keeps no records.
  if (isQuestion(feature) || (transformsOnce(feature) && namedFields(text) === null)) return;

  // A feature whose verb the reader does not know ("translate …", "recognise …", "increment …") is not a
  // record-keeping feature in disguise: it is left unrealised, and the gate says so, rather than guessed at.
  // Only a bare known noun ("Refunds", "Notes") still reads as keeping those records.
  if (r.actions.length === 0 && r.vendor === null && !(r.nounKnown && isNounPhrase(feature))) return;
  let resource = r.noun;
  let actions: Action[] = r.actions.filter((x) => x !== 'manage' && x !== 'integrate' && x !== 'view');
  if (a.has('view')) actions.push(r.all || r.nounIsPlural ? 'list' : 'get');
  // "consultar las reservas de una sala": reading the records of one value is listing them.
  if (r.nounIsPlural && asksScopeOrOrder(feature)) actions = actions.map((x) => (x === 'get' ? 'list' : x));
  if (a.has('manage')) actions = [...CRUD_FULL, ...actions];
  if (a.has('integrate') || actions.length === 0) actions = [...CRUD_LITE, ...actions];
  // "add a part with a sku, a name and a quantity; list all parts": a further clause on the same records.
  if (resource !== null) actions.push(...clauseActions(feature, resource));
  // "create, read, update and delete contacts" is CRUD: reading them includes listing them.
  if (['create', 'get', 'update', 'delete'].every((x) => a.has(x as Action))) actions.push('list');
  // Records kept ("save notes", "Mitarbeiter erfassen") are listed and read back by id too.
  if (storing && actions.includes('create') && actions.every((x) => x === 'create' || x === 'list'))
    actions = ['create', 'list', 'get'];
  if (resource === null) {
    const understood = r.actions.length > 0 || r.vendor !== null;
    if (understood) {
      resource = ctx.main;
      note(
        ctx,
        'Endpoints',
        `Feature ${index + 1} names no resource; it is read as operations on the main resource "${ctx.main}".`,
      );
    } else {
      // Nothing readable (another script, symbols): a real record collection with a stable ASCII name.
      const hash = shortHash(feature);
      resource = `item-${index + 1}-${hash}`;
      b.resource(
        resource,
        `items-${index + 1}-${hash}`,
        `Records for key feature ${index + 1}, whose text is kept verbatim as data.`,
      );
      note(
        ctx,
        'Endpoints',
        `Feature ${index + 1} could not be read word by word; it is modelled as the record collection /items-${index + 1}-${hash} (create, get, list).`,
      );
    }
  }
  // "Publish a post with a text": a lifecycle verb on records no feature made yet makes them with those fields.
  const firstMade = life !== null && !b.contract.resources.some((x) => x.name === resource);
  b.resource(resource);
  b.writtenAs(resource, r.translated);
  // A feature that creates records and names their fields ("with a title and a due date") gets those fields.
  const named = r.actions.includes('create') || a.has('manage') || firstMade ? namedFields(text) : null;
  // Things kept by their numbers have an optional name (withName); a message its text (withOwnText); "new tickets
  // have status open": the state new records start in is a field of theirs, with that default.
  const fields = named && withUniqueNamed(text, withOwnText(resource, withName(named)));
  if (fields) b.resource(resource).fields = withStartingState(feature, fields);
  for (const action of [...new Set(actions)]) actOn(b, resource, action, r, feature);
  if (named) showStartingState(b, b.resource(resource), feature);
  // The bounds the list states ("a message of at most 280 characters") get their worked refusals.
  if (named) refuseBeyondListed(b, b.resource(resource), feature);
  if (hold) unclaimTakingIfUndo(b, resource, feature);
  // Integrating a vendor means taking its signed webhooks too: the part of the integration a service can
  // honour without the vendor's keys.
  if (a.has('integrate') && r.vendor) webhookReceiver(b, r.vendor, feature);
}

/** Records that are bookings themselves: to book one is to make it. */
const BOOKINGS = new Set(['appointment', 'reservation']);

/** Whether a feature books a record that is the booking itself, with the fields it lists ("an appointment with …"). */
function booksItsOwnRecord(noun: string | null, text: string): boolean {
  return noun !== null && BOOKINGS.has(knownNoun(noun) ?? noun) && (namedFields(text) ?? []).length >= 2;
}

/**
 * The operations a feature's further clauses ask of the records its first clause keeps ("…; list all parts"): a
 * clause of at most three words, without a written route, whose verbs are all record operations and whose noun
 * is those records.
 */
function clauseActions(feature: string, resource: string): Action[] {
  return feature
    .split(/;\s*/)
    .slice(1)
    .flatMap((clause) => {
      const r = readFeature(clause);
      // Only the operation and the records ("list all parts"): a clause saying more (whose, of whom) is its own.
      const bare = clause.trim().split(/\s+/).length <= 3;
      const same = bare && r.noun !== null && sameTerm(r.noun, resource);
      return !r.literal && same && r.actions.length > 0 && r.actions.every((x) => CRUD_FULL.includes(x))
        ? r.actions
        : [];
    });
}

/** Documents every endpoint, declares the config it needs and writes the acceptance checks. */
export function finishContract(b: ContractBuilder, withErrorChecks: boolean): SpecContract {
  b.completeConfig();
  declareErrorShape(b.contract);
  for (const e of b.contract.endpoints) completeEndpoint(b.contract, e);
  b.contract.acceptance = completeAcceptance(b.contract, withErrorChecks);
  return b.contract;
}

/**
 * The offline spec builder's design: endpoints for every key feature, documented from their behaviours, with
 * happy-path acceptance checks. It is an honest first draft: error-path checks and non-functional targets are
 * left for the optimizer.
 */
/** Whether the catalog reads a feature as a number drawn from the range it writes (random-values.ts). */
function drawsFromRange(feature: string): boolean {
  const found = recogniseFeature(feature);
  return found !== null && 'design' in found && found.design.function === 'random.integer';
}

/** Whether the catalog reads the feature as a constraint of a computation an endpoint already runs. */
function joinsDesigned(b: ContractBuilder, feature: string): boolean {
  const found = recogniseFeature(feature);
  if (found === null || !('constraint' in found)) return false;
  const { constraint } = found;
  return b.contract.endpoints.some(
    (e) => e.behavior.kind === 'function' && joins(constraint, e.behavior.function),
  );
}

/** A route written with the guard's clauses beside it ("GET /eco … ; sin la cabecera, 401"): the route alone. */
function realiseRouteOf(b: ContractBuilder, ctx: DesignContext, feature: string, index: number): void {
  const route = withoutGuardClauses(feature);
  realiseFeature(b, ctx, route, index);
  for (const e of b.contract.endpoints) e.features = e.features.map((f) => (f === route ? feature : f));
}

export function designSpec(intent: IntentInput): { contract: SpecContract; notes: DesignNotes } {
  const b = ContractBuilder.forIntent(intent);
  const ctx = designContext(intent);
  ctx.nouns.plural.forEach((many, one) => b.plurals.set(one, many));
  // A feature that only constrains a computation attaches to it, so the computations come first.
  // So do features that only say what to refuse or only write values ("1994 -> MCMXCIV"): they attach to one.
  const constraint = (f: string) => {
    const found = recogniseFeature(f);
    return found === null ? refuses(featureWords(f)) || writesOnlyValues(f) : 'constraint' in found;
  };
  // A quota comes first even when it says what it refuses (429): reading its usage needs it.
  const order = intent.key_features.map((feature, index) => ({
    feature,
    index,
    // A receiver that says what it refuses ("otherwise 401") is designed first: other features read its events.
    // A store that names its fields and says what it refuses ("Cadastrar um livro com título e autor; sem título,
    // erro 400") makes the records the other features act on: it comes first all the same.
    later:
      constraint(feature) &&
      !makesNamedRecords(feature) &&
      readBooking(feature) === null &&
      readQuota(feature) === null &&
      readTokenBucket(feature) === null &&
      !readsAsWebhooks(feature),
  }));
  // A ranking ranks records other features keep, so it comes last.
  const ranks = (x: { feature: string }) =>
    ranksBeforeList(x.feature) ||
    readsOwnerFigure(x.feature) ||
    readsAsLowStock(x.feature) ||
    readsAsFloor(x.feature) ||
    readsAsStockMove(x.feature, readFeature(x.feature)) ||
    onlyExpires(x.feature, readFeature(x.feature)) ||
    onlyLimitsReads(x.feature, readFeature(x.feature));
  const first = order.filter((x) => !x.later && !ranks(x));
  const then = order.filter((x) => x.later && !ranks(x));
  // A feature that only constrains another's endpoint ("people at least 1") attaches once all are designed;
  // one that finds nothing to attach to stays unrealised, never an endpoint made of its words.
  // "an invoice can only be paid once" is the payment's own refusal, not a rule on another feature.
  const constrains = (x: { feature: string }) =>
    // "a slug never starts or ends with a hyphen" beside a slug: a property of it, no lifecycle of records.
    statesTextProperty(x.feature, intent.key_features) ||
    (onlyConstrains(x.feature) &&
      // "Registrare il punteggio …: nome e punti (interi da 0 a 100; fuori da questo intervallo errore 400)" makes
      // the records it bounds: designed in its turn, before a ranking of them.
      !makesNamedRecords(x.feature) &&
      // "Reservar una pista …; si el fin no es posterior al inicio, error 400" books, then refuses on its store.
      readBooking(x.feature) === null &&
      // "show a person's average mood, to one decimal" rounds a figure it asks for itself.
      !readsOwnerFigure(x.feature) &&
      // "no title sent -> 400": nothing is sent there, "sent" is no step of a lifecycle.
      (readLifecycle(x.feature) === null || saysNothingSent(x.feature)) &&
      !readsAsStockMove(x.feature, readFeature(x.feature)) &&
      // "a random integer between 1 and 100" bounds the number it draws, not an input of another feature.
      !drawsFromRange(x.feature));
  // A header every call carries, and the quota counted by it, guard the endpoints once they are all designed.
  const guard = planGuard(intent.key_features);
  // "Only a player's best score counts" holds on the ranking another feature asks for: it comes after that one.
  const ranked = order.filter(ranks);
  const rankings = [
    ...ranked.filter((x) => !onlyOwnerBest(x.feature)),
    ...ranked.filter((x) => onlyOwnerBest(x.feature)),
  ];
  for (const { feature, index } of [...first, ...then, ...rankings].filter(
    (x) => !constrains(x) && !settledByGuard(guard, x.feature),
  )) {
    if (realiseGuardUsage(b, guard, feature)) continue;
    if (guard === null || withoutGuardClauses(feature) === feature) realiseFeature(b, ctx, feature, index);
    else realiseRouteOf(b, ctx, feature, index);
  }
  settleConstraints(
    b,
    intent.key_features.filter((feature) => constrains({ feature }) && !settledByGuard(guard, feature)),
    (feature) => realiseFeature(b, ctx, feature, intent.key_features.indexOf(feature)),
    intent.key_features,
  );
  noteUdcPrefixed(ctx, b.contract.endpoints);
  settleScopedRepeats(b, intent.key_features);
  settleRecordRules(b);
  settleFormatChecks(b);
  showQuotedRefusals(b, intent.key_features);
  settleRankingExamples(b);
  settleLinks(b);
  declareQueryFields(b);
  settleListQueries(b);
  settleExpiry(b, intent.key_features);
  settleReadLimits(b, intent.key_features);
  settleWhoHas(b, intent.key_features);
  settleGuard(b, guard);
  return { contract: finishContract(b, false), notes: ctx.notes };
}
