/*
 * Ratings on a scale, said in words: "Rate a product from 1 to 5 stars", "guests rate each recipe between 1 and
 * 10", "users can give a movie 1-5 stars", "Produkte mit 1 bis 5 Sternen bewerten", "valorar un restaurante de 1 a
 * 5 estrellas", "noter un film de 1 à 10", "dare un voto da 1 a 10 a un piatto", "avaliar um livro de 1 a 5
 * estrelas". The reader the designer (libs/generator, rating-records.ts) and the gate (fidelity/described-records.ts)
 * share: the rated item, the rating's name (the stars when the feature counts stars, else the verb's noun) and the
 * scale. Narrow on purpose: the feature says only who rates (optional), the verb, the item and the scale; anything
 * more ("by its readability score", "each user once", a route) is not a rating of this kind.
 */

/** What a rating feature says: the item, the rating's field and record names, the scale, and the words said. */
export interface RatingReading {
  item: string;
  value: string;
  resource: string;
  low: number;
  high: number;
  said: string[];
  /** "… with an optional comment": a text field kept beside the rating, and whether it is required. */
  comment?: { field: string; required: boolean };
}

/** Each rating verb (folded) and the noun its rating is called when no stars are counted. */
const VERBS: Record<string, string> = {
  rate: 'rating',
  rates: 'rating',
  give: 'rating',
  gives: 'rating',
  bewerten: 'bewertung',
  bewertet: 'bewertung',
  valorar: 'valoracion',
  valora: 'valoracion',
  valoran: 'valoracion',
  calificar: 'calificacion',
  califica: 'calificacion',
  puntuar: 'puntuacion',
  puntua: 'puntuacion',
  noter: 'note',
  notent: 'note',
  evaluer: 'evaluation',
  evalue: 'evaluation',
  votare: 'voto',
  vota: 'voto',
  valutare: 'valutazione',
  valuta: 'valutazione',
  avaliar: 'avaliacao',
  avalia: 'avaliacao',
  avaliam: 'avaliacao',
};

/** Words that name a number, never a thing rated: "give a number between 1 and 100" draws or asks a number. */
const NOT_ITEMS =
  /^(?:number|value|amount|integer|digit|score|count|level|percent|percentage|random|result|zahl|wert|numero|nombre|valeur|valor|valore|cifra)$/;

/** Italian "dare un voto" and Portuguese "dar uma nota": the noun is the rating's. */
const GIVEN_NOUNS: Record<string, string> = { voto: 'voto', nota: 'nota', note: 'note' };

/** Words for stars, folded, and the field each names. */
const STARS: Record<string, string> = {
  star: 'stars',
  stars: 'stars',
  stern: 'sterne',
  sterne: 'sterne',
  sternen: 'sterne',
  estrella: 'estrellas',
  estrellas: 'estrellas',
  etoile: 'etoiles',
  etoiles: 'etoiles',
  stella: 'stelle',
  stelle: 'stelle',
  estrela: 'estrelas',
  estrelas: 'estrelas',
};

/** Who rates, and the like: words a rating feature may open with. */
const SUBJECT =
  /^(?:(?:users?|guests?|customers?|clients?|visitors?|people|members?|students?|readers?|buyers?|diners?|we|you|they|can|may|should|be|able|to|let|lets|allow|allows|los|las|les|gli|os|as|usuarios?|clientes?|utilisateurs?|utenti|utente|kunden|gaste|nutzer|benutzer|usuarios|invitados|puede|pueden|peut|peuvent|puo|possono|pode|podem|konnen|kann)\s+)*/;

/** Articles and "each" before the item. */
const ARTICLE =
  '(?:(?:a|an|the|each|every|any|our|one|un|una|uno|um|uma|une|el|la|le|il|lo|o|cada|chaque|ogni|jedes|jede|jeden|ein|eine|einen|del|de|al)\\s+)*';

/** The scale: "from 1 to 5", "1-5", "between 1 and 10", "von 1 bis 6", "de 1 a 5", "da 1 a 10", "del 1 al 5". */
const SCALE =
  '(?:(?:on a scale of|on a scale from|from|between|von|zwischen|de|del|desde|da|dal|entre)\\s+)?(\\d{1,3})\\s*(?:to|and|bis|a|al|ate|-|–|und|et|e|y)\\s*(\\d{1,3})';

