import type { Behavior, EndpointSpec, SpecContract } from '../spec-contract';
// Behaviours that only keep records: a feature realised by anything else is judged by its own rules.
import { RECORD_KINDS } from './record-features';
import { readStatedOrder } from './stated-order';
import { asksScopeOrOrder } from './list-query-features';

/*
 * What a record feature asks of its store, read from its verbs: "products: add, list and look one up" asks for a
 * create, a list and a lookup of products. Three ways a store can pass the other checks and still do something
 * else: the verbs kept as the records' fields (`add`, `look_up`), a container word kept as the records ("a
 * registry of vehicles" as `registry` records), and an operation the feature names that no endpoint of the
 * store serves ("… and delete them" over a store without a delete).
 */

/** An operation on records a feature can name. */
export type RecordOperation = 'create' | 'list' | 'get' | 'update' | 'delete' | 'state';

/** The behaviours of a store that serve each operation. */
const SERVED_BY: Record<RecordOperation, Behavior['kind'][]> = {
  create: ['create'],
  list: ['list', 'search', 'ranking', 'overdue', 'low_stock'],
  get: ['get', 'search', 'redirect', 'owner_aggregate'],
  update: ['update', 'transition'],
  delete: ['delete'],
  state: ['toggle', 'reserve', 'release', 'transition'],
};

