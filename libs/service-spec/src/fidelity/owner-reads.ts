import type { EndpointSpec, SpecContract } from '../spec-contract';
import { RECORD_KINDS } from './record-features';

/*
 * Reads of one record or one owner's figure: a feature finding a record by its id is realised by a read of
 * it, and one owner's average or sum over the records by an endpoint that computes that figure.
 */

/** "by its id", "pelo id", "por su id", "par son id", "nach ID", "tramite il suo id": one record named by its id. */
const BY_ID =
  /\b(?:by|pelo|pela|por|par|nach|tramite|via|per)\s+(?:(?:its|their|the|seu|sua|su|el|son|sa|le|la|der|die|das|seiner|ihrer|il|suo|sua)\s+)?id\s*[.!]?$/;

/**
 * A feature that finds one record by its id ("buscar um contato pelo id") is realised by a read of that record:
 * a text search over other fields answers a list for a query, and the id it names is never read.
 */
export function byIdProblems(feature: string, endpoints: EndpointSpec[]): string[] {
  const folded = feature.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
  if (!BY_ID.test(folded)) return [];
  const kinds = endpoints.map((e) => e.behavior?.kind);
  if (!kinds.includes('search') || kinds.includes('get')) return [];
  return ['it reads one record by its id, but its realisation searches the records by a query instead'];
}

/** "by its name", "nach dem Namen", "über seinen Namen", "por su nombre", "par son nom", "per nome", "pelo nome": a field's value. */
const BY_FIELD =
  /\b(?:by|pelo|pela|por|par|nach|tramite|per|via|uber|anhand)\s+(?:(?:its|their|the|seu|sua|o|a|su|sus|el|son|sa|leur|le|la|dem|der|die|das|den|des|seinem|ihrem|seiner|ihrer|seinen|ihren|seines|ihres|il|suo)\s+)?(\w+(?:\s+\w+){0,3})/g;

/**
 * A feature that reads, changes or deletes one record by a field of it ("Read a flag by its name", "delete a link by
 * its code") is realised only when the records are looked up by that field (the resource's `key`): a read by a
 * generated id answers 404 for the name the client knows (found by the blind h24 set: a flag read back by its
 * name deployed as `GET /flags/{id}`).
 */
export function byFieldProblems(
  feature: string,
  endpoints: EndpointSpec[],
  contract: SpecContract,
): string[] {
  const folded = feature.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  // "register loans by a member with the title of the book" makes records: who makes them is no lookup.
  if (endpoints.some((e) => e.behavior?.kind === 'create')) return [];
  const ones = endpoints.filter((e) => ['get', 'update', 'delete'].includes(e.behavior?.kind));
  for (const m of folded.matchAll(BY_FIELD)) {
    // "by their member number", "por su numero de cliente": a field's name may take several words.
    const said = m[1].split(/\s+/);
    const names = said.map((_, n) => said.slice(0, n + 1).join('_'));
    if (said[0] === 'id') continue;
    for (const e of ones) {
      const r = contract.resources.find((x) => 'resource' in e.behavior && x.name === e.behavior.resource);
      // "Namen", "Namens", "codes": a plural or a German case ending of the field's name.
      const field = r?.fields.find((f) =>
        names.some((word) => [word, word.replace(/s$/, ''), word.replace(/n?s?$/, '')].includes(f.name)),
      );
      if (r && field && r.key !== field.name)
        return [
          `it finds one record by its ${field.name}, but ${e.method} ${e.path} looks it up by a generated id`,
        ];
    }
  }
  return [];
}

/** Words of an average, and of a sum, in the languages intents are written in (folded). */
const AVERAGE_WORDS = /\b(average|mean|avg|durchschnitt\w*|mittelwert|promedio|media|moyenne|medio)\b/;
const SUM_WORDS = /\b(sum|summe|suma|somme|soma|somma)\b/;
/** Words of the numbers a computation is sent, never an owner of records ("the average of a list"). */
const NUMBER_SETS =
  /^(list|lists|liste|listen|lista|listas|set|sets|series|array|arrays|numbers|values|zahlen|werte|numeros|valores|nombres|valeurs|numeri|valori)$/;

/** One owner the figure belongs to: "a student's", "each person's", "per driver", "eines Kennzeichens", "de un alumno". */
const ONE_OWNER =
  /\b(?:\w+'s\s+(?:\w+\s+)?(?:average|averages|mean|avg|sum|total|durchschnitt\w*|summe)\b|(?:per|each|every|for a|for an|for one|of a|of an|of one)\s+\w+|(?:pro|je|fur ein\w*|eines|einer)\s+\w+|(?:de|por|para|pour|par|di|da|do)\s+(?:un|una|uno|um|uma|une|cada|chaque|ogni)\s+\w+)\b/;

/**
 * A feature asking one owner's average or sum over the records ("a student's average mark", "die Summe der
 * Kilometer für ein Kennzeichen") is realised only by an endpoint that computes it: a record read, a list or a
 * search leaves the arithmetic to the client, and a figure of the other kind (a sum for an average) is another
 * answer.
 */
export function ownerFigureProblems(feature: string, endpoints: EndpointSpec[]): string[] {
  const folded = feature
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/\b(d|l|dell|dall|all|sull|nell)'/g, '$1 ');
  const average = AVERAGE_WORDS.test(folded);
  const sum = SUM_WORDS.test(folded);
  // "Statistics of a list: average, median …" is over numbers sent, owned by no one.
  const owner = ONE_OWNER.exec(folded)?.[0].split(/\s+/).pop()?.replace(/'s$/, '');
  if ((!average && !sum) || owner === undefined || NUMBER_SETS.test(owner) || endpoints.length === 0)
    return [];
  const figures = endpoints.filter((e) => e.behavior?.kind === 'owner_aggregate');
  if (figures.length > 0) {
    const asked = average ? 'average' : 'sum';
    return figures.some((e) => e.behavior.kind === 'owner_aggregate' && e.behavior.operation === asked)
      ? []
      : [`it asks for one owner's ${asked}, but its realisation computes another figure`];
  }
  if (!endpoints.every((e) => RECORD_KINDS.has(e.behavior?.kind))) return [];
  return [
    `it asks for one owner's ${average ? 'average' : 'sum'} over the records, but no endpoint of its realisation computes it`,
  ];
}