/** "… with an (optional) comment", "con un comentario opcional": a text kept beside the rating, said last. */
const COMMENT =
  /\s+(?:with|con|avec|com|and|y|et|e)\s+(?:(?:an?|un|una|uno|um|uma|une)\s+)?(?:(optional|opcional|facultatif|facoltativo)\s+)?(comment|review|text|message|comentario|commentaire|commento)(?:\s+(optional|opcional|facultatif|optionnel|facoltativo))?$/;

/** An item noun: a word, never a number or a scale's word. */
const ITEM = '([a-z][a-z]+)';

/** The forms a rating feature takes (on folded text), each naming where the item, the verb and the scale are. */
const FORMS: { re: RegExp; item: number; verb: number; low: number; high: number; stars?: number }[] = [
  // "rate a product from 1 to 5 stars", "give a movie 1-5 stars", "valorar un restaurante de 1 a 5 estrellas"
  {
    re: new RegExp(`^(\\w+)\\s+${ARTICLE}${ITEM}\\s+${SCALE}(?:\\s+(\\w+))?$`),
    verb: 1,
    item: 2,
    low: 3,
    high: 4,
    stars: 5,
  },
  // "Produkte mit 1 bis 5 Sternen bewerten", "Kurse von 1 bis 6 bewerten"
  {
    re: new RegExp(`^${ARTICLE}${ITEM}\\s+(?:mit\\s+)?${SCALE}(?:\\s+(\\w+))?\\s+(bewerten|bewertet)$`),
    item: 1,
    low: 2,
    high: 3,
    stars: 4,
    verb: 5,
  },
];

/** "dare un voto da 1 a 10 a un piatto", "dar uma nota de 0 a 10 a cada livro": the noun given, then the item. */
const GIVEN = new RegExp(
  `^(?:dare|da|dar|dai)\\s+${ARTICLE}(voto|nota|note)\\s+${SCALE}\\s+(?:a|ad|para|ao|a cada|per)\\s+${ARTICLE}${ITEM}$`,
);

/**
 * The item's name in the singular: German plurals in -e or -s lose it ("Produkte", "Kurse", "Hotels"); others the
 * usual plural endings ("recipes", "movies", "restaurantes", "livros").
 */
function itemName(word: string, german: boolean): string {
  if (german) return word.length > 4 && /(?:[^e]e|s)$/.test(word) ? word.slice(0, -1) : word;
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** What a rating feature says: the item, the rating's field, the resource's name and the scale; null if none. */
export function readRating(feature: string): RatingReading | null {
  if (/[;:{}]|\b(GET|POST|PUT|PATCH|DELETE)\s+\//.test(feature)) return null;
  const whole = feature
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.!]+\s*$/, '')
    .replace(/[’`]/g, "'")
    .replace(/\b(d|l|dell|all|un)'/g, '$1 ')
    .replace(/[^a-z0-9'–-]+/g, ' ')
    .replace(/\s*([–-])\s*/g, '$1')
    .trim()
    .replace(SUBJECT, '');
  const tail = COMMENT.exec(whole);
  const text = tail ? whole.slice(0, tail.index) : whole;
  const given = GIVEN.exec(text);
  let found: { verb: string; item: string; low: string; high: string; stars?: string } | null = null;
  if (given) found = { verb: GIVEN_NOUNS[given[1]], item: given[4], low: given[2], high: given[3] };
  for (const form of FORMS) {
    const m = found ? null : form.re.exec(text);
    // "Kurse von 1 bis 6 bewerten" also fits the verb-first form, with "kurse" as its verb: only a rating verb counts.
    if (m && VERBS[m[form.verb]] !== undefined)
      found = {
        verb: m[form.verb],
        item: m[form.item],
        low: m[form.low],
        high: m[form.high],
        stars: form.stars ? m[form.stars] : undefined,
      };
  }
  if (!found) return null;
  const noun = given ? found.verb : VERBS[found.verb];
  if (noun === undefined) return null;
  // A word after the scale must be the stars ("1 to 5 stars"), never anything else ("1 to 5 by score").
  if (found.stars !== undefined && STARS[found.stars] === undefined) return null;
  const low = Number(found.low);
  const high = Number(found.high);
  if (!(low < high) || high > 100) return null;
  const item = itemName(found.item, found.verb.startsWith('bewert'));
  if (VERBS[item] !== undefined || STARS[item] !== undefined || NOT_ITEMS.test(item)) return null;
  const value = found.stars !== undefined ? STARS[found.stars] : noun;
  return {
    item,
    value,
    resource: noun,
    low,
    high,
    said: [found.item, ...(found.stars ? [found.stars] : [found.verb])],
    ...(tail ? { comment: { field: tail[2], required: !(tail[1] ?? tail[3]) } } : {}),
  };
}
