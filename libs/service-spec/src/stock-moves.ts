/*
 * Stock movements said in words: taking stock out (withdraw, issue, consume, book out; Entnahme, Abgang; salida,
 * retirar; sortie, retirer; prelievo; dar baixa) and putting it in (receive, restock; Zugang, Wareneingang;
 * entrada, reponer; entrée; carico; repor). The generator designs each as an `adjust` endpoint with that
 * `direction`, and the fidelity gate holds a feature that says one to an endpoint moving stock that way, so both
 * read the words from this one table. Folded text: lower case, accents removed. A balance's movements (redeem,
 * top up, einlösen, canjear, recharger) are read the same way, from `balance-moves`.
 */
import { balanceMoveWords, balanceMovesIn } from './balance-moves';

/** Words that say stock goes out whatever else the feature says. */
const OUT_STRONG =
  /\b(entnahme\w*|entnehm\w*|entnimm\w*|ausbuch\w*|warenausgang\w*|dar(?: de)? baixa|da baixa|baixa de estoque|salida de (?:stock|existencias|inventario|mercancia)|sortie de stock|sorties de stock|uscita di magazzino)\b/;
/** Words that say stock goes out when the feature is about stock (a loan is taken out too). */
const OUT_WEAK =
  /\b(withdraw\w*|take[sn]?\b[^.;,]{0,40}\b(?:out|off)|taking\b[^.;,]{0,40}\b(?:out|off)|us(?:e|es|ed|ing) up|gast(?:ar|a|an|o|ado)|nehm\w*|nimm\w*|(?<!\b(?:a|an|the|each|every|one|this|that)\s)book(?:s|ed|ing)?\b[^.;,]{0,30}\bout|consum(?:e|es|ed|ing|ption|ir|o|imos|ido|ida|ieron)\b|issue[sd]?|issuing|deduct\w*|verbrauch(?:en|t|st|e|te|ten)?\b|salidas?|retir\w*|sacar|saca|sortie|sortir|consomm(?:er|e|es|ent|ons|ez|ee|ees|ation)\b|scaric\w*|scarico|consumar\w*|saida|abgang|abgange|abbuch\w*|auslager\w*|prelev\w*|preliev\w*|pick(?:s|ed|ing)?\b[^.;,]{0,30}\bfrom|remov(?:e|es|ed|ing) (?:some |n |\d+ )?(?:stock|units?) from|subtra(?:ir|i|ia)|restar)\b/;
/** Words that say stock comes in whatever else the feature says. */
const IN_STRONG =
  /\b(restock\w*|replenish\w*|wareneingang\w*|einbuch\w*|zubuch\w*|einlager\w*|auffull\w*|nachfull\w*|repon(?:er|e|en|go|ga|iendo|ido)|reabastec\w*|reapprovision\w*|rifornire|rifornisc\w*|repor|reponha|entrada de (?:stock|existencias|inventario|mercancia|estoque)|entree de stock|entrees de stock)\b/;
/** Words that say stock comes in when the feature is about stock ("receive an order" is not a delivery). */
const IN_WEAK =
  /\b(receiv\w*|refill\w*|put(?:s|ting)?\b[^.;,]{0,20}\bback|sumar|livraisons?|lieferung\w*|llegada|arriv[oi]|chegada|(?<!\b(?:a|an|the|each|every|one|this|that)\s)book(?:s|ed|ing)?\b[^.;,]{0,30}\bin\b|deliver(?:y|ies)|put[s]?\b[^.;,]{0,30}\bin\b|top(?:s|ped)? up|entradas?|recib\w*|ingres\w*|entree|recevoir|recoit|reception|caric\w*|carico|ricev\w*|receb\w*|zugang\w*|zugange|add(?:s|ed|ing)? (?:some |n |\d+ )?(?:stock|units?) to|somar)\b/;
/**
 * Putting some back, a move in when the feature is about stock: "put some back", "return parts to stock",
 * "zurücklegen", "devolver unidades al almacén", "remettre en stock", "rimettere a magazzino", "devolver ao
 * estoque". "Devolver"/"return" also answer a value and "remettre à zéro" resets, so those two need the place the
 * stock goes back to, and a reset is never one.
 */
