import {
  readFeatureLiterals,
  roundingDecimalsIn,
  type OwnerAggregateBehavior,
  type ResourceSpec,
} from '@sf/service-spec';
import type { ContractBuilder } from './contract-builder';
import type { FeatureReading } from './feature-reader';
import { fold, singular } from './lexicon';

/*
 * One owner's figure over kept records, spelled with its route: `GET /players/{player}/average -> {"player":
 * string, "average": number}: the average of all their scores, rounded to 2 decimals; unknown player -> 404`,
 * `GET /jugadores/{jugador}/media devuelve {"jugador": string, "media": number}`, `GET /spieler/{spieler}/schnitt`.
 * The owner is the path's last parameter, naming a text field of records another feature creates; the answer
 * writes that owner and one figure (and may write `count`). A route or answer saying anything more is not read.
 */

/** A figure's name (folded, a path segment or an answer field) and the operation it names. */
const FIGURES: [OwnerAggregateBehavior['operation'], RegExp][] = [
  [
    'average',
    /^(average|avg|mean|average_\w+|\w+_average|mean_\w+|durchschnitt|schnitt|mittelwert|media|promedio|moyenne|media_\w+|\w+_media|medio|promedio_\w+|moyenne_\w+)$/,
  ],
  ['sum', /^(sum|total|total_\w+|\w+_total|summe|gesamt|suma|somme|soma|somma|totale)$/],
];

/** A figure over some of the records only ("the average of the last 5 scores"): another figure, not read. */
const SOME_ONLY =
  /\b(?:last|latest|recent|first|letzten|neuesten|ersten|ultim[oa]s?|recientes|primer[oa]s|derni[e]r[e]?s?|recents?|premier[e]?s|ultim[ie]|recenti|prim[ie]|ultim[oa]s|recentes)\b/;

function operationOf(name: string): OwnerAggregateBehavior['operation'] | null {
  const folded = fold(name).toLowerCase().replace(/-/g, '_');
  return FIGURES.find(([, pattern]) => pattern.test(folded))?.[0] ?? null;
}

/** The created resource holding a text field named `owner` and one number field (the one the feature names). */
function recordsOf(
  b: ContractBuilder,
  owner: string,
  feature: string,
): { r: ResourceSpec; value: string } | null {
  const creatable = new Set(
    b.contract.endpoints.flatMap((e) => (e.behavior.kind === 'create' ? [e.behavior.resource] : [])),
  );
  const said = fold(feature)
    .toLowerCase()
    .split(/[^a-z0-9_]+/)
    .map(singular);
  const found = b.contract.resources.flatMap((r) => {
    if (!creatable.has(r.name) || !r.fields.some((f) => f.name === owner && f.type === 'string')) return [];
    const numbers = r.fields.filter((f) => f.type === 'number' || f.type === 'integer');
    const named = numbers.filter((f) => said.includes(singular(f.name)));
    const value = numbers.length === 1 ? numbers[0] : named.length === 1 ? named[0] : undefined;
    return value ? [{ r, value: value.name }] : [];
  });
  return found.length === 1 ? found[0] : null;
}

/**
 * Realises a spelled `GET /<owners>/{owner}/<figure>` answering the owner and the figure over the owner's records;
 * false when the feature spells anything else, or no created resource holds that owner and one number.
 */
export function realiseSpelledOwnerAggregate(
  b: ContractBuilder,
  feature: string,
  reading: FeatureReading,
): boolean {
  const route = reading.literal;
  if (route === null || route.method !== 'GET') return false;
  const m = /\/\{([a-z][a-z0-9_]*)\}\/([a-z][a-z0-9_-]*)$/i.exec(route.path);
  if (m === null) return false;
  const [, param, segment] = m;
  const literals = readFeatureLiterals(feature);
  if (literals.query.length > 0 || literals.routes.length !== 1) return false;
  const names = literals.response.map((f) => f.name);
  const figures = names.filter((n) => operationOf(n) !== null);
  const operation = operationOf(segment);
  // The answer writes the owner under the parameter's name, one figure of the segment's operation, and maybe a count.
  if (operation === null || figures.length !== 1 || operationOf(figures[0]) !== operation) return false;
  if (!names.includes(param) || names.some((n) => n !== param && n !== figures[0] && n !== 'count'))
    return false;
  // An average is rounded as the feature says ("rounded to 2 decimals"), never to decimals it leaves unsaid; a sum
  // of whole numbers needs none.
  const decimals = roundingDecimalsIn(feature);
  if (SOME_ONLY.test(fold(feature).toLowerCase())) return false;
  const found = recordsOf(b, param, feature);
  if (found === null) return false;
  const whole = found.r.fields.find((f) => f.name === found.value)?.type === 'integer';
  if (decimals === null && (operation === 'average' || !whole)) return false;
  const behavior: OwnerAggregateBehavior = {
    kind: 'owner_aggregate',
    resource: found.r.name,
    param,
    owner_field: param,
    value_field: found.value,
    operation,
    decimals: decimals ?? 0,
    output: figures[0],
  };
  b.endpoint('GET', route.path, behavior, feature);
  return true;
}
