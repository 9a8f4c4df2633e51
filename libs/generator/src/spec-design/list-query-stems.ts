/*
 * The words that ask a list to filter, sort, page, bound a range or search its records, in the languages intents
 * are written in (list-query-design.ts reads features with them).
 */

/** The kinds of option a list query may ask for. */
export type Kind = 'filter' | 'sort' | 'page' | 'range' | 'text';

/**
 * The words that ask for each option, folded, in English, German, Spanish, French, Italian and Portuguese:
 * `x*` is a prefix, two words a phrase, anything else a whole word ("order" alone is a noun, "order by" asks).
 */
export const STEMS: Record<Kind, string[]> = {
  filter: [
    'filter*',
    'filtr*',
    'only those',
    'nur die',
    'solo los',
    'solo las',
    'seulement les',
    'seulement ceux',
    'seulement celles',
    'uniquement ceux',
    'uniquement celles',
    'solo quelli',
    'solo quelle',
    'apenas os',
    'apenas as',
    'somente os',
    'somente as',
  ],
  sort: [
    // Not 'sort*': German "Sorten" (varieties) and "Sortiment" (range of goods) ask for no order.
    'sort',
    'sorts',
    'sorted',
    'sorting',
    'sortable',
    'sortier*',
    'order by',
    'ordered by',
    'ordenar',
    'ordenad*',
    'ordena',
    'ordinat*',
    'ordinare',
    'trier',
    'trie',
    'tries',
    'triee',
    'triees',
    'classer',
    'classes par',
  ],
  page: [
    'paginat*',
    'paginad*',
    'paginac*',
    'paginier*',
    'pagine',
    'paginee',
    'paged',
    'paging',
    'per page',
    'per_page',
    'page_size',
    'page size',
    'page number',
    'in pages',
    'pro seite',
    'seitenweise',
    'par page',
    'por pagina',
    'per pagina',
  ],
  range: [
    'min',
    'max',
    'minimum',
    'maximum',
    'range',
    'between',
    'zwischen',
    'entre',
    'rango',
    'fourchette',
    'spanne',
    'at least',
    'at most',
    'from',
    'since',
    'until',
    'desde',
    'hasta',
    'von',
    'bis',
  ],
  text: [
    'search*',
    'suche',
    'suchen',
    'durchsuch*',
    'busca*',
    'recherch*',
    'cherch*',
    'contains',
    'containing',
  ],
};

/** Whether the folded words `ws` hold `stem` at index `i` (`x*` a prefix, two words a phrase). */
export function matchesStem(ws: string[], i: number, stem: string): boolean {
  const parts = stem.split(' ');
  return parts.every((part, k) => {
    const w = ws[i + k] ?? '';
    return part.endsWith('*') ? w.startsWith(part.slice(0, -1)) : w === part;
  });
}
