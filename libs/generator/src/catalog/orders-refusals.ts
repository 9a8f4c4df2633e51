/*
 * A refusal list said of an order in its own feature ("an unknown code, an empty lines list or a qty below 1
 * returns 400", "qty must be an integer ≥ 1 and price a number ≥ 0; any other code returns 400", "Unbekannte
 * Rabattcodes, leere Positionen oder Mengen unter 1 → 400"): split into clauses, each one of the refusals the order
 * code makes — an unknown discount code, an order without lines, a line quantity below 1, a negative unit price —
 * with the status written for it. A clause that says anything else ("a qty below 2", "more than 20 lines", "a
 * line without a sku") leaves the whole list unread: never bind a refusal the emitted code does not make.
 */

/** One refusal the order code makes. */
export type LineRefusalKind = 'code' | 'empty' | 'quantity' | 'price';

/** The refusals a list names, each with the status written for it (400 when it writes none). */
export type LineRefusals = Map<LineRefusalKind, number>;

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss');

const CODE_NOUN = String.raw`(?:discount[ _]codes?|codes?|coupons?|vouchers?|promo(?:[ _]?codes?)?|rabatt[ _]?codes?|rabattcodes?|gutscheine?|gutscheincodes?|codigos?|cupon(?:es)?|cupons?|cupom|codici|codice|code promo|discount_code|coupon_code|promo_code)`;
const UNKNOWN = String.raw`(?:unknown|invalid|unrecogni[sz]ed|unbekannt\w*|ungultig\w*|falsch\w*|desconocid\w*|invalid\w*|inconnu\w*|inexistant\w*|sconosciut\w*|non valid\w*|desconhecid\w*|(?:any|every) other|jede[rnms]? andere[rnms]?|andere[rnms]?|cualquier otr[oa]|otros?|tout autre|toute autre|autres?|qualsiasi altr[oa]|altr[oi]|qualquer outr[oa]|outros?)`;
const LINES_NOUN = String.raw`(?:lines?|items?|positions?|positionen|posten|zeilen?|artikel|lineas?|articulos?|lignes?|articles?|righe|riga|articoli|linhas?|itens)`;
const LIST_NOUN = String.raw`(?:list|liste|lista|array|cart|basket|order|warenkorb|bestellung|carrito|pedido|panier|commande|carrello|ordine|carrinho)`;
const EMPTY = String.raw`(?:empty|leer\w*|vaci[oa]s?|vides?|vuot[oaie]|vazi[oa]s?)`;
const WITHOUT = String.raw`(?:without|no|ohne|keine?|sin|sans|senza|sem)`;
const QTY_NOUN = String.raw`(?:quantity|quantities|qty|qtd|menge|mengen|anzahl|stuckzahl|cantidad(?:es)?|quantites?|quantita|quantidades?)`;
const PRICE_NOUN = String.raw`(?:unit[ _]price|price|prices|preis|preise|einzelpreis|stuckpreis|precio|precios|prix|prezzo|prezzi|preco|precos|unit_price|unitprice)`;
const NEGATIVE = String.raw`(?:negativ\w*|negatif\w*|below 0|under 0|less than 0|unter 0|menor(?:es)? (?:que|de) 0|inferieure? a 0|sotto 0|abaixo de 0|< ?0|(?:≥|>=) ?0|at least 0|mindestens 0|0 or more|0 oder mehr|a number (?:≥|>=) ?0)`;
/** A quantity below 1, refused: the bound the order code holds (a whole number above 0). */
const BELOW_ONE = String.raw`(?:below 1|under 1|less than 1|lower than 1|smaller than 1|unter 1|kleiner als 1|weniger als 1|menor(?:es)? (?:que|de|a) 1|menos de 1|inferieure?s? a 1|moins de 1|sotto 1|sotto l 1|minore di 1|inferiore a 1|abaixo de 1|menor que 1|< ?1|(?:≥|>=) ?1|at least 1|mindestens 1|al menos 1|au moins 1|almeno 1|pelo menos 1|(?:of )?0|zero|null|cero|nul|nulle|nulla|negativ\w*|negatif\w*|0 or less|0 or negative|not positive|not a whole number|a fraction|no entera|nicht ganzzahlig)`;

/** Words that only say a clause is refused, and how: they name nothing refused. */
const FILLER = new Set(
  (
    'or and oder und sowie o y ou et e refusals errors ablehnungen fehlerfalle rechazos erreurs errori erros ' +
    'von an im fur para por pour per com a the any of with is are be must must be an integer whole number returns return returned answer answers ' +
    'answered give gives yields results result in refused rejected rejects refuses not allowed invalid error ' +
    'status http bad request with it they them each every one also then too per ' +
    'ein eine einer eines einen der die das den dem des mit ist sind wird werden muss mussen ganze zahl ' +
    'ergibt ergeben liefert liefern gibt geben abgelehnt fuhrt fuhren zu zum fehler jede jeder ' +
    'un una unos unas el la los las de del es son con debe ser entero devuelve devuelven rechaza rechazan ' +
    'rechazado rechazada rechazados error numero da dan ' +
    'une des le les du est sont avec doit etre entier renvoie renvoient refuse refusee refuses refusees ' +
    'erreur nombre donne donnent ' +
    'uno di il lo gli le e sono con deve essere intero restituisce restituiscono rifiutato rifiutata ' +
    'rifiutati errore numero danno ' +
    'um uma os as do da e sao com deve ser inteiro retorna retornam recusado recusada recusados erro ' +
    'numero dao'
  ).split(' '),
);