/** Folded text: lower case, no accents, ß as ss, apostrophes kept as spaces. */
const fold = (text: string): string =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').toLowerCase().replace(/[’'`]/g, ' ');

/** Words and the punctuation between them (a comma or a colon opens a clause where a verb may stand). */
const tokens = (text: string): string[] => fold(text).match(/\p{L}+|[,;:()/&]/gu) ?? [];

/** What may stand before a verb that is also a noun ("add, list and …", "users can list …", "to update …"). */
const VERB_BEFORE = new Set(
  (
    ', ; : ( / & and or then also plus can could may might should must will to please users user people ' +
    'customers staff admins i we you they lets let und oder dann y o e et ou ed'
  ).split(' '),
);
/** What may follow a verb that is also a noun ("list all …", "update them", "show one"). */
const OBJECT_AFTER = new Set(
  'all every each any one them it the their its my our your single entries records items'.split(' '),
);
/** Determiners before a noun: "a list", "the update", "my shows". */
const DETERMINERS = new Set(
  'a an the my our your this that each every one any some no his her their its'.split(' '),
);
/** Negations that take a verb away: "notes cannot be deleted", "never remove", "nicht löschen". */
const NEGATIONS = new Set(
  'not cannot cant never no nor nicht nie kein keine non ne jamais nunca nao mai nessun nem'.split(' '),
);

/** One operation's verbs: unambiguous ones (any form matched as written) and English ones that are also nouns. */
interface Verbs {
  op: RecordOperation;
  /** Whole words, each possibly with an object pronoun attached ("borrarlos", "cancellarle", "aggiornarli"). */
  words: RegExp;
  /** Words that are verbs only where a verb stands (after a clause start or before its object). */
  nounLike?: Set<string>;
}

const CLITIC = '(?:los|las|lo|la|le|li|ne|e)?';

const VERBS: Verbs[] = [
  {
    op: 'create',
    words:
      /^(?:add|create|anlegen|erstellen|hinzufugen|crear|anadir|agregar|ajouter|creare|aggiungere|criar|adicionar)$/,
  },
  {
    op: 'list',
    words: new RegExp(`^(?:browse|auflisten|listar${CLITIC}|lister|elencar${CLITIC}|listare)$`),
    nounLike: new Set(['list']),
  },
  {
    op: 'get',
    words:
      /^(?:fetch|retrieve|nachschlagen|abrufen|consultar|consulter|obtener|obter|ottenere|retrouver|recuperer|recuperar)$/,
  },
  {
    op: 'update',
    words: new RegExp(
      `^(?:edit|modify|rename|andern|bearbeiten|aktualisieren|modifier|modificar${CLITIC}|actualizar${CLITIC}|editar${CLITIC}|modificar${CLITIC}|modificare|modificar${CLITIC}|aggiornar${CLITIC}|alterar${CLITIC}|atualizar${CLITIC})$`,
    ),
    nounLike: new Set(['update', 'change']),
  },
  {
    op: 'delete',
    words: new RegExp(
      `^(?:delete|erase|loschen|entfernen|eliminar${CLITIC}|borrar${CLITIC}|supprimer|effacer|eliminar${CLITIC}|cancellar${CLITIC}|eliminarl[eia]|excluir|apagar|remover)$`,
    ),
    nounLike: new Set(['remove']),
  },
];

/** "look one up", "look it up", "look up a product", "look a book up". */
const LOOK_UP = /\blook (?:(?:one|it|them|(?:a|an|the) \w+) )?up\b/;
/** "get a note", "get one by its id" (not "get all", which lists). */
const GET_ONE =
  /(?:^|[,;:(]|\b(?:and|or|then|also|can|to|users?|people))\s*(?:get|show|view|see|find|open) (?:one|it|a single|an? \w+ by|(?:one|it) by|the \w+ by)\b/;
/**
 * A record moved to a state: "mark one as done", "tick a task off", "complete a task", "als erledigt markieren",
 * "marcar como hecha", "marquer comme lu", "segnare come fatto", "marcar como concluida".
 */
const STATE_MOVE =
  /\bmark (?:\w+ ){0,3}(?:as )?(?:done|complete|completed|finished|read|unread|paid|resolved|closed|open)\b|\b(?:tick|check) (?:\w+ ){0,3}off\b|(?:^|[,;:]|\b(?:and|or|then|to|can))\s*(?:complete|archive|close|reopen|resolve) (?:one|it|them|a|an|the)\b|\bals \w+ (?:markieren|abhaken)\b|\babhaken\b|\bmarcar(?:l[oa]s?)? como\b|\bmarquer comme\b|\bsegnar(?:e|l[aeio]) come\b|\bcontrassegnar\w* come\b/;

/** The verbs that name each operation a feature asks for, with the words that name them. */
function readOperations(feature: string): Map<RecordOperation, Set<string>> {
  const found = new Map<RecordOperation, Set<string>>();
  const note = (op: RecordOperation, word: string) => found.set(op, (found.get(op) ?? new Set()).add(word));
  const t = tokens(feature);
  const negated = (i: number) => t.slice(Math.max(0, i - 3), i).some((w) => NEGATIONS.has(w));
  t.forEach((word, i) => {
    for (const v of VERBS) {
      const plain = v.words.test(word);
      const nounLike = v.nounLike?.has(word) ?? false;
      if (!plain && !nounLike) continue;
      if (negated(i)) continue;
      if (nounLike) {
        const before = i === 0 ? ',' : t[i - 1];
        const after = t[i + 1] ?? '';
        if (after === 'of' || DETERMINERS.has(before)) continue;
        if (!VERB_BEFORE.has(before) && !OBJECT_AFTER.has(after)) continue;
      }
      note(v.op, word);
    }
  });
  const text = t.join(' ').replace(/ ([,;:)])/g, '$1');
  const lookUp = LOOK_UP.exec(text);
  if (lookUp && !negated(t.indexOf('look'))) note('get', 'look');
  // "show the posts by date, newest on top" lists them in an order: no record looked up by its date.
  const getOne = readStatedOrder(feature) === null ? GET_ONE.exec(text) : null;
  if (getOne)
    note(
      'get',
      getOne[0]
        .trim()
        .split(/\s+/)
        .find((w) => /^(?:get|show|view|see|find|open)$/.test(w)) ?? 'get',
    );
  const state = STATE_MOVE.exec(text);
  if (state) note('state', state[0].trim().split(/\s+/)[0]);
  return found;
}

/** The operations on records a feature names ("add, list and look one up" → create, list, get). */
export function namedOperations(feature: string): RecordOperation[] {
  return [...readOperations(feature).keys()];
}

/** The stores of a feature realised only by record endpoints (else none: other rules judge it). */
function recordStores(contract: SpecContract, feature: string): string[] {
  const mine = contract.endpoints.filter((e) => e.features.includes(feature));
  if (mine.length === 0 || !mine.every((e) => RECORD_KINDS.has(e.behavior?.kind))) return [];
  return [
    ...new Set(mine.flatMap((e) => (e.behavior && 'resource' in e.behavior ? [e.behavior.resource] : []))),
  ];
}

const resourceOf = (e: EndpointSpec): string | null =>
  e.behavior && 'resource' in e.behavior && typeof e.behavior.resource === 'string'
    ? e.behavior.resource
    : null;

/**
 * Operations a record feature names ("… and delete them", "mark one as done", "e cancellarle") that no endpoint
 * of its store serves: the store exists, but the feature's own verb does nothing.
 */
export function missingOperationProblems(contract: SpecContract, feature: string): string[] {
  const stores = recordStores(contract, feature);
  if (stores.length === 0) return [];
  const served = contract.endpoints.filter((e) => stores.includes(resourceOf(e) ?? ''));
  const kinds = new Set(served.map((e) => e.behavior.kind));
  // A plain update changes a state too, when the record has a yes/no or a listed field to change.
  const stateFields = (contract.resources ?? [])
    .filter((r) => stores.includes(r.name))
    .some((r) => r.fields.some((f) => f.type === 'boolean' || f.enum !== undefined));
  return [...readOperations(feature)]
    .filter(
      ([op]) =>
        !SERVED_BY[op].some((k) => kinds.has(k)) &&
        !(op === 'state' && stateFields && kinds.has('update')) &&
        // "consultar las reservas de una sala": the records of one value are read by a list of them.
        !(op === 'get' && kinds.has('list') && asksScopeOrOrder(feature)),
    )
    .map(
      ([op, words]) =>
        `it asks to ${[...words].map((w) => `"${w}"`).join(', ')} its records (${op}), but no endpoint of ${stores.map((s) => `"${s}"`).join(', ')} does`,
    );
}

/**
 * Fields of a record feature's store named after the feature's own operation verbs ("products: add, list and
 * look one up" kept with fields `add`, `price_add`, `look_up`): the verbs say what to do with the records,
 * never what a record holds.
 */
export function operationFieldProblems(contract: SpecContract, feature: string): string[] {
  const stores = recordStores(contract, feature);
  if (stores.length === 0) return [];
  const verbs = new Set([...readOperations(feature).values()].flatMap((words) => [...words]));
  if (verbs.size === 0) return [];
  return (contract.resources ?? [])
    .filter((r) => stores.includes(r.name))
    .flatMap((r) =>
      r.fields
        .filter((f) =>
          fold(f.name)
            .split(/[^a-z0-9]+/)
            .some((part) => verbs.has(part)),
        )
        .map(
          (f) =>
            `"${r.name}" records hold a field "${f.name}" named after an operation the feature asks for: its verbs are operations on the records, not what a record holds`,
        ),
    );
}

/**
 * Words for where records are kept, in the languages intents are written in: "a catalogue of products" keeps
 * products, "ein Verzeichnis der Kunden" keeps customers.
 */
const CONTAINERS = new Set(
  (
    'catalogue catalog katalog catalogo collection sammlung coleccion colecao collezione registry register ' +
    'registre registro registo verzeichnis directory inventory inventar inventario inventaire list liste lista ' +
    'elenco log archive archiv archivio archivo repertoire repertorio'
  ).split(' '),
);
/** "catalogue of …", "Katalog von/der …", "catálogo de …", "elenco dei …", "registo das …". */
const OF = new Set('of von der des de du di dei degli delle del do dos das da'.split(' '));

/**
 * A record feature kept in a store named after a container word it writes ("a registry of vehicles" kept as
 * `registry` records): the records are the things the container holds, each with their own fields.
 */
export function containerStoreProblems(contract: SpecContract, feature: string): string[] {
  const stores = recordStores(contract, feature);
  if (stores.length === 0) return [];
  const t = tokens(feature);
  const containers = new Set(
    t.filter((w, i) => CONTAINERS.has(w) && OF.has(t[i + 1] ?? '') && !CONTAINERS.has(t[i + 2] ?? '')),
  );
  if (containers.size === 0) return [];
  const singular = (name: string) =>
    fold(name)
      .replace(/(?:ies)$/, 'y')
      .replace(/s$/, '');
  return stores
    .filter((s) => [...containers].some((c) => singular(s) === c || singular(s) === singular(c)))
    .map(
      (s) =>
        `it keeps the things its "${s}" holds ("${[...containers][0]} of …"), but its realisation keeps "${s}" records: a container word names where records are kept, not the records`,
    );
}
