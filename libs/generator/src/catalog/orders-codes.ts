/*
 * The discount codes an order feature writes, in a table or in sentences ("SAVE10 (10% off)", "WELCOME15 gives
 * 15 % off the subtotal", "TENOFF knocks 10.00 off, the total can't go negative", "BIG20: 20 % off for orders of
 * 300 or more, no effect below that", "Rabattcode SOMMER = 5 € Nachlass"). Each code's clause is read whole: its
 * value, a minimum order it may name, a floor at zero (which every fixed code keeps), "no effect below". A clause
 * that says anything else ("for returning customers", "on Saturdays", "fifteen percent") is an unread code, and
 * the order is then not realised: a refusal, not a guess. Readers only; the feature text is data.
 */

/** A discount the feature's table lists: a percentage of the subtotal, or a fixed amount (never past it). */
export interface Discount {
  code: string;
  percent?: number;
  amount?: number;
  /** The subtotal from which (or above which) the code takes anything off; below it, nothing. */
  minimum?: number;
  minimumInclusive?: boolean;
}

/** Upper-case tokens that are not discount codes even when a number follows them. */
const NOT_CODES = new Set(
  'GET POST PUT PATCH DELETE HTTP HTTPS JSON API URL ISO VAT GST IVA TVA MWST EUR USD GBP CHF JPY SEK NOK DKK PLN CAD AUD UUID SKU ISBN IBAN PDF CSV UTC CET HTML REST ID IDS'.split(
    ' ',
  ),
);

