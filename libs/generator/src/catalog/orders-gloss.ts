import type { Language } from './feature-words';
import type { Discount, Shipping } from './orders-read';

/*
 * What an order computation says in the feature's languages (so a feature written in one finds its own words in
 * the realisation), and its shipping rule in words.
 */

/** What the glosses need of an order reading. */
interface GlossedReading {
  discounts: Discount[];
  unknown: { status: number; code: string };
}

/** The discount table in the feature's language, so a table written in it finds its own words. */
export function tableGloss(r: GlossedReading): Partial<Record<Language, string>> {
  const list = (percent: string, amount: string, sep = ', ') =>
    r.discounts
      .map((d) =>
        d.percent !== undefined
          ? percent.replace('$C', d.code).replace('$N', String(d.percent))
          : amount.replace('$C', d.code).replace('$N', String(d.amount)),
      )
      .join(sep);
  const s = r.unknown.status;
  return {
    de: ` Rabattcodes (Gutscheine): ${list('$C gibt $N Prozent Rabatt', '$C zieht $N (Euro, in der Währung der Bestellung) ab')}; ein unbekannter Code (Gutschein) wird abgelehnt und liefert ${s}.`,
    es: ` Códigos de descuento (cupones): ${list('$C da un $N por ciento de descuento', '$C resta $N (euros, en la moneda del pedido)')}; un código desconocido se rechaza y devuelve ${s}.`,
    fr: ` Codes de réduction (codes promo, bons) : ${list('$C donne $N pour cent de remise', '$C retire $N (euros, dans la devise de la commande)')} ; un code inconnu est refusé et renvoie ${s}.`,
    it: ` Codici sconto: ${list('$C toglie il $N per cento (sconto)', '$C toglie $N (euro, nella valuta dell’ordine)')}; un codice sconosciuto è rifiutato e dà ${s}.`,
    pt: ` Códigos de desconto (cupons): ${list('$C tira $N por cento (desconto)', '$C tira $N (euros, na moeda do pedido)')}; um código (cupom) desconhecido é recusado e dá ${s}.`,
  };
}

/** The shipping rule in words, ending with "; " (empty without shipping). */
export function shippingRuleText(shipping: Shipping | null): string {
  if (!shipping) return '';
  const free =
    shipping.freeFrom === null
      ? ''
      : ` unless the subtotal after the discount is ${shipping.inclusive ? 'at least' : 'above'} ${shipping.freeFrom.toFixed(2)} (free shipping ${shipping.inclusive ? 'from' : 'above'} ${shipping.freeFrom})`;
  return `shipping of ${shipping.fee.toFixed(2)} (${shipping.fee}, not taxed) is added${free}; `;
}

export function shippingGloss(s: Shipping): Partial<Record<Language, string>> {
  const from = s.freeFrom === null ? null : String(s.freeFrom);
  return {
    de: ` Versand (Versandkosten) ${s.fee}${from ? `, versandkostenfrei ${s.inclusive ? 'ab' : 'über'} ${from}` : ''}.`,
    es: ` Envío (gastos de envío) ${s.fee}${from ? `, gratis ${s.inclusive ? 'a partir de' : 'más de'} ${from}` : ''}.`,
    fr: ` Livraison (frais de port) ${s.fee}${from ? `, gratuite ${s.inclusive ? 'dès' : 'au-delà de'} ${from}` : ''}.`,
    it: ` Spedizione ${s.fee}${from ? `, gratuita ${s.inclusive ? 'da' : 'oltre'} ${from}` : ''}.`,
    pt: ` Frete ${s.fee}${from ? `, grátis ${s.inclusive ? 'a partir de' : 'acima de'} ${from}` : ''}.`,
  };
}

export const GLOSS: Partial<Record<Language, string>> = {
  de: ' Berechnet die Summen einer Bestellung (Warenkorb, Angebot, Rechnung, Rechnungsbetrag): Positionen mit Menge mal Einzelpreis (Preis), auf den Cent kaufmännisch gerundet, Zwischensumme, Rabatt (Rabattcode, Gutschein), Steuer (MwSt, Mehrwertsteuer) und Gesamtsumme; eine Menge von 0 oder weniger oder ein negativer Preis wird abgelehnt.',
  es: ' Calcula los totales de un pedido (carrito, presupuesto, factura): líneas con cantidad × precio unitario (precio), subtotal, descuento (código de descuento, cupón), impuesto (IVA) y total; una cantidad de 0 o menos o un precio negativo se rechaza.',
  fr: ' Calcule les totaux d’une commande (panier, devis, facture) : lignes avec quantité × prix unitaire (prix), sous-total, remise (code de réduction, code promo), taxe (TVA) et total ; une quantité de 0 ou moins ou un prix négatif est refusé.',
  it: ' Calcola i totali di un ordine (carrello, preventivo, fattura): righe con quantità × prezzo unitario, subtotale, sconto (codice sconto), imposta (IVA) e totale; una quantità di 0 o meno o un prezzo negativo è rifiutato.',
  pt: ' Calcula os totais de um pedido (carrinho, orçamento, fatura): linhas com quantidade × preço unitário, subtotal, desconto (código de desconto, cupom), imposto e total; uma quantidade de 0 ou menos ou um preço negativo é recusado.',
};

/** The refusal of an unknown code in the feature's languages ("tout autre code est refusé"). */
export const UNKNOWN_CODE_GLOSS: Partial<Record<Language, string>> = {
  de: ' Jeder andere (unbekannte) Code wird abgelehnt.',
  es: ' Cualquier otro código (desconocido) se rechaza.',
  fr: ' Tout autre code (inconnu) est refusé.',
  it: ' Qualsiasi altro codice (sconosciuto) è rifiutato.',
  pt: ' Qualquer outro código (desconhecido) é recusado.',
};