const PUT_BACK = new RegExp(
  [
    String.raw`\breturn(?:s|ed|ing)?\b[^.;,]{0,30}\b(?:to|into|back (?:on|in|into|to)) (?:the |our |its )?(?:stock|shelf|shelves|store ?room|bin|bins|inventory|warehouse|pantry)\b`,
    String.raw`\bzuruck(?:leg|geleg|buch|gebuch|stell|gestell|bring|gebrach|geb|gegeb|zuleg|zubuch)\w*`,
    String.raw`\b(?:devolv|devuelv)\w*\b[^.;,]{0,30}\b(?:al|a la|ao|a|en el|no|na|para o|para a) (?:almacen|stock|estoque|despensa|estanteria|prateleira|inventario|bodega|armazem|deposito|cajon|gaveta)\b`,
    String.raw`\b(?:remett\w*|remets?)\b(?![^.;,]{0,20}\b(?:a zero|a 0|a jour|en cause|en question|au lendemain)\b)`,
    String.raw`\b(?:rimett\w*)\b(?![^.;,]{0,20}\b(?:a zero|a 0|in discussione)\b)`,
  ].join('|'),
);

/** Names of a stock's threshold written with a movement's word. */
const THRESHOLD_NAMES =
  /\b(?:seuils? de reapprovisionnement|restock(?:ing)? (?:level|threshold|point)|reorder (?:level|point|threshold)|punto de reposicion|ponto de reposicao|nivel de reposicion)\b/g;
/**
 * What has to be ordered again, asked as a list ("show me what I need to reorder", "what needs restocking",
 * "was nachbestellt werden muss", "qué hay que reponer", "ce qu'il faut recommander", "cosa devo riordinare",
 * "o que preciso repor"): the records at or below their reorder level, never a restock of one record.
 */
const TO_REORDER = new RegExp(
  [
    String.raw`\bwhat (?:i|we|you) (?:need|have|must|should|ought) to (?:reorder|restock|order again|buy again)\b`,
    String.raw`\bwhat (?:needs|has|must|should) (?:to )?(?:be )?(?:reorder(?:ed|ing)?|restock(?:ed|ing)?|ordered again)\b`,
    String.raw`\bwhat to (?:reorder|restock|order again)\b`,
    String.raw`\b(?:need|needs|needing|due for) (?:a )?(?:reordering|restocking|reorder|restock)\b`,
    String.raw`\b(?:nachbestellt werden|nachzubestellen|nachbestellen (?:muss|mussen|sollte\w*)|neu bestellt werden|nachgekauft werden|nachzukaufen)\b`,
    String.raw`\b(?:que|lo que) (?:hay que|tengo que|tenemos que|debo|debemos|necesito|necesitamos|se debe|hace falta|toca) (?:reponer|pedir|volver a pedir|reabastecer)\b`,
    String.raw`\b(?:hay que|por|a) reponer\b`,
    String.raw`\b(?:ce qu il|qu il|il) faut (?:re)?commander\b|\bfaut (?:les |le |la )?reapprovisionner\b|\ba (?:re)?commander\b`,
    String.raw`\b(?:cosa|che cosa|quello che|cio che) (?:devo|dobbiamo|bisogna|c e da|occorre|serve) (?:riordinare|ordinare di nuovo|riassortire)\b|\bda (?:riordinare|riassortire)\b`,
    String.raw`\b(?:o que|que) (?:preciso|precisamos|e preciso|tenho que|temos que|devo|devemos) (?:repor|pedir de novo|encomendar)\b|\b(?:a|por) repor\b|\bprecisa(?:m)? (?:ser )?repost[oa]s?\b`,
  ].join('|'),
);

/** Whether a feature asks for the list of what has to be ordered again (folded or not). */
export function asksWhatToReorder(feature: string): boolean {
  return TO_REORDER.test(folded(feature));
}

/** The words a feature asks for what to order again with ("nachbestellt werden", "hay que reponer"), if any. */
export function whatToReorderWords(feature: string): string | undefined {
  return TO_REORDER.exec(folded(feature))?.[0];
}

/** Words that show a feature is about a stock kept on hand. */
const STOCK =
  /\b(shelf|shelves|bins?|regal\w*|anzahl|estanteria|rayon|scaffal\w*|prateleira|stock|stocks|inventory|on hand|units?|quantity|quantities|warehouse|store ?room|pantry|more than (?:there is|is in stock|is available|we have|are|is)|bestand\w*|lager\w*|vorrat\w*|menge\w*|stuck|einheiten|existencias|inventario|almacen|despensa|cantidad\w*|unidades|quantite\w*|unites|entrepot|magazzino|scorta\w*|quantita|unita|estoque|quantidade\w*|armazem)\b/;

