import { readFeatureLiterals, type HttpMethod } from '@sf/service-spec';
import {
  AGGREGATE_OPS,
  ALL_WORDS,
  AS_WORDS,
  BY_WORDS,
  CONJUNCTIONS,
  LENGTH_WORDS,
  VENDORS,
  actionOf,
  fieldName,
  fold,
  isFillerNoun,
  isNonResourceWord,
  isStopWord,
  knownNoun,
  singular,
  withAllWords,
  withoutContainers,
  words,
  type Action,
} from './lexicon';
import {
  routeSwitch,
  stateField,
  switchPhrasing,
  toggleMeaning,
  type ToggleMeaning,
} from './toggle-meanings';
import { byFieldName, shortHash, snakeName } from './naming';

/** Possessives between "by" and the field ("by its id", "pelo seu id", "par son id"). */
const POSSESSIVES = new Set(
  'its their his her the a an seu sua su sus son sa leur ihre ihrer seine seiner der die das el la le o a il lo suo sua'.split(
    ' ',
  ),
);

/** A `METHOD /path` written in a feature, with the path made safe for the contract. */
export interface LiteralRoute {
  method: HttpMethod;
  path: string;
}

/** What the offline designer understood from one key feature (or the purpose). */
export interface FeatureReading {
  literal: LiteralRoute | null;
  /** Actions in the order written; empty when the text names no action. */
  actions: Action[];
  /** Canonical singular noun (kebab-case ASCII), or null when no noun could be read. */
  noun: string | null;
  nounIsPlural: boolean;
  /** The noun is one the lexicon knows as a kind of record (task, note, payment, …), not any word read as one. */
  nounKnown: boolean;
  /** Fields after "by" ("search todos by title"). */
  byFields: string[];
  toggle: ToggleMeaning | null;
  aggregate: 'sum' | 'average' | 'min' | 'max';
  units: 'currency' | 'length';
  /** First third-party product named (stripe, github, …). */
  vendor: string | null;
  /** "all"/"every" was written: a view is a list. */
  all: boolean;
  /**
   * Words of the feature the reader translated to the contract's English names (a known noun in another
   * language or a synonym, a state word): "tâches" for the resource task, "terminée" for the flag done.
   */
  translated: string[];
}

const LITERAL = /(?:^|[^A-Za-z])(GET|POST|PUT|PATCH|DELETE)\s+(\/[^\s]*)/i;