/** A clause's kind, when it names exactly one refusal the order code makes; null otherwise. */
function kindOf(clause: string): LineRefusalKind | null {
  const has = (pattern: string) => new RegExp(`(?:^|[^\\p{L}\\p{N}_])${pattern}(?![\\p{L}\\p{N}_])`, 'u');
  const found: LineRefusalKind[] = [];
  if (has(CODE_NOUN).test(clause) && has(UNKNOWN).test(clause)) found.push('code');
  if (
    (has(EMPTY).test(clause) && (has(LINES_NOUN).test(clause) || has(LIST_NOUN).test(clause))) ||
    has(`${WITHOUT} (?:any )?${LINES_NOUN}`).test(clause)
  )
    found.push('empty');
  if (has(QTY_NOUN).test(clause) && has(BELOW_ONE).test(clause)) found.push('quantity');
  if (has(PRICE_NOUN).test(clause) && has(NEGATIVE).test(clause)) found.push('price');
  return found.length === 1 ? found[0] : null;
}

/** Whether a clause says nothing beyond the words of what it refuses and how. */
function onlyNames(clause: string, kind: LineRefusalKind): boolean {
  const patterns: Record<LineRefusalKind, string[]> = {
    code: [CODE_NOUN, UNKNOWN],
    empty: [EMPTY, LINES_NOUN, LIST_NOUN, WITHOUT],
    quantity: [QTY_NOUN, BELOW_ONE, LINES_NOUN],
    price: [PRICE_NOUN, NEGATIVE, LINES_NOUN, 'unit'],
  };
  let rest = clause.replace(/\b4\d\d\b/g, ' ');
  for (const p of patterns[kind])
    rest = rest.replace(new RegExp(`(?:^|[^\\p{L}\\p{N}_])${p}(?![\\p{L}\\p{N}_])`, 'gu'), ' ');
  return (rest.match(/[\p{L}\p{N}_]+/gu) ?? []).every((w) => FILLER.has(w) || /^(?:one|1)$/.test(w));
}

/** Where a list splits into its clauses: commas, semicolons and the words for "or" / "and". */
const CLAUSE_END = /\s*[,;]\s*|\s+(?:or|and|oder|und|sowie|o|y|ou|et|e)\s+|\s*(?:→|->|=>|:)\s*(?=\D)/;

/** Words that say a part of a feature refuses something (a verb, a 4xx status, "must"). */
const REFUSING =
  /\b(?:4\d\d|refus\w*|reject\w*|abgelehnt|ablehn\w*|rechaz\w*|rejet\w*|rifiut\w*|recus\w*|must|muss|mussen|debe|deben|doit|doivent|deve|devono)\b/;

/**
 * The refusals an order's refusal list names, each with its status; null when the feature is no such list or
 * names a refusal the order code does not make. The list may be one part of a feature whose other parts state
 * rules and refuse nothing ("VAT of 20% is charged on the subtotal after the discount; an empty lines list or a
 * quantity below 1 returns 400"): those are read by the order's other readers.
 */
export function readLineRefusals(text: string): LineRefusals | null {
  if (/[{}[\]/]/.test(text)) return null;
  const whole = readList(text);
  if (whole) return whole;
  const parts = text.split(/\s*;\s*|(?<=[\p{L}\d)])\.\s+/u).filter((p) => p.trim() !== '');
  if (parts.length < 2) return null;
  const lists = parts.map(readList);
  const at = lists.findIndex((l) => l !== null);
  if (at < 0 || parts.some((p, i) => i !== at && REFUSING.test(fold(p)))) return null;
  return lists[at];
}

/** The refusal list a text is whole, or null. */
function readList(text: string): LineRefusals | null {
  const folded = fold(text);
  const statusAfter = (at: number) => /\b(4\d\d)\b/.exec(folded.slice(at))?.[1];
  const stated = /\b4\d\d\b/.test(folded);
  const said =
    stated ||
    /\b(?:refus\w*|reject\w*|abgelehnt|ablehn\w*|rechaz\w*|rejet\w*|rifiut\w*|recus\w*|must|muss|mussen|debe|deben|doit|doivent|deve|devono)\b/.test(
      folded,
    );
  if (!said) return null;
  const found: LineRefusals = new Map();
  let at = 0;
  for (const clause of folded.split(CLAUSE_END)) {
    const start = folded.indexOf(clause, at);
    at = start + clause.length;
    const words = clause.match(/[\p{L}\p{N}_]+/gu) ?? [];
    if (words.every((w) => FILLER.has(w) || /^4\d\d$/.test(w))) continue;
    const kind = kindOf(clause);
    if (kind === null || !onlyNames(clause, kind)) return null;
    const status = Number(statusAfter(start) ?? 400);
    if (found.has(kind) && found.get(kind) !== status) return null;
    found.set(kind, status);
  }
  // One clause alone ("a negative price returns 400") is a rule of the lines the record readers also read; a list
  // names two or more.
  return found.size >= 2 ? found : null;
}

/**
 * The status of a feature that only refuses an unknown discount code ("an unknown code returns 422"), said of a
 * quote whose codes another feature lists; null for anything else.
 */
export function readCodeRefusal(text: string): number | null {
  if (/[{}[\]/]/.test(text)) return null;
  const folded = fold(text);
  const statuses = folded.match(/\b4\d\d\b/g) ?? [];
  if (statuses.length > 1 || /[,;]/.test(folded)) return null;
  if (statuses.length === 0 && !REFUSING.test(folded)) return null;
  return kindOf(folded) === 'code' && onlyNames(folded, 'code') ? Number(statuses[0] ?? 400) : null;
}
