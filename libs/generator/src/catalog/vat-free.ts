import { readFeatureLiterals } from '@sf/service-spec';
import type { CatalogFamily, Recognised } from './catalog-entry';
import { featureWords, glossIn, languagesOf, type Language } from './feature-words';
import { vatDesign, type VatDirection } from './vat';

/*
 * A VAT calculator said in free text, one direction per feature: "add VAT to a net price at a given rate and
 * return the VAT and the gross price", "aus einem Nettobetrag und dem Steuersatz die Mehrwertsteuer und den
 * Bruttobetrag berechnen", "retrouver le HT et la TVA à partir d'un montant TTC", "take the VAT back out of a
 * gross price". The amount it starts from names the direction (from a net amount: add; from a gross one: take
 * out); the calculator is the spelled one's (`POST /vat/add` or `/vat/remove`, {"net"|"gross", "rate"} →
 * {"net", "vat", "gross"}), at the rates it writes as percentages ("7 oder 19 %", "at 20% or 5%"; once, every
 * number a rate of 0 to 99), else at any rate from 0 to 100 until a feature lists the rates. Every word must be one
 * of a VAT calculation's or a filler: a feature saying more ("and keep every invoice") is not read.
 */

/** Words naming VAT itself (folded). */
const VAT_WORD =
  /\b(?:vat|mwst|mehrwertsteuer|umsatzsteuer|ust|iva|tva|ttc|ht|value added tax|taxe sur la valeur ajoutee|imposta sul valore aggiunto|imposto sobre o valor acrescentado|impuesto sobre el valor anadido)\b/;

const ARTICLE = '(?:a|an|the|einem|einen|dem|den|der|un|una|uno|une|le|la|l|il|lo|um|uma|o|del|du|d)';
const AMOUNT =
  '(?:amount|price|sum|betrag|preis|summe|importe|precio|montant|prix|importo|prezzo|valor|preco|montante)';
const NET = '(?:net|netto|nettobetrag|nettopreis|neto|ht|liquido)';
const GROSS = '(?:gross|brutto|bruttobetrag|bruttopreis|bruto|ttc|lordo)';
const SOURCE =
  '(?:from|out of|to|aus|vom|von|zum|zu|a partir de|a partir do|a partir da|desde|de|a partir|dal|dall|da|do|des|sur|on|auf)';

/** "from a net amount", "aus einem Bruttobetrag", "à partir d'un montant TTC", "out of a gross price". */
function sourceOf(folded: string, side: string): boolean {
  return new RegExp(`\\b${SOURCE}\\s+(?:${ARTICLE}\\s+)*(?:${AMOUNT}\\s+)?${side}\\b`).test(folded);
}

/** Words turning a calculation round (folded). */
const REVERSE =
  /\b(?:umgekehrt|ruckwarts|zuruckrechnen|ruckrechnen|inverso|inversa|reverse|backwards|other way round|the other way|autre sens|sens inverse|al contrario|al reves|ao contrario|vice versa)\b/;

/** Words a VAT calculation is said in, and fillers, in six languages (folded); anything else is not read. */
const KNOWN = new Set(
  (
    'vat mwst mehrwertsteuer umsatzsteuer ust iva tva ttc ht value added tax taxe valeur ajoutee imposta valore ' +
    'aggiunto imposto acrescentado impuesto anadido steuer steuerbetrag enthaltene included incluse incluida ' +
    'net netto nettobetrag nettopreis neto liquido gross brutto bruttobetrag bruttopreis bruto lordo ' +
    'amount price sum betrag preis summe importe precio montant prix importo prezzo valor preco montante amounts ' +
    'rate rates satz steuersatz tipo taux aliquota tasa taxa percent prozent porcentaje pourcentage percentuale ' +
    'given gegebenen dado donne dato ' +
    'add adds adding take takes back out work works compute computes calculate calculates return returns give ' +
    'gives get also both way other reverse backwards conversely then ' +
    'berechnen berechnet rechnen rechnet zuruck ruckwarts umgekehrt herausrechnen herausrechnet liefern liefert ' +
    'zuruckrechnen ruckrechnen ergebnis vice versa en nel senso partire ' +
    'ausgeben addieren aufschlagen ' +
    'calcular calcula devolver devuelve obtener sumar quitar inverso reves sentido ' +
    'calculer calcule retrouver renvoyer renvoie ajouter retirer sens inverse autre dans ' +
    'calcolare calcola restituire restituisce aggiungere togliere ricavare inverso contrario ' +
    'devolve obter somar tirar contrario ' +
    'rounded round gerundet arrondi arrondis arrondie redondeado redondeados arrotondato arrotondati ' +
    'arredondado arredondados cent cents centime centimes centimo centimos centesimo decimals ' +
    'a an the and or to of from with at in on into by its it then und oder mit dem den der die das einem einen ' +
    'eine ein aus vom von zum zur zu auf bei y o con el la los las del al un una uno de desde a partir et ou ' +
    'avec le les l un une du des d au aux sur e con il lo gli i dal dall da ed ou com os as um uma do da no na'
  ).split(/\s+/),
);