function sanitizePath(raw: string): string {
  const clean = raw.replace(/[?#].*$/, '').replace(/[.,;:!)\]'"`]+$/, '');
  const used = new Set<string>();
  const segments = clean
    .split('/')
    .filter((s) => s !== '')
    .map((segment) => {
      const param = /^(?:\{(.*)\}|:(.+)|<(.*)>)$/.exec(segment);
      if (param) {
        let name = snakeName(param[1] ?? param[2] ?? param[3] ?? '', 'id');
        while (used.has(name)) name = `${name}_2`;
        used.add(name);
        return `{${name}}`;
      }
      const kept = fold(segment).replace(/[^a-z0-9._~-]/g, '');
      return kept === '' || /^\.+$/.test(kept) ? `x${shortHash(segment, 4)}` : kept;
    });
  return `/${segments.join('/')}`;
}

/** The literal route in a feature and the text around it, if the feature names one. */
function readLiteral(text: string): { literal: LiteralRoute | null; rest: string } {
  const m = LITERAL.exec(text);
  if (!m) return { literal: null, rest: text };
  const literal = { method: m[1].toUpperCase() as HttpMethod, path: sanitizePath(m[2]) };
  return { literal, rest: `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}` };
}

function isNounCandidate(word: string): boolean {
  if (knownNoun(word)) return true;
  return !isStopWord(word) && !isNonResourceWord(word) && actionOf(word) === null;
}

/** Sending a visitor on to another address, said without "redirect": one verb of redirecting. */
const SENDS_ON_TO =
  /\b(?:sends?|takes?|forwards?|brings?)\s+(?:(?:the|a|your)\s+)?(?:browser|user|visitor|caller|client|you|people|them|it)?\s*(?:(?:on|straight|right)\s+)?(?:to|onto)\b/gi;

/** Pronouns standing for the records a feature is about ("list them", "delete one", "sie löschen"). */
const OBJECT_PRONOUNS = new Set(['them', 'it', 'one', 'each', 'sie', 'los', 'las', 'les', 'li', 'le', 'os']);
/** Articles before the records named again as a verb's object ("list the books", "list all parts"). */
const OBJECT_ARTICLES = new Set(['the', 'our', 'all', 'every']);

/** Actions a feature's last verb may add to its run: what is done to records already named. */
const CLOSING_ACTIONS = new Set<Action>(['list', 'get', 'update', 'delete']);

/**
 * Runs of verbs joined by conjunctions after the leading run that end the feature or take an object pronoun:
 * each run's actions on records (`CLOSING_ACTIONS`). A verb that is also a known noun ("book") is no verb here.
 */
function closingChains(tokens: string[], from: number): Action[][] {
  const chains: Action[][] = [];
  let i = Math.max(from, 1);
  while (i < tokens.length) {
    const first = actionOf(tokens[i]);
    // Only a run opened after a conjunction or a clause break (the tokens hold "and" for a comma) counts.
    if (!first || knownNoun(tokens[i]) || !CONJUNCTIONS.has(tokens[i - 1] ?? '')) {
      i += 1;
      continue;
    }
    const run: Action[] = [first];
    let k = i + 1;
    while (k < tokens.length) {
      let j = k;
      while (j < tokens.length && CONJUNCTIONS.has(tokens[j])) j += 1;
      const next = j > k && j < tokens.length ? actionOf(tokens[j]) : null;
      if (!next || knownNoun(tokens[j])) break;
      run.push(next);
      k = j + 1;
    }
    const closes = k >= tokens.length || OBJECT_PRONOUNS.has(tokens[k]);
    if (closes) chains.push(run.filter((a) => CLOSING_ACTIONS.has(a)));
    i = k;
  }
  return chains;
}

/** Reads the leading action run: "create, list and delete todos" → create, list, delete. */
function readActions(
  tokens: string[],
  shapeNames: Set<string> = new Set(),
): { actions: Action[]; end: number; verbs: string[]; start: number } {
  const actions: Action[] = [];
  const verbs: string[] = [];
  let afterConjunction = false;
  let i = 0;
  for (; i < tokens.length; i += 1) {
    const t = tokens[i];
    const action = actionOf(t);
    // A word that is both a verb and a noun ("book", "post") is the verb when it opens a longer phrase.
    const verb = action !== null && (!knownNoun(t) || (actions.length === 0 && i < tokens.length - 1));
    if (action && verb && (actions.length === 0 || afterConjunction || actions.includes(action))) {
      if (!actions.includes(action)) actions.push(action);
      verbs.push(t);
      afterConjunction = false;
    } else if (CONJUNCTIONS.has(t) && actions.length > 0) afterConjunction = true;
    else if (isStopWord(t) && actions.length === 0) continue;
    else break;
  }
  if (actions.length > 0) return { actions, end: i, verbs, start: 0 };
  // No leading verb ("Todo deletion", "users can create todos", "ein Buch ausleihen und zurückgeben"): the
  // first action word anywhere, with the verbs joined to it by a conjunction.
  for (let j = 0; j < tokens.length; j += 1) {
    const action = actionOf(tokens[j]);
    // A field a written shape names ({"minimum": integer}) is a noun there, never the feature's verb.
    if (!action || knownNoun(tokens[j]) || shapeNames.has(tokens[j])) continue;
    const found: Action[] = [action];
    const said = [tokens[j]];
    let k = j + 1;
    while (k + 1 < tokens.length && CONJUNCTIONS.has(tokens[k])) {
      const next = actionOf(tokens[k + 1]);
      if (!next || knownNoun(tokens[k + 1])) break;
      if (!found.includes(next)) found.push(next);
      said.push(tokens[k + 1]);
      k += 2;
    }
    return { actions: found, end: k, verbs: said, start: j };
  }
  return { actions: [], end: 0, verbs: [], start: 0 };
}

function nounRun(tokens: string[], from: number): string[] {
  const run: string[] = [];
  for (let i = from; i < tokens.length; i += 1) {
    const t = tokens[i];
    if (isNounCandidate(t)) run.push(t);
    else if (run.length > 0 && !isNonResourceWord(t)) break;
  }
  return run;
}

function pickNoun(run: string[]): { noun: string; plural: boolean; written: string } | null {
  if (run.length === 0) return null;
  const known = run.find((t) => knownNoun(t));
  if (known) return { noun: knownNoun(known) ?? known, plural: known.endsWith('s'), written: known };
  const heads = run.filter((t) => !isFillerNoun(t));
  const head = heads.length > 0 ? heads[heads.length - 1] : run[0];
  const noun = singular(head).slice(0, 40);
  return { noun, plural: noun !== head, written: head };
}

/** Words after a marker ("by title or author"); a state after "as" may itself be a verb ("as read"). */
function wordsAfter(tokens: string[], markers: Set<string>, stopAtVerbs: boolean): string[] {
  const out: string[] = [];
  tokens.forEach((t, i) => {
    if (!markers.has(t)) return;
    for (let j = i + 1; j < tokens.length; j += 1) {
      const next = tokens[j];
      if (CONJUNCTIONS.has(next)) continue;
      if (isStopWord(next) || (stopAtVerbs && actionOf(next))) break;
      out.push(next);
    }
  });
  return out;
}

/**
 * Reads one feature (or purpose) text: a literal `METHOD /path`, the actions it names, the resource noun, the
 * fields it filters by and the flag it sets. Pure and deterministic; unknown words are simply not understood.
 */
export function readFeature(text: string): FeatureReading {
  const { literal, rest } = readLiteral(text);
  // "look one up", "look it up": one verb of reading a record, written apart.
  // "turn a flag on", "ein Flag ausschalten": a flag's switch said as the word tables read it ("enable a flag").
  const lookups = switchPhrasing(rest).replace(
    /\blook\s+(?:(one|it|them)\s+)?up\b/gi,
    (_m, pronoun?: string) => (pronoun ? `lookup ${pronoun}` : 'lookup'),
  );
  // "sends the browser on to the original link", "takes you to the page", "forwards to the URL": a redirect.
  // "list a room's bookings" (folded: "a room s bookings"): the records listed are the bookings, of one room.
  const owned = lookups.replace(
    /\b(list|show|see|view|display)\s+(a|an|one|each|the)\s+([A-Za-z]+)(?:['’]s|\s+s)\s+([A-Za-z]+)/gi,
    '$1 the $4 of $2 $3',
  );
  const redirects = owned.replace(SENDS_ON_TO, 'redirects to');
  const tokens = withAllWords(withoutContainers(words(redirects.replace(/[,;&+]/g, ' and '))));
  const shapes = literal ? readFeatureLiterals(text) : null;
  const shapeNames = new Set(
    [...(shapes?.request ?? []), ...(shapes?.response ?? [])].map((f) => f.name.toLowerCase()),
  );
  const { actions, end, verbs, start } = readActions(tokens, shapeNames);
  // "… with a name and a price: add them, list them and look one up by id": a verb taking a pronoun as its
  // object later in the feature is one more thing done to the same records.
  for (let i = end; i + 1 < tokens.length; i += 1) {
    const action = actionOf(tokens[i]);
    if (action && action !== 'aggregate' && OBJECT_PRONOUNS.has(tokens[i + 1]) && !actions.includes(action))
      actions.push(action);
  }
  // Verbs joined by conjunctions that close the feature, or take a pronoun, do their things to the same records:
  // "… with a name and a price: add, list, update and delete them", "elencarli ed eliminarli", "listar e apagar".
  for (const chain of closingChains(tokens, end)) {
    for (const action of chain) if (!actions.includes(action)) actions.push(action);
  }
  // The object before a verb that closes its phrase ("Werkzeuge anlegen mit Name …") is the resource.
  const before = start > 0 ? pickNoun(nounRun(tokens.slice(0, start), 0)) : null;
  const after = pickNoun(nounRun(tokens, end));
  const known = (x: { written: string } | null) => x !== null && knownNoun(x.written) !== null;
  // A German infinitive closing its phrase ("Einen Text hinterlegen und dafür eine ID zurückbekommen") has its
  // object before it, whether the noun table knows that object or not.
  const closesPhrase =
    before !== null &&
    verbs.every((v) => /(?:en|ern|eln)$/.test(v)) &&
    (end >= tokens.length || CONJUNCTIONS.has(tokens[end]));
  const picked =
    ((closesPhrase && !known(after)) || (!known(after) && known(before)) ? before : after) ??
    pickNoun(nounRun(tokens, 0));
  // "add a part with a sku, a name and a quantity; list all parts": a verb closing the feature whose object is the
  // records again (their noun, after "all" or "the") is one more thing done to them, as "list them" is.
  for (let i = end; picked && i + 1 < tokens.length; i += 1) {
    const action = actionOf(tokens[i]);
    if (!action || action === 'aggregate' || actions.includes(action)) continue;
    const object = tokens.slice(i + 1).filter((t) => !ALL_WORDS.has(t) && !OBJECT_ARTICLES.has(t));
    if (object.length === 1 && singular(object[0]) === picked.noun) actions.push(action);
  }
  const byFields = [
    ...new Set(
      wordsAfter(tokens, BY_WORDS, true)
        .map(byFieldName)
        .filter((f) => f !== 'id'),
    ),
  ];
  // "buscar um contato pelo id", "find a contact by its id", "einen Kunden nach ID suchen": finding one record by
  // its id is reading it, not a text search over its fields.
  const byId = tokens.some((t, i) => {
    if (!BY_WORDS.has(t)) return false;
    let j = i + 1;
    while (POSSESSIVES.has(tokens[j] ?? '')) j += 1;
    return tokens[j] === 'id' && tokens[j + 1] === undefined;
  });
  if (actions.includes('search') && byId) {
    actions.splice(actions.indexOf('search'), 1, ...(actions.includes('get') ? [] : (['get'] as Action[])));
  }
  const stateWord = wordsAfter(tokens, AS_WORDS, false)[0];
  // `POST /flags/{key}/off` switches the flag off whatever the words around it: its route says so.
  let toggle: ToggleMeaning | null = literal ? routeSwitch(literal.path, text) : null;
  if (toggle === null && actions.includes('toggle')) {
    // "Ein Flag ausschalten": the noun that opens the phrase ("Flag") is no verb beside one that is only a verb.
    const togglers = verbs.filter((v) => actionOf(v) === 'toggle');
    const verb = togglers.find((v) => knownNoun(v) === null) ?? togglers[0] ?? '';
    const meaning = toggleMeaning(verb);
    toggle = stateWord ? { ...meaning, field: snakeName(stateField(stateWord), 'flag') } : meaning;
  }
  const byWords = wordsAfter(tokens, BY_WORDS, true).filter((t) => fieldName(t) !== t);
  // Hold verbs as written ("ausleihen", "zurückgeben") name the endpoints in the intent's own words.
  const holdVerbs = verbs.filter((v) => {
    const act = actionOf(v);
    return (act === 'reserve' || act === 'release') && !/^(?:reserve|release|lend|return|book|hold)$/.test(v);
  });
  const translated = [picked?.written, toggle ? stateWord : undefined, ...byWords, ...holdVerbs].filter(
    (w): w is string => w !== undefined && !(picked && singular(w) === picked.noun) && w !== toggle?.field,
  );
  const aggregate = AGGREGATE_OPS.find(([set]) => tokens.some((t) => set.has(t)))?.[1] ?? 'sum';
  return {
    literal,
    actions,
    noun: picked ? picked.noun.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || null : null,
    nounIsPlural: picked?.plural ?? false,
    nounKnown: picked !== null && knownNoun(picked.written) !== null,
    byFields,
    toggle,
    aggregate,
    units: tokens.some((t) => LENGTH_WORDS.has(t)) ? 'length' : 'currency',
    vendor: VENDORS.find((v) => tokens.includes(v)) ?? null,
    all: tokens.some((t) => ALL_WORDS.has(t)),
    translated,
  };
}
