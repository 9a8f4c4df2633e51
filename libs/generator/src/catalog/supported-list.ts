import type { CatalogFamily, FunctionCode, FunctionDesign, Recognised } from './catalog-entry';
import { hasAny, refuses, wordList } from './feature-words';

/*
 * What a converter supports, listed: "List the supported units", "GET /currencies returns the supported
 * currencies", "unterstützte Währungen auflisten", "listar las unidades disponibles", "lister les devises prises
 * en charge", "elencare le unità supportate", "listar as moedas suportadas". The list is the values the converter
 * another feature designs accepts as its source (the units of a conversion, the currencies of a rate table, the
 * scales of a temperature conversion), in the order and spelling its request lists them: a constant answer,
 * nothing stored and nothing that can be added. The feature alone, or beside no converter listing such values
 * (or beside two), is read but left unrealised — never a store one could POST to, whose list would start empty.
 * The listing itself is designed once the converter is (spec-design/supported-listing.ts).
 */

export const SUPPORTED_LIST_CODE: FunctionCode = {
  id: 'supported.list',
  exportName: 'supportedList',
  source: String.raw`/**
 * supported.list: the values a converter of this service accepts (its units, currencies or scales), as the
 * contract lists them in option values (a JSON array of strings). Takes no input; answers the same list each time.
 */
export const supportedList: CatalogFunction = (_input, options) => {
  let values: unknown;
  try {
    values = JSON.parse(String(options.values));
  } catch {
    return { ok: false, problems: ['the supported values are not configured'], status: 500, code: 'NOT_CONFIGURED' };
  }
  if (!Array.isArray(values) || !values.every((v) => typeof v === 'string'))
    return { ok: false, problems: ['the supported values are not configured'], status: 500, code: 'NOT_CONFIGURED' };
  return { ok: true, value: { values: [...values] } };
};`,
};

/** What a listing names: the values of the converter's source field it lists. */
export type ListedKind = 'units' | 'currencies' | 'scales';

/** Nouns of what is listed, folded, in the languages intents are written in. */
const KINDS: Record<ListedKind, string[]> = {
  units: wordList('units unit einheiten einheit unidades unidad unites unite unita unidade'),
  currencies: wordList(
    'currencies currency wahrungen wahrung monedas moneda divisas divisa devises devise monnaies valute valuta moedas moeda',
  ),
  scales: wordList('scales temperaturskalen skalen escalas echelles scale'),
};

/** Words that say the values are what the service supports ("supported", "disponibles", "prises en charge"). */
const SUPPORTED = wordList(
  'supported available accepted known allowed valid ' +
    'unterstutzte unterstutzten unterstutzt verfugbare verfugbaren erlaubte erlaubten moglichen gultigen ' +
    'soportadas soportados admitidas admitidos disponibles aceptadas aceptados compatibles validas ' +
    'supportees supportes prises pris gerees geres acceptees valides ' +
    'supportate supportati disponibili accettate accettati gestite ammesse valide ' +
    'suportadas suportados disponiveis aceitas aceitos aceites validas',
);

/** Words that ask for a list of them ("list", "which", "auflisten", "elenco", "quais"). */
const LISTS = wordList(
  'list lists listing listed show shows return returns get gets which what ' +
    'liste listet auflisten aufzahlen zeigt zeigen anzeigen liefert liefern welche ' +
    'lista listar listado mostrar muestra devuelve devolver cuales que ' +
    'lister liste affiche afficher renvoie renvoyer quelles quels ' +
    'elenca elencare elenco mostra mostrare restituisce restituire quali ' +
    'listagem mostrar devolve devolver retorna retornar quais',
);

/** Words of a conversion itself: a feature that also converts is the converter's, not a listing. */
const CONVERTS = wordList(
  'convert converts conversion converting umrechnen umrechnung umwandeln konvertieren rechnet convertir conversion ' +
    'convierte convertit converter converte convertire converti convertisce cambiar cambio',
);

/** The kind of values a feature asks to list, or null when it is no listing of what a converter supports. */
export function listedKind(words: string[]): ListedKind | null {
  if (!hasAny(words, SUPPORTED) || !hasAny(words, LISTS) || hasAny(words, CONVERTS)) return null;
  // "Units that are not valid are refused; the valid ones are listed in the error": a refusal, no listing.
  if (refuses(words)) return null;
  // A listing names one kind of values, in a short line (no rule, no number beyond a route's).
  if (words.length > 14 || words.some((w) => /^\d/.test(w))) return null;
  const kinds = (Object.keys(KINDS) as ListedKind[]).filter((k) => hasAny(words, KINDS[k]));
  return kinds.length === 1 ? kinds[0] : null;
}

/** The listing of `values` (the converter's accepted source values) as `kind`, on GET `path`; `said`: the feature. */
export function supportedListDesign(
  kind: ListedKind,
  values: string[],
  converter: string,
  said: string,
  path = `/${kind}`,
  field: string = kind,
): FunctionDesign {
  const shown = values.join(', ');
  const own = said ? ` In the feature's words: "${said}".` : '';
  return {
    function: SUPPORTED_LIST_CODE.id,
    method: 'GET',
    path,
    summary: `Lists the supported ${kind}, the values ${converter} accepts: ${shown}. The list is fixed by the service (nothing is stored, nothing can be added) and comes back the same on every call.${own}`,
    inputs: [],
    outputs: [
      {
        result: 'values',
        field,
        description: `The supported ${kind}: ${shown}`,
        example: values,
      },
    ],
    options: { values: JSON.stringify(values) },
    examples: [
      {
        description: `The supported ${kind} are ${shown}, in that order.`,
        input: {},
        output: { [field]: values },
        inOrder: true,
      },
    ],
    refusals: [],
  };
}

/**
 * The family: a listing of supported values is read as a constraint of no computation, so it is designed after
 * the converters (spec-design/supported-listing.ts makes the listing); with none to list, it stays unrealised.
 */
export const SUPPORTED_LIST: CatalogFamily = {
  name: 'supported-list',
  recognise(_text: string, words: string[]): Recognised {
    if (listedKind(words) === null) return null;
    return { constraint: { function: SUPPORTED_LIST_CODE.id, refusals: () => [], fits: () => false } };
  },
  functions: [SUPPORTED_LIST_CODE],
};