/** "7 oder 19 %", "20% or 5%", "(21 % o 10 %)": rates said as percentages, one list of them at most. */
const RATE_LIST =
  /(\d{1,2}(?:[.,]\d{1,2})?)(?:\s*%)?((?:\s*(?:,|oder|or|o|ou|und|and|y|e|bzw\.?)\s*\d{1,2}(?:[.,]\d{1,2})?(?:\s*%)?)*)\s*(?:%|prozent|percent|por ?ciento|pour ?cent|per ?cento|por ?cento)/i;

/** The rates a free-text feature writes and its text without them (rates null: it writes none). */
function writtenRates(text: string): { rates: number[] | null; rest: string } {
  const found = RATE_LIST.exec(text);
  if (!found) return { rates: null, rest: text };
  const rates = (found[0].match(/\d{1,2}(?:[.,]\d{1,2})?/g) ?? []).map((n) => Number(n.replace(',', '.')));
  const rest = text.replace(found[0], ' ');
  return { rates: [...new Set(rates)], rest };
}

/** The direction a free-text VAT feature of `words` works in (null: not a VAT calculation, both, or more than one). */
function freeVatDirection(text: string, words: string[]): VatDirection | null {
  if (/[{}[\]/]|\d/.test(text) || readFeatureLiterals(text).routes.length > 0) return null;
  const folded = words.join(' ');
  // A feature turning the calculation round ("umgekehrt aus dem Bruttobetrag den Nettobetrag zurückrechnen") may
  // leave VAT unnamed: it is said of the calculator the feature before names.
  if (!VAT_WORD.test(folded) && !REVERSE.test(folded)) return null;
  if (words.filter((w) => !KNOWN.has(w)).length > 0) return null;
  const fromNet = sourceOf(folded, NET);
  const fromGross = sourceOf(folded, GROSS);
  if (fromNet === fromGross) return null;
  return fromNet ? 'add' : 'remove';
}

/** A VAT calculator's words in each language, for a summary a free-text feature in that language recognises. */
const VAT_GLOSS: Record<Language, string> = {
  en: ' VAT calculator: from a net amount (price) and a rate, the VAT and the gross amount; the other way round (backwards), from a gross amount, the net amount and the VAT included; amounts rounded to the cent.',
  de: ' MwSt-Rechner: vom Nettobetrag (netto) mit dem Steuersatz zur Mehrwertsteuer (MwSt, USt) und zum Bruttobetrag (brutto); umgekehrt (rückwärts) aus dem Bruttobetrag den Nettobetrag und die enthaltene Steuer herausrechnen; Beträge auf Cent gerundet.',
  es: ' Calculadora de IVA: a partir de un importe neto y un tipo, el IVA y el importe bruto; en el otro sentido (inverso), a partir del bruto, el neto y el IVA incluido; importes redondeados al céntimo.',
  fr: " Calcul de TVA : à partir d'un montant HT et d'un taux, la TVA et le montant TTC ; dans l'autre sens (inverse), à partir d'un montant TTC, le HT et la TVA incluse ; montants arrondis au centime.",
  it: " Calcolo IVA: a partire da un importo netto e un'aliquota, l'IVA e l'importo lordo; nel senso inverso, dal lordo il netto e l'IVA inclusa; importi arrotondati al centesimo.",
  pt: ' Cálculo de IVA: a partir de um valor líquido e uma taxa, o IVA e o valor bruto; no sentido inverso, do bruto o líquido e o IVA incluído; valores arredondados ao cêntimo.',
};

/** The calculator a free-text VAT feature asks for, at any rate from 0 to 100 (the functions are VAT's). */
export const VAT_FREE: CatalogFamily = {
  name: 'vat-free',
  functions: [],
  recognise(text: string): Recognised {
    // The rates it writes are the only ones it takes ("aus dem Nettobetrag mit 7 oder 19 % …").
    const { rates, rest } = writtenRates(text);
    const words = featureWords(rest);
    const direction = freeVatDirection(rest, words);
    if (!direction) return null;
    const design = vatDesign(direction, rates);
    return { design: { ...design, summary: design.summary + glossIn(VAT_GLOSS, languagesOf(words)) } };
  },
};