const CANDIDATE = /(?<![\w/-])["'`]?([A-Z][A-Z0-9_-]{2,23})["'`]?(?![\w-])/g;
const PERCENT = String.raw`(?:%|percent\b|per cent\b|prozent\b|por ?ciento\b|pour ?cent\b|per ?cento\b|por ?cento\b)`;
/** A code's value: a few words at most, then a number, a percent sign or word (or a currency). */
const VALUE = new RegExp(
  String.raw`^[^\d]{0,40}?(?:[$€£]\s*)?(\d+(?:[.,]\d{1,2})?)(?!\d)\s*(${PERCENT})?`,
  'i',
);
/** Words that put a code in a discount sentence (before it, or in its clause). */
const CODE_BEFORE =
  /\b(?:codes?|coupons?|vouchers?|promo(?:code)?s?|rabattcodes?|gutscheine?|gutscheincodes?|codigos?|cupon(?:es)?|codices?|codici|cupo(?:m|ns))\s*:?\s*["'`]?$/i;
const DISCOUNT_CLAUSE =
  /\b(?:off|discount|rabatt|nachlass|descuento|remise|reduction|sconto|desconto|free|gratis|kostenlos|offert|percent|prozent)\b|%/i;

/** Words that start another statement after a code's ("then 19 % VAT", "y luego IVA", "Versand 4,95"). */
const NEXT_STATEMENT =
  /\b(?:then|dann|anschlie(?:ß|ss)end|luego|despu[eé]s|puis|ensuite|poi|depois|tax|vat|gst|mwst|mehrwertsteuer|umsatzsteuer|steuer|iva|tva|impuesto|imposta|imposto|shipping|delivery|versand\w*|env[ií]o|livraison|spedizione|frete)\b/i;

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * "takes 10% off the subtotal before tax", "vor Steuern", "antes de impuestos": the order every code keeps (the
 * discount comes off before tax is charged), said in the code's own clause.
 */
export const BEFORE_TAX =
  /\b(?:before|prior to|vor|antes de(?:l)?|avant|prima d(?:i|ell'|ella|elle)|antes d[oa]s?)\s+(?:the\s+|der\s+|den\s+|la\s+|las\s+|les\s+|l')?(?:tax(?:es)?|vat|gst|sales tax|steuer(?:n)?|mwst\.?|mehrwertsteuer|umsatzsteuer|iva|impuestos?|tva|taxes?|imposta|imposte|impostos?)\b/gi;

/** Parts of a clause that restate the floor every fixed code keeps ("the total can't go negative"). */
const FLOOR =
  /negativ|\b(?:below|under|unter|bajo|debajo de|sous|sotto|abaixo de)\s+(?:0|zero|null|cero)\b|\bbis (?:auf )?0\b|\bhasta 0\b|more than the (?:sub)?total|exceed|uber die (?:zwischen)?summe|no more than|never more|at most the|hochstens (?:die|bis)|como maximo el|au plus le/;
/** Parts that say a code does nothing below its minimum. */
const NO_EFFECT =
  /no effect|nothing|not apply|doesn'?t apply|wirkt\b[^,]*\bnicht|keine wirkung|ohne wirkung|gilt\b[^,]*\bnicht|no tiene efecto|sin efecto|no se aplica|no aplica|sans effet|ne s'applique pas|nessun effetto|non si applica|sem efeito|nao se aplica/;
/** Words a code's clause may hold besides its value and minimum (the sentence around them). */
const FILLER = new Set(
  `off the a an of on for order orders subtotal total amount value cart basket purchase purchases when if is at least
  or more from over above than and to with worth spend spent starting minimum it its that this code coupon voucher
  discount gives takes knocks get gets money eur euro euros dollar dollars pound pounds usd gbp chf
  rabatt nachlass auf die den das der dem zwischensumme summe gesamtsumme warenkorb bestellung bestellungen
  bestellwert warenwert einkaufswert einkauf einem einer ein ab von wenn oder mehr uber mindestens mit betrag
  gesamtbetrag rechnung rechnungsbetrag ist betragt und gibt zieht
  de descuento sobre el la los las en pedidos pedido compras compra partir desde o mas superior superiores un una
  del al importe carrito si cuando es menos minimo y da resta con
  remise reduction sur le les l commandes commande achat achats d a des du sous au moins si quand est une un et
  panier montant donne enleve retire pour par para por ou plus mais
  di sconto sul il lo ordini ordine da in su oppure piu per subtotale totale importo carrello almeno se e
  toglie sottrae dal dallo della
  desconto no na em encomenda encomendas para acima valor carrinho pelo tira desconta do dos
  quita descuenta deduit rebaja rebajan`.split(/\s+/),
);
const INCLUSIVE =
  /\b(?:or more|at least|from|starting at|minimum|ab|mindestens|oder mehr|o mas|a partir de|desde|minimo|ou plus|des|au moins|o piu|almeno|da|ou mais|pelo menos)\b/;
const EXCLUSIVE =
  /\b(?:over|above|more than|uber|mehr als|mas de|superior a|plus de|au-dela de|oltre|piu di|acima de|mais de)\b/;

/** What one code's clause says, or null when it says something this reader cannot take. */
function readClause(tail: string): { minimum?: number; minimumInclusive?: boolean } | null {
  const parts = fold(tail)
    .split(/[,()]|\b(?:but|aber|pero|mais|ma)\b/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const kept = parts.filter((p, i) => i === 0 || (!FLOOR.test(p) && !NO_EFFECT.test(p)));
  const first = kept[0] ?? '';
  // A later part belongs to this code only when it restates the floor or the minimum's effect (dropped above) or
  // names a condition; anything else starts the next statement ("then 19 % VAT …").
  const own = [
    first,
    ...kept
      .slice(1)
      .filter(
        (p) =>
          /^(?:for|when|if|only|on|from|ab|nur|wenn|bei|solo|si|cuando|en|seulement|uniquement|pour|des|a partir|se|apenas|per|da)\b/.test(
            p,
          ) || /\b(?:only|nur|solo|solamente|seulement|uniquement|apenas|soltanto|somente)\b/.test(p),
      ),
  ];
  let minimum: number | undefined;
  let minimumInclusive: boolean | undefined;
  for (const part of own) {
    const cleaned = FLOOR.test(part) || NO_EFFECT.test(part) ? '' : part;
    const numbers = [...cleaned.matchAll(/\d+(?:[.,]\d{1,2})?/g)];
    if (numbers.length > 1 || (numbers.length === 1 && minimum !== undefined)) return null;
    if (numbers.length === 1) {
      const inclusive = INCLUSIVE.test(cleaned);
      const exclusive = EXCLUSIVE.test(cleaned);
      if (inclusive === exclusive) return null;
      minimum = Number(numbers[0][0].replace(',', '.'));
      minimumInclusive = inclusive;
    }
    const words = cleaned.replace(/\d+(?:[.,]\d{1,2})?|[$€£%×*=:'’-]/g, ' ').match(/[a-z]+/g) ?? [];
    if (words.some((w) => !FILLER.has(w))) return null;
  }
  return minimum === undefined ? {} : { minimum, minimumInclusive };
}

/** The codes a feature writes: those it reads whole, and those it names but cannot read (`unread`). */
export function readCodes(text: string): { table: Discount[]; unread: string[] } {
  const table: Discount[] = [];
  const unread: string[] = [];
  const candidates = [...text.matchAll(CANDIDATE)].filter((m) => !NOT_CODES.has(m[1]));
  candidates.forEach((m, i) => {
    const code = m[1];
    if (table.some((d) => d.code === code) || unread.includes(code)) return;
    const start = (m.index ?? 0) + m[0].length;
    const end = Math.min(candidates[i + 1]?.index ?? text.length, text.length);
    // A code's clause ends with its sentence, at the next code, or where tax or shipping is stated next.
    const clause = text
      .slice(start, end)
      .split(/;|\n|\.(?=\s|$)|→|->/)[0]
      .replace(BEFORE_TAX, ' ')
      .split(NEXT_STATEMENT)[0];
    const named = CODE_BEFORE.test(text.slice(0, m.index)) || DISCOUNT_CLAUSE.test(fold(clause));
    // An error code a refusal spells ("400 UNKNOWN_CODE") is not a discount code.
    if (/\d{3}\s*$/.test(text.slice(0, m.index)) || (/_/.test(code) && !/\d/.test(clause))) return;
    const value = VALUE.exec(clause);
    if (!value) {
      if (named) unread.push(code);
      return;
    }
    const gapWords = value[0].slice(0, value[0].indexOf(value[1])).match(/\p{L}+/gu) ?? [];
    if (gapWords.length > 4) {
      if (named) unread.push(code);
      return;
    }
    const amount = Number(value[1].replace(',', '.'));
    const rule = readClause(clause.slice(value[0].length));
    if (!Number.isFinite(amount) || amount <= 0 || rule === null || (value[2] && amount > 100)) {
      if (named) unread.push(code);
      return;
    }
    table.push({ code, ...(value[2] ? { percent: amount } : { amount }), ...rule });
  });
  return { table, unread };
}

/** The discount table a feature writes (the codes it reads whole). */
export function discountTable(text: string): Discount[] {
  return readCodes(text).table;
}

/** Whether the feature charges tax on the whole subtotal, before the discount ("VAT on the subtotal before the discount"). */
export function taxOnFullSubtotal(text: string): boolean {
  const folded = fold(text);
  const tax = String.raw`(?:tax|vat|gst|steuer|mwst|mehrwertsteuer|umsatzsteuer|iva|impuesto|tva|taxe|imposta|imposto)`;
  const base = String.raw`(?:sub-?total|subtotale|zwischensumme|sous-total|amount|betrag|importe|montant|importo|valor|summe)`;
  const before = String.raw`(?:before|vor|antes del?|avant|prima del?|antes do)`;
  const discount = String.raw`(?:the |any |dem |la |el |il |o )?(?:discount|rabatt|descuento|remise|sconto|desconto|coupon|code)`;
  return (
    new RegExp(
      `${tax}\\b[^.;]{0,50}\\b(?:on|auf|sobre|sur|sul|su|of)\\b[^.;]{0,20}\\b${base}\\s+${before}\\s+${discount}`,
    ).test(folded) ||
    new RegExp(
      `${tax}\\b[^.;]{0,50}\\b(?:full|whole|entire|undiscounted|volle\\w*|gesamte\\w*|complet\\w*|integr\\w*)\\s+${base}`,
    ).test(folded)
  );
}

/** Whether the feature rounds only once, at the end ("only the final amount is rounded", "erst am Ende runden"). */
export function roundsAtEnd(text: string): boolean {
  const folded = fold(text);
  return /\bno rounding per line\b|\b(?:only|just) (?:the )?(?:final|grand) (?:amount|total)\b[^.;]{0,20}\bround|\bround\w*\b[^.;]{0,30}\b(?:only )?(?:at the end|once at the end|only at the end)\b|\berst am ende\b[^.;]{0,30}\brund|\brund\w*\b[^.;]{0,30}\berst am ende\b|\bredonde\w*\b[^.;]{0,30}\bsolo al final\b|\bsolo al final\b[^.;]{0,30}\bredonde|\barrondi\w*\b[^.;]{0,30}\b(?:qu'a la fin|uniquement a la fin|seulement a la fin)\b|\barrotond\w*\b[^.;]{0,30}\bsolo alla fine\b|\barredond\w*\b[^.;]{0,30}\bso no final\b/.test(
    folded,
  );
}