/**
 * Words of a quota ("5 per client per minute", 429) or of prices and discount codes ("le code SOMMER retire 5 €"):
 * "consume", "use", "retire" there move no stock.
 */
const NOT_STOCK =
  /\b429\b|\bquotas?\b|\brate[- ]limit\w*|\bper (?:client|user|key|api key|customer|minute|hour|day|second)\b|\b(?:codes?|discount\w*|rabatt\w*|descuento\w*|remise\w*|sconto|desconto\w*|coupons?|gutschein\w*|rebates?)\b|€|\$/;

/** Whether a feature's words are a quota's or a price's, where weak movement words move no stock. */
export function talksOtherThanStock(feature: string): boolean {
  return NOT_STOCK.test(folded(feature));
}

/**
 * "adjust the quantity up or down (+ when a delivery comes, - when parts get used)": one change either way, a
 * signed amount (the floor's adjust), not a move in one direction named by its delivery or use.
 */
const SIGNED =
  /\b(?:up or down|up and down|plus or minus|auf oder ab|nach oben oder (?:nach )?unten|hoch oder runter|arriba o abajo|sumar o restar|en plus ou en moins|vers le haut ou vers le bas|in piu o in meno|su o giu|para cima ou para baixo)\b|\(\s*\+[^)]*-|\+\s*(?:or|oder|o|ou)\s*-/;

export function signedChange(feature: string): boolean {
  return SIGNED.test(folded(feature));
}

/** Lower case, accents removed, apostrophes as spaces: how the stock readers see a feature. */
export function folded(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’'`]/g, ' ');
}

/**
 * The stock movements a feature asks for: `out`, `in`, both, or none. A weak word ("issue", "receive",
 * "salida", "entrée") counts only beside words of a stock kept on hand, or when `stockKept` says the intent
 * keeps one whose records the feature names.
 */
export function stockMovesIn(feature: string, stockKept = false): ('in' | 'out')[] {
  // "seuil de réapprovisionnement", "restocking level": the name of a threshold moves no stock.
  // "qué hay que reponer", "what needs restocking": the list of what to order, not a restock.
  // "GET /produtos/repor -> …": a listing's route names no movement.
  const text = folded(feature.replace(/^\s*GET\s+\S+/, ' '))
    .replace(THRESHOLD_NAMES, ' ')
    .replace(new RegExp(TO_REORDER.source, 'g'), ' ');
  const about = (stockKept || STOCK.test(text)) && !NOT_STOCK.test(text);
  const moves: ('in' | 'out')[] = [];
  if (OUT_STRONG.test(text) || (about && OUT_WEAK.test(text))) moves.push('out');
  if (IN_STRONG.test(text) || (about && (IN_WEAK.test(text) || PUT_BACK.test(text)))) moves.push('in');
  // "redeem points", "Guthaben aufladen": a balance moves the same ways a stock does.
  for (const way of balanceMovesIn(feature, stockKept)) if (!moves.includes(way)) moves.push(way);
  return moves.sort((a, b) => (a === b ? 0 : a === 'out' ? -1 : 1));
}

/** The words a feature says its movements with (for the realisation's texts). */
export function stockMoveWords(feature: string): string[] {
  const text = folded(feature);
  return [OUT_STRONG, OUT_WEAK, IN_STRONG, IN_WEAK, PUT_BACK, STOCK]
    .map((re) => re.exec(text)?.[0])
    .filter((x): x is string => x !== undefined)
    .flatMap((x) => x.split(/\s+/))
    .filter((x) => x.length > 2)
    .concat(balanceMoveWords(feature));
}

/** The direction a route's action segment moves stock (`/withdraw`, `/sortie`, `/take-out`), else null. */
export function stockMoveOfSegment(segment: string): 'in' | 'out' | null {
  const text = folded(segment.replace(/[-_]/g, ' '));
  if (OUT_STRONG.test(text) || OUT_WEAK.test(text) || /\b(take|take out|remove|use)\b/.test(text))
    return 'out';
  if (IN_STRONG.test(text) || IN_WEAK.test(text) || /\b(add|put in|stock in|deliver|refill)\b/.test(text))
    return 'in';
  return null;
}
